package io.github.treem.testkit;

import io.github.treem.core.validation.ValidationCode;
import io.github.treem.io.RegisterIssueCode;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A problem that {@link TreemGenerators#invalidRegisterCsv} injects into one row of a generated
 * CSV register, with the column and the stable code that treem's reader (with a
 * {@link io.github.treem.core.validation.TreemValidator}) reports for it. Each injected problem
 * rejects its row in {@link io.github.treem.io.ReadMode#STRICT}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Defect {
  /** A date of birth that names no day ({@code yyyy-02-30}). */
  IMPOSSIBLE_DATE("date_of_birth", RegisterIssueCode.INVALID_DATE.getCode()),
  /** Text in the weight column of a row with a measurement. */
  TEXT_IN_NUMERIC("weight_kg", RegisterIssueCode.INVALID_NUMBER.getCode()),
  /** A child_id that repeats the first row's. */
  DUPLICATE_CHILD_ID("child_id", RegisterIssueCode.DUPLICATE_CHILD_ID.getCode()),
  /** An empty sex cell (a required value). */
  MISSING_REQUIRED_VALUE("sex", RegisterIssueCode.MISSING_VALUE.getCode()),
  /** A sex cell that is none of the column's codes. */
  UNKNOWN_SEX_CODE("sex", RegisterIssueCode.INVALID_CODE.getCode()),
  /** A birth registered five days before the date of birth (found by the validator: no column). */
  BIRTH_AFTER_REGISTRATION(null, ValidationCode.CHILD_DATES_ORDER.getCode()),
  /** Grade 8 recorded with school level PRIMARY (found by the validator: no column). */
  GRADE_NOT_MATCHING_LEVEL(null, ValidationCode.ENROLMENT_GRADE_LEVEL.getCode()),
  /** A personal identification number of 8 digits instead of 12. */
  BAD_PERSONAL_ID("personal_id", RegisterIssueCode.INVALID_PERSONAL_ID.getCode()),
  /** A special-circumstance code that Decree 56/2017 does not have ({@code Z9}). */
  UNKNOWN_CIRCUMSTANCE_CODE("circumstances", RegisterIssueCode.INVALID_CIRCUMSTANCE.getCode());

  /** The column the reader names, or null for a problem the validator finds (no column). */
  private final @Nullable String column;
  private final String code;

  Defect(@Nullable String column, String code) {
    this.column = column;
    this.code = code;
  }

  /** {@return the canonical CSV column the reader names for the problem, if it names one} */
  public Optional<String> getColumn() {
    return Optional.ofNullable(column);
  }

  /** {@return the stable issue code the reader reports for the problem} */
  public String getCode() {
    return code;
  }
}
