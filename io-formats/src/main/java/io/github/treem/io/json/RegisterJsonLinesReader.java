package io.github.treem.io.json;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.internal.Utf8Check;
import io.github.treem.io.internal.json.JsonInput;
import io.github.treem.io.internal.json.JsonProblems;
import io.github.treem.io.internal.json.LineSource;
import io.github.treem.io.internal.read.ReadAhead;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Streams a JSON Lines register: one child (a JSON object) per line, UTF-8, lines separated by
 * {@code \n} (a {@code \r} before it is allowed); blank lines are skipped and are not records.
 * Memory is bounded by the longest line kept ({@value #MAX_LINE_LENGTH} bytes): a longer line
 * is rejected with {@link JsonIssueCode#JSON_LIMIT_EXCEEDED} without being held.
 *
 * <p>Each non-blank line becomes one {@link RegisterRecord} (its line number is the record's):
 * accepted with its {@link Child}, or rejected with located, coded issues. Decoding, validation,
 * duplicate identifiers and counts follow the rules of every register reader ({@link ReadOptions},
 * {@link io.github.treem.io.ReadMode}). Every problem, including a syntax error or bytes that are
 * not UTF-8, is confined to its line: reading goes on at the next line, so
 * {@code rowsRead == rowsAccepted + rowsRejected} counts every non-blank line.
 *
 * <p>The header: the first non-blank line may be an object with a {@code "format"} property
 * (which no child has), {@code {"format":"treem-register","version":1}}, optionally with
 * {@code "syntheticData": true} ({@link #isSyntheticData()}) and {@code "reportingYear"}. It is
 * not a record. {@link RegisterJsonLinesWriter} writes it; a file without it (as written by treem
 * 0.1) is version 1. Another {@code format} ({@link JsonIssueCode#JSON_NOT_A_REGISTER}) or
 * {@code version} ({@link JsonIssueCode#JSON_UNSUPPORTED_VERSION}) is a file error and no line
 * is read; a header without {@code version} is a file error
 * ({@link JsonIssueCode#JSON_MISSING_PROPERTY}) and the lines are read; an unknown property of
 * the header is a file error in strict mode, a warning in lenient mode.
 *
 * <p>With {@link ReadOptions#isReadAhead()}, lines are split, checked and parsed into children on
 * a thread of their own, while the calling thread validates, checks identifiers and counts: the
 * records are the same.
 *
 * <p>Implementation requirements: not thread-safe; one reader per thread. Closing the reader
 * closes the stream (and stops the read-ahead thread).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RegisterJsonLinesReader extends JsonRegisterReaderBase {
  /** The longest line read, in bytes: {@value} (16 MiB). */
  public static final int MAX_LINE_LENGTH = 16 * 1024 * 1024;

  private final InputStream in;
  private final LineSource lines;
  /** Checks that each line is UTF-8 (a line that is not is rejected). */
  private final Utf8Check utf8 = new Utf8Check();
  /** Whether the first non-blank line is still to come (it may be the header). */
  private boolean first = true;
  /**
   * Whether the header refused the file (another format or version): no line is read. Set on the
   * thread that parses (the read-ahead thread when there is one).
   */
  private boolean refusedInParse;
  /** The same, once the calling thread has taken the header in order. */
  private boolean refused;
  /** The header's file issues, gathered while parsing and reported, in order, by the calling thread. */
  private List<Runnable> headerEffects = new ArrayList<>();
  private boolean syntheticData;

  private static final byte[] FORMAT_NAME = "\"format\"".getBytes(StandardCharsets.UTF_8);
  private static final Set<String> HEADER_PROPERTIES = Set.of("format", "version", "syntheticData", "reportingYear");
  /** The lines parsed on a thread of their own ({@link ReadOptions#isReadAhead()}), or null. */
  private final @Nullable ReadAhead<Parsed> ahead;

  private RegisterJsonLinesReader(InputStream in, ReadOptions options) {
    super(options);
    this.in = Objects.requireNonNull(in, "in must not be null");
    this.lines = new LineSource(in, MAX_LINE_LENGTH);
    this.ahead = options.isReadAhead() ? new ReadAhead<>(this::parseNext, Parsed::chars) : null;
  }

  /**
   * A line parsed, before the steps done in order: its child with the issues of its decoding, or
   * the issue that rejects it.
   */
  private record Parsed(long line, @Nullable Candidate candidate, @Nullable Issue rejection, int length,
      @Nullable List<Runnable> header) {
    Parsed(long line, @Nullable Candidate candidate, @Nullable Issue rejection, int length) {
      this(line, candidate, rejection, length, null);
    }

    long chars() {
      return 2L * length + 256;
    }
  }

  /**
   * Opens a reader: the options give the file name of the locations, the mode and what is
   * validated (treem's validator by default).
   *
   * @param in the stream (UTF-8; closed by {@link #close()})
   * @param options the options
   * @return the reader
   */
  public static RegisterJsonLinesReader open(InputStream in, ReadOptions options) {
    return new RegisterJsonLinesReader(in, options);
  }

  /**
   * Opens a reader on a file (its name in the locations, unless the options name one).
   *
   * @param file the file
   * @param options the options
   * @return the reader
   * @throws UncheckedIOException when the file cannot be opened
   */
  public static RegisterJsonLinesReader open(Path file, ReadOptions options) {
    return open(newInputStream(file), named(options, file));
  }

  @Override
  public Optional<RegisterRecord> next() {
    if (refused) {
      return Optional.empty(); // the header named another format or version: no line is read
    }
    Parsed p;
    if (ahead != null) {
      try {
        p = ahead.next();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      p = parseNext();
    }
    if (p == null) {
      return Optional.empty();
    }
    if (p.header() != null) {
      p.header().forEach(Runnable::run); // the header's issues and marker, on this thread
      if (refused) {
        return Optional.empty();
      }
      return next();
    }
    return Optional.of(p.rejection() != null ? rejected(p.line(), p.rejection()) : assemble(p.line(), Objects.requireNonNull(p.candidate()), ""));
  }

  /**
   * Splits, checks and parses the next non-blank line; null at the end. The first non-blank line,
   * when it is the header, is handed over as an item of its own ({@link Parsed#header()}).
   */
  private @Nullable Parsed parseNext() {
    if (refusedInParse) {
      return null;
    }
    while (lines.next()) {
      long line = lines.lineNumber();
      if (lines.isTooLong()) {
        return new Parsed(line, null, JsonIssueCode.JSON_LIMIT_EXCEEDED.issue(Severity.ERROR,
            at(line, null), "line longer than " + MAX_LINE_LENGTH + " bytes"), 0);
      }
      if (lines.isBlank()) {
        continue;
      }
      if (first) {
        first = false;
        if (header(line)) {
          List<Runnable> effects = List.copyOf(headerEffects);
          headerEffects = List.of();
          return new Parsed(line, null, null, lines.length(), effects);
        }
      }
      return parseLine(line);
    }
    return null;
  }

  /**
   * {@inheritDoc} In JSON Lines: {@code "syntheticData": true} in the header line (known once the
   * first record is read).
   */
  @Override
  public boolean isSyntheticData() {
    return syntheticData;
  }

  /** Reads the first non-blank line as the header when it is one; false when it is a record. */
  private boolean header(long line) {
    if (!lines.contains(FORMAT_NAME)) {
      return false;
    }
    utf8.wellFormedPrefix(lines.bytes(), 0, lines.length(), true);
    if (utf8.isMalformed()) {
      return false; // rejected as a record
    }
    JsonNode tree;
    try (JsonParser p = JsonInput.parser(childReader, lines.bytes(), lines.length())) {
      tree = childReader.readTree(p);
      JsonInput.requireEnd(p);
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      return false; // a syntax error: rejected as a record, with its issue
    }
    if (tree == null || !tree.isObject() || !tree.has("format")) {
      return false;
    }
    JsonNode format = tree.get("format");
    if (!format.isString() || !RegisterJsonReader.FORMAT.equals(format.asString())) {
      headerEffects.add(() -> fileIssue(JsonIssueCode.JSON_NOT_A_REGISTER, Severity.ERROR, line, "format",
          "'format' is not \"" + RegisterJsonReader.FORMAT + "\""));
      refusedInParse = true;
      headerEffects.add(() -> refused = true);
      return true;
    }
    JsonNode version = tree.get("version");
    if (version == null) {
      headerEffects.add(() -> fileIssue(JsonIssueCode.JSON_MISSING_PROPERTY, Severity.ERROR, line, null, "'version'"));
    } else if (!version.isInt() || version.intValue() != RegisterJsonReader.VERSION) {
      headerEffects.add(() -> fileIssue(JsonIssueCode.JSON_UNSUPPORTED_VERSION, Severity.ERROR, line, "version",
          "this reader reads version " + RegisterJsonReader.VERSION));
      refusedInParse = true;
      headerEffects.add(() -> refused = true);
      return true;
    }
    JsonNode synthetic = tree.get("syntheticData");
    if (synthetic != null) {
      if (synthetic.isBoolean()) {
        boolean marked = synthetic.booleanValue();
        headerEffects.add(() -> syntheticData = marked);
      } else {
        headerEffects.add(() -> fileIssue(JsonIssueCode.JSON_WRONG_TYPE, Severity.ERROR, line, "syntheticData", "expected true or false"));
      }
    }
    JsonNode year = tree.get("reportingYear");
    if (year != null && !year.isInt()) {
      headerEffects.add(() -> fileIssue(JsonIssueCode.JSON_WRONG_TYPE, Severity.ERROR, line, "reportingYear", "expected an integer"));
    }
    for (String name : tree.propertyNames()) {
      if (!HEADER_PROPERTIES.contains(name)) {
        headerEffects.add(() -> fileIssue(JsonIssueCode.JSON_UNKNOWN_PROPERTY, assembler.isLenient() ? Severity.WARNING : Severity.ERROR,
            line, name, "'" + name + "'"));
      }
    }
    return true;
  }

  private Parsed parseLine(long line) {
    int length = lines.length();
    utf8.wellFormedPrefix(lines.bytes(), 0, length, true);
    if (utf8.isMalformed()) {
      return new Parsed(line, null, JsonIssueCode.JSON_ENCODING.issue(Severity.ERROR, at(line, null), null), length);
    }
    try (JsonParser p = JsonInput.parser(childReader, lines.bytes(), length)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        JsonInput.requireEnd(p);
        return new Parsed(line, null, JsonIssueCode.JSON_WRONG_TYPE.issue(Severity.ERROR, at(line, null),
            "expected an object"), length);
      }
      Candidate c = decode(p, "");
      if (c.child() != null) {
        JsonInput.requireEnd(p);
      }
      return new Parsed(line, c, null, length);
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      return new Parsed(line, null, JsonProblems.issueOf(e, fileName, line - 1, ""), length);
    }
  }

  @Override
  public void close() {
    if (ahead != null) {
      ahead.close();
    }
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      assembler.close();
    }
  }
}
