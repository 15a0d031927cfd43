package io.github.treem.spark.internal;

import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Severity;

/**
 * The exception codes of treem's Spark adapter.
 *
 * <p>The registry of the module's exception codes ({@code TREEM-SPARK-nnnn}, stable, never reused):
 * each is an {@link IssueCode} of severity {@code ERROR} whose texts say what the code means;
 * the exception's own message adds the particulars (never personal data). Internal: the codes
 * (strings) are the contract, read with {@code TreemException.getCode()}; a test keeps them
 * distinct across the modules.
 */
public enum SparkErrorCode implements IssueCode {
  /** {@code TREEM-SPARK-0001}: The growth scorer must be the default one or Serializable to run in Spark. */
  SCORER_NOT_SERIALIZABLE("TREEM-SPARK-0001",
      "Bộ tính chỉ số z phải là bộ mặc định hoặc tuần tự hóa được để chạy trong Spark",
      "The growth scorer must be the default one or Serializable to run in Spark"),
  /** {@code TREEM-SPARK-0002}: The read options' validator must be Serializable to run in Spark. */
  VALIDATOR_NOT_SERIALIZABLE("TREEM-SPARK-0002",
      "Bộ kiểm tra của tùy chọn đọc phải tuần tự hóa được để chạy trong Spark",
      "The read options' validator must be Serializable to run in Spark"),
  /** {@code TREEM-SPARK-0003}: Not a valid output of treem's Spark aggregator. */
  AGGREGATOR_OUTPUT_CORRUPT("TREEM-SPARK-0003",
      "Kết quả của bộ tổng hợp Spark của treem bị hỏng",
      "Not a valid output of treem's Spark aggregator"),
  /** {@code TREEM-SPARK-0004}: The number of files must be 0 or more. */
  FILES_NEGATIVE("TREEM-SPARK-0004",
      "Số tệp phải lớn hơn hoặc bằng 0",
      "The number of files must be 0 or more"),
  /** {@code TREEM-SPARK-0005}: The report's data quality must match the read counts. */
  DATA_QUALITY_MISMATCH("TREEM-SPARK-0005",
      "Chất lượng dữ liệu của báo cáo phải khớp với số dòng đã đọc",
      "The report's data quality must match the read counts"),
  /** {@code TREEM-SPARK-0006}: At least one path is needed. */
  NO_PATH("TREEM-SPARK-0006",
      "Cần ít nhất một đường dẫn",
      "At least one path is needed");

  private final Definition definition;

  SparkErrorCode(String code, String messageVi, String messageEn) {
    this.definition = new Definition(code, Severity.ERROR, messageVi, messageEn);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
