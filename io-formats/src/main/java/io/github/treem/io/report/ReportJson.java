package io.github.treem.io.report;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.ReadMode;
import io.github.treem.io.internal.codec.ReportCodec;
import io.github.treem.io.internal.json.JsonInput;
import io.github.treem.io.internal.json.JsonProblems;
import io.github.treem.io.internal.report.ReportPrettyPrinter;
import io.github.treem.io.json.JsonIssueCode;
import io.github.treem.io.json.TreemJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicator report as JSON, exactly as {@code treem report --format json} writes it, in the
 * format of the published schema {@code report-v1.schema.json} (see
 * {@link TreemJson#schemaText(String)}); written and read with Jackson.
 *
 * <pre>{@code
 * ReportDocument doc = ReportDocument.of(report, targets).withManifest(manifest);
 * String json = ReportJson.of(Language.VI).write(doc);
 * ReportDocument back = ReportJson.of(Language.VI).read(json); // equal to doc
 * }</pre>
 *
 * <p>What is written is {@link ReportDocument#published()}: a report not yet suppressed is
 * suppressed and audited first, a suppressed one must pass its audit; the unsuppressed figures
 * only for a document asked for by name ({@link ReportDocument#unsuppressedForInternalUse}),
 * written {@code "suppressed": false}. Every value (total and cell) is written as the indicator's
 * {@link io.github.treem.indicators.ValueFormat} shows it beside the targets (19,999/20,000
 * against {@code ≥ 100} is {@code 99.99}); a hidden exclusion count is written {@code null}.
 *
 * <p>Layout: one JSON object, without white space except a line feed before each indicator and
 * each target and one after the object; properties in the schema's order; decimals as the
 * report holds them (e.g. {@code 50.00}, never an exponent); an absent figure as {@code null};
 * {@code dataQuality} and {@code manifest} only when the report has them. Indicator names are
 * written in the language of this instance.
 *
 * <p>Reading rebuilds the report through the indicators module's factories: values, states,
 * target statuses and gaps are recomputed from the counts and checked against the text, and a
 * report marked suppressed must pass the disclosure audit (the document read carries it);
 * indicator names are not read back (the
 * language of the text does not matter). Reading is strict (an unknown property is an error) and
 * bounded by the limits of {@link TreemJson}. So {@code read(write(doc))} equals
 * {@code doc.published()}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportJson {
  /** treem's strict mapper: its module holds the report document's codec. */
  private static final JsonMapper MAPPER = TreemJson.of(ReadMode.STRICT).getMapper();
  private static final ReportJson VI = new ReportJson(Language.VI);
  private static final ReportJson EN = new ReportJson(Language.EN);

  private final Language language;
  private final ObjectWriter writer;
  private final ObjectReader reader;

  private ReportJson(Language language) {
    this.language = language;
    // the codec writes the escapes and the plain decimals of the report; the layout is ours
    this.writer = MAPPER.writerFor(ReportDocument.class)
        .with(ReportPrettyPrinter.INSTANCE)
        .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .withAttribute(ReportCodec.LANGUAGE, language);
    this.reader = JsonInput.configure(MAPPER.readerFor(ReportDocument.class)
        .without(StreamReadFeature.AUTO_CLOSE_SOURCE));
  }

  /**
   * The codec that writes indicator names in a language.
   *
   * @param language the language of the names
   * @return the codec
   */
  public static ReportJson of(Language language) {
    return Objects.requireNonNull(language, "language must not be null") == Language.VI ? VI : EN;
  }

  /** {@return the language of the indicator names written} */
  public Language getLanguage() {
    return language;
  }

  /**
   * Writes a report.
   *
   * @param document the report
   * @return the JSON text, ending with a line feed
   */
  public String write(ReportDocument document) {
    return writer.writeValueAsString(Objects.requireNonNull(document, "document must not be null")) + "\n";
  }

  /**
   * Writes a report to a stream as UTF-8, leaving the stream open.
   *
   * @param document the report
   * @param out the stream
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public void write(ReportDocument document, OutputStream out) {
    Objects.requireNonNull(document, "document must not be null");
    try {
      writer.writeValue(out, document);
      out.write('\n');
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a report to a character stream, leaving it open.
   *
   * @param document the report
   * @param out the character stream
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public void write(ReportDocument document, Writer out) {
    Objects.requireNonNull(document, "document must not be null");
    try {
      writer.writeValue(out, document);
      out.write('\n');
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a report.
   *
   * @param json the JSON text
   * @return the report
   * @throws ReportReadException when the text is not a treem report (with the located issue)
   */
  public ReportDocument read(String json) {
    Objects.requireNonNull(json, "json must not be null");
    ReportDocument doc;
    try (JsonParser p = JsonInput.parser(reader, new StringReader(json))) {
      doc = readOne(p);
    } catch (JacksonException e) {
      throw failure(e, null);
    }
    return notNull(doc, null);
  }

  /**
   * Reads a report from a stream (UTF-8), leaving the stream open.
   *
   * @param in the stream
   * @param fileName the name of the file, for the issue's location (null when none)
   * @return the report
   * @throws ReportReadException when the input is not a treem report (with the located issue)
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public ReportDocument read(InputStream in, @Nullable String fileName) {
    Objects.requireNonNull(in, "in must not be null");
    ReportDocument doc;
    try {
      // the parser is not closed: the stream stays open (AUTO_CLOSE_SOURCE is off)
      doc = readOne(JsonInput.parser(reader, in));
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      throw failure(e, fileName);
    }
    return notNull(doc, fileName);
  }

  /** Reads the document, which must be all the input (JSON {@code null} reads as null). */
  private @Nullable ReportDocument readOne(JsonParser p) {
    if (p.nextToken() == null) {
      return reader.readValue(p); // Jackson reports the empty input
    }
    ReportDocument doc = p.currentToken() == JsonToken.VALUE_NULL ? null : reader.readValue(p);
    JsonInput.requireEnd(p);
    return doc;
  }

  /** The JSON {@code null} reads as no value: not a report. */
  private static ReportDocument notNull(@Nullable ReportDocument doc, @Nullable String fileName) {
    if (doc == null) {
      Location.Builder loc = Location.builder().line(1);
      if (fileName != null) {
        loc.file(fileName);
      }
      Issue issue = JsonIssueCode.JSON_WRONG_TYPE.issue(Severity.ERROR, loc.build(), "expected an object, found null");
      throw new ReportReadException(issue, null);
    }
    return doc;
  }

  private static ReportReadException failure(JacksonException e, @Nullable String fileName) {
    Issue issue = JsonProblems.issueOf(e, fileName, 0, "");
    return new ReportReadException(issue, e);
  }
}
