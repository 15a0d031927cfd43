package io.github.treem.core.protection;

import org.apiguardian.api.API;

/**
 * The outcome of the initial risk assessment (đánh giá nguy cơ ban đầu, Decree 56/2017 Điều 26
 * khoản 2, Mẫu số 02): whether the child is at risk of, or suffering, serious harm to life,
 * health or dignity (Điều 26 khoản 3), which calls for emergency measures within 12 hours.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RiskLevel {
  /** At risk of or suffering serious harm to life, health or dignity (nguy cơ hoặc đang bị tổn hại nghiêm trọng). */
  SERIOUS_HARM("Có nguy cơ hoặc đang bị tổn hại nghiêm trọng về tính mạng, sức khỏe, nhân phẩm",
      "At risk of or suffering serious harm to life, health or dignity"),
  /** Harmed or at risk, but not seriously: support and intervention without emergency measures. */
  NOT_SERIOUS("Không có nguy cơ tổn hại nghiêm trọng", "No serious harm or risk of it"),
  /** The assessment found neither harm nor risk (the information was unfounded). */
  NO_RISK("Không có tổn hại hoặc nguy cơ", "No harm and no risk");

  private final String nameVi;
  private final String nameEn;

  RiskLevel(String nameVi, String nameEn) {
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
}
