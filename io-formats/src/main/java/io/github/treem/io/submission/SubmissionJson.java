package io.github.treem.io.submission;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.ReadMode;
import io.github.treem.io.RegisterIssueCode;
import io.github.treem.io.internal.codec.SubmissionCodec;
import io.github.treem.io.internal.json.JsonProblems;
import io.github.treem.io.json.JsonIssueCode;
import io.github.treem.io.json.TreemJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A commune's submission as JSON, in the format of the published schema
 * {@code submission-v1.schema.json} (see {@link TreemJson#schemaText(String)}): the header
 * ({@code format}, {@code formatVersion}, {@code submittedTo}, {@code commune},
 * {@code communeName}, {@code year}, {@code referenceDate}, {@code contentSha256}) and the report
 * in the format of {@code report-v1.schema.json}, unsuppressed and with its manifest.
 *
 * <pre>{@code
 * CommuneSubmission s = CommuneSubmission.of(CommuneCode.parse("19885"), unsuppressedDocument);
 * String json = SubmissionJson.write(s);
 * CommuneSubmission back = SubmissionJson.read(in, "19885.json"); // equal to s
 * }</pre>
 *
 * <p>Layout: one line, without white space (a submission is read by machines: 10,000 of them make
 * a national merge), properties in the schema's order, one line feed at the end.
 * Reading is strict (an unknown property is an error), rebuilds the report through the indicators
 * module's factories (every value is recomputed from its counts and checked), and checks the
 * content's SHA-256: a submission whose figures were changed after it was written is refused
 * ({@link SubmissionIssueCode#SUBMISSION_DIGEST_MISMATCH}).
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SubmissionJson {
  private static final JsonMapper MAPPER = TreemJson.of(ReadMode.STRICT).getMapper();
  private static final ObjectWriter WRITER = MAPPER.writerFor(SubmissionCodec.Raw.class)
      .without(StreamWriteFeature.AUTO_CLOSE_TARGET);
  private static final ObjectReader READER = MAPPER.readerFor(SubmissionCodec.Raw.class)
      .without(StreamReadFeature.AUTO_CLOSE_SOURCE);

  private SubmissionJson() {}

  /**
   * Writes a submission.
   *
   * @param submission the submission
   * @return the JSON text, ending with a line feed
   */
  public static String write(CommuneSubmission submission) {
    return WRITER.writeValueAsString(raw(submission)) + "\n";
  }

  /**
   * Writes a submission to a stream as UTF-8, leaving the stream open.
   *
   * @param submission the submission
   * @param out the stream
   * @throws UncheckedIOException when the stream fails
   */
  public static void write(CommuneSubmission submission, OutputStream out) {
    try {
      out.write(write(submission).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SubmissionCodec.Raw raw(CommuneSubmission s) {
    Objects.requireNonNull(s, "submission must not be null");
    return new SubmissionCodec.Raw(s.getCommune(), s.getCommuneName(), s.getSha256(), s.getDocument());
  }

  /**
   * Reads a submission from a stream (UTF-8), leaving the stream open.
   *
   * @param in the stream
   * @param fileName the name of the file, for the issue's location (null when none)
   * @return the submission
   * @throws SubmissionReadException when the input is not a treem submission, or its content
   *     does not match its SHA-256 (with the located, coded issue)
   * @throws UncheckedIOException when the stream fails
   */
  public static CommuneSubmission read(InputStream in, @Nullable String fileName) {
    Objects.requireNonNull(in, "in must not be null");
    SubmissionCodec.Raw raw;
    try {
      raw = READER.readValue(in);
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      throw new SubmissionReadException(JsonProblems.issueOf(e, fileName, 0, ""), e);
    }
    return finish(raw, fileName);
  }

  /**
   * Reads a submission.
   *
   * @param json the JSON text
   * @return the submission
   * @throws SubmissionReadException as {@link #read(InputStream, String)}
   */
  public static CommuneSubmission read(String json) {
    Objects.requireNonNull(json, "json must not be null");
    SubmissionCodec.Raw raw;
    try {
      raw = READER.readValue(json);
    } catch (JacksonException e) {
      throw new SubmissionReadException(JsonProblems.issueOf(e, null, 0, ""), e);
    }
    return finish(raw, null);
  }

  private static CommuneSubmission finish(SubmissionCodec.Raw raw, @Nullable String fileName) {
    Location.Builder loc = Location.builder();
    if (fileName != null) {
      loc.file(fileName);
    }
    if (raw == null) {
      Issue issue = JsonIssueCode.JSON_WRONG_TYPE.issue(Severity.ERROR, loc.line(1).build(), "expected an object, found null");
      throw new SubmissionReadException(issue, null);
    }
    CommuneSubmission s;
    try {
      s = CommuneSubmission.of(raw.commune(), raw.document());
    } catch (IllegalArgumentException e) {
      Issue issue = RegisterIssueCode.INVALID_VALUE.issue(Severity.ERROR, loc.path("report").build(), e.getMessage());
      throw new SubmissionReadException(issue, e);
    }
    if (!s.getSha256().equals(raw.sha256())) {
      Issue issue = SubmissionIssueCode.SUBMISSION_DIGEST_MISMATCH.issue(loc.path("contentSha256").build(),
          "commune " + raw.commune().getCode());
      throw new SubmissionReadException(issue, null);
    }
    return raw.communeName().map(s::withCommuneName).orElse(s);
  }
}
