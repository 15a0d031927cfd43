package io.github.treem.core.protection;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.Sex;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The child of a protection case, as the case file carries it so that it stands alone: sex, date
 * of birth and the special-circumstance codes at the time of the case (Law on Children 2016 Điều
 * 10; Decree 56/2017 Điều 3-16). The child's id in the commune register is optional: a case may
 * concern a child the register does not hold (a child from elsewhere, an unregistered birth).
 *
 * <p>No name: a case never holds the child's name or personal identification number.
 *
 * <p>Implementation requirements: immutable and thread-safe; {@code toString()} shows no personal
 * data.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class CaseChild {
  CaseChild() {}

  /** {@return the sex, if recorded} */
  public abstract Optional<Sex> getSex();

  /** {@return the date of birth, if recorded} */
  public abstract Optional<LocalDate> getDateOfBirth();

  /** {@return the special-circumstance codes at the time of the case, without repetition} */
  public abstract List<CircumstanceCode> getCircumstances();

  /** {@return the child's id in the commune register, if the register holds the child} */
  public abstract Optional<String> getRegisterChildId();

  /**
   * The child's age in completed years on a day.
   *
   * @param date the day
   * @return the age, or empty when the date of birth is unknown or after the day
   */
  public OptionalInt ageOn(LocalDate date) {
    if (getDateOfBirth().isEmpty() || getDateOfBirth().get().isAfter(date)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Period.between(getDateOfBirth().get(), date).getYears());
  }

  /** {@return a child with nothing recorded} */
  public static CaseChild unknown() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  CaseChild normalize() {
    if (getCircumstances().stream().distinct().count() != getCircumstances().size()) {
      return builder().from(this).circumstances(getCircumstances().stream().distinct().toList()).build();
    }
    return this;
  }

  /** {@return a description without personal data} */
  @Override
  public String toString() {
    return "CaseChild{personal data hidden, circumstances=" + getCircumstances().size() + "}";
  }

  /** Builds a {@link CaseChild}. */
  public static final class Builder extends ImmutableCaseChild.Builder {
    Builder() {}
  }
}
