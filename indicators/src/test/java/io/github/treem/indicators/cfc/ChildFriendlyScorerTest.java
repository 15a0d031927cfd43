package io.github.treem.indicators.cfc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.synthetic.SyntheticSelfAssessment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where each item's value comes from, how the bundled (provisional) table is reported, and table selection. */
class ChildFriendlyScorerTest {

  static IndicatorResult result(Indicators i, long n, long d) {
    return IndicatorResult.of(i, n, d, Map.of(), Map.of());
  }

  /** A report with the given results and every other built-in indicator at 0/0. */
  static IndicatorReport report(int year, IndicatorResult... results) {
    List<IndicatorResult> all = new ArrayList<>();
    for (Indicators i : Indicators.values()) {
      IndicatorResult r = null;
      for (IndicatorResult x : results) {
        if (x.getIndicator() == i) {
          r = x;
        }
      }
      all.add(r != null ? r : result(i, 0, 0));
    }
    return IndicatorReport.of(year, LocalDate.of(year, 12, 31), all);
  }

  /** Every self-assessed item of the bundled table at its best value, plus 7.1 at 39/39. */
  static SelfAssessment perfect(int year) {
    SelfAssessment.Builder b = SelfAssessment.builder().communeCode("19885").communeName("Quảng Vinh").year(year)
        .communeType(CommuneType.OTHER).assessedOn(LocalDate.of(year, 11, 20)).assessedBy("UBND xã");
    for (ScoringItem i : ScoringTable.qd06().items()) {
      if (i.getInput() == InputSource.REGISTER && !i.getId().equals("7.1")) {
        continue;
      }
      ItemValue best;
      switch (i.getUnit()) {
        case YES_NO:
          best = ItemValue.yes();
          break;
        case PER_100000:
          best = ItemValue.fraction(0, 2000);
          break;
        default:
          best = ItemValue.fraction(39, 39);
          break;
      }
      b.addEntries(SelfAssessmentEntry.of(i.getId(), best, "minh chứng"));
    }
    return b.build();
  }

  static IndicatorReport perfectReport(int year) {
    return report(year, result(Indicators.BIRTH_REG_ON_TIME, 40, 40), result(Indicators.UNDERWEIGHT_U5, 5, 200),
        result(Indicators.STUNTING_U5, 20, 200), result(Indicators.PRESCHOOL_3_5, 300, 300),
        result(Indicators.WELFARE_COVERAGE, 10, 12));
  }

  @Test
  void theBundledTableNeverRecognisesEvenAPerfectCommune() {
    ScoreCard card = ChildFriendlyScorer.qd06().score(ScoringInput.builder().year(2020).report(perfectReport(2020))
        .selfAssessment(perfect(2020)).build());
    assertThat(card.getTotal()).isEqualTo(1000);
    assertThat(card.getMaximumTotal()).isEqualTo(1000);
    assertThat(card.getThreshold()).isEqualTo(850);
    assertThat(card.getStatus()).isEqualTo(RecognitionStatus.PROVISIONAL_NOT_DECIDABLE);
    assertThat(card.getProvisionalOutcome()).contains(RecognitionStatus.RECOGNISED);
    assertThat(card.isProvisional()).isTrue();
    assertThat(card.getReasons().stream().map(ScoreReason::getKind)).contains(ScoreReason.Kind.PROVISIONAL_BANDS,
        ScoreReason.Kind.PROVISIONAL_RULE);
    // criteria 6 and 7 rest on confirmed bands here (both items of 6 at their top band); 1 does not (1.4's 20 points)
    assertThat(card.criterion(1).orElseThrow().isPointsProvisional()).isTrue();
    assertThat(card.item("1.1").orElseThrow().isProvisional()).isFalse();
    assertThat(card.item("1.4").orElseThrow().isProvisional()).isTrue();
    assertThat(card.criterion(7).orElseThrow().isPointsProvisional()).isFalse();
    assertThat(card.criterion(6).orElseThrow().isPointsProvisional()).isFalse();
    assertThat(card.criterion(2).orElseThrow().isPointsProvisional()).isTrue();
    ScoreReason bands = card.getReasons().stream().filter(r -> r.getKind() == ScoreReason.Kind.PROVISIONAL_BANDS)
        .findFirst().orElseThrow();
    assertThat(bands.getMessageEn()).isEqualTo(
        "The points of criteria 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13 rest on provisional bands, not confirmed from the legal text");
    // with every part confirmed, the same commune is recognised
    ScoreCard confirmed = ChildFriendlyScorer.of(TestTables.confirmedCopy(ScoringTable.qd06()))
        .score(ScoringInput.builder().year(2020).report(perfectReport(2020)).selfAssessment(perfect(2020)).build());
    assertThat(confirmed.getStatus()).isEqualTo(RecognitionStatus.RECOGNISED);
    assertThat(confirmed.isProvisional()).isFalse();
  }

