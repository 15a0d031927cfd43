package io.github.treem.core.validation;

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
import org.apiguardian.api.API;

/**
 * The stable codes of the {@link Issue}s that {@link TreemValidator} reports. A code is never
 * reused for another meaning. Each of treem's constraints has one code; the plausibility checks on
 * growth measurements (built-in {@code @DecimalMin}/{@code @DecimalMax} with treem's message keys)
 * have one code per quantity. A violation of any other constraint gets the code
 * {@value #OTHER_CONSTRAINT_PREFIX} followed by the constraint's simple name in upper snake case
 * (e.g. {@code CONSTRAINT_NOT_NULL} for {@code @NotNull}), with the severity of its payload.
 *
 * <p>The texts here name the rule; an issue's own messages (from the constraint's message
 * template) say which record broke it.
 *
 * @since 0.2.0 (replaces the constants of {@code IssueCodes}, whose values it keeps)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum ValidationCode implements IssueCode {
  /** {@code @DatesInOrder}: a date of the child is before the date of birth, or a card ends before it starts. */
  CHILD_DATES_ORDER(Severity.ERROR, "Các ngày đã ghi không theo đúng thứ tự", "The recorded dates are not in order"),
  /** {@code @ConsistentPersonalId}: the personal identification number disagrees with sex or year of birth. */
  CHILD_PERSONAL_ID_MISMATCH(Severity.ERROR, "Số định danh cá nhân không khớp với giới tính và năm sinh",
      "The personal identification number does not match the sex and the year of birth"),
  /** {@code @NoOverlappingEpisodes}: two episodes of the same special circumstance overlap. */
  CHILD_EPISODES_OVERLAP(Severity.ERROR, "Hai giai đoạn của cùng một hoàn cảnh đặc biệt trùng thời gian",
      "Two episodes of the same special circumstance overlap"),
  /** {@code @TeCardForUnderSix}: a card issued under 72 months has a beneficiary group other than TE. */
  CHILD_CARD_NOT_TE(Severity.WARNING, "Thẻ BHYT cấp khi trẻ chưa đủ 72 tháng tuổi nên có mã đối tượng TE",
      "A card issued before 72 months of age should have beneficiary group TE"),
  /** {@code @ChildUnder16}: the child is 16 or older at the reference date. */
  CHILD_AGE_16_OR_OVER(Severity.WARNING, "Trẻ đã đủ 16 tuổi trở lên tại ngày tham chiếu",
      "The child is 16 or over at the reference date"),
  /** {@code @ConsistentGrade}: the grade does not belong to the school level. */
  ENROLMENT_GRADE_LEVEL(Severity.ERROR, "Lớp không thuộc cấp học đã ghi", "The grade does not belong to the school level"),
  /** {@code @ValidHealthInsuranceCode}: the card code is malformed. */
  HI_CARD_CODE_FORMAT(Severity.ERROR, "Mã thẻ BHYT không đúng dạng", "Malformed health-insurance card code"),
  /** A weight outside 0.5-150 kg. */
  MEASUREMENT_WEIGHT_IMPLAUSIBLE(Severity.WARNING, "Cân nặng nằm ngoài khoảng hợp lý 0,5-150 kg",
      "Weight outside the plausible range 0.5-150 kg"),
  /** A length or height outside 35-230 cm. */
  MEASUREMENT_LENGTH_IMPLAUSIBLE(Severity.WARNING, "Chiều dài/chiều cao nằm ngoài khoảng hợp lý 35-230 cm",
      "Length or height outside the plausible range 35-230 cm");

  /** The prefix of the codes of constraints that are not treem's. */
  public static final String OTHER_CONSTRAINT_PREFIX = "CONSTRAINT_";

  private static final Map<Class<? extends Annotation>, ValidationCode> BY_CONSTRAINT = Map.of(
      DatesInOrder.class, CHILD_DATES_ORDER,
      ConsistentPersonalId.class, CHILD_PERSONAL_ID_MISMATCH,
      NoOverlappingEpisodes.class, CHILD_EPISODES_OVERLAP,
      TeCardForUnderSix.class, CHILD_CARD_NOT_TE,
      ChildUnder16.class, CHILD_AGE_16_OR_OVER,
      ConsistentGrade.class, ENROLMENT_GRADE_LEVEL,
      ValidHealthInsuranceCode.class, HI_CARD_CODE_FORMAT);

  private static final Map<String, ValidationCode> BY_TEMPLATE = Map.of(
      "{io.github.treem.core.constraints.PlausibleWeight.message}", MEASUREMENT_WEIGHT_IMPLAUSIBLE,
      "{io.github.treem.core.constraints.PlausibleLength.message}", MEASUREMENT_LENGTH_IMPLAUSIBLE);

  private final Definition definition;

  ValidationCode(Severity severity, String messageVi, String messageEn) {
    this.definition = new Definition(name(), severity, messageVi, messageEn);
  }

  @Override
  public Definition definition() {
    return definition;
  }

  /**
   * The code of a violation: by its constraint type for treem's constraints, by its message
   * template for the plausibility checks, else derived from the constraint's name.
   */
  static String codeOf(Class<? extends Annotation> constraint, String messageTemplate) {
    ValidationCode code = BY_CONSTRAINT.get(constraint);
    if (code == null && messageTemplate != null) {
      code = BY_TEMPLATE.get(messageTemplate);
    }
    return code != null ? code.getCode() : OTHER_CONSTRAINT_PREFIX + upperSnake(constraint.getSimpleName());
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
