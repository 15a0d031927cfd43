package io.github.treem.io.internal.json;

import io.github.treem.codec.internal.DecodeProblem;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.id.PersonalIdNumber;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.Ethnicity;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup;
import io.github.treem.core.validation.IssueCode;
import io.github.treem.io.RegisterIssueCode;
import io.github.treem.io.json.JsonIssueCode;

/**
 * The issue code of a value that a codec cannot take, by the kind of problem and the type of the
 * value: the same code that the CSV reader gives the same value ({@code INVALID_DATE},
 * {@code INVALID_PERSONAL_ID}, {@code INVALID_CODE}, {@code MISSING_VALUE}, ...).
 */
final class ValueCodes {
  private ValueCodes() {}

  /**
   * The code of a problem.
   *
   * @param problem the kind of problem
   * @param type the type read
   * @return the code
   */
  static IssueCode of(DecodeProblem problem, Class<?> type) {
    return switch (problem) {
      case WRONG_TYPE -> JsonIssueCode.JSON_WRONG_TYPE;
      case INVALID_DATE -> RegisterIssueCode.INVALID_DATE;
      case INVALID_NUMBER -> RegisterIssueCode.INVALID_NUMBER;
      case MISSING_PROPERTY -> RegisterIssueCode.MISSING_VALUE;
      default -> of(type);
    };
  }

  /**
   * The code of an invalid value of a type.
   *
   * @param type the type read
   * @return the code; {@link RegisterIssueCode#INVALID_VALUE} for a type without its own
   */
  static IssueCode of(Class<?> type) {
    if (type == PersonalIdNumber.class) {
      return RegisterIssueCode.INVALID_PERSONAL_ID;
    }
    if (type == CommuneCode.class) {
      return RegisterIssueCode.INVALID_COMMUNE_CODE;
    }
    if (type == Ethnicity.class) {
      return RegisterIssueCode.INVALID_ETHNICITY;
    }
    if (type == CircumstanceCode.class || type == SpecialCircumstanceSubgroup.class
        || type == SpecialCircumstanceGroup.class) {
      return RegisterIssueCode.INVALID_CIRCUMSTANCE;
    }
    if (type.isEnum()) {
      return RegisterIssueCode.INVALID_CODE;
    }
    return RegisterIssueCode.INVALID_VALUE;
  }
}