  @Test
  void registerValuesAreExactFractionsAndWinOverTheSelfAssessment() {
    SelfAssessment sa = SelfAssessment.builder().from(perfect(2020))
        .addEntries(SelfAssessmentEntry.of("2.1", ItemValue.decimal(new BigDecimal("100")), "sổ hộ tịch")).build();
    ScoreCard card = ChildFriendlyScorer.qd06().score(ScoringInput.builder().year(2020)
        .report(report(2020, result(Indicators.BIRTH_REG_ON_TIME, 18999, 20000))).selfAssessment(sa).build());
    ItemScore births = card.item("2.1").orElseThrow();
    assertThat(births.getSource()).contains(InputSource.REGISTER);
    assertThat(births.getValue()).contains(ItemValue.fraction(18999, 20000));
    assertThat(births.getSelfAssessedValue()).contains(ItemValue.decimal(new BigDecimal("100")));
    assertThat(births.getEvidence()).isEmpty();
    assertThat(births.getPoints()).isEqualTo(20); // 94.995% is below 95
    assertThat(births.getDisplayValue()).contains(new BigDecimal("94.99")); // never shown as 95.00
    assertThat(card.getReasons().stream().filter(r -> r.getKind() == ScoreReason.Kind.REGISTER_OVER_SELF_ASSESSMENT)
        .map(ScoreReason::getMessageEn)).containsExactly(
            "Item 2.1: the register's value (BIRTH_REG_ON_TIME, 18999/20000) is used, not the self-assessment's (100)");
  }

  @Test
  void anIndicatorTheReportDoesNotComputeComesFromTheSelfAssessment() {
    ScoreCard card = ChildFriendlyScorer.qd06().score(ScoringInput.builder().year(2020).report(perfectReport(2020))
        .selfAssessment(SelfAssessment.builder().from(perfect(2020)).entries(List.of(
            SelfAssessmentEntry.of("7.1", ItemValue.fraction(38, 39), "sổ tiêm chủng"))).build()).build());
    ItemScore epi = card.item("7.1").orElseThrow();
    assertThat(epi.getSource()).contains(InputSource.SELF_ASSESSMENT);
    assertThat(epi.getEvidence().orElseThrow().reveal()).isEqualTo("sổ tiêm chủng");
    assertThat(epi.getEvidence().orElseThrow().toString()).isEqualTo("[hidden]");
    assertThat(epi.getPoints()).isEqualTo(30);
    assertThat(epi.isProvisional()).isTrue();
    assertThat(epi.getDisplayValue()).contains(new BigDecimal("97.44"));
    // a register without the column: every one-year-old excluded, no value; the self-assessment's is used
    IndicatorReport noColumn = report(2020, result(Indicators.BIRTH_REG_ON_TIME, 40, 40),
        IndicatorResult.of(Indicators.EPI_U1, 0, 0, Map.of(ExclusionReason.MISSING_ANSWER, 39L), Map.of()));
    ScoreCard fromSelf = ChildFriendlyScorer.qd06().score(ScoringInput.builder().year(2020).report(noColumn)
        .selfAssessment(SelfAssessment.builder().from(perfect(2020)).entries(List.of(
            SelfAssessmentEntry.of("7.1", ItemValue.fraction(38, 39), "sổ tiêm chủng"))).build()).build());
    assertThat(fromSelf.item("7.1").orElseThrow().getSource()).contains(InputSource.SELF_ASSESSMENT);
    // and without a self-assessed value the criterion cannot be scored
    ScoreCard none = ChildFriendlyScorer.qd06().score(ScoringInput.builder().year(2020).report(noColumn)
        .communeType(CommuneType.OTHER).build());
    assertThat(none.item("7.1").orElseThrow().isScored()).isFalse();
    assertThat(none.getStatus()).isEqualTo(RecognitionStatus.INCOMPLETE);
  }

