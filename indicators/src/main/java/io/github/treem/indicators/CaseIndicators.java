package io.github.treem.indicators;

import io.github.treem.core.taxonomy.LegalReference;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The figures of child-protection cases that the commune plan and the child-friendly standard
 * ask for, computed by {@link io.github.treem.indicators.cases.CaseFigureCalculator} from case files. Every case received in the
 * reporting year Y on or before the reference date R is counted; steps are counted as they stand
 * at the end of R (Viet Nam time).
 *
 * <p>Every figure of these indicators counts children in a sensitive situation (abuse, violence,
 * exploitation, abandonment: Nghị định 13/2023/NĐ-CP): their whole population is sensitive
 * ({@link #codes()} are the {@code sensitivePopulations} of
 * {@link io.github.treem.indicators.DisclosureRule#DEFAULT}), so that a total, a cell or a
 * numerator of 1 to 4 is hidden when published.
 *
 * <p>Deadline figures count a case in the denominator when its deadline is decided at R (the
 * step done, in time or late, or not done and the period over) and in the numerator when it was
 * met; a case whose period is still running is excluded ({@code DEADLINE_PENDING}), one closed
 * before the step was due is excluded ({@code CLOSED_BEFORE_DUE}), one to which the rule does not
 * apply is excluded ({@code DEADLINE_NOT_APPLICABLE}). The rules are those of the calculator's
 * {@code DeadlineRules} (Decree 56/2017 by default, configurable).
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CaseIndicators implements Indicator {
  /**
   * Cases received: cases whose information was received in Y, on or before R. Breakdowns by
   * information source, kind of harm (a case in each of its kinds), sex, age at receipt, group in
   * special circumstances (a case in each of its groups), and status (open or closed at R).
   */
  CASES_RECEIVED("Số vụ việc xâm hại trẻ em được tiếp nhận", "Protection cases received", IndicatorUnit.COUNT,
      "vụ việc được tiếp nhận thông tin trong năm, đến ngày tham chiếu", "cases received in Y, on or before R",
      "", "", LegalReference.DECREE_56_2017.withArticle("25", null)),
  /**
   * Emergency response within 12 hours: of the cases received that needed emergency protection
   * (serious harm or harm by the caregiver, or an emergency measure taken) and whose 12 hours are
   * over or met at R, those with an emergency measure within 12 hours of receipt (Decree 56/2017
   * Điều 26 khoản 3; rule {@code EMERGENCY_WITHIN_12_HOURS}).
   */
  EMERGENCY_WITHIN_12_HOURS("Tỷ lệ vụ việc khẩn cấp được can thiệp trong 12 giờ",
      "Emergency cases with measures within 12 hours", IndicatorUnit.PERCENT,
      "vụ việc có biện pháp khẩn cấp trong 12 giờ từ khi nhận thông tin",
      "those with an emergency measure within 12 hours of receipt",
      "vụ việc cần bảo vệ khẩn cấp, đã đến hạn", "cases needing emergency protection, deadline decided at R",
      LegalReference.DECREE_56_2017.withArticle("26", "3")),
  /**
   * Plans approved in time: of the cases received for which a support or intervention plan is due
   * (not an emergency, harm or risk found) and whose deadline is decided at R, those whose plan
   * was approved in time (by default the rule {@code PLAN_APPROVED_WITHIN_5_WORKING_DAYS_OF_RECEIPT}:
   * within 5 working days of receipt, on the working-day calendar; configurable).
   */
  PLAN_APPROVED_IN_TIME("Tỷ lệ vụ việc có kế hoạch hỗ trợ, can thiệp được phê duyệt đúng hạn",
      "Cases with a support plan approved in time", IndicatorUnit.PERCENT,
      "vụ việc có kế hoạch được phê duyệt đúng hạn", "those whose plan was approved in time",
      "vụ việc cần kế hoạch hỗ trợ, can thiệp, đã đến hạn", "cases needing a plan, deadline decided at R",
      LegalReference.DECREE_56_2017.withArticle("28", "1")),
  /**
   * The child-friendly standard's criterion 6 (item 6.2): as {@link #PLAN_APPROVED_IN_TIME}, for
   * the cases of sexual abuse, abandonment or trafficking only.
   */
  SEVERE_CASES_PLAN_IN_TIME("Tỷ lệ vụ việc xâm hại tình dục, bỏ rơi, mua bán trẻ em có kế hoạch được phê duyệt đúng hạn",
      "Sexual abuse, abandonment and trafficking cases with a plan approved in time", IndicatorUnit.PERCENT,
      "vụ việc có kế hoạch được phê duyệt đúng hạn", "those whose plan was approved in time",
      "vụ việc xâm hại tình dục, bỏ rơi, mua bán trẻ em cần kế hoạch, đã đến hạn",
      "sexual abuse, abandonment and trafficking cases needing a plan, deadline decided at R",
      LegalReference.DECREE_56_2017.withArticle("28", "1")),
  /**
   * Cases referred: of the cases received, those referred to a service or authority on or before
   * R (Điều 29 khoản 1). A count (a share of {@link #CASES_RECEIVED} is for the reader to work
   * out), so that a small count is hidden as a count.
   */
  CASES_REFERRED("Số vụ việc được chuyển gửi", "Cases referred", IndicatorUnit.COUNT,
      "vụ việc được tiếp nhận trong năm và được chuyển gửi đến ngày tham chiếu",
      "cases received in Y, on or before R, and referred on or before R",
      "", "", LegalReference.DECREE_56_2017.withArticle("29", "1"));

  private static final Set<String> CODES =
      Arrays.stream(values()).map(CaseIndicators::getCode).collect(Collectors.toUnmodifiableSet());

  private final Definition definition;

  CaseIndicators(String nameVi, String nameEn, IndicatorUnit unit, String numeratorVi, String numeratorEn,
      String denominatorVi, String denominatorEn, LegalReference legalBasis) {
    this.definition = new Definition(name(), nameVi, nameEn, unit, numeratorVi, numeratorEn, denominatorVi,
        denominatorEn, AgeBasis.COMPLETED_YEARS_AT_RECEIPT, List.of(legalBasis));
  }

  /** {@return the code (the constant's name), names, unit, populations, age rule (age at receipt) and legal basis} */
  @Override
  public Definition definition() {
    return definition;
  }

  /** {@return the codes of every case indicator} */
  public static Set<String> codes() {
    return CODES;
  }

  /**
   * Finds a case indicator by code.
   *
   * @param code the code, e.g. {@code "CASES_RECEIVED"}
   * @return the indicator, or empty
   */
  public static Optional<CaseIndicators> fromCode(String code) {
    return Arrays.stream(values()).filter(i -> i.name().equals(code)).findFirst();
  }

  /**
   * Whether every case this indicator counts (its denominator's population, or its count) is a
   * case {@link #CASES_RECEIVED} counts: its total is at most that of {@code CASES_RECEIVED}, a
   * relation the disclosure audit knows.
   *
   * @return true for every indicator but {@code CASES_RECEIVED} itself
   */
  public boolean isWithinCasesReceived() {
    return this != CASES_RECEIVED;
  }

  /**
   * Whether every case {@link #CASES_RECEIVED} counts is, by definition, either in this
   * indicator's denominator or excluded with exactly one reason ({@code DEADLINE_PENDING},
   * {@code CLOSED_BEFORE_DUE}, {@code DEADLINE_NOT_APPLICABLE}): its denominator plus its
   * exclusion counts is the {@code CASES_RECEIVED} total, a relation the disclosure audit knows
   * (a reader could otherwise subtract the published exclusions from the cases received to find a
   * hidden total).
   *
   * @return true for {@link #EMERGENCY_WITHIN_12_HOURS} and {@link #PLAN_APPROVED_IN_TIME}
   */
  public boolean partitionsCasesReceived() {
    return this == EMERGENCY_WITHIN_12_HOURS || this == PLAN_APPROVED_IN_TIME;
  }
}
