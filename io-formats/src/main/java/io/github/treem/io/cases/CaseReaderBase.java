package io.github.treem.io.cases;

import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.protection.ProtectionCaseValidator;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.internal.IdIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the case readers share: counts, file issues, the ids seen, validation of each case. */
abstract class CaseReaderBase implements CaseReader {
  final InputStream in;
  final @Nullable String fileName;
  final CaseReadOptions options;
  final List<Issue> fileIssues = new ArrayList<>();
  private final IdIndex ids = new IdIndex();
  long read;
  long accepted;
  long rejected;
  boolean malformed;

  CaseReaderBase(InputStream in, CaseReadOptions options) {
    this.in = Objects.requireNonNull(in, "in must not be null");
    this.options = options;
    this.fileName = options.getFileName().orElse(null);
  }

  Location at(long line, @Nullable String path) {
    Location.Builder b = Location.builder();
    if (fileName != null) {
      b.file(fileName);
    }
    if (line > 0) {
      b.line(line);
    }
    if (path != null && !path.isEmpty()) {
      b.path(path);
    }
    return b.build();
  }

  void fileIssue(Issue issue) {
    fileIssues.add(issue);
    malformed |= issue.getSeverity() == Severity.ERROR;
  }

  /**
   * The record of a case read: the issues of reading it, the validator's (located at the line),
   * a repeated id. A validator error rejects the case unless the options are lenient.
   */
  CaseRecord accepted(long line, long index, ProtectionCase c, List<Issue> readIssues) {
    List<Issue> issues = new ArrayList<>(readIssues);
    boolean reject = false;
    ProtectionCaseValidator validator = options.getValidator().orElse(null);
    if (validator != null) {
      for (Issue i : validator.validate(c).getIssues()) {
        issues.add(i.withLocation(at(line, i.getLocation().getPath().orElse(c.getId()))));
        reject |= options.isStrict() && i.getSeverity() == Severity.ERROR;
      }
    }
    if (!ids.add(c.getId())) {
      issues.add(CaseFileIssueCode.CASE_DUPLICATE_ID.issue(at(line, c.getId() + "/id"), null));
      reject = true;
    }
    read++;
    CaseRecord.Builder b = CaseRecord.builder().line(line).index(index).issues(issues);
    if (reject) {
      rejected++;
    } else {
      accepted++;
      b.protectionCase(c);
    }
    return b.build();
  }

  CaseRecord rejected(long line, long index, List<Issue> issues) {
    read++;
    rejected++;
    return CaseRecord.builder().line(line).index(index).issues(issues).build();
  }

  @Override
  public List<Issue> getFileIssues() {
    return Collections.unmodifiableList(new ArrayList<>(fileIssues));
  }

  @Override
  public DataQuality getStats() {
    return DataQuality.of(read, accepted, rejected, malformed);
  }

  /** Closes the stream and releases the ids seen. */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      ids.close();
    }
  }
}
