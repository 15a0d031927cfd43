package io.github.treem.core;

import io.github.treem.core.internal.TreemStyle;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Injury-prevention training and swimming ability of a pupil in a school year: whether the child
 * was taught injury and drowning prevention skills (hướng dẫn kỹ năng phòng, chống tai nạn thương
 * tích, đuối nước) and whether the child was assessed as able to swim. Each answer may be
 * missing, which is different from "no".
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class SafetySkills {
  SafetySkills() {}

  /** {@return the year the school year starts in} */
  public abstract int getSchoolYear();

  /** {@return whether taught injury-prevention skills that school year, if recorded} */
  public abstract Optional<Boolean> getInjuryPreventionTrained();

  /** {@return whether assessed as able to swim, if recorded} */
  public abstract Optional<Boolean> getCanSwim();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SafetySkills}. */
  public static final class Builder extends ImmutableSafetySkills.Builder {
    Builder() {}
  }
}
