package io.github.treem.indicators.cfc;

import java.util.ArrayList;
import java.util.List;

/**
 * The recognition decision of a score card (package-private): confirmed failures first, then
 * missing values, then provisional parts, then the decision (docs/child-friendly-commune.md §3).
 */
final class Decision {
  private Decision() {}

  static void decide(ScoringTable table, CommuneType type, List<CriterionScore> criteria, ScoreCard.Builder card) {
    RecognitionRule rule = table.getRecognitionRule();
    int threshold = rule.threshold(type);
    boolean conditionsDecisive = rule.getConditionsCertainty().isDecisive();
    boolean thresholdDecisive = rule.getThresholdCertainty().isDecisive();
    int total = criteria.stream().mapToInt(CriterionScore::getPoints).sum();
    List<ScoreReason> reasons = new ArrayList<>();

    // 1. failures decided on confirmed parts only
    boolean confirmedFailure = false;
    int confirmedPoints = 0;
    int openMaximum = 0;
    boolean boundKnown = thresholdDecisive;
    for (CriterionScore c : criteria) {
      boolean pointsConfirmed = c.isComplete() && !c.isPointsProvisional();
      if (pointsConfirmed) {
        confirmedPoints += c.getPoints();
        if (conditionsDecisive && rule.isNoCriterionAtZeroRequired() && c.getPoints() == 0) {
          confirmedFailure = true;
          reasons.add(atZero(c, false));
        } else if (conditionsDecisive && rule.isAllCriteriaMetRequired() && c.getCriterion().getMetCertainty().isDecisive()
            && c.getStatus() == CriterionStatus.NOT_MET) {
          confirmedFailure = true;
          reasons.add(notMet(c, false));
        }
      } else {
        openMaximum += c.getCriterion().getMaximum();
        boundKnown &= c.getCriterion().getMaximumCertainty().isDecisive();
      }
    }
    boolean open = criteria.stream().anyMatch(c -> !c.isComplete() || c.isPointsProvisional());
    if (open && boundKnown && confirmedPoints + openMaximum < threshold) {
      confirmedFailure = true;
      int bound = confirmedPoints + openMaximum;
      reasons.add(ScoreReason.of(ScoreReason.Kind.CANNOT_REACH_THRESHOLD,
          "Tổng điểm tối đa có thể đạt là " + bound + ", dưới mức " + threshold + " của loại xã này",
          "At most " + bound + " points can be reached, below the " + threshold + " this type of commune needs"));
    }
    boolean provisional = criteria.stream().anyMatch(CriterionScore::isPointsProvisional)
        || rule.isProvisional()
        || (rule.isAllCriteriaMetRequired() && criteria.stream().anyMatch(c -> !c.getCriterion().getMetCertainty().isDecisive()));
    card.provisional(provisional);
    if (confirmedFailure) {
      card.status(RecognitionStatus.NOT_RECOGNISED).addAllReasons(reasons);
      addProvisionalReasons(criteria, rule, card);
      return;
    }

    // 2. missing values
    List<CriterionScore> missing = criteria.stream().filter(c -> !c.isComplete()).toList();
    if (!missing.isEmpty()) {
      card.status(RecognitionStatus.INCOMPLETE);
      for (CriterionScore c : missing) {
        card.addReasons(ScoreReason.of(ScoreReason.Kind.CRITERION_NO_DATA,
            "Tiêu chí " + c.getCriterion().getNumber() + ": " + c.getReasonVi(),
            "Criterion " + c.getCriterion().getNumber() + ": " + c.getReasonEn()));
      }
      addProvisionalReasons(criteria, rule, card);
      return;
    }

    // 3. the outcome on every part, confirmed or not
    boolean fails = false;
    for (CriterionScore c : criteria) {
      if (rule.isNoCriterionAtZeroRequired() && c.getPoints() == 0) {
        fails = true;
        reasons.add(atZero(c, c.isPointsProvisional() || !conditionsDecisive));
      } else if (rule.isAllCriteriaMetRequired() && c.getStatus() == CriterionStatus.NOT_MET) {
        fails = true;
        reasons.add(notMet(c, c.isProvisional() || !conditionsDecisive));
      }
    }
    String mark = provisional ? " (tạm tính)" : "";
    String markEn = provisional ? " (provisional)" : "";
    if (total < threshold) {
      fails = true;
      reasons.add(ScoreReason.of(ScoreReason.Kind.BELOW_THRESHOLD,
          "Tổng " + total + " điểm" + mark + ", dưới mức " + threshold + " điểm của loại xã này",
          "Total " + total + " points" + markEn + ", below the " + threshold + " this type of commune needs"));
    } else if (!fails) {
      reasons.add(ScoreReason.of(ScoreReason.Kind.ALL_CONDITIONS_MET,
          "Đạt đủ các tiêu chí, không tiêu chí nào 0 điểm, tổng " + total + " điểm ≥ " + threshold + mark,
          "Every criterion met, none at 0 points, total " + total + " ≥ " + threshold + markEn));
    }
    RecognitionStatus outcome = fails ? RecognitionStatus.NOT_RECOGNISED : RecognitionStatus.RECOGNISED;
    if (provisional) {
      card.status(RecognitionStatus.PROVISIONAL_NOT_DECIDABLE).provisionalOutcome(outcome);
    } else {
      card.status(outcome);
    }
    card.addAllReasons(reasons);
    addProvisionalReasons(criteria, rule, card);
  }

