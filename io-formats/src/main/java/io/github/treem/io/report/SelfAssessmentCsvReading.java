package io.github.treem.io.report;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.cfc.ScoringTable;
import io.github.treem.indicators.cfc.SelfAssessment;
import io.github.treem.io.TextEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What reading a CSV self-assessment form gave ({@link SelfAssessmentCsv#read}): the
 * self-assessment, when the form's fields are all there and valid; the problems, each coded and
 * located by file, line and column; and the counts: every row read is accepted or rejected
 * ({@code rowsRead == accepted + rejected}), a rejected row does not stop the reading, and an
 * item row left blank (no value, no evidence: not assessed) is accepted with no entry
 * ({@link #getUnanswered()}).
 *
 * <p>The self-assessment holds the entries of the accepted item rows only: a caller that scores
 * the commune should refuse a reading that is not {@linkplain #isClean() clean}, as
 * {@code treem report} does, since a rejected row is a value lost.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SelfAssessmentCsvReading {
  private static final Pattern ENTRY = Pattern.compile("entries\\[(\\d+)](?:\\.(\\w+))?");

  private final @Nullable SelfAssessment selfAssessment;
  private final List<Issue> issues;
  private final long rowsRead;
  private final long accepted;
  private final long rejected;
  private final long unanswered;
  private final boolean complete;
  private final TextEncoding encoding;
  private final @Nullable String fileName;
  private final List<Long> entryLines;
  private final Map<String, Long> fieldLines;

  SelfAssessmentCsvReading(@Nullable SelfAssessment selfAssessment, List<Issue> issues, long rowsRead, long accepted,
      long rejected, long unanswered, boolean complete, TextEncoding encoding, @Nullable String fileName,
      List<Long> entryLines, Map<String, Long> fieldLines) {
    if (rowsRead != accepted + rejected) {
      throw new IllegalArgumentException("rows read must equal accepted + rejected");
    }
    this.selfAssessment = selfAssessment;
    this.issues = List.copyOf(issues);
    this.rowsRead = rowsRead;
    this.accepted = accepted;
    this.rejected = rejected;
    this.unanswered = unanswered;
    this.complete = complete;
    this.encoding = encoding;
    this.fileName = fileName;
    this.entryLines = List.copyOf(entryLines);
    this.fieldLines = Map.copyOf(fieldLines);
  }

  /** {@return the self-assessment of the accepted rows; empty when a field of the form is missing or invalid, or the file is not a form} */
  public Optional<SelfAssessment> getSelfAssessment() {
    return Optional.ofNullable(selfAssessment);
  }

  /** {@return the problems of reading, in the file's order (file problems first)} */
  public List<Issue> getIssues() {
    return issues;
  }

  /** {@return the rows read (form and item rows; blank lines and rows of empty cells are not rows)} */
  public long getRowsRead() {
    return rowsRead;
  }

  /** {@return the rows accepted} */
  public long getAccepted() {
    return accepted;
  }

  /** {@return the rows rejected} */
  public long getRejected() {
    return rejected;
  }

  /** {@return the item rows accepted with no value and no evidence (items not assessed)} */
  public long getUnanswered() {
    return unanswered;
  }

  /** {@return false when reading stopped before the end of the file (a limit, a damaged header)} */
  public boolean isComplete() {
    return complete;
  }

  /** {@return the encoding the text was read in (UTF-8 unless the bytes were another encoding)} */
  public TextEncoding getEncoding() {
    return encoding;
  }

  /**
   * {@return whether the reading lost nothing: a self-assessment, the whole file read, no row
   * rejected, no error}
   */
  public boolean isClean() {
    return selfAssessment != null && complete && rejected == 0
        && issues.stream().noneMatch(i -> i.getSeverity() == Severity.ERROR);
  }

  /**
   * Checks the self-assessment against a scoring table ({@link SelfAssessment#validate}) and
   * places each issue on the form's row and column: {@code entries[3].value} becomes the line of
   * the fourth entry's row, column {@code value} (the property path is kept).
   *
   * @param table the table it will be scored with
   * @return the issues (none when there is no self-assessment)
   */
  public List<Issue> check(ScoringTable table) {
    Objects.requireNonNull(table, "table must not be null");
    if (selfAssessment == null) {
      return List.of();
    }
    List<Issue> out = new ArrayList<>();
    for (Issue i : selfAssessment.validate(table).getIssues()) {
      out.add(i.withLocation(place(i.getLocation())));
    }
    return out;
  }

  private Location place(Location at) {
    Location.Builder b = Location.builder().from(at);
    if (fileName != null) {
      b.file(fileName);
    }
    String path = at.getPath().orElse("");
    Matcher m = ENTRY.matcher(path);
    if (m.matches()) {
      int index = Integer.parseInt(m.group(1));
      if (index < entryLines.size()) {
        b.line(entryLines.get(index));
      }
      String property = m.group(2);
      if (property != null) {
        b.column(switch (property) {
          case "itemId" -> "item";
          case "value" -> "value";
          case "evidence" -> "evidence";
          default -> property;
        });
      }
      return b.build();
    }
    String field = switch (path) {
      case "communeCode" -> "commune_code";
      case "assessedBy" -> "assessed_by";
      case "assessedOn" -> "assessed_on";
      case "tableId" -> "table";
      default -> null;
    };
    Long line = field == null ? null : fieldLines.get(field);
    if (line != null) {
      b.line(line).column("value");
    }
    return b.build();
  }

  /** {@return the counts and whether the reading is clean; no value of the file} */
  @Override
  public String toString() {
    return "SelfAssessmentCsvReading{rowsRead=" + rowsRead + ", accepted=" + accepted + ", rejected=" + rejected
        + ", unanswered=" + unanswered + ", issues=" + issues.size() + ", clean=" + isClean() + "}";
  }
}
