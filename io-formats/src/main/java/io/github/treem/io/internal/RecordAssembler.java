package io.github.treem.io.internal;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ChildValidator;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterIssueCode;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one record assembler of every register reader (CSV, JSON, JSON Lines, and any format to
 * come): it takes a decoded candidate record (a child, or nothing when it could not be decoded,
 * with the issues of its decoding and its line) and decides, by the rules documented on
 * {@link ReadOptions}, whether it is accepted:
 * <ol>
 *   <li>a decoding issue of severity {@code ERROR} (the decoders lower a droppable one to a
 *       warning in {@link ReadMode#LENIENT} through {@link #severity(IssueCode, boolean)})
 *       rejects it;
 *   <li>otherwise the validator of the options (treem's by default) checks the child: an error
 *       rejects it in both modes, warnings stay;
 *   <li>otherwise its {@code child_id} goes into the file's index ({@link IdIndex}): one already
 *       there (an earlier record was accepted with it) rejects it ({@code DUPLICATE_CHILD_ID}).
 * </ol>
 * It locates every issue of the record (the file, the record's line where an issue has none, the
 * record's path before the validator's property paths), numbers the records and counts them
 * ({@code read == accepted + rejected}).
 *
 * <p>Implementation requirements: not thread-safe; one per reader, closed with it (the index may
 * hold temporary files).
 */
public final class RecordAssembler implements AutoCloseable {
  private static final Pattern SAFE_ECHO = Pattern.compile("[0-9.,:/+\\- ]{1,12}");
  private static final Pattern LONG_DIGITS = Pattern.compile("[0-9]{9}");

  private final @Nullable String fileName;
  private final boolean lenient;
  private final @Nullable ChildValidator validator;
  private final IdIndex ids;
  private long read;
  private long accepted;
  private long rejected;
  private boolean malformed;

  /**
   * An assembler for one read.
   *
   * @param options the options
   */
  public RecordAssembler(ReadOptions options) {
    this.fileName = options.getFileName().orElse(null);
    this.lenient = options.getMode() == ReadMode.LENIENT;
    this.validator = validatorOf(options).orElse(null);
    this.ids = new IdIndex(null, options.getIdHeapBudget().orElseGet(IdIndex::defaultHeapBudget));
  }

  /**
   * The validator that a read with the options applies: none for {@link Validation#NONE}, the
   * options' own, else treem's at the reference date.
   *
   * @param options the options
   * @return the validator, or empty
   */
  public static Optional<ChildValidator> validatorOf(ReadOptions options) {
    if (options.getValidation() == Validation.NONE) {
      return Optional.empty();
    }
    return Optional.of(options.getValidator().orElseGet(() -> ChildValidator.treem(options.getReferenceDate())));
  }

  /** {@return whether the read is lenient} */
  public boolean isLenient() {
    return lenient;
  }

  /** {@return the file name of the issue locations, or null} */
  public @Nullable String getFileName() {
    return fileName;
  }

  /**
   * The severity of a decoding problem: the code's own, lowered from {@code ERROR} to
   * {@code WARNING} in lenient mode when the value can be dropped to "missing".
   *
   * @param code the code
   * @param droppable whether the bad value can be dropped without inventing or losing identity
   * @return the severity
   */
  public Severity severity(IssueCode code, boolean droppable) {
    return droppable && lenient && code.getSeverity() == Severity.ERROR ? Severity.WARNING : code.getSeverity();
  }

  /**
   * An issue of a decoding problem at a line and column of this read's file (see
   * {@link #issue(String, IssueCode, Severity, long, String, String)}), with its severity in this
   * read's mode.
   *
   * @param code the code
   * @param droppable whether the value can be dropped in lenient mode
   * @param line the line
   * @param column the column, or null
   * @param value the value to echo, or null (echoed only when it cannot be personal data)
   * @return the issue
   */
  public Issue issue(IssueCode code, boolean droppable, long line, @Nullable String column, @Nullable String value) {
    return issue(fileName, code, severity(code, droppable), line, column, value);
  }

  /**
   * An issue at a line and column of a file: the code's texts, then the column, then the value
   * when {@link #isSafeToEcho(String)}.
   *
   * @param file the file name, or null
   * @param code the code
   * @param severity the severity
   * @param line the line
   * @param column the column name, or null
   * @param value the value to echo, or null
   * @return the issue
   */
  public static Issue issue(@Nullable String file, IssueCode code, Severity severity, long line, @Nullable String column,
      @Nullable String value) {
    StringBuilder vi = new StringBuilder(code.getMessageVi());
    StringBuilder en = new StringBuilder(code.getMessageEn());
    if (column != null) {
      vi.append(" (cột ").append(column).append(')');
      en.append(" (column ").append(column).append(')');
    }
    if (value != null && isSafeToEcho(value)) {
      vi.append(": \"").append(value).append('"');
      en.append(": \"").append(value).append('"');
    }
    return Issue.of(code.getCode(), severity, Location.ofLine(file, line, column), vi.toString(), en.toString());
  }

  /**
   * Whether a bad value may be echoed in a message: only short numbers and dates (at most 12
   * characters of digits, {@code . , : / + -} and space, at most 8 digits in a row). A value in
   * the wrong column (rows shifted by a missing separator are common) could be a name, a personal
   * identification number or a card number, which must never reach a message or a log.
   *
   * @param value the value
   * @return true when it may be echoed
   */
  public static boolean isSafeToEcho(String value) {
    return SAFE_ECHO.matcher(value).matches() && !LONG_DIGITS.matcher(value).find();
  }

  /**
   * The record of a decoded candidate.
   *
   * @param line the line where the record starts
   * @param child the child decoded, or null when the record could not be made into one (its
   *     issues then hold an error)
   * @param decodeIssues the issues of the decoding, in order, with their severities in this mode
   * @param path the record's path in the file ({@code children[3]}), or empty for a record that is
   *     the whole line
   * @param idColumn the column of the identifier (CSV), or null to locate it by path
   * @return the record, counted
   */
  public RegisterRecord assemble(long line, @Nullable Child child, List<Issue> decodeIssues, String path,
      @Nullable String idColumn) {
    List<Issue> issues = new ArrayList<>(decodeIssues.size() + 2);
    boolean reject = child == null;
    for (Issue i : decodeIssues) {
      issues.add(locate(i, line, ""));
      reject |= i.getSeverity() == Severity.ERROR;
    }
    if (!reject && child != null && validator != null) {
      for (Issue i : validator.validate(child).getIssues()) {
        issues.add(locate(i, line, path));
        reject |= i.getSeverity() == Severity.ERROR;
      }
    }
    if (!reject && child != null && !ids.add(child.getId())) {
      issues.add(idColumn != null
          ? issue(fileName, RegisterIssueCode.DUPLICATE_CHILD_ID, Severity.ERROR, line, idColumn, null)
          : RegisterIssueCode.DUPLICATE_CHILD_ID.issue(locate(Location.ofPath(path.isEmpty() ? "id" : path + ".id"),
              line)));
      reject = true;
    }
    RegisterRecord.Builder b = RegisterRecord.builder().line(line).index(read++);
    if (!issues.isEmpty()) {
      b.issues(issues); // nearly every record has none: no copy into the builder's list then
    }
    if (reject || child == null) {
      rejected++;
    } else {
      accepted++;
      b.child(child);
    }
    return b.build();
  }

  /**
   * The record of a candidate that could not be decoded at all.
   *
   * @param line the line where the record starts
   * @param issues its issues (one at least is an error)
   * @return the record, counted as rejected
   */
  public RegisterRecord reject(long line, List<Issue> issues) {
    return assemble(line, null, issues, "", null);
  }

  /** The issue with the file and the record's line where it has none, the record's path before its own. */
  private Issue locate(Issue i, long line, String path) {
    Location l = i.getLocation();
    Location located = locate(path.isEmpty() ? l
        : Location.builder().from(l).path(l.getPath().map(p -> path + "." + p).orElse(path)).build(), line);
    return located == l ? i : i.withLocation(located);
  }

  private Location locate(Location l, long line) {
    boolean noFile = l.getFile().isEmpty() && fileName != null;
    boolean noLine = l.getLine().isEmpty() && line > 0;
    if (!noFile && !noLine) {
      return l;
    }
    Location.Builder b = Location.builder().from(l);
    if (noFile && fileName != null) {
      b.file(fileName);
    }
    if (noLine) {
      b.line(line);
    }
    return b.build();
  }

  /** Marks the file as malformed (a problem of the file itself). */
  public void markMalformed() {
    malformed = true;
  }

  /** {@return the counts so far} */
  public DataQuality stats() {
    return DataQuality.of(read, accepted, rejected, malformed);
  }

  /** {@return the number of records assembled so far (the index of the next one)} */
  public long count() {
    return read;
  }

  /** Releases the identifier index (its temporary files, if any). Idempotent. */
  @Override
  public void close() {
    ids.close();
  }
}
