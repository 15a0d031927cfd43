package io.github.treem.core.validation;

import org.apiguardian.api.API;
import io.github.treem.core.constraints.ChildUnder16;
import io.github.treem.core.constraints.ConsistentGrade;
import io.github.treem.core.constraints.ConsistentPersonalId;
import io.github.treem.core.constraints.DatesInOrder;
import io.github.treem.core.constraints.NoOverlappingEpisodes;
import io.github.treem.core.constraints.TeCardForUnderSix;
import io.github.treem.core.constraints.ValidHealthInsuranceCode;
import java.lang.annotation.Annotation;
import java.util.Locale;
import java.util.Map;

/**
 * The stable codes of the {@link Issue}s that {@link TreemValidator} reports. A code is never
 * reused for another meaning. Each of treem's constraints has one code; the plausibility checks on
 * growth measurements (built-in {@code @DecimalMin}/{@code @DecimalMax} with treem's message keys)
 * have one code per quantity. A violation of any other constraint gets the code
 * {@code CONSTRAINT_} followed by the constraint's simple name in upper snake case (e.g.
 * {@code CONSTRAINT_NOT_NULL} for {@code @NotNull}).
 *
 * <p>Implementation requirements: constants only; not instantiable.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class IssueCodes {
  /** {@code @DatesInOrder}: a date of the child is before the date of birth, or a card ends before it starts. Error. */
  public static final String CHILD_DATES_ORDER = "CHILD_DATES_ORDER";
  /** {@code @ConsistentPersonalId}: the personal identification number disagrees with sex or year of birth. Error. */
  public static final String CHILD_PERSONAL_ID_MISMATCH = "CHILD_PERSONAL_ID_MISMATCH";
  /** {@code @NoOverlappingEpisodes}: two episodes of the same special circumstance overlap. Error. */
  public static final String CHILD_EPISODES_OVERLAP = "CHILD_EPISODES_OVERLAP";
  /** {@code @TeCardForUnderSix}: a card issued under 72 months has a beneficiary group other than TE. Warning. */
  public static final String CHILD_CARD_NOT_TE = "CHILD_CARD_NOT_TE";
  /** {@code @ChildUnder16}: the child is 16 or older at the reference date. Warning. */
  public static final String CHILD_AGE_16_OR_OVER = "CHILD_AGE_16_OR_OVER";
  /** {@code @ConsistentGrade}: the grade does not belong to the school level. Error. */
  public static final String ENROLMENT_GRADE_LEVEL = "ENROLMENT_GRADE_LEVEL";
  /** {@code @ValidHealthInsuranceCode}: the card code is malformed. Error. */
  public static final String HI_CARD_CODE_FORMAT = "HI_CARD_CODE_FORMAT";
  /** A weight outside 0.5-150 kg. Warning. */
  public static final String MEASUREMENT_WEIGHT_IMPLAUSIBLE = "MEASUREMENT_WEIGHT_IMPLAUSIBLE";
  /** A length or height outside 35-230 cm. Warning. */
  public static final String MEASUREMENT_LENGTH_IMPLAUSIBLE = "MEASUREMENT_LENGTH_IMPLAUSIBLE";

  /** The prefix of the codes of constraints that are not treem's. */
  public static final String OTHER_CONSTRAINT_PREFIX = "CONSTRAINT_";

  private static final Map<Class<? extends Annotation>, String> BY_CONSTRAINT = Map.of(
      DatesInOrder.class, CHILD_DATES_ORDER,
      ConsistentPersonalId.class, CHILD_PERSONAL_ID_MISMATCH,
      NoOverlappingEpisodes.class, CHILD_EPISODES_OVERLAP,
      TeCardForUnderSix.class, CHILD_CARD_NOT_TE,
      ChildUnder16.class, CHILD_AGE_16_OR_OVER,
      ConsistentGrade.class, ENROLMENT_GRADE_LEVEL,
      ValidHealthInsuranceCode.class, HI_CARD_CODE_FORMAT);

  private static final Map<String, String> BY_TEMPLATE = Map.of(
      "{io.github.treem.core.constraints.PlausibleWeight.message}", MEASUREMENT_WEIGHT_IMPLAUSIBLE,
      "{io.github.treem.core.constraints.PlausibleLength.message}", MEASUREMENT_LENGTH_IMPLAUSIBLE);

  private IssueCodes() {}

  /**
   * The code of a violation: by its constraint type for treem's constraints, by its message
   * template for the plausibility checks, else derived from the constraint's name.
   */
  static String codeOf(Class<? extends Annotation> constraint, String messageTemplate) {
    String code = BY_CONSTRAINT.get(constraint);
    if (code != null) {
      return code;
    }
    code = messageTemplate == null ? null : BY_TEMPLATE.get(messageTemplate);
    if (code != null) {
      return code;
    }
    return OTHER_CONSTRAINT_PREFIX + upperSnake(constraint.getSimpleName());
  }

  static String upperSnake(String camel) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(camel.charAt(i - 1))) {
        b.append('_');
      }
      b.append(c);
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }
}
