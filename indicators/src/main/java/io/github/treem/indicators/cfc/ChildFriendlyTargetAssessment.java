package io.github.treem.indicators.cfc;

import io.github.treem.core.plan.Target;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.indicators.internal.TreemStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The plan's target on the child-friendly commune standard (indicator code
 * {@value #INDICATOR_CODE}, e.g. "Phấn đấu xã đạt tiêu chuẩn xã phù hợp với trẻ em năm 2020")
 * assessed from a {@link ScoreCard}: the bridge between the scorer and the plan's target
 * assessments.
 *
 * <p>The standard's value is 100 when the commune is {@link RecognitionStatus#RECOGNISED} and 0
 * when it is {@link RecognitionStatus#NOT_RECOGNISED}, compared with the target by its comparator
 * (the plan's "AT_LEAST 100": met when recognised). While the outcome is
 * {@link RecognitionStatus#PROVISIONAL_NOT_DECIDABLE} or {@link RecognitionStatus#INCOMPLETE}
 * there is no value and the target assessment is {@link TargetStatus#NO_DATA}: a target is never
 * met, nor missed, on provisional bands. The card's status, provisional outcome, total and
 * threshold travel with it, so that every output can say why.
 *
 * <pre>{@code
 * ChildFriendlyTargetAssessment a = ChildFriendlyTargetAssessment.of(target, card);
 * a.getAssessment().getStatus();   // NO_DATA with the bundled (provisional) table
 * a.getRecognitionStatus();        // PROVISIONAL_NOT_DECIDABLE
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ChildFriendlyTargetAssessment {
  /** The indicator code of a plan's target on the standard. */
  public static final String INDICATOR_CODE = "CHILD_FRIENDLY_COMMUNE";

  /** The standard's value for a recognised commune. */
  static final BigDecimal RECOGNISED_VALUE = BigDecimal.valueOf(100);

  ChildFriendlyTargetAssessment() {}

  /** {@return the target assessment (MET, NOT_MET, or NO_DATA while undecided)} */
  public abstract TargetAssessment getAssessment();

  /** {@return the card's status} */
  public abstract RecognitionStatus getRecognitionStatus();

  /** {@return the outcome the provisional parts would give, when the card is not decidable} */
  public abstract Optional<RecognitionStatus> getProvisionalOutcome();

  /** {@return true when the card rests on provisional parts} */
  public abstract boolean isProvisional();

  /** {@return the card's total} */
  public abstract int getTotal();

  /** {@return the card's threshold for the commune's type} */
  public abstract int getThreshold();

  /** {@return the table's identifier and version, e.g. {@code "QD-06-2019 1"}} */
  public abstract String getTable();

  /** {@return the explanation in Vietnamese, e.g. "Tổng 905/1000 điểm (tạm tính), mức 850: chưa kết luận được ..."} */
  public String getExplanationVi() {
    return "Tổng " + getTotal() + " điểm" + (isProvisional() ? " (tạm tính)" : "") + ", mức " + getThreshold() + ": "
        + getRecognitionStatus().getNameVi()
        + getProvisionalOutcome().map(o -> " (theo thang điểm tạm tính: " + o.getNameVi() + ")").orElse("");
  }

  /** {@return the explanation in English} */
  public String getExplanationEn() {
    return "Total " + getTotal() + " points" + (isProvisional() ? " (provisional)" : "") + ", threshold "
        + getThreshold() + ": " + getRecognitionStatus().getNameEn()
        + getProvisionalOutcome().map(o -> " (on the provisional bands: " + o.getNameEn() + ")").orElse("");
  }

  /**
   * Whether a target is on the standard.
   *
   * @param target the target
   * @return true when its indicator code is {@value #INDICATOR_CODE}
   */
  public static boolean isStandardTarget(Target target) {
    return INDICATOR_CODE.equals(target.getIndicatorCode());
  }

  /**
   * Assesses a plan's target on the standard from a score card.
   *
   * @param target the target (indicator code {@value #INDICATOR_CODE})
   * @param card the commune's score card for the target's year
   * @return the assessment
   * @throws InvalidValueException (code {@code TREEM-CFC-0040}) when the target is not on the
   *     standard, or the card is of another year
   */
  public static ChildFriendlyTargetAssessment of(Target target, ScoreCard card) {
    if (!isStandardTarget(target)) {
      throw new InvalidValueException("TREEM-CFC-0040",
          "target " + target.getId() + " is on " + target.getIndicatorCode() + ", not on " + INDICATOR_CODE);
    }
    if (target.getYear() != card.getYear()) {
      throw new InvalidValueException("TREEM-CFC-0040",
          "target " + target.getId() + " is for " + target.getYear() + ", the score card for " + card.getYear());
    }
    Optional<BigDecimal> value = switch (card.getStatus()) {
      case RECOGNISED -> Optional.of(RECOGNISED_VALUE);
      case NOT_RECOGNISED -> Optional.of(BigDecimal.ZERO);
      default -> Optional.empty();
    };
    TargetAssessment assessment = TargetAssessment.ofDecimals(target.getId(), target.getIndicatorCode(), target.getComparator(),
        target.referenceValue(Optional.empty()), value);
    return new Builder().assessment(assessment).recognitionStatus(card.getStatus())
        .provisionalOutcome(card.getProvisionalOutcome()).provisional(card.isProvisional()).total(card.getTotal())
        .threshold(card.getThreshold()).table(card.getTable().getId() + " " + card.getTable().getVersion()).build();
  }

  /** Builds a {@link ChildFriendlyTargetAssessment}. */
  static final class Builder extends ImmutableChildFriendlyTargetAssessment.Builder {
    Builder() {}
  }
}
