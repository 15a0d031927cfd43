package io.github.treem.core.plan;

import org.apiguardian.api.API;

/**
 * The kinds of source that fund a commune plan (kinh phí thực hiện): the budgets of the state's
 * levels and what is mobilised from organisations and individuals (xã hội hóa).
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum FundingSourceKind {
  /** The commune's own budget (ngân sách xã). */
  COMMUNE_BUDGET("Ngân sách xã", "Commune budget"),
  /** The district budget (ngân sách huyện), as in the Quảng Vinh 2020 plan. */
  DISTRICT_BUDGET("Ngân sách huyện", "District budget"),
  /** The province budget (ngân sách tỉnh). */
  PROVINCE_BUDGET("Ngân sách tỉnh", "Province budget"),
  /** The central budget or a national programme (ngân sách trung ương, chương trình mục tiêu). */
  CENTRAL_BUDGET("Ngân sách trung ương", "Central budget"),
  /** Contributions mobilised from organisations and individuals, at home or abroad (huy động). */
  MOBILISED("Huy động từ các tổ chức, cá nhân", "Mobilised from organisations and individuals"),
  /** Any other source. */
  OTHER("Nguồn khác", "Other source");

  private final String nameVi;
  private final String nameEn;

  FundingSourceKind(String nameVi, String nameEn) {
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