  @Test
  void theRegistersImmunisationReplacesTheSelfAssessedValue() {
    // epi_full_by_1 in the register: EPI_U1 computed, and used over the self-assessment's value
    IndicatorReport withColumn = report(2020, result(Indicators.EPI_U1, 39, 40));
    ScoreCard card = ChildFriendlyScorer.qd06().score(ScoringInput.builder().year(2020).report(withColumn)
        .selfAssessment(SelfAssessment.builder().from(perfect(2020)).entries(List.of(
            SelfAssessmentEntry.of("7.1", ItemValue.fraction(38, 39), "sổ tiêm chủng"))).build()).build());
    ItemScore epi = card.item("7.1").orElseThrow();
    assertThat(epi.getSource()).contains(InputSource.REGISTER);
    assertThat(epi.getDisplayValue()).contains(new BigDecimal("97.50"));
    assertThat(card.getReasons().stream().filter(r -> r.getKind() == ScoreReason.Kind.REGISTER_OVER_SELF_ASSESSMENT)
        .map(ScoreReason::getMessageEn)).containsExactly(
            "Item 7.1: the register's value (EPI_U1, 39/40) is used, not the self-assessment's (38/39)");
  }

  @Test
  void welfareCoverageStandsInForItem61OnlyWithoutASelfAssessedValueAndIsThenProvisional() {
    SelfAssessment without61 = SelfAssessment.builder().from(perfect(2020)).entries(perfect(2020).getEntries().stream()
        .filter(e -> !e.getItemId().equals("6.1")).toList()).build();
    ScoreCard card = ChildFriendlyScorer.qd06().score(ScoringInput.builder().year(2020)
        .report(report(2020, result(Indicators.WELFARE_COVERAGE, 19, 20))).selfAssessment(without61).build());
    ItemScore supported = card.item("6.1").orElseThrow();
    assertThat(supported.getSource()).contains(InputSource.REGISTER);
    assertThat(supported.isProxy()).isTrue();
    assertThat(supported.getPoints()).isEqualTo(50);
    assertThat(supported.getBand().orElseThrow().getCertainty()).isEqualTo(Certainty.SECONDARY);
    assertThat(supported.isProvisional()).isTrue(); // a stand-in is never decisive
    assertThat(card.getReasons().stream().map(ScoreReason::getKind)).contains(ScoreReason.Kind.PROXY_USED);
    // with a self-assessed value, the self-assessment's is used
    ScoreCard own = ChildFriendlyScorer.qd06().score(ScoringInput.builder().year(2020)
        .report(report(2020, result(Indicators.WELFARE_COVERAGE, 19, 20))).selfAssessment(perfect(2020)).build());
    assertThat(own.item("6.1").orElseThrow().getSource()).contains(InputSource.SELF_ASSESSMENT);
    assertThat(own.item("6.1").orElseThrow().isProvisional()).isFalse();
  }

  @Test
  void caseFiguresComeBeforeTheSelfAssessment() {
    CaseFigures cases = (code, year, ref) -> code.equals(CaseFigures.CASES_WITH_PLAN_APPROVED_IN_TIME)
        ? Optional.of(ItemValue.fraction(2, 3)) : Optional.empty();
    ScoreCard card = ChildFriendlyScorer.qd06().score(ScoringInput.builder().year(2020).report(perfectReport(2020))
        .selfAssessment(perfect(2020)).caseFigures(cases).build());
    assertThat(card.item("6.2").orElseThrow().getSource()).contains(InputSource.PROTECTION_CASES);
    assertThat(card.item("6.2").orElseThrow().getPoints()).isZero();
    assertThat(card.item("3.1").orElseThrow().getSource()).contains(InputSource.SELF_ASSESSMENT);
    ScoreCard without = ChildFriendlyScorer.qd06().score(ScoringInput.builder().year(2020).report(perfectReport(2020))
        .selfAssessment(perfect(2020)).caseFigures(CaseFigures.none()).build());
    assertThat(without.item("6.2").orElseThrow().getSource()).contains(InputSource.SELF_ASSESSMENT);
    assertThat(without.item("6.2").orElseThrow().getPoints()).isEqualTo(75);
  }

