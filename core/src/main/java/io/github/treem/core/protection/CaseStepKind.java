package io.github.treem.core.protection;

import io.github.treem.core.taxonomy.LegalReference;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of event in a protection case, in the order of the workflow of Decree 56/2017 (Điều
 * 25-32), each with its legal basis. Deadline rules name their start and end by these kinds.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CaseStepKind {
  /** Information received and recorded (Điều 25, Mẫu số 01). */
  RECEIVED("25", "1", "Tiếp nhận thông tin", "Information received"),
  /** Initial risk assessment (Điều 26 khoản 2, Mẫu số 02). */
  RISK_ASSESSED("26", "2", "Đánh giá nguy cơ ban đầu", "Initial risk assessment"),
  /** An emergency measure taken: intervention or temporary separation (Điều 26 khoản 3, Điều 31-32). */
  EMERGENCY_MEASURE("26", "3", "Áp dụng biện pháp khẩn cấp", "Emergency measure"),
  /** A temporary separation ended or lifted (Điều 32 khoản 3). */
  SEPARATION_ENDED("32", "3", "Kết thúc tạm thời cách ly", "Separation ended"),
  /** Needs assessment (Điều 27, Mẫu số 03). */
  NEEDS_ASSESSED("27", null, "Xác định nhu cầu hỗ trợ, can thiệp", "Needs assessment"),
  /** Support or intervention plan drafted and submitted to the chairman (Điều 28 khoản 1, Mẫu số 04). */
  PLAN_DRAFTED("28", "1", "Xây dựng kế hoạch hỗ trợ, can thiệp", "Plan drafted"),
  /** Plan approved by the commune chairman (Điều 28 khoản 4). */
  PLAN_APPROVED("28", "4", "Phê duyệt kế hoạch hỗ trợ, can thiệp", "Plan approved"),
  /** Implementation of the plan started (Điều 29). */
  PLAN_IMPLEMENTATION_STARTED("29", null, "Thực hiện kế hoạch hỗ trợ, can thiệp", "Plan implementation started"),
  /** Review after implementing the plan (Điều 30, Mẫu số 06). */
  REVIEWED("30", "1", "Rà soát, đánh giá", "Review"),
  /** Referral to a service or body (Điều 29 khoản 1 điểm b). */
  REFERRED("29", "1", "Kết nối, chuyển gửi", "Referral"),
  /** Case closed (Điều 30 khoản 1 điểm b). */
  CLOSED("30", "1", "Đóng hồ sơ", "Case closed");

  private final String article;
  private final @Nullable String clause;
  private final String nameVi;
  private final String nameEn;

  CaseStepKind(String article, @Nullable String clause, String nameVi, String nameEn) {
    this.article = article;
    this.clause = clause;
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

  /** {@return the provision of Decree 56/2017 that sets this step} */
  public LegalReference getLegalReference() {
    return LegalReference.DECREE_56_2017.withArticle(article, clause);
  }
}
