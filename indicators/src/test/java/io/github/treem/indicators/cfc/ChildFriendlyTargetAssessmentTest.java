package io.github.treem.indicators.cfc;

import static io.github.treem.indicators.cfc.TestTables.points;
import static io.github.treem.indicators.cfc.TestTables.pointsTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.TargetStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The plan's target on the standard ("Phấn đấu xã đạt tiêu chuẩn xã phù hợp với trẻ em năm 2020") assessed from a card. */
class ChildFriendlyTargetAssessmentTest {
  static final Target T9 = Target.builder().id("T9").indicatorCode("CHILD_FRIENDLY_COMMUNE")
      .comparator(TargetComparator.AT_LEAST).threshold(new java.math.BigDecimal("100")).year(2020).leadUnitId("MASS_ORGANISATIONS")
      .textVi("Phấn đấu xã đạt tiêu chuẩn xã phù hợp với trẻ em năm 2020.").build();

  private static ScoreCard card(Certainty yesBand, int points, boolean yes) {
    return ChildFriendlyScorer.of(pointsTable(yesBand, Certainty.CONFIRMED, Certainty.CONFIRMED, 1))
        .score(ScoringInput.builder().year(2020).selfAssessment(points(points, yes, CommuneType.OTHER)).build());
  }

  @Test
  void recognisedMeetsTheTarget() {
    ChildFriendlyTargetAssessment a = ChildFriendlyTargetAssessment.of(T9, card(Certainty.CONFIRMED, 900, true));
    assertThat(a.getAssessment().getStatus()).isEqualTo(TargetStatus.MET);
    assertThat(a.getAssessment().getTargetId()).isEqualTo("T9");
    assertThat(a.getAssessment().getIndicatorCode()).isEqualTo("CHILD_FRIENDLY_COMMUNE");
    assertThat(a.getAssessment().getValue()).contains(new BigDecimal("100.00"));
    assertThat(a.getRecognitionStatus()).isEqualTo(RecognitionStatus.RECOGNISED);
    assertThat(a.getTotal()).isEqualTo(910);
    assertThat(a.getThreshold()).isEqualTo(850);
    assertThat(a.getTable()).isEqualTo("TEST 1");
    assertThat(a.getExplanationEn()).isEqualTo("Total 910 points, threshold 850: meets the child-friendly commune standard");
  }

  @Test
  void notRecognisedMissesIt() {
    ChildFriendlyTargetAssessment a = ChildFriendlyTargetAssessment.of(T9, card(Certainty.CONFIRMED, 800, true));
    assertThat(a.getAssessment().getStatus()).isEqualTo(TargetStatus.NOT_MET);
    assertThat(a.getAssessment().getValue()).contains(new BigDecimal("0.00"));
    assertThat(a.getAssessment().getGap()).contains(new BigDecimal("-100.00"));
    assertThat(a.getExplanationVi()).isEqualTo("Tổng 810 điểm, mức 850: chưa đạt chuẩn xã phù hợp với trẻ em");
  }

  @Test
  void aProvisionalCardNeitherMeetsNorMissesIt() {
    ChildFriendlyTargetAssessment a = ChildFriendlyTargetAssessment.of(T9, card(Certainty.PROVISIONAL, 900, true));
    assertThat(a.getAssessment().getStatus()).isEqualTo(TargetStatus.NO_DATA);
    assertThat(a.getAssessment().getValue()).isEmpty();
    assertThat(a.getRecognitionStatus()).isEqualTo(RecognitionStatus.PROVISIONAL_NOT_DECIDABLE);
    assertThat(a.getProvisionalOutcome()).contains(RecognitionStatus.RECOGNISED);
    assertThat(a.isProvisional()).isTrue();
    assertThat(a.getExplanationEn()).isEqualTo("Total 910 points (provisional), threshold 850: not decidable: the score "
        + "rests on provisional bands (on the provisional bands: meets the child-friendly commune standard)");
  }

  @Test
  void onlyTheStandardsTargetOfTheSameYear() {
    Target other = Target.builder().from(T9).id("T8").indicatorCode("BIRTH_REG_ON_TIME").build();
    assertThat(ChildFriendlyTargetAssessment.isStandardTarget(T9)).isTrue();
    assertThat(ChildFriendlyTargetAssessment.isStandardTarget(other)).isFalse();
    ScoreCard card = card(Certainty.CONFIRMED, 900, true);
    assertThatThrownBy(() -> ChildFriendlyTargetAssessment.of(other, card)).isInstanceOf(InvalidValueException.class)
        .hasMessage("TREEM-CFC-0040: target T8 is on BIRTH_REG_ON_TIME, not on CHILD_FRIENDLY_COMMUNE");
    Target t2021 = Target.builder().from(T9).year(2021).build();
    assertThatThrownBy(() -> ChildFriendlyTargetAssessment.of(t2021, card))
        .hasMessage("TREEM-CFC-0040: target T9 is for 2021, the score card for 2020");
  }
}
