package io.github.treem.testkit.internal;

import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Severity;

/**
 * The exception codes of the treem testkit.
 *
 * <p>The registry of the module's exception codes ({@code TREEM-TESTKIT-nnnn}, stable, never reused):
 * each is an {@link IssueCode} of severity {@code ERROR} whose texts say what the code means;
 * the exception's own message adds the particulars (never personal data). Internal: the codes
 * (strings) are the contract, read with {@code TreemException.getCode()}; a test keeps them
 * distinct across the modules.
 */
public enum TestkitErrorCode implements IssueCode {
  /** {@code TREEM-TESTKIT-0001}: The line must be 0 or more. */
  LINE_NEGATIVE("TREEM-TESTKIT-0001",
      "Số dòng phải lớn hơn hoặc bằng 0",
      "The line must be 0 or more"),
  /** {@code TREEM-TESTKIT-0002}: The count must be 0 or more. */
  COUNT_NEGATIVE("TREEM-TESTKIT-0002",
      "Số lượng phải lớn hơn hoặc bằng 0",
      "The count must be 0 or more"),
  /** {@code TREEM-TESTKIT-0003}: No row of the register suits the defect. */
  NO_ROW_FOR_DEFECT("TREEM-TESTKIT-0003",
      "Không có dòng nào của sổ phù hợp với lỗi cần chèn",
      "No row of the register suits the defect");

  private final Definition definition;

  TestkitErrorCode(String code, String messageVi, String messageEn) {
    this.definition = new Definition(code, Severity.ERROR, messageVi, messageEn);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
