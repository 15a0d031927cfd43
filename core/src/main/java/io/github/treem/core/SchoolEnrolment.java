package io.github.treem.core;

import io.github.treem.core.constraints.ConsistentGrade;
import io.github.treem.core.internal.CoreErrorCode;
import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A child's enrolment in a school year: the level (or {@link SchoolLevel#NONE} for a child known
 * not to be enrolled) and the grade. The school year is named by the year it starts in
 * (September).
 *
 * <p>Invariants: the grade, when present, is 1..12. That it matches the level is a validation
 * rule.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@ConsistentGrade
@API(status = API.Status.STABLE, since = "0.1")
public abstract class SchoolEnrolment {
  SchoolEnrolment() {}

  /** {@return the year the school year starts in, e.g. 2020 for 2020-2021} */
  public abstract int getSchoolYear();

  /** {@return the level enrolled in} */
  public abstract SchoolLevel getLevel();

  /** {@return the grade (lớp), if recorded} */
  public abstract OptionalInt getGrade();

  /**
   * An enrolment without a grade.
   *
   * @param schoolYear the year the school year starts in
   * @param level the level
   * @return the enrolment
   */
  public static SchoolEnrolment of(int schoolYear, SchoolLevel level) {
    return builder().schoolYear(schoolYear).level(level).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getGrade().isPresent() && (getGrade().getAsInt() < 1 || getGrade().getAsInt() > 12)) {
      throw new InvalidValueException(CoreErrorCode.GRADE_OUT_OF_RANGE, "grade must be 1..12, found " + getGrade().getAsInt());
    }
  }

  /** Builds a {@link SchoolEnrolment}. */
  public static final class Builder extends ImmutableSchoolEnrolment.Builder {
    Builder() {}
  }
}