  private static ScoreReason atZero(CriterionScore c, boolean provisional) {
    int n = c.getCriterion().getNumber();
    return ScoreReason.of(ScoreReason.Kind.CRITERION_AT_ZERO,
        "Tiêu chí " + n + " đạt 0 điểm" + (provisional ? " (tạm tính)" : ""),
        "Criterion " + n + " scores 0 points" + (provisional ? " (provisional)" : ""));
  }

  private static ScoreReason notMet(CriterionScore c, boolean provisional) {
    int n = c.getCriterion().getNumber();
    return ScoreReason.of(ScoreReason.Kind.CRITERION_NOT_MET,
        "Tiêu chí " + n + " chưa đạt: " + c.getReasonVi() + (provisional && !c.isProvisional() ? "; tạm tính" : ""),
        "Criterion " + n + " not met: " + c.getReasonEn() + (provisional && !c.isProvisional() ? "; provisional" : ""));
  }

  private static void addProvisionalReasons(List<CriterionScore> criteria, RecognitionRule rule, ScoreCard.Builder card) {
    List<String> bands = new ArrayList<>();
    for (CriterionScore c : criteria) {
      if (c.isPointsProvisional()) {
        bands.add(Integer.toString(c.getCriterion().getNumber()));
      }
    }
    if (!bands.isEmpty()) {
      String list = String.join(", ", bands);
      card.addReasons(ScoreReason.of(ScoreReason.Kind.PROVISIONAL_BANDS,
          "Điểm của tiêu chí " + list + " dựa trên thang điểm tạm tính, chưa xác nhận từ văn bản",
          "The points of criteria " + list + " rest on provisional bands, not confirmed from the legal text"));
    }
    List<String> rules = new ArrayList<>();
    if (rule.isAllCriteriaMetRequired() && criteria.stream().anyMatch(c -> !c.getCriterion().getMetCertainty().isDecisive())) {
      rules.add("minimum");
    }
    if (!rule.getThresholdCertainty().isDecisive()) {
      rules.add("threshold");
    }
    if (!rule.getConditionsCertainty().isDecisive()) {
      rules.add("conditions");
    }
    if (!rules.isEmpty()) {
      String vi = String.join(", ", rules.stream().map(r -> r.equals("minimum") ? "mức điểm để đạt từng tiêu chí"
          : r.equals("threshold") ? "mức tổng điểm" : "các điều kiện công nhận").toList());
      String en = String.join(", ", rules.stream().map(r -> r.equals("minimum") ? "the points each criterion needs"
          : r.equals("threshold") ? "the total thresholds" : "the conditions of recognition").toList());
      card.addReasons(ScoreReason.of(ScoreReason.Kind.PROVISIONAL_RULE,
          "Chưa xác nhận từ văn bản: " + vi, "Not confirmed from the legal text: " + en));
    }
  }
}
