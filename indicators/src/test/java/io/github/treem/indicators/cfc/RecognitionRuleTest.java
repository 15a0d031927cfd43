package io.github.treem.indicators.cfc;

import static io.github.treem.indicators.cfc.TestTables.points;
import static io.github.treem.indicators.cfc.TestTables.pointsTable;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The recognition rule at its edges (every criterion met, none at 0, total at least 900 / 800 /
 * 850 by commune type), and the handling of provisional parts: decided only on confirmed ones.
 */
class RecognitionRuleTest {
  private static final ScoringTable CONFIRMED = pointsTable(Certainty.CONFIRMED, Certainty.CONFIRMED, Certainty.CONFIRMED, 1);

  private static ScoreCard score(ScoringTable table, int points, boolean yes, CommuneType type) {
    return ChildFriendlyScorer.of(table).score(ScoringInput.builder().year(2020).selfAssessment(points(points, yes, type))
        .build());
  }

  private static List<ScoreReason.Kind> kinds(ScoreCard card) {
    return card.getReasons().stream().map(ScoreReason::getKind).toList();
  }

  @ParameterizedTest(name = "{0}: total {1} -> {2}")
  @CsvSource({
      "CITY_WARD, 899, NOT_RECOGNISED",
      "CITY_WARD, 900, RECOGNISED",
      "MOUNTAIN_ISLAND_OR_DISADVANTAGED, 799, NOT_RECOGNISED",
      "MOUNTAIN_ISLAND_OR_DISADVANTAGED, 800, RECOGNISED",
      "OTHER, 849, NOT_RECOGNISED",
      "OTHER, 850, RECOGNISED",
      "OTHER, 1010, RECOGNISED",
      })
  void thresholdByCommuneType(CommuneType type, int total, RecognitionStatus expected) {
    ScoreCard card = score(CONFIRMED, total - 10, true, type);
    assertThat(card.getTotal()).isEqualTo(total);
    assertThat(card.getThreshold()).isEqualTo(type == CommuneType.CITY_WARD ? 900
        : type == CommuneType.OTHER ? 850 : 800);
    assertThat(card.getStatus()).isEqualTo(expected);
    assertThat(card.isProvisional()).isFalse();
    assertThat(card.getProvisionalOutcome()).isEmpty();
    assertThat(kinds(card)).contains(expected == RecognitionStatus.RECOGNISED
        ? ScoreReason.Kind.ALL_CONDITIONS_MET : ScoreReason.Kind.BELOW_THRESHOLD);
  }

  @Test
  void aCriterionAtZeroIsNeverRecognisedWhateverTheTotal() {
    ScoreCard card = score(CONFIRMED, 1000, false, CommuneType.MOUNTAIN_ISLAND_OR_DISADVANTAGED);
    assertThat(card.getTotal()).isEqualTo(1000);
    assertThat(card.criterion(2).orElseThrow().getPoints()).isZero();
    assertThat(card.criterion(2).orElseThrow().getStatus()).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(card.getStatus()).isEqualTo(RecognitionStatus.NOT_RECOGNISED);
    assertThat(kinds(card)).containsExactly(ScoreReason.Kind.CRITERION_AT_ZERO);
    assertThat(card.getReasons().get(0).getMessageEn()).isEqualTo("Criterion 2 scores 0 points");
    assertThat(card.getReasons().get(0).getMessageVi()).isEqualTo("Tiêu chí 2 đạt 0 điểm");
  }

  @Test
  void aCriterionBelowItsMinimumIsNotMet() {
    ScoringTable table = pointsTable(Certainty.CONFIRMED, Certainty.CONFIRMED, Certainty.CONFIRMED, 950);
    ScoreCard below = score(table, 949, true, CommuneType.OTHER);
    assertThat(below.getTotal()).isEqualTo(959);
    assertThat(below.criterion(1).orElseThrow().getStatus()).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(below.criterion(1).orElseThrow().getReasonEn()).isEqualTo("949/1000 points; not met (needs ≥ 950 points)");
    assertThat(below.criterion(1).orElseThrow().getReasonVi()).isEqualTo("949/1000 điểm; chưa đạt (cần ≥ 950 điểm)");
    assertThat(below.getStatus()).isEqualTo(RecognitionStatus.NOT_RECOGNISED);
    assertThat(kinds(below)).containsExactly(ScoreReason.Kind.CRITERION_NOT_MET);
    assertThat(score(table, 950, true, CommuneType.OTHER).getStatus()).isEqualTo(RecognitionStatus.RECOGNISED);
  }

