package io.github.treem.planreport.docx;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.planreport.ImplementationReport;
import io.github.treem.planreport.internal.docx.ReportDocx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The commune's report on its plan as a Word document (.docx) in the administrative format of
 * Nghị định 30/2020/NĐ-CP (Phụ lục I), for the officer to edit, sign and send:
 * A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman throughout
 * (the body in 13 or 14 pt); top left the issuing body in bold with a short line beneath and the
 * number and symbol {@code Số: .../BC-UBND}; top right the national title (Quốc hiệu) in bold
 * capitals, the motto (Tiêu ngữ) in bold with a line as long as it beneath, and the place and date
 * in italics; the document type "BÁO CÁO" and its summary centred in bold with a short line
 * beneath; the body justified with a first-line indent; "Nơi nhận:" bottom left (bold italic, the
 * recipients in 11 pt); the signature block bottom right (authority and role in bold, room for the
 * signature and seal, the name left blank unless given); page numbers centred in the top margin
 * from page 2.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("bao-cao-2020-H1.docx"))) {
 *   WordPlanReport.of(report).writeTo(out);
 * }
 * }</pre>
 *
 * <p>The document names Times New Roman, as the decree asks; where that font is not installed (a
 * Debian server), LibreOffice shows it in the metric-compatible Liberation Serif, with the same line
 * breaks. The same report gives the same bytes (no clock is read; ZIP entries carry a fixed time).
 *
 * <p>Why Apache POI: it is the Apache Software Foundation's maintained library for OOXML, its
 * XWPF model reaches every element the format needs (page size and margins, paragraph borders,
 * fixed table grids, fields, first-page headers) with few dependencies (XMLBeans and the schemas,
 * commons-compress and commons-io, log4j-api) and runs on the module path; docx4j would bring
 * a JAXB implementation and a much larger dependency tree for the same output.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WordPlanReport {
  private final ImplementationReport report;
  private final int bodySize;

  private WordPlanReport(ImplementationReport report, int bodySize) {
    this.report = report;
    this.bodySize = bodySize;
  }

  /**
   * A Word report, body in 14 pt.
   *
   * @param report the report
   * @return the writer
   */
  public static WordPlanReport of(ImplementationReport report) {
    return new WordPlanReport(Objects.requireNonNull(report, "report must not be null"), 14);
  }

  /**
   * A copy with another body size.
   *
   * @param points 13 or 14, as the decree allows
   * @return the copy
   * @throws InvalidValueException (code {@code TREEM-PLANREPORT-0010}) for another size
   */
  public WordPlanReport withBodySize(int points) {
    if (points != 13 && points != 14) {
      throw new InvalidValueException("TREEM-PLANREPORT-0010", "the body of an administrative document is 13 or 14 pt, not " + points);
    }
    return new WordPlanReport(report, points);
  }

  /**
   * Writes the document.
   *
   * @param out the stream (not closed)
   * @throws IOException when the stream fails
   */
  public void writeTo(OutputStream out) throws IOException {
    ReportDocx.write(report, bodySize, Objects.requireNonNull(out, "out must not be null"));
  }

  /** {@return the document's bytes} */
  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
