package io.github.treem.testkit;

import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.io.submission.ProvinceRollUp;
import io.github.treem.io.submission.ProvinceStanding;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a province's merge ({@code ProvinceRollUp.Result}, {@code treem merge}): what was
 * accepted and refused and why, the coverage, the figures against the report over all the
 * registers at once, and the province's view of its targets.
 *
 * <pre>{@code
 * TreemAssertions.assertThat(merged).hasAccepted(12).hasNoRefusals().hasCoverage(12, 152)
 *     .isNumberForNumber(TreemSubmissions.reportOver(communes, breakdowns));
 * TreemAssertions.assertThat(refused).hasRefusal("SUBMISSION_DUPLICATE_COMMUNE", "b.json");
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MergeAssert extends AbstractAssert<MergeAssert, ProvinceRollUp.Result> {
  MergeAssert(ProvinceRollUp.Result actual) {
    super(actual, MergeAssert.class);
  }

  private List<Issue> refusals() {
    return actual.getIssues().stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
  }

  private static String describe(List<Issue> issues) {
    return issues.stream().map(i -> i.getCode() + " @ " + i.getLocation().getFile().orElse("?")).toList().toString();
  }

  /**
   * Verifies the number of submissions accepted.
   *
   * @param n the number
   * @return this
   */
  public MergeAssert hasAccepted(long n) {
    isNotNull();
    if (actual.getSubmissionsAccepted() != n) {
      failWithMessage("Expecting %s submissions merged, but %s were (of %s read; refused: %s)", n,
          actual.getSubmissionsAccepted(), actual.getSubmissionsRead(), describe(refusals()));
    }
    return this;
  }

  /**
   * Verifies that no submission was refused.
   *
   * @return this
   */
  public MergeAssert hasNoRefusals() {
    isNotNull();
    if (actual.hasRefusals()) {
      failWithMessage("Expecting no submission refused, but: %s", describe(refusals()));
    }
    return this;
  }

  /**
   * Verifies that a submission was refused with a code.
   *
   * @param code the issue code, e.g. {@code SUBMISSION_DUPLICATE_COMMUNE}
   * @param source the submission's source name (a file name)
   * @return this
   */
  public MergeAssert hasRefusal(String code, String source) {
    isNotNull();
    boolean found = refusals().stream().anyMatch(i -> i.getCode().equals(code)
        && i.getLocation().getFile().map(source::equals).orElse(false));
    if (!found) {
      failWithMessage("Expecting %s refused with %s, but the refusals are %s", source, code, describe(refusals()));
    }
    return this;
  }

  /**
   * Verifies the coverage at the merge's level: the communes received of those expected.
   *
   * @param received the communes received
   * @param expected the communes expected
   * @return this
   */
  public MergeAssert hasCoverage(long received, long expected) {
    isNotNull();
    long r = actual.getCoverage().stream().mapToLong(ProvinceRollUp.Coverage::received).sum();
    long e = actual.getCoverage().stream().mapToLong(ProvinceRollUp.Coverage::expected).sum();
    if (r != received || e != expected) {
      failWithMessage("Expecting coverage %s/%s communes, but it is %s/%s", received, expected, r, e);
    }
    return this;
  }

  /**
   * Verifies that a commune is listed as having sent nothing.
   *
   * @param code the commune's code at the merge's date
   * @return this
   */
  public MergeAssert isMissing(String code) {
    isNotNull();
    if (actual.getMissing().stream().map(AdministrativeUnit::getCode).noneMatch(code::equals)) {
      failWithMessage("Expecting commune %s among those that sent nothing, but it is not (%s missing)", code,
          actual.getMissing().size());
    }
    return this;
  }

  /**
   * Verifies that the merged report is, number for number, a report computed otherwise (the
   * report over all the registers at once, {@link TreemSubmissions#reportOver}): every indicator's
   * numerator, denominator, exclusions and every breakdown cell the merge keeps. Call on a merge
   * asked for unsuppressed (suppression hides cells), by commune (so that its area cells are the
   * communes, as a register's area is its commune).
   *
   * @param expected the report
   * @return this
   */
  public MergeAssert isNumberForNumber(IndicatorReport expected) {
    isNotNull();
    if (actual.getDocument().isEmpty()) {
      failWithMessage("Expecting a merged report, but no submission was merged");
      return this;
    }
    IndicatorReport merged = actual.getDocument().get().getReport();
    for (IndicatorResult e : expected.getResults()) {
      Optional<IndicatorResult> m = merged.result(e.getIndicator());
      if (m.isEmpty()) {
        failWithMessage("Expecting the merge to compute %s, but it does not", e.getCode());
        return this;
      }
      if (m.get().getNumerator() != e.getNumerator() || m.get().getDenominator() != e.getDenominator()
          || !m.get().getExclusions().equals(e.getExclusions())) {
        failWithMessage("Expecting %s merged as %s/%s (exclusions %s), but it is %s/%s (exclusions %s)", e.getCode(),
            e.getNumerator(), e.getDenominator(), e.getExclusions(), m.get().getNumerator(), m.get().getDenominator(),
            m.get().getExclusions());
      }
      for (BreakdownDimension d : e.getBreakdowns().keySet()) {
        if (m.get().getBreakdowns().containsKey(d) && !m.get().getBreakdowns().get(d).equals(e.getBreakdowns().get(d))) {
          failWithMessage("Expecting the %s breakdown of %s merged as computed over the registers, but it differs",
              d.getKey(), e.getCode());
        }
      }
    }
    if (!merged.getDataQuality().equals(expected.getDataQuality())) {
      failWithMessage("Expecting the merged data quality %s, but it is %s", expected.getDataQuality(),
          merged.getDataQuality());
    }
    return this;
  }

  /**
   * Verifies how many communes meet a target of the province's plan, on the published figures.
   *
   * @param targetId the target's id in the plan
   * @param met the number of communes that meet it
   * @return this
   */
  public MergeAssert hasCommunesMeeting(String targetId, long met) {
    isNotNull();
    Optional<ProvinceStanding.TargetStanding> t = actual.getStanding().flatMap(s -> s.getTargets().stream()
        .filter(x -> x.getTarget().getId().equals(targetId)).findFirst());
    if (t.isEmpty()) {
      failWithMessage("Expecting target %s in the province's view, but there is none (a merge with a plan has one)",
          targetId);
    } else if (t.get().getCommunesMet() != met) {
      failWithMessage("Expecting %s communes meeting %s, but %s do (%s not, %s hidden)", met, targetId,
          t.get().getCommunesMet(), t.get().getCommunesNotMet().size(), t.get().getCommunesHidden());
    }
    return this;
  }

  /**
   * Verifies the province's status for a target of its plan (on the published figure).
   *
   * @param targetId the target's id in the plan
   * @param status the status
   * @return this
   */
  public MergeAssert hasProvinceStatus(String targetId, TargetStatus status) {
    isNotNull();
    Optional<TargetStatus> s = actual.getStanding().flatMap(v -> v.getTargets().stream()
        .filter(x -> x.getTarget().getId().equals(targetId)).findFirst())
        .flatMap(x -> x.getProvinces().stream().findFirst()).map(a -> a.getAssessment().getStatus());
    if (s.isEmpty() || s.get() != status) {
      failWithMessage("Expecting the province %s for %s, but it is %s", status, targetId, s.map(Enum::name).orElse("absent"));
    }
    return this;
  }

  /**
   * Verifies the merged total of an indicator.
   *
   * @param code the indicator code
   * @param numerator the numerator
   * @param denominator the denominator
   * @return this
   */
  public MergeAssert hasIndicator(String code, long numerator, long denominator) {
    isNotNull();
    Optional<IndicatorResult> r = Indicators.fromCode(code)
        .flatMap(i -> actual.getDocument().flatMap(d -> d.getReport().result(i)));
    if (r.isEmpty() || r.get().getNumerator() != numerator || r.get().getDenominator() != denominator) {
      failWithMessage("Expecting %s merged as %s/%s, but it is %s", code, numerator, denominator,
          r.map(x -> x.getNumerator() + "/" + x.getDenominator()).orElse("absent"));
    }
    return this;
  }
}
