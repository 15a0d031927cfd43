package io.github.treem.indicators.cfc;

import io.github.treem.indicators.internal.TreemStyle;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The score of one criterion: its items' scores, its points, whether it is met and why.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class CriterionScore {
  CriterionScore() {}

  /** {@return the criterion} */
  public abstract Criterion getCriterion();

  /** {@return the items' scores, in the criterion's order} */
  public abstract List<ItemScore> getItems();

  /** {@return the sum of the scored items' points} */
  @Value.Derived
  public int getPoints() {
    return getItems().stream().mapToInt(ItemScore::getPoints).sum();
  }

  /** {@return true when every item is scored} */
  public boolean isComplete() {
    return getItems().stream().allMatch(ItemScore::isScored);
  }

  /** {@return true when some item's points are provisional} */
  public boolean isPointsProvisional() {
    return getItems().stream().anyMatch(ItemScore::isProvisional);
  }

  /** {@return true when the points or the criterion's minimum are provisional} */
  public boolean isProvisional() {
    return isPointsProvisional() || !getCriterion().getMetCertainty().isDecisive();
  }

  /** {@return MET, NOT_MET, or NO_DATA when an item has no value} */
  public CriterionStatus getStatus() {
    if (!isComplete()) {
      return CriterionStatus.NO_DATA;
    }
    return getPoints() >= getCriterion().getMetMinimum() ? CriterionStatus.MET : CriterionStatus.NOT_MET;
  }

  /** {@return why, in Vietnamese, e.g. "80/100 điểm; đạt (cần ≥ 1 điểm); tạm tính"} */
  public String getReasonVi() {
    return reason(true);
  }

  /** {@return why, in English, e.g. "80/100 points; met (needs ≥ 1 point); provisional"} */
  public String getReasonEn() {
    return reason(false);
  }

  private String reason(boolean vi) {
    StringBuilder b = new StringBuilder();
    if (getStatus() == CriterionStatus.NO_DATA) {
      b.append(vi ? "thiếu số liệu: mục " : "no value for item ");
      b.append(String.join(", ", getItems().stream().filter(i -> !i.isScored()).map(i -> i.getItem().getId()).toList()));
    } else {
      int min = getCriterion().getMetMinimum();
      b.append(getPoints()).append('/').append(getCriterion().getMaximum()).append(vi ? " điểm; " : " points; ");
      b.append(getStatus() == CriterionStatus.MET ? (vi ? "đạt" : "met") : (vi ? "chưa đạt" : "not met"));
      b.append(vi ? " (cần ≥ " + min + " điểm)" : " (needs ≥ " + min + (min == 1 ? " point)" : " points)"));
    }
    if (isProvisional()) {
      b.append(vi ? "; tạm tính" : "; provisional");
    }
    return b.toString();
  }

  /** Builds a {@link CriterionScore}. */
  static final class Builder extends ImmutableCriterionScore.Builder {
    Builder() {}
  }
}
