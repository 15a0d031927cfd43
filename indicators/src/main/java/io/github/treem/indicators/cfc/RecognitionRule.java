package io.github.treem.indicators.cfc;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.internal.TreemStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * When a commune is recognised: under Quyết định 06/QĐ-TTg, every criterion met, no criterion at
 * 0 points, and a total of at least 900 (ward of a centrally-run city), 800 (mountain, island or
 * extremely disadvantaged commune) or 850 (any other).
 *
 * <p>Invariants (checked when built, code {@code TREEM-CFC-0005}): a threshold for every
 * {@link CommuneType}, each 0 or more.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class RecognitionRule {
  RecognitionRule() {}

  /** {@return the least total score, by commune type} */
  public abstract Map<CommuneType, Integer> getThresholds();

  /** {@return how well the thresholds are established} */
  public abstract Certainty getThresholdCertainty();

  /** {@return whether every criterion must be met} */
  @Value.Default
  public boolean isAllCriteriaMetRequired() {
    return true;
  }

  /** {@return whether no criterion may score 0 points} */
  @Value.Default
  public boolean isNoCriterionAtZeroRequired() {
    return true;
  }

  /** {@return how well these two conditions are established} */
  public abstract Certainty getConditionsCertainty();

  /** {@return the keys of the table's sources for the rule} */
  public abstract List<String> getSources();

  /**
   * The least total score for a commune type.
   *
   * @param type the type
   * @return the threshold
   */
  public int threshold(CommuneType type) {
    return Objects.requireNonNull(getThresholds().get(type)); // check(): one for every type
  }

  /** {@return true when a threshold or a condition is provisional} */
  public boolean isProvisional() {
    return !getThresholdCertainty().isDecisive() || !getConditionsCertainty().isDecisive();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    for (CommuneType t : CommuneType.values()) {
      Integer v = getThresholds().get(t);
      if (v == null || v < 0) {
        throw new InvalidValueException("TREEM-CFC-0005", "the recognition rule needs a threshold (0 or more) for " + t);
      }
    }
  }

  /** Builds a {@link RecognitionRule}. */
  public static final class Builder extends ImmutableRecognitionRule.Builder {
    Builder() {}
  }
}
