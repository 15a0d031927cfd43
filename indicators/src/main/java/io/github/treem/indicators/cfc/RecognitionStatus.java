package io.github.treem.indicators.cfc;

import org.apiguardian.api.API;

/**
 * The outcome of scoring a commune against the standard.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RecognitionStatus {
  /** Every condition holds, decided on confirmed parts of the table only (đạt chuẩn). */
  RECOGNISED("đạt chuẩn xã phù hợp với trẻ em", "meets the child-friendly commune standard"),
  /**
   * A condition fails on confirmed parts of the table (a criterion at 0 points on a confirmed
   * band, a confirmed total that cannot reach the threshold, ...), or everything is confirmed and
   * a condition fails (chưa đạt chuẩn).
   */
  NOT_RECOGNISED("chưa đạt chuẩn xã phù hợp với trẻ em", "does not meet the child-friendly commune standard"),
  /**
   * The outcome depends on provisional parts of the table (bands or rules not confirmed from the
   * decision's annex): the score is shown, marked provisional, and no decision is made.
   */
  PROVISIONAL_NOT_DECIDABLE("chưa kết luận được: điểm dựa trên thang điểm tạm tính",
      "not decidable: the score rests on provisional bands"),
  /** A value that the score needs is missing (and no confirmed failure decides the outcome). */
  INCOMPLETE("chưa đủ số liệu để chấm điểm", "incomplete: values are missing");

  private final String nameVi;
  private final String nameEn;

  RecognitionStatus(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the Vietnamese name} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  public String getNameEn() {
    return nameEn;
  }

  /** {@return true for {@link #RECOGNISED} and {@link #NOT_RECOGNISED}: a decision was made} */
  public boolean isDecided() {
    return this == RECOGNISED || this == NOT_RECOGNISED;
  }
}
