package io.github.treem.core.plan;

import org.apiguardian.api.API;

/**
 * The kinds of report a plan asks for: periodic (định kỳ) and ad hoc (đột xuất).
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ReportKind {
  /** A periodic report (báo cáo định kỳ). */
  PERIODIC("định kỳ", "periodic"),
  /** An ad hoc report, on an event or on request (báo cáo đột xuất). */
  AD_HOC("đột xuất", "ad hoc");

  private final String nameVi;
  private final String nameEn;

  ReportKind(String nameVi, String nameEn) {
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
