package io.github.treem.core.protection;

import org.apiguardian.api.API;

/**
 * To which cases a deadline rule applies.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Applicability {
  /** Every case. */
  ALWAYS,
  /** Cases where the child needs emergency protection ({@link ProtectionCase#isEmergency()}). */
  EMERGENCY,
  /**
   * Cases that are not emergencies ("trừ trường hợp khẩn cấp", Decree 56/2017 Điều 28 khoản 1 and
   * 4) and in which harm or risk was found: a case whose risk assessment found no harm and no risk
   * ({@link RiskLevel#NO_RISK}) needs no plan.
   */
  NON_EMERGENCY,
  /** Cases with a temporary separation not continued by a competent body (Điều 32 khoản 3). */
  TEMPORARY_SEPARATION
}
