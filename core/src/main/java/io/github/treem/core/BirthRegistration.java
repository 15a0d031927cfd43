package io.github.treem.core;

import io.github.treem.core.internal.TreemStyle;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The registration of a child's birth (đăng ký khai sinh) with the commune People's Committee
 * (Law on Civil Status 60/2014/QH13, Art. 15-16).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class BirthRegistration {
  BirthRegistration() {}

  /** {@return the date the birth was registered} */
  public abstract LocalDate getRegisteredOn();

  /**
   * A registration on a date.
   *
   * @param registeredOn the date
   * @return the registration
   */
  public static BirthRegistration of(LocalDate registeredOn) {
    return builder().registeredOn(registeredOn).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BirthRegistration}. */
  public static final class Builder extends ImmutableBirthRegistration.Builder {
    Builder() {}
  }
}