  @Test
  void provisionalBandGivesNoDecision() {
    ScoringTable table = pointsTable(Certainty.PROVISIONAL, Certainty.PROVISIONAL, Certainty.PROVISIONAL, 1);
    ScoreCard card = score(table, 990, true, CommuneType.CITY_WARD);
    assertThat(card.getTotal()).isEqualTo(1000);
    assertThat(card.getStatus()).isEqualTo(RecognitionStatus.PROVISIONAL_NOT_DECIDABLE);
    assertThat(card.getProvisionalOutcome()).contains(RecognitionStatus.RECOGNISED);
    assertThat(card.isProvisional()).isTrue();
    assertThat(card.criterion(2).orElseThrow().isProvisional()).isTrue();
    assertThat(card.criterion(1).orElseThrow().isProvisional()).isFalse();
    assertThat(kinds(card)).containsExactly(ScoreReason.Kind.ALL_CONDITIONS_MET, ScoreReason.Kind.PROVISIONAL_BANDS);
    assertThat(card.getReasons().get(0).getMessageEn()).endsWith("(provisional)");
    assertThat(card.getReasons().get(1).getMessageEn())
        .isEqualTo("The points of criteria 2 rest on provisional bands, not confirmed from the legal text");
    // a provisional failure is not a decision either
    ScoreCard low = score(table, 100, true, CommuneType.CITY_WARD);
    assertThat(low.getStatus()).isEqualTo(RecognitionStatus.PROVISIONAL_NOT_DECIDABLE);
    assertThat(low.getProvisionalOutcome()).contains(RecognitionStatus.NOT_RECOGNISED);
  }

  @Test
  void aConfirmedZeroDecidesDespiteProvisionalParts() {
    // "no" is confirmed at 0 points, "yes" provisional: criterion 2 answered no is a confirmed failure
    ScoringTable table = pointsTable(Certainty.PROVISIONAL, Certainty.CONFIRMED, Certainty.PROVISIONAL, 1);
    ScoreCard card = score(table, 1000, false, CommuneType.OTHER);
    assertThat(card.getStatus()).isEqualTo(RecognitionStatus.NOT_RECOGNISED);
    assertThat(card.getProvisionalOutcome()).isEmpty();
    assertThat(kinds(card)).startsWith(ScoreReason.Kind.CRITERION_AT_ZERO);
    // a provisional zero does not decide
    ScoringTable both = pointsTable(Certainty.PROVISIONAL, Certainty.PROVISIONAL, Certainty.PROVISIONAL, 1);
    assertThat(score(both, 1000, false, CommuneType.OTHER).getStatus())
        .isEqualTo(RecognitionStatus.PROVISIONAL_NOT_DECIDABLE);
  }

  @Test
  void aConfirmedTotalThatCannotReachTheThresholdDecides() {
    // criterion 1 confirmed at 839, criterion 2 provisional with a confirmed maximum of 10: at most 849 < 850
    ScoringTable table = pointsTable(Certainty.PROVISIONAL, Certainty.PROVISIONAL, Certainty.CONFIRMED, 1);
    ScoreCard card = score(table, 839, true, CommuneType.OTHER);
    assertThat(card.getStatus()).isEqualTo(RecognitionStatus.NOT_RECOGNISED);
    assertThat(kinds(card)).startsWith(ScoreReason.Kind.CANNOT_REACH_THRESHOLD);
    assertThat(card.getReasons().get(0).getMessageEn())
        .isEqualTo("At most 849 points can be reached, below the 850 this type of commune needs");
    // 840 + 10 could reach 850: not decidable
    assertThat(score(table, 840, true, CommuneType.OTHER).getStatus()).isEqualTo(RecognitionStatus.PROVISIONAL_NOT_DECIDABLE);
    // with an unconfirmed maximum the bound is unknown: not decidable
    ScoringTable open = pointsTable(Certainty.PROVISIONAL, Certainty.PROVISIONAL, Certainty.PROVISIONAL, 1);
    assertThat(score(open, 839, true, CommuneType.OTHER).getStatus()).isEqualTo(RecognitionStatus.PROVISIONAL_NOT_DECIDABLE);
  }

  @Test
  void aMissingValueMakesTheCardIncompleteUnlessAConfirmedFailureDecides() {
    SelfAssessment onlyPoints = SelfAssessment.builder().from(points(900, true, CommuneType.OTHER))
        .entries(List.of(SelfAssessmentEntry.of("1.1", ItemValue.count(900), "minh chứng"))).build();
    ScoreCard card = ChildFriendlyScorer.of(CONFIRMED).score(ScoringInput.builder().year(2020)
        .selfAssessment(onlyPoints).build());
    assertThat(card.getStatus()).isEqualTo(RecognitionStatus.INCOMPLETE);
    assertThat(card.criterion(2).orElseThrow().getStatus()).isEqualTo(CriterionStatus.NO_DATA);
    assertThat(card.criterion(2).orElseThrow().getReasonEn()).isEqualTo("no value for item 2.1");
    assertThat(kinds(card)).containsExactly(ScoreReason.Kind.CRITERION_NO_DATA);
    SelfAssessment zero = SelfAssessment.builder().from(onlyPoints)
        .entries(List.of(SelfAssessmentEntry.of("1.1", ItemValue.count(0), "minh chứng"))).build();
    ScoreCard failed = ChildFriendlyScorer.of(CONFIRMED).score(ScoringInput.builder().year(2020).selfAssessment(zero).build());
    assertThat(failed.getStatus()).isEqualTo(RecognitionStatus.NOT_RECOGNISED);
  }
}
