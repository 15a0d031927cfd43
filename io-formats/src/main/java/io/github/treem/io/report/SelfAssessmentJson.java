package io.github.treem.io.report;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.cfc.ScoringTable;
import io.github.treem.indicators.cfc.SelfAssessment;
import io.github.treem.io.ReadMode;
import io.github.treem.io.internal.json.JsonInput;
import io.github.treem.io.internal.json.JsonProblems;
import io.github.treem.io.json.JsonIssueCode;
import io.github.treem.io.json.TreemJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * A commune's self-assessment on the child-friendly commune standard (Quyết định 06/QĐ-TTg) as
 * JSON, in the format of the published schema {@code cfc-self-assessment-v1.schema.json} (see
 * {@link TreemJson#schemaText(String)}; docs/child-friendly-commune.md §6).
 *
 * <pre>{@code
 * {"format":"treem-cfc-self-assessment","formatVersion":1,"communeCode":"19885","communeName":"Quảng Vinh",
 *  "year":2020,"communeType":"OTHER","assessedOn":"2020-11-20","assessedBy":"UBND xã, công chức Văn hóa - Xã hội",
 *  "table":"QD-06-2019","tableVersion":"1",
 *  "entries":[{"item":"1.1","answer":true,"evidence":"Quyết định phân công ..."},
 *             {"item":"6.1","numerator":46,"denominator":47,"evidence":"Danh sách trẻ em ..."},
 *             {"item":"11.2","value":42.5,"evidence":"Tổng hợp phiếu ..."},
 *             {"item":"6.2","nothingToCount":true,"evidence":"Không có vụ việc"}]}
 * }</pre>
 *
 * <p>Reading is strict (an unknown property, a duplicate key, a wrong type, a missing property, an
 * entry with no value or two are errors) and throws a {@link SelfAssessmentReadException} with the
 * coded issue, located by file, line and property path; its message never repeats a value of the
 * file (evidence notes may name people). {@link #check} then validates the self-assessment against
 * a scoring table ({@link SelfAssessment#validate}), its issues placed in the file.
 *
 * <p>Layout when written: one JSON object on one line, properties in the schema's order, a line
 * feed at the end; {@code read(write(s))} equals {@code s}.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SelfAssessmentJson {
  private static final JsonMapper MAPPER = TreemJson.of(ReadMode.STRICT).getMapper();
  private static final ObjectWriter WRITER = MAPPER.writerFor(SelfAssessment.class)
      .without(StreamWriteFeature.AUTO_CLOSE_TARGET);
  private static final ObjectReader READER = JsonInput.configure(MAPPER.readerFor(SelfAssessment.class)
      .without(StreamReadFeature.AUTO_CLOSE_SOURCE));

  private SelfAssessmentJson() {}

  /**
   * Writes a self-assessment.
   *
   * @param selfAssessment the self-assessment
   * @return the JSON text, ending with a line feed
   */
  public static String write(SelfAssessment selfAssessment) {
    return WRITER.writeValueAsString(Objects.requireNonNull(selfAssessment, "selfAssessment must not be null")) + "\n";
  }

  /**
   * Writes a self-assessment to a stream as UTF-8, leaving the stream open.
   *
   * @param selfAssessment the self-assessment
   * @param out the stream
   * @throws UncheckedIOException when the stream fails
   */
  public static void write(SelfAssessment selfAssessment, OutputStream out) {
    try {
      out.write(write(selfAssessment).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a self-assessment file.
   *
   * @param file the file
   * @return the self-assessment
   * @throws SelfAssessmentReadException when it is not a self-assessment in this format
   * @throws UncheckedIOException when the file cannot be read
   */
  public static SelfAssessment read(Path file) {
    Objects.requireNonNull(file, "file must not be null");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, String.valueOf(file.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a self-assessment from a stream (UTF-8), leaving the stream open.
   *
   * @param in the stream
   * @param fileName the file name for locations, or null
   * @return the self-assessment
   * @throws SelfAssessmentReadException when it is not a self-assessment in this format
   * @throws UncheckedIOException when the stream fails
   */
  public static SelfAssessment read(InputStream in, @Nullable String fileName) {
    Objects.requireNonNull(in, "in must not be null");
    try {
      return notNull(readOne(JsonInput.parser(READER, in)), fileName);
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      throw new SelfAssessmentReadException(JsonProblems.issueOf(e, fileName, 0, ""), e);
    }
  }

  /**
   * Reads a self-assessment.
   *
   * @param json the JSON text
   * @return the self-assessment
   * @throws SelfAssessmentReadException when it is not a self-assessment in this format
   */
  public static SelfAssessment read(String json) {
    Objects.requireNonNull(json, "json must not be null");
    try (JsonParser p = JsonInput.parser(READER, new StringReader(json))) {
      return notNull(readOne(p), null);
    } catch (JacksonException e) {
      throw new SelfAssessmentReadException(JsonProblems.issueOf(e, null, 0, ""), e);
    }
  }

  /**
   * Checks a self-assessment against a scoring table ({@link SelfAssessment#validate}), its
   * issues placed in a file.
   *
   * @param selfAssessment the self-assessment
   * @param table the table it will be scored with
   * @param fileName the file name for locations, or null
   * @return the issues, errors first as the validation gives them
   */
  public static List<Issue> check(SelfAssessment selfAssessment, ScoringTable table, @Nullable String fileName) {
    List<Issue> out = new ArrayList<>();
    for (Issue i : selfAssessment.validate(table).getIssues()) {
      out.add(fileName == null ? i : i.withLocation(Location.builder().from(i.getLocation()).file(fileName).build()));
    }
    return out;
  }

  private static @Nullable SelfAssessment readOne(JsonParser p) {
    if (p.nextToken() == null) {
      return READER.readValue(p);
    }
    SelfAssessment s = p.currentToken() == JsonToken.VALUE_NULL ? null : READER.readValue(p);
    JsonInput.requireEnd(p);
    return s;
  }

  private static SelfAssessment notNull(@Nullable SelfAssessment s, @Nullable String fileName) {
    if (s == null) {
      Location.Builder loc = Location.builder().line(1);
      if (fileName != null) {
        loc.file(fileName);
      }
      throw new SelfAssessmentReadException(
          JsonIssueCode.JSON_WRONG_TYPE.issue(Severity.ERROR, loc.build(), "expected an object, found null"), null);
    }
    return s;
  }
}
