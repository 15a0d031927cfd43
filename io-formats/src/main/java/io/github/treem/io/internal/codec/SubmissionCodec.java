package io.github.treem.io.internal.codec;

import static io.github.treem.codec.internal.Codecs.invalidAt;

import io.github.treem.codec.internal.Codecs;
import io.github.treem.codec.internal.ObjectCodec;
import io.github.treem.codec.internal.StringEscapes;
import io.github.treem.codec.internal.TokenReader;
import io.github.treem.codec.internal.ValueCodec;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.io.report.ReportDocument;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A commune's submission in the format of {@code submission-v1.schema.json}: a header (the
 * format's name and version, the destination, the commune, the year and reference date, the
 * content's SHA-256) and the report document as {@link ReportCodec#DOCUMENT} reads and writes it,
 * unsuppressed and with its manifest. The digest is checked by the public reader, which knows how
 * the content is written.
 */
public final class SubmissionCodec {
  /** The value of {@code format}. */
  public static final String FORMAT = "treem-commune-submission";
  /** The value of {@code formatVersion}. */
  public static final int VERSION = 1;
  /** The value of {@code submittedTo}. */
  public static final String DESTINATION = "province";

  /**
   * A submission as the file holds it.
   *
   * @param commune the commune's code
   * @param communeName its name, if given
   * @param sha256 the digest written in the file
   * @param document the content
   */
  public record Raw(CommuneCode commune, Optional<String> communeName, String sha256, ReportDocument document) {}

  /** The properties as read. */
  // NullAway.Init: a holder filled by the codec, which refuses a document that lacks a required
  // property before finish() reads it; the optional ones have a default
  @SuppressWarnings("NullAway.Init")
  private static final class Holder {
    String format;
    int version;
    String destination;
    CommuneCode commune;
    Optional<String> name = Optional.empty();
    int year;
    LocalDate referenceDate;
    String sha256;
    ReportDocument document;

    Raw finish(TokenReader in) {
      if (!FORMAT.equals(format)) {
        throw invalidAt(in, "format", "not a treem commune submission (" + FORMAT + ")");
      }
      if (version != VERSION) {
        throw invalidAt(in, "formatVersion", "an unknown version of the submission format (this treem reads 1)");
      }
      if (!DESTINATION.equals(destination)) {
        throw invalidAt(in, "submittedTo", "a commune's submission goes to the province");
      }
      if (!sha256.matches("[0-9a-f]{64}")) {
        throw invalidAt(in, "contentSha256", "not a SHA-256 in lower-case hex");
      }
      if (document.getReport().isSuppressed()) {
        throw invalidAt(in, "report", "a submission holds the unsuppressed counts");
      }
      if (document.getManifest().isEmpty()) {
        throw invalidAt(in, "report", "a submission's report has its manifest");
      }
      if (!document.getTargets().isEmpty()) {
        throw invalidAt(in, "report", "a submission carries no target assessment");
      }
      if (document.getReport().getYear() != year) {
        throw invalidAt(in, "year", "not the year of the report");
      }
      if (!document.getReport().getReferenceDate().equals(referenceDate)) {
        throw invalidAt(in, "referenceDate", "not the reference date of the report");
      }
      return new Raw(commune, name, sha256, document);
    }
  }

  private static final ValueCodec<CommuneCode> COMMUNE = new ValueCodec<>() {
    @Override
    public CommuneCode read(TokenReader in, Class<?> owner) {
      String code = Codecs.string(in, owner);
      if (!CommuneCode.isValid(code)) {
        throw Codecs.invalid(in, owner, "a commune code has 5 digits");
      }
      return CommuneCode.parse(code);
    }

    @Override
    public void write(CommuneCode value, io.github.treem.codec.internal.TokenWriter out) {
      out.string(value.getCode());
    }
  };

  /** The submission, its strings escaped as {@link StringEscapes#REPORT}. */
  public static final ValueCodec<Raw> SUBMISSION = Codecs.escaped(ObjectCodec
      .finishing(Raw.class, Holder::new, Holder::finish)
      .property("format", true, Codecs.STRING, (h, v) -> h.format = v, (r, out) -> out.string(FORMAT))
      .property("formatVersion", true, Codecs.INTEGER, (h, v) -> h.version = v, (r, out) -> out.number(VERSION))
      .property("submittedTo", true, Codecs.STRING, (h, v) -> h.destination = v, (r, out) -> out.string(DESTINATION))
      .property("commune", true, COMMUNE, (h, v) -> h.commune = v, (r, out) -> out.string(r.commune().getCode()))
      .optional("communeName", Codecs.STRING, Raw::communeName, (h, v) -> h.name = Optional.of(v))
      .property("year", true, Codecs.INTEGER, (h, v) -> h.year = v,
          (r, out) -> out.number(r.document().getReport().getYear()))
      .property("referenceDate", true, Codecs.DATE, (h, v) -> h.referenceDate = v,
          (r, out) -> Codecs.DATE.write(r.document().getReport().getReferenceDate(), out))
      .property("contentSha256", true, Codecs.STRING, (h, v) -> h.sha256 = v, (r, out) -> out.string(r.sha256()))
      .property("report", true, ReportCodec.DOCUMENT, (h, v) -> h.document = v,
          (r, out) -> ReportCodec.DOCUMENT.write(r.document(), out))
      .build(), StringEscapes.REPORT);

  private SubmissionCodec() {}
}
