package io.github.treem.io.cases;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the officers' CSV form of cases, in the order written. One row is one case; a
 * step that may repeat (emergency measures, plans, reviews, referrals) is a group of columns whose
 * cells hold one value per occurrence, separated by {@code |}, in the same order in every column
 * of the group (an empty value between bars is "not recorded"). Harms and circumstances are codes
 * separated by {@code |}.
 */
enum CaseCsvColumn {
  CASE_ID("case_id", true, null),
  SEX("sex", false, null),
  DATE_OF_BIRTH("date_of_birth", false, null),
  CIRCUMSTANCES("circumstances", false, null),
  REGISTER_CHILD_ID("register_child_id", false, null),
  RECEIVED_AT("received_at", true, null),
  SOURCE("source", true, null),
  RECEIVED_BY("received_by", false, null),
  HARMS("harms", false, null),
  RISK_ASSESSED_AT("risk_assessed_at", false, null),
  RISK_LEVEL("risk_level", false, null),
  HARMED_BY_CAREGIVER("harmed_by_caregiver", false, null),
  RISK_ASSESSED_BY("risk_assessed_by", false, null),
  EMERGENCY_KIND("emergency_kind", false, "emergency"),
  EMERGENCY_TAKEN_AT("emergency_taken_at", false, "emergency"),
  EMERGENCY_DECIDED_BY("emergency_decided_by", false, "emergency"),
  EMERGENCY_ENDED_ON("emergency_ended_on", false, "emergency"),
  EMERGENCY_CONTINUED_BY_AUTHORITY("emergency_continued_by_authority", false, "emergency"),
  NEEDS_ASSESSED_ON("needs_assessed_on", false, null),
  PLAN_DRAFTED_ON("plan_drafted_on", false, "plan"),
  PLAN_DRAFTED_BY("plan_drafted_by", false, "plan"),
  PLAN_APPROVED_ON("plan_approved_on", false, "plan"),
  PLAN_APPROVED_BY("plan_approved_by", false, "plan"),
  PLAN_STARTED_ON("plan_started_on", false, "plan"),
  REVIEW_ON("review_on", false, "review"),
  REVIEW_OUTCOME("review_outcome", false, "review"),
  REFERRAL_ON("referral_on", false, "referral"),
  REFERRAL_TARGET("referral_target", false, "referral"),
  CLOSED_ON("closed_on", false, null),
  CLOSURE_REASON("closure_reason", false, null),
  CLOSURE_DECIDED_BY("closure_decided_by", false, null),
  /**
   * The synthetic-data marker: {@code Y} on every row of a file of synthetic cases (never real
   * children); written only by a writer told the cases are synthetic, last. A yes in any row
   * marks the file. Not a datum of the case.
   */
  SYNTHETIC_DATA("synthetic_data", false, null);

  private final String header;
  private final boolean required;
  private final @Nullable String group;

  CaseCsvColumn(String header, boolean required, @Nullable String group) {
    this.header = header;
    this.required = required;
    this.group = group;
  }

  String header() {
    return header;
  }

  boolean required() {
    return required;
  }

  /** {@return the repeated step the column belongs to, or null} */
  @Nullable String group() {
    return group;
  }

  static Optional<CaseCsvColumn> byHeader(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (CaseCsvColumn c : values()) {
      if (c.header.equals(n)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