  @Test
  void theTableInForceOnTheReferenceDateIsUsed() {
    ScoringTable qd06 = ScoringTable.qd06();
    ScoringTable later = ScoringTable.builder().from(TestTables.confirmedCopy(qd06)).id("QD-LATER").version("1")
        .validFrom(LocalDate.of(2025, 1, 1)).build();
    ScoringTable ended = ScoringTable.builder().from(qd06).validTo(LocalDate.of(2024, 12, 31)).build();
    ChildFriendlyScorer scorer = ChildFriendlyScorer.of(List.of(ended, later));
    assertThat(scorer.tableFor(LocalDate.of(2020, 12, 31)).getId()).isEqualTo("QD-06-2019");
    assertThat(scorer.tableFor(LocalDate.of(2025, 12, 31)).getId()).isEqualTo("QD-LATER");
    // without an end date, the later one still replaces the earlier from its first day
    assertThat(ChildFriendlyScorer.of(List.of(qd06, later)).tableFor(LocalDate.of(2025, 1, 1)).getId()).isEqualTo("QD-LATER");
    assertThat(ChildFriendlyScorer.of(List.of(qd06, later)).tableFor(LocalDate.of(2024, 12, 31)).getId())
        .isEqualTo("QD-06-2019");
    assertThatThrownBy(() -> scorer.tableFor(LocalDate.of(2018, 12, 31))).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("TREEM-CFC-0031: no scoring table applies on 2018-12-31");
    assertThatThrownBy(() -> ChildFriendlyScorer.qd06().score(ScoringInput.builder().year(2018)
        .communeType(CommuneType.OTHER).build())).isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CFC-0031");
    ScoringTable twin = ScoringTable.builder().from(qd06).id("TWIN").build();
    assertThatThrownBy(() -> ChildFriendlyScorer.of(List.of(qd06, twin)).tableFor(LocalDate.of(2020, 1, 1)))
        .hasMessageContaining("two scoring tables apply from the same day");
    assertThatThrownBy(() -> ChildFriendlyScorer.of(List.of())).hasMessageStartingWith("TREEM-CFC-0030");
  }

  @Test
  void inputsOfAnotherYearAreRefused() {
    assertThatThrownBy(() -> ScoringInput.builder().year(2021).report(perfectReport(2020))
        .communeType(CommuneType.OTHER).build()).isInstanceOf(InvalidValueException.class)
        .hasMessage("TREEM-CFC-0020: the report is of 2020, not of the year assessed 2021");
    assertThatThrownBy(() -> ScoringInput.builder().year(2021).selfAssessment(perfect(2020)).build())
        .hasMessage("TREEM-CFC-0020: the self-assessment is of 2020, not of the year assessed 2021");
    assertThatThrownBy(() -> ScoringInput.builder().year(2021).build())
        .hasMessage("TREEM-CFC-0020: the commune's type is needed (give it, or a self-assessment)");
    assertThat(ScoringInput.builder().year(2021).selfAssessment(SelfAssessment.builder().from(perfect(2021))
        .communeType(CommuneType.CITY_WARD).build()).build().getCommuneType()).isEqualTo(CommuneType.CITY_WARD);
    assertThat(ScoringInput.builder().year(2021).communeType(CommuneType.OTHER).selfAssessment(SelfAssessment.builder()
        .from(perfect(2021)).communeType(CommuneType.CITY_WARD).build()).build().getCommuneType())
        .isEqualTo(CommuneType.OTHER);
  }

  @Test
  void theSyntheticExampleIsMarkedAndScoredProvisionally() {
    SelfAssessment sa = SyntheticSelfAssessment.quangVinh(2020);
    ScoreCard card = ChildFriendlyScorer.qd06().score(ScoringInput.builder().year(2020).report(perfectReport(2020))
        .selfAssessment(sa).build());
    assertThat(card.isSynthetic()).isTrue();
    assertThat(card.getCommuneCode()).contains("19885");
    assertThat(card.getReasons().stream().map(ScoreReason::getKind)).contains(ScoreReason.Kind.SYNTHETIC_INPUT);
    assertThat(card.getStatus()).isEqualTo(RecognitionStatus.PROVISIONAL_NOT_DECIDABLE);
    assertThat(card.toString()).isEqualTo(
        "ScoreCard{table=QD-06-2019 1, commune=19885, year=2020, total=" + card.getTotal()
            + "/1000, threshold=850, status=PROVISIONAL_NOT_DECIDABLE, provisional}");
    assertThat(card.toString()).doesNotContain("dữ liệu mẫu");
  }
}
