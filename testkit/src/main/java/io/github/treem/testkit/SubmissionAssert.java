package io.github.treem.testkit;

import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.io.submission.CommuneSubmission;
import io.github.treem.io.submission.SubmissionJson;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a commune's submission ({@code treem report --format submission}). Messages
 * show the submission's commune, year and figures only: a submission holds no child's record.
 *
 * <pre>{@code
 * TreemAssertions.assertThat(submission).isOfCommune("19885").hasYear(2020).isIntact()
 *     .hasIndicator("HI_U6", 93, 101);
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SubmissionAssert extends AbstractAssert<SubmissionAssert, CommuneSubmission> {
  SubmissionAssert(CommuneSubmission actual) {
    super(actual, SubmissionAssert.class);
  }

  /**
   * Verifies the commune's GSO code.
   *
   * @param code the code
   * @return this
   */
  public SubmissionAssert isOfCommune(String code) {
    isNotNull();
    if (!actual.getCommune().toString().equals(code)) {
      failWithMessage("Expecting the submission of commune %s, but it is of %s", code, actual.getCommune());
    }
    return this;
  }

  /**
   * Verifies the reporting year.
   *
   * @param year the year
   * @return this
   */
  public SubmissionAssert hasYear(int year) {
    isNotNull();
    if (actual.getYear() != year) {
      failWithMessage("Expecting the submission of commune %s to be of %s, but it is of %s", actual.getCommune(), year,
          actual.getYear());
    }
    return this;
  }

  /**
   * Verifies the reference date.
   *
   * @param date the date
   * @return this
   */
  public SubmissionAssert hasReferenceDate(LocalDate date) {
    isNotNull();
    if (!actual.getReferenceDate().equals(date)) {
      failWithMessage("Expecting the submission of commune %s at %s, but it is at %s", actual.getCommune(), date,
          actual.getReferenceDate());
    }
    return this;
  }

  /**
   * Verifies that the submission reads back from its JSON as it is, its SHA-256 checked
   * ({@link SubmissionJson#read(String)}), and is unsuppressed counts with every breakdown of
   * {@link CommuneSubmission#BREAKDOWNS}: what a province can merge.
   *
   * @return this
   */
  public SubmissionAssert isIntact() {
    isNotNull();
    CommuneSubmission back;
    try {
      back = SubmissionJson.read(SubmissionJson.write(actual));
    } catch (RuntimeException e) {
      failWithMessage("Expecting the submission of commune %s to read back, but: %s", actual.getCommune(),
          e.getClass().getSimpleName());
      return this;
    }
    if (!back.equals(actual) || !back.getSha256().equals(actual.getSha256())) {
      failWithMessage("Expecting the submission of commune %s to read back the same, with its SHA-256 %s",
          actual.getCommune(), actual.getSha256());
    }
    if (actual.getReport().isSuppressed()) {
      failWithMessage("Expecting the submission of commune %s to hold unsuppressed counts", actual.getCommune());
    }
    for (IndicatorResult r : actual.getReport().getResults()) {
      if (!r.getBreakdowns().keySet().containsAll(CommuneSubmission.BREAKDOWNS.stream()
          .filter(d -> !d.isCaseOnly()).toList()) && !(r.getIndicator() instanceof io.github.treem.indicators.CaseIndicators)) {
        failWithMessage("Expecting every breakdown of a submission for %s of commune %s, but it has %s", r.getCode(),
            actual.getCommune(), r.getBreakdowns().keySet());
      }
    }
    return this;
  }

  /**
   * Verifies an indicator's numerator and denominator.
   *
   * @param code the indicator code, e.g. {@code HI_U6}
   * @param numerator the numerator
   * @param denominator the denominator
   * @return this
   */
  public SubmissionAssert hasIndicator(String code, long numerator, long denominator) {
    isNotNull();
    Optional<IndicatorResult> r = Indicators.fromCode(code).flatMap(actual.getReport()::result);
    if (r.isEmpty()) {
      failWithMessage("Expecting the submission of commune %s to compute %s, but it does not", actual.getCommune(), code);
    } else if (r.get().getNumerator() != numerator || r.get().getDenominator() != denominator) {
      failWithMessage("Expecting %s of commune %s to be %s/%s, but it is %s/%s", code, actual.getCommune(), numerator,
          denominator, r.get().getNumerator(), r.get().getDenominator());
    }
    return this;
  }
}
