package io.github.treem.io;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.io.internal.IoErrorCode;
import io.github.treem.io.internal.TreemStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How to read a child register: the reporting year the file describes (required), the
 * reference date, the strictness, the file name used in issue locations, what is validated, and
 * the resource limits.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.of(2020);                // treem's validator at 2020-12-31
 * ReadOptions lenient = ReadOptions.builder().reportingYear(2020).fileName("qv.csv")
 *     .mode(ReadMode.LENIENT).build();
 * ReadOptions formatOnly = ReadOptions.builder().reportingYear(2020)
 *     .validation(Validation.NONE).build();                  // decoding and duplicates only
 * }</pre>
 *
 * <p>Reading rules, the same for every format (CSV, JSON, JSON Lines):
 * <ul>
 *   <li>Validation: by default ({@link Validation#TREEM}) each child read is validated with
 *       {@link ChildValidator#treem(LocalDate)} at {@link #getReferenceDate()}, or with
 *       {@link #getValidator()} when one is set; {@link Validation#NONE} turns it off. So
 *       {@code Registers.open(file, ReadOptions.of(2020))}, {@code treem validate} and
 *       {@code treem report} accept the same records and give the same figures.
 *   <li>A validator error rejects the record in both modes (the reader cannot know which of two
 *       inconsistent values to drop); validator warnings stay on the accepted record.
 *   <li>{@link ReadMode} decides only what happens to a single bad value: rejected with the
 *       record ({@link ReadMode#STRICT}) or dropped to "missing" with a warning
 *       ({@link ReadMode#LENIENT}).
 *   <li>Duplicate {@code child_id}: a record whose identifier is that of a record accepted
 *       earlier in the file is rejected ({@code DUPLICATE_CHILD_ID}); the accepted records of a
 *       file have distinct identifiers. The check is exact; its index keeps up to
 *       {@link #getIdHeapBudget()} bytes in the heap and the rest in temporary files.
 *   <li>Every issue of a record is located at the line where the record starts, with the column
 *       (CSV) or the property path (JSON), and {@code rowsRead == rowsAccepted + rowsRejected}.
 * </ul>
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

  /** {@return the strictness, by default {@link ReadMode#STRICT} (see {@link ReadMode})} */
  @Value.Default
  public ReadMode getMode() {
    return ReadMode.STRICT;
  }

  /** {@return the file name put in issue locations, if any} */
  public abstract Optional<String> getFileName();

  /**
   * {@return what is validated, by default {@link Validation#TREEM}: treem's rules at the
   * reference date, or {@link #getValidator()} when set}
   *
   * @since 0.2.0
   */
  @Value.Default
  public Validation getValidation() {
    return Validation.TREEM;
  }

  /**
   * {@return a validator applied to each child read instead of treem's own (with
   * {@link Validation#TREEM}); none by default}
   */
  public abstract Optional<ChildValidator> getValidator();

  /**
   * {@return the heap, in bytes, that the duplicate-{@code child_id} check of one read may use
   * before it moves its index to temporary files; by default (empty) a sixteenth of the JVM's
   * maximum heap, at least 4 MiB and at most 512 MiB}
   *
   * <p>The check stays exact at any size. Beyond the budget the identifiers go to two
   * memory-mapped temporary files in {@code java.io.tmpdir} (readable by the owner only, deleted
   * at once where the system allows it, released when the reader is closed) of about
   * {@code length + 12} to {@code length + 24} bytes per identifier; 0 puts them there from the
   * first.
   *
   * @since 0.2.0
   */
  public abstract OptionalLong getIdHeapBudget();

  /**
   * {@return the encoding of a CSV register's text (default {@link TextEncoding#UTF_8}; see
   * {@link TextEncoding}), or of text typed in a legacy font in a workbook's cells
   * ({@link TextEncoding#TCVN3}, {@link TextEncoding#VNI}); JSON registers are always UTF-8}
   *
   * @since 0.2.0
   */
  @Value.Default
  public TextEncoding getTextEncoding() {
    return TextEncoding.UTF_8;
  }

  /**
   * {@return the sheet of a workbook register to read: its name (case does not count), or its
   * position counted from 1 when no sheet has that name; by default (empty) the first sheet. A
   * workbook without that sheet is refused ({@code WORKBOOK_SHEET_NOT_FOUND}, which lists the
   * sheets it has). CSV and JSON registers have no sheets and ignore it}
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public abstract Optional<String> getSheet();

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
   * {@return whether a CSV or JSON Lines register is read in two stages (default false): its
   * text decoded, tokenised and mapped to children on a thread of its own, read ahead, while the
   * thread that asks for the records validates them, checks their identifiers and counts them}
   *
   * <p>The records, their issues and the counts are the same either way; on two free cores a
   * file is read up to about twice as fast. {@link RegisterReading} sets it when it has a thread
   * to spare for each register ({@code threads} at least twice the registers). The read-ahead
   * thread holds at most a few batches of records (bounded by the limits), and stops when the
   * reader is closed. The other formats ignore it.
   *
   * @since 0.2.0
   */
  @Value.Default
  public boolean isReadAhead() {
    return false;
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
      throw new InvalidValueException(IoErrorCode.READ_YEAR_OUT_OF_RANGE, "reportingYear must be 1900..2200");
    }
    if (getMaxFieldLength() < 1 || getMaxColumns() < 1 || getMaxLineLength() < 1) {
      throw new InvalidValueException(IoErrorCode.READ_LIMIT_NOT_POSITIVE, "limits must be > 0");
    }
    if (getIdHeapBudget().isPresent() && getIdHeapBudget().getAsLong() < 0) {
      throw new InvalidValueException(IoErrorCode.READ_LIMIT_NOT_POSITIVE, "idHeapBudget must be >= 0");
    }
    if (getSheet().isPresent() && getSheet().get().isBlank()) {
      throw new InvalidValueException(IoErrorCode.READ_SHEET_BLANK, "sheet must not be blank");
    }
    if (getValidation() == Validation.NONE && getValidator().isPresent()) {
      throw new InvalidValueException(IoErrorCode.READ_VALIDATION_CONFLICT,
          "validation NONE with a validator: set one or the other");
    }
  }

  @Override
  public String toString() {
    return "ReadOptions{year=" + getReportingYear() + ", referenceDate=" + getReferenceDate() + ", mode=" + getMode()
        + ", validation=" + getValidation() + ", encoding=" + getTextEncoding()
        + getSheet().map(x -> ", sheet=" + x).orElse("") + "}";
  }

  /** Builds {@link ReadOptions}. */
  public static final class Builder extends ImmutableReadOptions.Builder {
    Builder() {}
  }
}
