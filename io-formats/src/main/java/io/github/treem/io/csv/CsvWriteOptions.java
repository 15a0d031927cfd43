package io.github.treem.io.csv;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.io.internal.IoErrorCode;
import io.github.treem.io.internal.TreemStyle;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How to write a CSV register: the reporting year of the snapshot (required), the reference
 * date (default 31 December of that year), the line ending (default CRLF), whether to start with
 * a byte-order mark (for Excel; default no), and the separator ({@code ,} by default; with
 * {@code ;} decimals are written with a decimal comma).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class CsvWriteOptions {
  CsvWriteOptions() {}

  /** {@return the reporting year Y of the snapshot} */
  public abstract int getReportingYear();

  /** {@return the reference date, by default 31 December of the reporting year} */
  @Value.Default
  public LocalDate getReferenceDate() {
    return LocalDate.of(getReportingYear(), 12, 31);
  }

  /** {@return the line ending, by default CRLF} */
  @Value.Default
  public LineEnding getLineEnding() {
    return LineEnding.CRLF;
  }

  /** {@return whether the file starts with a UTF-8 byte-order mark} */
  @Value.Default
  public boolean isByteOrderMark() {
    return false;
  }

  /** {@return the separator, {@code ,} (default) or {@code ;}} */
  @Value.Default
  public char getSeparator() {
    return ',';
  }

  /**
   * {@return whether the children are synthetic (never real), by default not} A writer told so
   * marks the file: the column {@code synthetic_data}, last, {@code Y} on every row
   * (docs/register-format.md §5), which the readers recognise.
   *
   * @since 0.2.0
   */
  @Value.Default
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public boolean isSyntheticData() {
    return false;
  }

  /**
   * Options with every default for a reporting year.
   *
   * @param reportingYear the year Y
   * @return the options
   */
  public static CsvWriteOptions of(int reportingYear) {
    return builder().reportingYear(reportingYear).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getSeparator() != ',' && getSeparator() != ';') {
      throw new InvalidValueException(IoErrorCode.CSV_SEPARATOR, "separator must be ',' or ';'");
    }
  }

  /** Builds {@link CsvWriteOptions}. */
  public static final class Builder extends ImmutableCsvWriteOptions.Builder {
    Builder() {}
  }
}
