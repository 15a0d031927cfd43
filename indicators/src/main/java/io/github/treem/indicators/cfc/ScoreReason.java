package io.github.treem.indicators.cfc;

import io.github.treem.indicators.internal.TreemStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One reason a score card gives for its status, in Vietnamese and English: a condition that holds
 * or fails, a missing value, a provisional part, a stand-in indicator, synthetic input. Messages
 * hold item and criterion numbers, points and values, never evidence or names.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ScoreReason {

  /** The kinds of reason. */
  public enum Kind {
    /** A criterion cannot be scored: an item has no value. */
    CRITERION_NO_DATA,
    /** A criterion scores 0 points. */
    CRITERION_AT_ZERO,
    /** A criterion falls short of its minimum. */
    CRITERION_NOT_MET,
    /** The total is below the commune type's threshold. */
    BELOW_THRESHOLD,
    /** Even with every unconfirmed criterion at its (confirmed) maximum, the threshold cannot be reached. */
    CANNOT_REACH_THRESHOLD,
    /** Every criterion is met, none is at 0 and the total reaches the threshold. */
    ALL_CONDITIONS_MET,
    /** Points rest on provisional bands or definitions. */
    PROVISIONAL_BANDS,
    /** A rule (the minimum of a criterion, a threshold, a condition) is provisional. */
    PROVISIONAL_RULE,
    /** A register indicator stood in for a self-assessed value. */
    PROXY_USED,
    /** The register's value was used and the self-assessment's left aside. */
    REGISTER_OVER_SELF_ASSESSMENT,
    /** The self-assessment is synthetic demonstration data. */
    SYNTHETIC_INPUT
  }

  ScoreReason() {}

  /** {@return the kind} */
  public abstract Kind getKind();

  /** {@return the message in Vietnamese} */
  public abstract String getMessageVi();

  /** {@return the message in English} */
  public abstract String getMessageEn();

  /**
   * A reason.
   *
   * @param kind the kind
   * @param messageVi the Vietnamese message
   * @param messageEn the English message
   * @return the reason
   */
  public static ScoreReason of(Kind kind, String messageVi, String messageEn) {
    return new Builder().kind(kind).messageVi(messageVi).messageEn(messageEn).build();
  }

  /** Builds a {@link ScoreReason}. */
  static final class Builder extends ImmutableScoreReason.Builder {
    Builder() {}
  }
}
