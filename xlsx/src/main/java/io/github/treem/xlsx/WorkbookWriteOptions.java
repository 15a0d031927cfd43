package io.github.treem.xlsx;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.xlsx.internal.XlsxStyle;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How to write the register as a workbook: the reporting year (required), the reference date of
 * the snapshot, and the sheet's name.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.2.0
 */
@Value.Immutable
@XlsxStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public abstract class WorkbookWriteOptions {
  WorkbookWriteOptions() {}

  /** {@return the reporting year Y of the snapshot} */
  public abstract int getReportingYear();

  /** {@return the reference date, by default 31 December of the reporting year} */
  @Value.Default
  public LocalDate getReferenceDate() {
    return LocalDate.of(getReportingYear(), 12, 31);
  }

  /** {@return the sheet's name, by default {@code Sổ trẻ em}} */
  @Value.Default
  public String getSheetName() {
    return "Sổ trẻ em";
  }

  /**
   * {@return whether the children are synthetic (never real), by default not} The writer then
   * marks the sheet as the CSV writer marks its file: the column {@code synthetic_data}, last,
   * {@code Y} on every row (docs/register-format.md §5).
   */
  @Value.Default
  public boolean isSyntheticData() {
    return false;
  }

  /**
   * Options with every default for a reporting year.
   *
   * @param reportingYear the year Y
   * @return the options
   */
  public static WorkbookWriteOptions of(int reportingYear) {
    return builder().reportingYear(reportingYear).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getReportingYear() < 1900 || getReportingYear() > 2200) {
      throw new InvalidValueException("TREEM-XLSX-0002", "reportingYear must be 1900..2200");
    }
    String name = getSheetName();
    // Excel's rules for a sheet name
    if (name.isBlank() || name.length() > 31 || name.matches(".*[\\\\/?*\\[\\]:].*") || name.startsWith("'")
        || name.endsWith("'")) {
      throw new InvalidValueException("TREEM-XLSX-0003",
          "sheetName must be 1 to 31 characters, without \\ / ? * [ ] : and not quoted");
    }
  }

  /** Builds {@link WorkbookWriteOptions}. */
  public static final class Builder extends ImmutableWorkbookWriteOptions.Builder {
    Builder() {}
  }
}
