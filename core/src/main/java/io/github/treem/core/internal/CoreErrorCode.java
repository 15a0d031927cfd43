package io.github.treem.core.internal;

import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Severity;

/**
 * The exception codes of treem core.
 *
 * <p>The registry of the module's exception codes ({@code TREEM-CORE-nnnn}, stable, never reused):
 * each is an {@link IssueCode} of severity {@code ERROR} whose texts say what the code means;
 * the exception's own message adds the particulars (never personal data). Internal: the codes
 * (strings) are the contract, read with {@code TreemException.getCode()}; a test keeps them
 * distinct across the modules.
 */
public enum CoreErrorCode implements IssueCode {
  /** {@code TREEM-CORE-0001}: The child id must not be blank. */
  CHILD_ID_BLANK("TREEM-CORE-0001",
      "Mã trẻ không được để trống",
      "The child id must not be blank"),
  /** {@code TREEM-CORE-0002}: Two enrolments for the same school year. */
  CHILD_ENROLMENTS_SAME_YEAR("TREEM-CORE-0002",
      "Hai bản ghi đi học cùng một năm học",
      "Two enrolments for the same school year"),
  /** {@code TREEM-CORE-0003}: Two safety-skills records for the same school year. */
  CHILD_SAFETY_SKILLS_SAME_YEAR("TREEM-CORE-0003",
      "Hai bản ghi kỹ năng an toàn cùng một năm học",
      "Two safety-skills records for the same school year"),
  /** {@code TREEM-CORE-0004}: Two yearly status records for the same year. */
  CHILD_YEARLY_STATUS_SAME_YEAR("TREEM-CORE-0004",
      "Hai bản ghi tình trạng hằng năm cùng một năm",
      "Two yearly status records for the same year"),
  /** {@code TREEM-CORE-0010}: The health-insurance card number must not be blank. */
  CARD_NUMBER_BLANK("TREEM-CORE-0010",
      "Số thẻ BHYT không được để trống",
      "The health-insurance card number must not be blank"),
  /** {@code TREEM-CORE-0020}: The weight must be finite and greater than 0. */
  WEIGHT_NOT_POSITIVE("TREEM-CORE-0020",
      "Cân nặng phải là số hữu hạn lớn hơn 0",
      "The weight must be finite and greater than 0"),
  /** {@code TREEM-CORE-0021}: The length or height must be finite and greater than 0. */
  LENGTH_NOT_POSITIVE("TREEM-CORE-0021",
      "Chiều dài/chiều cao phải là số hữu hạn lớn hơn 0",
      "The length or height must be finite and greater than 0"),
  /** {@code TREEM-CORE-0030}: The grade must be 1 to 12. */
  GRADE_OUT_OF_RANGE("TREEM-CORE-0030",
      "Lớp phải từ 1 đến 12",
      "The grade must be 1 to 12"),
  /** {@code TREEM-CORE-0040}: The episode ends before it starts. */
  EPISODE_ENDS_BEFORE_START("TREEM-CORE-0040",
      "Giai đoạn hoàn cảnh đặc biệt kết thúc trước khi bắt đầu",
      "The episode ends before it starts"),
  /** {@code TREEM-CORE-0101}: A commune code has exactly 5 digits. */
  COMMUNE_CODE_FORMAT("TREEM-CORE-0101",
      "Mã xã phải có đúng 5 chữ số",
      "A commune code has exactly 5 digits"),
  /** {@code TREEM-CORE-0201}: A personal identification number has exactly 12 digits. */
  PERSONAL_ID_FORMAT("TREEM-CORE-0201",
      "Số định danh cá nhân phải có đúng 12 chữ số",
      "A personal identification number has exactly 12 digits"),
  /** {@code TREEM-CORE-0301}: Malformed health-insurance card code. */
  HI_CARD_CODE_FORMAT("TREEM-CORE-0301",
      "Mã thẻ BHYT không đúng dạng",
      "Malformed health-insurance card code"),
  /** {@code TREEM-CORE-0501}: The responsible unit id must not be blank. */
  UNIT_ID_BLANK("TREEM-CORE-0501",
      "Mã đơn vị phụ trách không được để trống",
      "The responsible unit id must not be blank"),
  /** {@code TREEM-CORE-0502}: The responsible unit name must not be blank. */
  UNIT_NAME_BLANK("TREEM-CORE-0502",
      "Tên đơn vị phụ trách không được để trống",
      "The responsible unit name must not be blank"),
  /** {@code TREEM-CORE-0503}: The target id must not be blank. */
  TARGET_ID_BLANK("TREEM-CORE-0503",
      "Mã chỉ tiêu không được để trống",
      "The target id must not be blank"),
  /** {@code TREEM-CORE-0504}: The target's indicator code must not be blank. */
  TARGET_INDICATOR_BLANK("TREEM-CORE-0504",
      "Mã chỉ số của chỉ tiêu không được để trống",
      "The target's indicator code must not be blank"),
  /** {@code TREEM-CORE-0505}: The target needs a threshold. */
  TARGET_THRESHOLD_MISSING("TREEM-CORE-0505",
      "Chỉ tiêu thiếu ngưỡng",
      "The target needs a threshold"),
  /** {@code TREEM-CORE-0506}: Threshold and baseline must be finite. */
  TARGET_NOT_FINITE("TREEM-CORE-0506",
      "Ngưỡng và giá trị ban đầu phải là số hữu hạn",
      "Threshold and baseline must be finite"),
  /** {@code TREEM-CORE-0507}: The lead unit id must not be blank. */
  TARGET_LEAD_UNIT_BLANK("TREEM-CORE-0507",
      "Mã đơn vị chủ trì không được để trống",
      "The lead unit id must not be blank"),
  /** {@code TREEM-CORE-0508}: The lead unit must not also be a co-operating unit. */
  TARGET_LEAD_ALSO_COOPERATING("TREEM-CORE-0508",
      "Đơn vị chủ trì không được đồng thời là đơn vị phối hợp",
      "The lead unit must not also be a co-operating unit"),
  /** {@code TREEM-CORE-0510}: An INCREASE target has no baseline. */
  TARGET_NO_BASELINE("TREEM-CORE-0510",
      "Chỉ tiêu loại tăng không có giá trị ban đầu",
      "An INCREASE target has no baseline"),
  /** {@code TREEM-CORE-0520}: The plan number must not be blank. */
  PLAN_NUMBER_BLANK("TREEM-CORE-0520",
      "Số kế hoạch không được để trống",
      "The plan number must not be blank"),
  /** {@code TREEM-CORE-0521}: The plan issuer name must not be blank. */
  PLAN_ISSUER_BLANK("TREEM-CORE-0521",
      "Tên cơ quan ban hành không được để trống",
      "The plan issuer name must not be blank"),
  /** {@code TREEM-CORE-0522}: Two responsible units with the same id. */
  PLAN_UNIT_TWICE("TREEM-CORE-0522",
      "Hai đơn vị phụ trách có cùng mã",
      "Two responsible units with the same id"),
  /** {@code TREEM-CORE-0523}: Two targets with the same id. */
  PLAN_TARGET_TWICE("TREEM-CORE-0523",
      "Hai chỉ tiêu có cùng mã",
      "Two targets with the same id"),
  /** {@code TREEM-CORE-0524}: A target names a unit that is not one of the plan's. */
  PLAN_UNKNOWN_UNIT("TREEM-CORE-0524",
      "Chỉ tiêu nêu một đơn vị không có trong kế hoạch",
      "A target names a unit that is not one of the plan's"),
  /** {@code TREEM-CORE-0525}: The issuer unit's commune code differs from the issuer commune code. */
  PLAN_ISSUER_COMMUNE_MISMATCH("TREEM-CORE-0525",
      "Mã xã của đơn vị ban hành khác mã xã ban hành của kế hoạch",
      "The issuer unit's commune code differs from the issuer commune code"),
  /** {@code TREEM-CORE-0570}: The monitoring line id must not be blank. */
  MONITORING_ID_BLANK("TREEM-CORE-0570",
      "Mã dòng theo dõi không được để trống",
      "The monitoring line id must not be blank"),
  /** {@code TREEM-CORE-0571}: The monitoring line's indicator code must not be blank. */
  MONITORING_INDICATOR_BLANK("TREEM-CORE-0571",
      "Mã chỉ số của dòng theo dõi không được để trống",
      "The monitoring line's indicator code must not be blank"),
  /** {@code TREEM-CORE-0572}: The monitoring line's text and its gloss must not be blank. */
  MONITORING_TEXT_BLANK("TREEM-CORE-0572",
      "Nội dung dòng theo dõi (tiếng Việt và tiếng Anh) không được để trống",
      "The monitoring line's text and its English gloss must not be blank"),
  /** {@code TREEM-CORE-0573}: A monitoring line has the id of a target or of another line. */
  PLAN_MONITORING_TWICE("TREEM-CORE-0573",
      "Dòng theo dõi trùng mã với một chỉ tiêu hoặc một dòng theo dõi khác",
      "A monitoring line has the id of a target or of another line"),
  /** {@code TREEM-CORE-0574}: A monitoring line names an item that is not one of the plan's. */
  PLAN_MONITORING_UNKNOWN_ITEM("TREEM-CORE-0574",
      "Dòng theo dõi nêu một mục không có trong kế hoạch",
      "A monitoring line names an item that is not one of the plan's"),
  /** {@code TREEM-CORE-0601}: The administrative unit code must not be blank. */
  ADMIN_CODE_BLANK("TREEM-CORE-0601",
      "Mã đơn vị hành chính không được để trống",
      "The administrative unit code must not be blank"),
  /** {@code TREEM-CORE-0602}: The administrative unit name must not be blank. */
  ADMIN_NAME_BLANK("TREEM-CORE-0602",
      "Tên đơn vị hành chính không được để trống",
      "The administrative unit name must not be blank"),
  /** {@code TREEM-CORE-0603}: A commune code has exactly 5 digits. */
  ADMIN_COMMUNE_CODE_FORMAT("TREEM-CORE-0603",
      "Mã xã phải có đúng 5 chữ số",
      "A commune code has exactly 5 digits"),
  /** {@code TREEM-CORE-0604}: The parent unit must be at a higher level. */
  ADMIN_PARENT_LEVEL("TREEM-CORE-0604",
      "Đơn vị cấp trên phải ở cấp cao hơn",
      "The parent unit must be at a higher level"),
  /** {@code TREEM-CORE-0605}: validTo is before validFrom. */
  ADMIN_VALIDITY_ORDER("TREEM-CORE-0605",
      "Ngày hết hiệu lực trước ngày có hiệu lực",
      "validTo is before validFrom"),
  /** {@code TREEM-CORE-0606}: A successor needs both a code and a date. */
  ADMIN_SUCCESSOR_INCOMPLETE("TREEM-CORE-0606",
      "Đơn vị kế thừa cần có cả mã và ngày",
      "A successor needs both a code and a date"),
  /** {@code TREEM-CORE-0701}: An age is asked for at a date before the date of birth. */
  AGE_BEFORE_BIRTH("TREEM-CORE-0701",
      "Không tính được tuổi tại một ngày trước ngày sinh",
      "An age is asked for at a date before the date of birth"),
  /** {@code TREEM-CORE-0801}: Legacy mapping: targets must be empty exactly when there is no equivalent. */
  LEGACY_MAPPING_TARGETS("TREEM-CORE-0801",
      "Ánh xạ nhóm cũ: danh sách đích phải trống đúng khi không có tương đương",
      "Legacy mapping: targets must be empty exactly when there is no equivalent");

  private final Definition definition;

  CoreErrorCode(String code, String messageVi, String messageEn) {
    this.definition = new Definition(code, Severity.ERROR, messageVi, messageEn);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
