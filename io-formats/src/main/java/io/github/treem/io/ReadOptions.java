package io.github.treem.io;

import org.apiguardian.api.API;
import io.github.treem.core.InvalidValueException;
import io.github.treem.io.internal.TreemStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to read a child register: the reporting year the file describes (required), the
 * reference date, the strictness, the file name used in issue locations, an optional validator,
 * and the resource limits.
 *
 * <pre>{@code
 * try (TreemValidator validator = TreemValidator.of(LocalDate.of(2020, 12, 31))) {
 *   ReadOptions options = ReadOptions.builder().reportingYear(2020).fileName("qv.csv")
 *       .validator(validator::validate).build();
 *   ...
 * }
 * }</pre>
 *
 * <p>Validator issues are located at the record's line (keeping their property path). In
 * {@link ReadMode#STRICT} a validator error rejects the record; in {@link ReadMode#LENIENT} it is
 * reported as a warning and the record is kept.
 *
 * <p>Limits (defaults): {@link #getMaxFieldLength()} 100,000 characters,
 * {@link #getMaxColumns()} 1,000, {@link #getMaxLineLength()} 1,000,000 characters per record
 * (CSV). The JSON readers have fixed limits: a document of 256 MiB, nesting of 64 levels, strings
 * of 1 MiB, numbers of 100 digits, property names of 1,000 characters, JSON Lines lines of 16 MiB
 * (see {@link io.github.treem.io.json.TreemJson}); format detection reads at most 1 MiB. Each
 * limit, when exceeded, gives a coded issue ({@code CSV_FIELD_TOO_LONG},
 * {@code CSV_TOO_MANY_COLUMNS}, {@code CSV_LINE_TOO_LONG}, {@code JSON_LIMIT_EXCEEDED}) and the
 * input is never held in memory whole. The README's "Limits" section lists them all.
 *
 * <p>Implementation requirements: immutable and thread-safe (as long as the validator is).
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class ReadOptions {
  ReadOptions() {}

  /** {@return the reporting year Y that the register describes} */
  public abstract int getReportingYear();

  /** {@return the reference date, by default 31 December of the reporting year} */
  @Value.Default
  public LocalDate getReferenceDate() {
    return LocalDate.of(getReportingYear(), 12, 31);
  }

  /** {@return the strictness, by default {@link ReadMode#STRICT}} */
  @Value.Default
  public ReadMode getMode() {
    return ReadMode.STRICT;
  }

  /** {@return the file name put in issue locations, if any} */
  public abstract Optional<String> getFileName();

  /** {@return the validator applied to each child read, if any} */
  public abstract Optional<ChildValidator> getValidator();

  /** {@return the longest field accepted, in characters (default 100,000)} */
  @Value.Default
  public int getMaxFieldLength() {
    return 100_000;
  }

  /** {@return the most columns accepted in the header (default 1,000)} */
  @Value.Default
  public int getMaxColumns() {
    return 1_000;
  }

  /** {@return the longest record accepted, in characters (default 1,000,000)} */
  @Value.Default
  public int getMaxLineLength() {
    return 1_000_000;
  }

  /**
   * Options with every default for a reporting year.
   *
   * @param reportingYear the year Y
   * @return the options
   */
  public static ReadOptions of(int reportingYear) {
    return builder().reportingYear(reportingYear).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getReportingYear() < 1900 || getReportingYear() > 2200) {
      throw new InvalidValueException("TREEM-IO-0001", "reportingYear must be 1900..2200");
    }
    if (getMaxFieldLength() < 1 || getMaxColumns() < 1 || getMaxLineLength() < 1) {
      throw new InvalidValueException("TREEM-IO-0002", "limits must be > 0");
    }
  }

  @Override
  public String toString() {
    return "ReadOptions{year=" + getReportingYear() + ", referenceDate=" + getReferenceDate() + ", mode=" + getMode()
        + "}";
  }

  /** Builds {@link ReadOptions}. */
  public static final class Builder extends ImmutableReadOptions.Builder {
    Builder() {}
  }
}
