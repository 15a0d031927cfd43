package io.github.treem.planreport;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The parts of a report's first lines, as Decree 30/2020/NĐ-CP places them: the issuing body (top
 * left), the number and symbol under it, the place and date (top right, under the national title
 * and motto), the document type and its summary (trích yếu), centred.
 *
 * @param issuerLines the issuing body, upper case, one line each, e.g. "ỦY BAN NHÂN DÂN", "XÃ QUẢNG VINH"
 * @param numberLine the number and symbol, e.g. {@code "Số:      /BC-UBND"}
 * @param placeAndDate the place and date, e.g. "Quảng Vinh, ngày 20 tháng 6 năm 2020" (blanks when
 *     the date is not given)
 * @param documentType the document type, upper case: "BÁO CÁO"
 * @param summary the summary (trích yếu) under the type
 * @param draftMark "DỰ THẢO" when the document is a draft
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReportHeader(List<String> issuerLines, String numberLine, String placeAndDate, String documentType,
    String summary, Optional<String> draftMark) {
  /**
   * Copies the lists.
   *
   * @param issuerLines the issuing body
   * @param numberLine the number and symbol
   * @param placeAndDate the place and date
   * @param documentType the document type
   * @param summary the summary
   * @param draftMark the draft mark
   */
  public ReportHeader {
    issuerLines = List.copyOf(issuerLines);
  }

  /** The national title (Quốc hiệu), upper case. */
  public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  /** The motto (Tiêu ngữ): first letters capitals, hyphens between the phrases. */
  public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
}
