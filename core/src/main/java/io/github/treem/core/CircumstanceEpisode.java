package io.github.treem.core;

import io.github.treem.core.internal.CoreErrorCode;
import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A period in which a child was in a special circumstance: the sub-group (or only the group, when
 * the sub-group is unknown) and the dates it started and ended. An episode without a start is
 * taken to have started before any date of interest; without an end, it is ongoing.
 *
 * <p>Invariant: the end is not before the start.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class CircumstanceEpisode {
  CircumstanceEpisode() {}

  /** {@return the sub-group or group code} */
  public abstract CircumstanceCode getCode();

  /** {@return the first day, if known} */
  public abstract Optional<LocalDate> getStartedOn();

  /** {@return the last day, empty while ongoing} */
  public abstract Optional<LocalDate> getEndedOn();

  /**
   * Whether the episode covers a date.
   *
   * @param date the date
   * @return true when the date lies within the episode (open bounds included)
   */
  public boolean isActiveOn(LocalDate date) {
    return getStartedOn().map(f -> !f.isAfter(date)).orElse(true) && getEndedOn().map(t -> !t.isBefore(date)).orElse(true);
  }

  /**
   * An ongoing episode with unknown start.
   *
   * @param code the code
   * @return the episode
   */
  public static CircumstanceEpisode of(CircumstanceCode code) {
    return builder().code(code).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getStartedOn().isPresent() && getEndedOn().isPresent() && getEndedOn().get().isBefore(getStartedOn().get())) {
      throw new InvalidValueException(CoreErrorCode.EPISODE_ENDS_BEFORE_START, "episode ends before it starts");
    }
  }

  /** Builds a {@link CircumstanceEpisode}. */
  public static final class Builder extends ImmutableCircumstanceEpisode.Builder {
    Builder() {}
  }
}
