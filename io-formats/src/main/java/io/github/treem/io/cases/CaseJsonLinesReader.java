package io.github.treem.io.cases;

import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.validation.Issue;
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
    while (lines.next()) {
      long line = lines.lineNumber();
      if (lines.isTooLong()) {
        return Optional.of(rejected(line, index++, List.of(JsonIssueCode.JSON_LIMIT_EXCEEDED.issue(
            io.github.treem.core.validation.Severity.ERROR, at(line, null), "line longer than " + MAX_LINE_LENGTH + " bytes"))));
      }
      if (lines.isBlank()) {
        continue;
      }
      return Optional.of(readLine(line, index++));
    }
    if (read == 0 && fileIssues.isEmpty()) {
      fileIssue(CaseFileIssueCode.CASE_FILE_EMPTY.issue(at(0, null), null));
    }
    return Optional.empty();
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
