package io.github.treem.io.cases;

import io.github.treem.io.json.TreemJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Opens case files by their form: {@code .json} (one case), {@code .jsonl} or {@code .ndjson} (a
 * case file, one case per line), {@code .csv} (the officers' form).
 *
 * <pre>{@code
 * try (CaseReader r = CaseFiles.open(Path.of("cases.jsonl"), CaseReadOptions.defaults())) {
 *   List<Issue> issues = new ArrayList<>();
 *   r.stream().forEach(rec -> issues.addAll(rec.getIssues()));   // each located and coded
 *   DataQuality q = r.getStats();   // rowsRead == rowsAccepted + rowsRejected
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CaseFiles {
  /** The name of the case format's JSON Schema: {@value}. */
  public static final String SCHEMA = "case-v1.schema.json";

  /** The forms of a case file. */
  public enum Form {
    /** One case, a JSON object. */
    JSON,
    /** One case per line. */
    JSON_LINES,
    /** The officers' CSV form, one case per row. */
    CSV
  }

  private CaseFiles() {}

  /**
   * The form of a file by its extension.
   *
   * @param file the file
   * @return the form
   * @throws IllegalArgumentException when the extension is none of .json, .jsonl, .ndjson, .csv
   */
  public static Form formOf(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return Form.JSON_LINES;
    }
    if (n.endsWith(".json")) {
      return Form.JSON;
    }
    if (n.endsWith(".csv")) {
      return Form.CSV;
    }
    throw new IllegalArgumentException("a case file ends in .json, .jsonl, .ndjson or .csv");
  }

  /**
   * Opens a case file; its name goes in the issue locations unless the options name one.
   *
   * @param file the file
   * @param options the options
   * @return the reader
   * @throws UncheckedIOException when the file cannot be opened
   * @throws IllegalArgumentException when the extension is not a case file's
   */
  public static CaseReader open(Path file, CaseReadOptions options) {
    Objects.requireNonNull(options, "options must not be null");
    Form form = formOf(file);
    CaseReadOptions o = options.getFileName().isPresent() || file.getFileName() == null ? options
        : CaseReadOptions.builder().from(options).fileName(file.getFileName().toString()).build();
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return open(in, form, o);
  }

  /**
   * Opens a case stream of a given form.
   *
   * @param in the stream, closed with the reader
   * @param form the form
   * @param options the options
   * @return the reader
   */
  public static CaseReader open(InputStream in, Form form, CaseReadOptions options) {
    switch (form) {
      case JSON:
        return CaseJsonReader.open(in, options);
      case JSON_LINES:
        return CaseJsonLinesReader.open(in, options);
      case CSV:
      default:
        return CaseCsvReader.open(in, options);
    }
  }

  /** {@return the text of the case format's JSON Schema ({@value #SCHEMA})} */
  public static String schemaText() {
    return TreemJson.schemaText(SCHEMA);
  }
}
