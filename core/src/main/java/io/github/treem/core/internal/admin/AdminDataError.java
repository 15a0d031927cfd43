package io.github.treem.core.internal.admin;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Severity;

/**
 * The exception codes of the administrative-unit data ({@code TREEM-CORE-06nn}, stable, never
 * reused): malformed files and data that break an invariant of the unit tree. Each is an error
 * with a text in Vietnamese and English; the exception's message adds the particulars (the file
 * and line, or the unit).
 */
public enum AdminDataError implements IssueCode {
  /** {@code TREEM-CORE-0607}: a unit's type belongs to another level. */
  TYPE_LEVEL("TREEM-CORE-0607",
      "Loại đơn vị hành chính không thuộc cấp của đơn vị",
      "The type of the administrative unit belongs to another level"),
  /** {@code TREEM-CORE-0610}: the file does not begin with the expected header. */
  HEADER("TREEM-CORE-0610",
      "Tệp dữ liệu đơn vị hành chính thiếu dòng tiêu đề đúng",
      "The administrative-unit file does not begin with the expected header"),
  /** {@code TREEM-CORE-0611}: a line has the wrong number of fields. */
  FIELD_COUNT("TREEM-CORE-0611",
      "Dòng có số trường không đúng",
      "The line has the wrong number of fields"),
  /** {@code TREEM-CORE-0612}: a code is not digits of the length of its level. */
  CODE_FORMAT("TREEM-CORE-0612",
      "Mã đơn vị hành chính không đúng số chữ số của cấp",
      "The administrative unit code does not have the number of digits of its level"),
  /** {@code TREEM-CORE-0613}: an unknown unit type or succession kind. */
  UNKNOWN_VALUE("TREEM-CORE-0613",
      "Loại đơn vị hoặc loại sắp xếp không hợp lệ",
      "Unknown unit type or succession kind"),
  /** {@code TREEM-CORE-0614}: a malformed date. */
  DATE_FORMAT("TREEM-CORE-0614",
      "Ngày không đúng dạng YYYY-MM-DD",
      "The date is not of the form YYYY-MM-DD"),
  /** {@code TREEM-CORE-0615}: a blank name, or one with a tab or line break. */
  NAME("TREEM-CORE-0615",
      "Tên đơn vị hành chính trống hoặc chứa ký tự tab, xuống dòng",
      "The unit name is blank or holds a tab or a line break"),
  /** {@code TREEM-CORE-0616}: a unit ends before it begins. */
  PERIOD("TREEM-CORE-0616",
      "Đơn vị kết thúc trước khi bắt đầu",
      "The unit ends before it begins"),
  /** {@code TREEM-CORE-0617}: two units with the same code are in force on the same day. */
  OVERLAP("TREEM-CORE-0617",
      "Hai đơn vị cùng mã có hiệu lực trùng thời gian",
      "Two units with the same code are in force on the same day"),
  /** {@code TREEM-CORE-0618}: a unit's parent is missing, of a wrong level, or not in force throughout its period. */
  PARENT("TREEM-CORE-0618",
      "Đơn vị cấp trên không có, sai cấp hoặc không có hiệu lực suốt thời gian của đơn vị",
      "The parent unit is missing, of a wrong level, or not in force throughout the unit's period"),
  /** {@code TREEM-CORE-0619}: a succession names units that do not end the day before, or begin on, its date. */
  SUCCESSION_ENDS("TREEM-CORE-0619",
      "Quan hệ sắp xếp nêu đơn vị không kết thúc ngay trước hoặc không bắt đầu vào ngày sắp xếp",
      "The succession names a unit that does not end the day before, or begin on, its date"),
  /** {@code TREEM-CORE-0620}: a succession twice, or a unit wholly (FULL) in two successors. */
  SUCCESSION_CONFLICT("TREEM-CORE-0620",
      "Quan hệ sắp xếp trùng lặp, hoặc một đơn vị được chuyển toàn bộ vào hai đơn vị",
      "A succession is listed twice, or a unit went wholly (FULL) into two successors");

  private final Definition definition;

  AdminDataError(String code, String messageVi, String messageEn) {
    this.definition = new Definition(code, Severity.ERROR, messageVi, messageEn);
  }

  /** {@return the code (e.g. {@code TREEM-CORE-0612}), severity {@code ERROR}, the texts} */
  @Override
  public Definition definition() {
    return definition;
  }

  /**
   * The exception of this code (the one place that builds them).
   *
   * @param particulars where and what (file and line, or unit; never personal data)
   * @return the exception, to throw
   */
  public InvalidValueException exception(String particulars) {
    return new InvalidValueException(this, getMessageEn() + ": " + particulars);
  }
}
