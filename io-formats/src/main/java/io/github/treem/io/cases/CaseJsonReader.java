package io.github.treem.io.cases;

import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.internal.json.JsonProblems;
import io.github.treem.io.internal.json.UnknownPropertyCollector;
import io.github.treem.io.json.JsonIssueCode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a JSON case document: one case, a JSON object of {@code case-v1.schema.json}, as one
 * record (accepted or rejected with its located, coded issues), through the same
 * {@link CaseReader} interface as a case file. A problem that is not in the case (a syntax error,
 * content after the object, an empty file) rejects the one record.
 *
 * <p>Implementation requirements: not thread-safe. Closing the reader closes the stream.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CaseJsonReader extends CaseReaderBase {
  private final List<Issue> warnings = UnknownPropertyCollector.newSink();
  private final ObjectReader reader;
  private boolean done;

  private CaseJsonReader(InputStream in, CaseReadOptions options) {
    super(in, options);
    this.reader = CaseJsonLinesReader.caseReader(options, warnings);
  }

  /**
   * Opens a reader.
   *
   * @param in the stream (UTF-8), closed by {@link #close()}
   * @param options the options
   * @return the reader
   */
  public static CaseJsonReader open(InputStream in, CaseReadOptions options) {
    return new CaseJsonReader(in, Objects.requireNonNull(options, "options must not be null"));
  }

  @Override
  public Optional<CaseRecord> next() {
    if (done) {
      return Optional.empty();
    }
    done = true;
    try (JsonParser p = reader.createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        fileIssue(CaseFileIssueCode.CASE_FILE_EMPTY.issue(at(0, null), null));
        return Optional.empty();
      }
      long line = p.currentLocation().getLineNr();
      if (t != JsonToken.START_OBJECT) {
        return Optional.of(rejected(line, 0, List.of(JsonIssueCode.JSON_WRONG_TYPE.issue(Severity.ERROR,
            at(line, null), "expected an object (one case)"))));
      }
      ProtectionCase c = reader.readValue(p);
      if (p.nextToken() != null) {
        return Optional.of(rejected(line, 0, List.of(JsonIssueCode.JSON_SYNTAX.issue(Severity.ERROR,
            at(p.currentLocation().getLineNr(), null), "content after the case"))));
      }
      List<Issue> issues = new ArrayList<>();
      for (Issue w : warnings) {
        issues.add(w.withLocation(at(w.getLocation().getLine().orElse(line), w.getLocation().getPath().orElse(null))));
      }
      return Optional.of(accepted(line, 0, c, issues));
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      Issue issue = JsonProblems.issueOf(e, fileName, 0, "");
      malformed |= JsonProblems.isStreamProblem(e);
      return Optional.of(rejected(issue.getLocation().getLine().orElse(1), 0, List.of(issue)));
    }
  }

}
