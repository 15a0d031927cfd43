package io.github.treem.io.cases;

import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.ReadMode;
import io.github.treem.io.internal.json.JsonProblems;
import io.github.treem.io.internal.json.LineSource;
import io.github.treem.io.internal.json.UnknownPropertyCollector;
import io.github.treem.io.json.JsonIssueCode;
import io.github.treem.io.json.TreemJson;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * Streams a JSON Lines case file: one case (a JSON object of {@code case-v1.schema.json}) per
 * line, UTF-8; blank lines are skipped and are not records. Every problem, a syntax error
 * included, is confined to its line: reading goes on at the next line. A line longer than
 * {@value #MAX_LINE_LENGTH} bytes is rejected without being held.
 *
 * <p>The header: the first non-blank line may be an object with a {@code "format"} property
 * (which no case has), {@code {"format":"treem-cases","version":1}}, optionally with
 * {@code "syntheticData": true} ({@link #isSyntheticData()}), as {@link CaseWriter} writes it
 * ({@code #/$defs/jsonLinesHeader} of {@code case-v1.schema.json}). It is not a record (not
 * counted; the cases' line numbers stay the file's own), and a file that holds the header alone is
 * a case file of no case, not an empty file. A file without it (as written by treem 0.1, or by
 * another system) is version 1. Another {@code format}
 * ({@link CaseFileIssueCode#CASE_FILE_NOT_CASES}) or {@code version}
 * ({@link JsonIssueCode#JSON_UNSUPPORTED_VERSION}) refuses the file: a file error, and no line is
 * read. A header without {@code version} ({@link JsonIssueCode#JSON_MISSING_PROPERTY}) or with a
 * {@code syntheticData} that is not a boolean ({@link JsonIssueCode#JSON_WRONG_TYPE}) is a file
 * error and the cases are read; another property of the header
 * ({@link JsonIssueCode#JSON_UNKNOWN_PROPERTY}) is a file error in strict reading, a warning in
 * lenient reading.
 *
 * <pre>{@code
 * try (CaseReader r = CaseJsonLinesReader.open(in, CaseReadOptions.builder().fileName("cases.jsonl")
 *     .validator(ProtectionCaseValidator.defaults()).build())) {
 *   r.stream().filter(CaseRecord::isAccepted).forEach(...);
 * }
 * }</pre>
 *
 * <p>Implementation requirements: not thread-safe; one reader per thread. Closing the reader
 * closes the stream.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CaseJsonLinesReader extends CaseReaderBase {
  /** The longest line read, in bytes: {@value} (1 MiB; a case is a few kilobytes). */
  public static final int MAX_LINE_LENGTH = 1024 * 1024;

  private final LineSource lines;
  private final List<Issue> warnings = UnknownPropertyCollector.newSink();
  private final ObjectReader reader;
  private long index;
  /** Whether the first non-blank line is still to come (it may be the header). */
  private boolean first = true;
  /** Whether the header named another format or version: no line is read. */
  private boolean refused;
  /** Whether the file had its header (a file of the header alone holds no case, and is not empty). */
  private boolean hasHeader;
  private boolean syntheticData;

  /** The {@code format} of the header line: {@value}. */
  public static final String FORMAT = "treem-cases";
  /** The version of the format this reader reads (and {@link CaseWriter} writes): {@value}. */
  public static final int VERSION = 1;

  private static final byte[] FORMAT_NAME = "\"format\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
  private static final java.util.Set<String> HEADER_PROPERTIES = java.util.Set.of("format", "version", "syntheticData");

  private CaseJsonLinesReader(InputStream in, CaseReadOptions options) {
    super(in, options);
    this.lines = new LineSource(in, MAX_LINE_LENGTH);
    this.reader = caseReader(options, warnings);
  }

  static ObjectReader caseReader(CaseReadOptions options, List<Issue> warnings) {
    return TreemJson.of(options.isStrict() ? ReadMode.STRICT : ReadMode.LENIENT).getMapper().reader()
        .withAttribute(UnknownPropertyCollector.ATTRIBUTE, warnings).forType(ProtectionCase.class)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * Opens a reader.
   *
   * @param in the stream (UTF-8), closed by {@link #close()}
   * @param options the options
   * @return the reader
   */
  public static CaseJsonLinesReader open(InputStream in, CaseReadOptions options) {
    return new CaseJsonLinesReader(in, Objects.requireNonNull(options, "options must not be null"));
  }

  @Override
  public Optional<CaseRecord> next() {
    if (refused) {
      return Optional.empty(); // the header named another format or version: no line is read
    }
    while (lines.next()) {
      long line = lines.lineNumber();
      if (lines.isTooLong()) {
        return Optional.of(rejected(line, index++, List.of(JsonIssueCode.JSON_LIMIT_EXCEEDED.issue(
            io.github.treem.core.validation.Severity.ERROR, at(line, null), "line longer than " + MAX_LINE_LENGTH + " bytes"))));
      }
      if (lines.isBlank()) {
        continue;
      }
      if (first) {
        first = false;
        if (header(line)) {
          if (refused) {
            return Optional.empty();
          }
          continue;
        }
      }
      return Optional.of(readLine(line, index++));
    }
    if (read == 0 && !hasHeader && fileIssues.isEmpty()) {
      fileIssue(CaseFileIssueCode.CASE_FILE_EMPTY.issue(at(0, null), null));
    }
    return Optional.empty();
  }

  /**
   * {@inheritDoc} In JSON Lines: {@code "syntheticData": true} in the header line (known once the
   * first record is read, or the end reached).
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
    tools.jackson.databind.JsonNode tree;
    try (JsonParser p = reader.createParser(lines.bytes(), 0, lines.length())) {
      tree = reader.readTree(p);
      if (p.nextToken() != null) {
        return false; // content after the object: rejected as a record, with its issue
      }
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      return false; // a syntax error: rejected as a record, with its issue
    }
    if (tree == null || !tree.isObject() || !tree.has("format")) {
      return false;
    }
    hasHeader = true;
    tools.jackson.databind.JsonNode format = tree.get("format");
    if (!format.isString() || !FORMAT.equals(format.asString())) {
      fileIssue(CaseFileIssueCode.CASE_FILE_NOT_CASES.issue(at(line, "format"), "'format' is not \"" + FORMAT + "\""));
      refused = true;
      return true;
    }
    tools.jackson.databind.JsonNode version = tree.get("version");
    if (version == null) {
      fileIssue(JsonIssueCode.JSON_MISSING_PROPERTY.issue(Severity.ERROR, at(line, null), "'version'"));
    } else if (!version.isInt() || version.intValue() != VERSION) {
      fileIssue(JsonIssueCode.JSON_UNSUPPORTED_VERSION.issue(Severity.ERROR, at(line, "version"),
          "this reader reads version " + VERSION));
      refused = true;
      return true;
    }
    tools.jackson.databind.JsonNode synthetic = tree.get("syntheticData");
    if (synthetic != null) {
      if (synthetic.isBoolean()) {
        syntheticData = synthetic.booleanValue();
      } else {
        fileIssue(JsonIssueCode.JSON_WRONG_TYPE.issue(Severity.ERROR, at(line, "syntheticData"), "expected true or false"));
      }
    }
    for (String name : tree.propertyNames()) {
      if (!HEADER_PROPERTIES.contains(name)) {
        fileIssue(JsonIssueCode.JSON_UNKNOWN_PROPERTY.issue(options.isStrict() ? Severity.ERROR : Severity.WARNING,
            at(line, name), "'" + name + "'"));
      }
    }
    return true;
  }

  private CaseRecord readLine(long line, long i) {
    warnings.clear();
    try (JsonParser p = reader.createParser(lines.bytes(), 0, lines.length())) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        return rejected(line, i, List.of(JsonIssueCode.JSON_WRONG_TYPE.issue(
            io.github.treem.core.validation.Severity.ERROR, at(line, null), "expected an object")));
      }
      ProtectionCase c = reader.readValue(p);
      if (p.nextToken() != null) {
        return rejected(line, i, List.of(JsonIssueCode.JSON_SYNTAX.issue(
            io.github.treem.core.validation.Severity.ERROR, at(line, null), "content after the object")));
      }
      return accepted(line, i, c, located(line));
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      List<Issue> issues = located(line);
      issues.add(JsonProblems.issueOf(e, fileName, line - 1, ""));
      return rejected(line, i, issues);
    }
  }

  private List<Issue> located(long line) {
    List<Issue> issues = new ArrayList<>();
    for (Issue w : warnings) {
      issues.add(w.withLocation(at(line, w.getLocation().getPath().orElse(null))));
    }
    warnings.clear();
    return issues;
  }

}
