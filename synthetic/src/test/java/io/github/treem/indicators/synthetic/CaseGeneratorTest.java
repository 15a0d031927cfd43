package io.github.treem.indicators.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.Child;
import io.github.treem.core.protection.DeadlineOutcome;
import io.github.treem.core.protection.DeadlineRules;
import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.protection.ProtectionCaseValidator;
import io.github.treem.core.protection.RiskAssessment;
import io.github.treem.core.protection.SupportPlan;
import io.github.treem.core.time.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CaseGeneratorTest {
  private static final CommuneGenerator REGISTER = CommuneGenerator.builder().seed(2020).year(2020).children(2500).build();
  private static final Instant END_OF_2020 = WorkingDays.endOf(LocalDate.of(2020, 12, 31)).toInstant().minusNanos(1);

  private static List<ProtectionCase> demo() {
    return CaseGenerator.builder().seed(2020).year(2020).cases(40).lateShare(0.2).build().generate(REGISTER.iterator());
  }

  @Test
  void theSameSeedGivesTheSameCasesAndAnotherSeedOthers() {
    assertThat(demo()).isEqualTo(demo());
    assertThat(CaseGenerator.builder().seed(2021).year(2020).cases(40).build().generate(REGISTER.iterator()))
        .isNotEqualTo(demo());
  }

  @Test
  void everyCaseIsOfADistinctChildOfTheRegisterAndCarriesItsSexBirthAndGroups() {
    Map<String, Child> byId = REGISTER.stream().collect(Collectors.toMap(Child::getId, Function.identity()));
    List<ProtectionCase> cases = demo();
    assertThat(cases).hasSize(40);
    assertThat(cases.stream().map(c -> c.getChild().getRegisterChildId().orElseThrow()).distinct()).hasSize(40);
    for (ProtectionCase c : cases) {
      Child child = byId.get(c.getChild().getRegisterChildId().orElseThrow());
      assertThat(child).isNotNull();
      assertThat(c.getChild().getSex()).isEqualTo(child.getSex());
      assertThat(c.getChild().getDateOfBirth()).isEqualTo(child.getDateOfBirth());
      assertThat(c.getChild().getCircumstances()).containsExactlyInAnyOrderElementsOf(
          child.getCircumstances().stream().map(e -> e.getCode()).distinct().collect(Collectors.toList()));
      assertThat(c.getChild().ageOn(c.getReceivedOn()).getAsInt()).isBetween(0, 15);
      assertThat(c.getReceivedOn().getYear()).isEqualTo(2020);
      assertThat(c.getId()).startsWith(CaseGenerator.ID_PREFIX + "2020-");
    }
    assertThat(cases).isSortedAccordingTo((a, b) -> a.getReceipt().getReceivedAt().toInstant()
        .compareTo(b.getReceipt().getReceivedAt().toInstant()));
  }

  @Test
  void everyCaseIsValidAtTheEndOfTheYearAndHasNoStepAfterIt() {
    ProtectionCaseValidator v = ProtectionCaseValidator.defaults();
    for (ProtectionCase c : CaseGenerator.builder().seed(7).year(2020).cases(400).lateShare(0.3).build()
        .generate(CommuneGenerator.builder().seed(7).year(2020).children(3000).build().iterator())) {
      assertThat(v.validate(c, END_OF_2020).isValid()).as(c.getId()).isTrue();
      assertThat(c.getEvents()).allSatisfy(e -> assertThat(e.getDate()).isBeforeOrEqualTo(LocalDate.of(2020, 12, 31)));
    }
  }

  @Test
  void theDemoHasAMixOfSourcesHarmsRisksStatusesAndDeadlinesMetAndMissed() {
    List<ProtectionCase> cases = demo();
    assertThat(cases.stream().map(c -> c.getReceipt().getSource()).distinct().count()).isGreaterThanOrEqualTo(5);
    assertThat(cases.stream().flatMap(c -> c.getHarms().stream()).distinct().count()).isGreaterThanOrEqualTo(4);
    assertThat(cases.stream().map(c -> c.getRiskAssessment().map(RiskAssessment::getLevel).orElseThrow())
        .collect(Collectors.toSet())).hasSize(3);
    assertThat(cases).anyMatch(ProtectionCase::isClosed).anyMatch(c -> !c.isClosed())
        .anyMatch(c -> !c.getReferrals().isEmpty());
    DeadlineRules rules = DeadlineRules.defaults();
    Set<DeadlineOutcome> emergency = EnumSet.noneOf(DeadlineOutcome.class);
    Set<DeadlineOutcome> plan = EnumSet.noneOf(DeadlineOutcome.class);
    for (ProtectionCase c : cases) {
      emergency.add(rules.evaluate(c, DeadlineRules.EMERGENCY_WITHIN_12_HOURS, END_OF_2020).getOutcome());
      plan.add(rules.evaluate(c, DeadlineRules.PLAN_APPROVED_WITHIN_5_WORKING_DAYS_OF_RECEIPT, END_OF_2020).getOutcome());
    }
    assertThat(emergency).contains(DeadlineOutcome.MET, DeadlineOutcome.MISSED);
    assertThat(plan).contains(DeadlineOutcome.MET, DeadlineOutcome.MISSED, DeadlineOutcome.NOT_APPLICABLE);
    // some cases needing a plan have none approved (excluded from the median days to plan)
    assertThat(cases).anyMatch(c -> ProtectionCaseValidatorAccess.needsPlan(c)
        && c.getFirstPlan().flatMap(SupportPlan::getApprovedOn).isEmpty());
  }

  @Test
  void theLateShareMovesTheDeadlineFigures() {
    DeadlineRules rules = DeadlineRules.defaults();
    CommuneGenerator register = CommuneGenerator.builder().seed(3).year(2020).children(4000).build();
    for (double share : new double[] {0, 1}) {
      List<ProtectionCase> cases = CaseGenerator.builder().seed(3).year(2020).cases(300).lateShare(share).build()
          .generate(register.iterator());
      long missed = cases.stream().filter(c -> c.getReceivedOn().isBefore(LocalDate.of(2020, 12, 1)))
          .filter(c -> c.getFirstPlan().flatMap(SupportPlan::getApprovedOn).isPresent() || !c.getEmergencyMeasures().isEmpty())
          .flatMap(c -> java.util.stream.Stream.of(rules.evaluate(c, DeadlineRules.EMERGENCY_WITHIN_12_HOURS, END_OF_2020),
              rules.evaluate(c, DeadlineRules.PLAN_APPROVED_WITHIN_5_WORKING_DAYS_OF_RECEIPT, END_OF_2020)))
          .filter(s -> s.getOutcome() == DeadlineOutcome.MISSED).count();
      if (share == 0) {
        assertThat(missed).isZero();
      } else {
        assertThat(missed).isGreaterThan(200);
      }
    }
  }

  @Test
  void theRegisterIsTheSameForASeedWhetherCasesAreDrawnOrNot() {
    List<Child> before = REGISTER.stream().limit(50).collect(Collectors.toList());
    demo();
    assertThat(REGISTER.stream().limit(50).collect(Collectors.toList())).isEqualTo(before);
    // and the cases do not depend on anything but the seed and the register
    assertThat(CaseGenerator.builder().seed(2020).year(2020).cases(40).build().generate(REGISTER.iterator()))
        .isEqualTo(demo());
  }

  @Test
  void limitsAndASmallRegister() {
    assertThat(CaseGenerator.builder().cases(10).build().generate(List.<Child>of().iterator())).isEmpty();
    assertThat(CaseGenerator.builder().cases(0).build().generate(REGISTER.iterator())).isEmpty();
    assertThat(CaseGenerator.builder().cases(100).build()
        .generate(CommuneGenerator.builder().seed(1).year(2020).children(30).build().iterator()))
        .hasSizeLessThanOrEqualTo(30);
    assertThatThrownBy(() -> CaseGenerator.builder().lateShare(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseGenerator.builder().cases(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseGenerator.builder().year(1900)).isInstanceOf(IllegalArgumentException.class);
    CaseGenerator g = CaseGenerator.builder().year(2021).cases(3).lateShare(0.5).build();
    assertThat(g.getYear()).isEqualTo(2021);
    assertThat(g.getCases()).isEqualTo(3);
    assertThat(g.getLateShare()).isEqualTo(0.5);
  }

  /** Whether the plan rule applies to a case (not an emergency, harm or risk found). */
  private static final class ProtectionCaseValidatorAccess {
    static boolean needsPlan(ProtectionCase c) {
      return !c.isEmergency() && c.getRiskAssessment().map(r -> r.getLevel() != io.github.treem.core.protection.RiskLevel.NO_RISK)
          .orElse(true) && !c.isClosed();
    }
  }

  @Test
  void withDeadlineStepsOnlyEveryCaseHasItsStepInTheYearLateExactlyWhenDrawnLate() {
    WorkingDays calendar = DeadlineRules.defaults().getCalendar();
    ProtectionCaseValidator validator = ProtectionCaseValidator.defaults();
    for (double share : new double[] {0, 0.3, 1}) {
      List<ProtectionCase> cases = CaseGenerator.builder().seed(7).year(2020).cases(400).lateShare(share)
          .deadlineStepsOnly(true).build().generate(REGISTER.iterator());
      assertThat(cases).hasSize(400);
      long late = 0;
      for (ProtectionCase c : cases) {
        assertThat(validator.validate(c).isValid()).as(c.getId()).isTrue();
        assertThat(c.getReceivedOn()).isBefore(LocalDate.of(2020, 12, 1));
        boolean emergency = !c.getEmergencyMeasures().isEmpty();
        boolean plan = c.getFirstPlan().flatMap(SupportPlan::getApprovedOn).isPresent();
        assertThat(emergency != plan).as(c.getId() + ": an emergency or an approved plan").isTrue();
        boolean isLate = emergency
            ? c.getEmergencyMeasures().get(0).getTakenAt().isAfter(c.getReceipt().getReceivedAt().plusHours(12))
            : c.getFirstPlan().flatMap(SupportPlan::getApprovedOn).orElseThrow()
                .isAfter(calendar.lastDayOfPeriodInWorkingDays(c.getReceivedOn(), 5));
        late += isLate ? 1 : 0;
      }
      if (share == 0) {
        assertThat(late).isZero();
      } else if (share == 1) {
        assertThat(late).isEqualTo(400);
      } else {
        assertThat(late / 400.0).isBetween(0.22, 0.38);
      }
    }
    // the default mix is unchanged by the option's existence: cases without a deadline step remain
    assertThat(demo()).anyMatch(c -> c.getEmergencyMeasures().isEmpty()
        && c.getFirstPlan().flatMap(SupportPlan::getApprovedOn).isEmpty());
  }
}
