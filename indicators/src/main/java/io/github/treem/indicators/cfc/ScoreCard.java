package io.github.treem.indicators.cfc;

import io.github.treem.indicators.internal.TreemStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A commune scored against the child-friendly commune standard: per criterion the items' values,
 * points, met or not and why; the total, the threshold of the commune's type, and the outcome.
 *
 * <p>The outcome ({@link #getStatus()}) is decided on confirmed parts of the table only. A
 * confirmed failure (a criterion at 0 points on a confirmed band, a confirmed total that cannot
 * reach the threshold) gives {@link RecognitionStatus#NOT_RECOGNISED}; otherwise a missing value
 * gives {@link RecognitionStatus#INCOMPLETE}; otherwise, while any part the outcome depends on is
 * provisional, {@link RecognitionStatus#PROVISIONAL_NOT_DECIDABLE}, with the outcome the
 * provisional parts would give in {@link #getProvisionalOutcome()}. Renderers must show the
 * provisional mark with the score and the status ({@link #isProvisional()}).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ScoreCard {
  ScoreCard() {}

  /** {@return the table scored with} */
  public abstract ScoringTable getTable();

  /** {@return the commune's code, when a self-assessment gave it} */
  public abstract Optional<String> getCommuneCode();

  /** {@return the commune's name, when a self-assessment gave it} */
  public abstract Optional<String> getCommuneName();

  /** {@return the year assessed} */
  public abstract int getYear();

  /** {@return the date at which the year was assessed} */
  public abstract LocalDate getReferenceDate();

  /** {@return the commune's type} */
  public abstract CommuneType getCommuneType();

  /** {@return the criteria's scores, in the table's order} */
  public abstract List<CriterionScore> getCriteria();

  /** {@return the status} */
  public abstract RecognitionStatus getStatus();

  /**
   * {@return for {@link RecognitionStatus#PROVISIONAL_NOT_DECIDABLE}, the outcome the provisional
   * parts would give (RECOGNISED or NOT_RECOGNISED); never a decision}
   */
  public abstract Optional<RecognitionStatus> getProvisionalOutcome();

  /** {@return true when the total, a criterion's status or the outcome rests on a provisional part} */
  public abstract boolean isProvisional();

  /** {@return true when the self-assessment is synthetic demonstration data} */
  @Value.Default
  public boolean isSynthetic() {
    return false;
  }

  /** {@return the reasons for the status, most decisive first} */
  public abstract List<ScoreReason> getReasons();

  /** {@return the total of the criteria's points} */
  @Value.Derived
  public int getTotal() {
    return getCriteria().stream().mapToInt(CriterionScore::getPoints).sum();
  }

  /** {@return the most points the table gives} */
  public int getMaximumTotal() {
    return getTable().getMaximumTotal();
  }

  /** {@return the least total for the commune's type} */
  public int getThreshold() {
    return getTable().getRecognitionRule().threshold(getCommuneType());
  }

  /**
   * A criterion's score.
   *
   * @param number the criterion's number
   * @return the score, or empty
   */
  public Optional<CriterionScore> criterion(int number) {
    return getCriteria().stream().filter(c -> c.getCriterion().getNumber() == number).findFirst();
  }

  /**
   * An item's score.
   *
   * @param itemId the item's identifier
   * @return the score, or empty
   */
  public Optional<ItemScore> item(String itemId) {
    return getCriteria().stream().flatMap(c -> c.getItems().stream())
        .filter(i -> i.getItem().getId().equals(itemId)).findFirst();
  }

  /** {@return a one-line summary: table, commune code, year, total, threshold, status} */
  @Override
  public String toString() {
    return "ScoreCard{table=" + getTable().getId() + " " + getTable().getVersion() + ", commune="
        + getCommuneCode().orElse("?") + ", year=" + getYear() + ", total=" + getTotal() + "/" + getMaximumTotal()
        + ", threshold=" + getThreshold() + ", status=" + getStatus() + (isProvisional() ? ", provisional" : "") + "}";
  }

  /** Builds a {@link ScoreCard}. */
  static final class Builder extends ImmutableScoreCard.Builder {
    Builder() {}
  }
}
