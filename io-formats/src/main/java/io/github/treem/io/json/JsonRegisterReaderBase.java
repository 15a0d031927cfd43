package io.github.treem.io.json;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.internal.IdIndex;
import io.github.treem.io.internal.json.UnknownPropertyCollector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/** What the JSON and JSON Lines register readers share: counts, file issues, records. */
abstract class JsonRegisterReaderBase implements RegisterReader {
  final String fileName;
  final JsonReadPolicy policy;
  final Function<? super Child, ValidationReport> validator;
  final List<Issue> fileIssues = new ArrayList<>();
  final List<Issue> warnings = UnknownPropertyCollector.newSink();
  final ObjectReader childReader;
  /** The identifiers seen: bounded heap, spilled to temporary files beyond (see {@link IdIndex}). */
  private final IdIndex ids = new IdIndex();
  /** Whether an ERROR of the validator rejects the record (always, except in ReadMode.LENIENT). */
  boolean rejectInvalid = true;
  long read;
  long accepted;
  long rejected;
  boolean malformed;

  JsonRegisterReaderBase(String fileName, JsonReadPolicy policy, Function<? super Child, ValidationReport> validator) {
    this.fileName = fileName;
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
    this.validator = validator;
    // one value is read at a time from a longer stream: what follows it is checked by the reader
    this.childReader = TreemJson.of(policy).readerWith(warnings).forType(Child.class)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** Releases the identifiers seen (their temporary files, if any): called by {@code close()}. */
  final void closeIds() {
    ids.close();
  }

  /** Opens a file for the {@code open(Path, ...)} factories of the readers. */
  static InputStream newInputStream(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the file's name for issue locations, or null} */
  static String nameOf(Path file) {
    Path name = file.getFileName();
    return name == null ? null : name.toString();
  }

  static JsonReadPolicy policyOf(ReadOptions options) {
    return options.getMode() == ReadMode.LENIENT ? JsonReadPolicy.LENIENT : JsonReadPolicy.STRICT;
  }

  static Function<? super Child, ValidationReport> validatorOf(ReadOptions options) {
    return options.getValidator().<Function<? super Child, ValidationReport>>map(v -> v::validate).orElse(null);
  }

  @Override
  public List<Issue> getFileIssues() {
    return Collections.unmodifiableList(new ArrayList<>(fileIssues));
  }

  @Override
  public DataQuality getStats() {
    return DataQuality.of(read, accepted, rejected, malformed);
  }

  Location at(long line, String path) {
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

  void fileIssue(JsonIssueCode code, Severity severity, long line, String path, String detail) {
    fileIssues.add(code.issue(severity, at(line, path), detail));
    if (severity == Severity.ERROR) {
      malformed = true;
    }
  }

  /** A record for a child read: warnings of the read, then the validator's issues. */
  RegisterRecord accepted(long line, long index, Child child, String pathPrefix) {
    List<Issue> issues = new ArrayList<>();
    for (Issue w : warnings) {
      issues.add(w.withLocation(Location.builder().from(w.getLocation())
          .file(java.util.Optional.ofNullable(fileName)).build()));
    }
    warnings.clear();
    if (validator != null) {
      for (Issue i : validator.apply(child).getIssues()) {
        Location l = i.getLocation();
        String p = l.getPath().map(s -> pathPrefix.isEmpty() ? s : pathPrefix + "." + s).orElse(pathPrefix);
        issues.add(i.withLocation(at(l.getLine().orElse(line), p)));
      }
    }
    boolean duplicate = !ids.add(child.getId());
    if (duplicate) {
      issues.add(JsonIssueCode.JSON_DUPLICATE_ID.issue(Severity.ERROR,
          at(line, pathPrefix.isEmpty() ? "id" : pathPrefix + ".id"), null));
    }
    boolean ok = !duplicate && (!rejectInvalid || issues.stream().noneMatch(i -> i.getSeverity() == Severity.ERROR));
    read++;
    RegisterRecord.Builder b = RegisterRecord.builder().line(line).index(index).issues(issues);
    if (ok) {
      accepted++;
      b.child(child);
    } else {
      rejected++;
    }
    return b.build();
  }

  RegisterRecord rejectedRecord(long line, long index, Issue issue) {
    List<Issue> issues = new ArrayList<>();
    for (Issue w : warnings) {
      issues.add(w);
    }
    warnings.clear();
    issues.add(issue);
    read++;
    rejected++;
    return RegisterRecord.builder().line(line).index(index).issues(issues).build();
  }
}
