package io.github.treem.indicators;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.internal.IndicatorErrorCode;
import io.github.treem.indicators.internal.TreemStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The counts of the input rows of a register read or of a report: read, accepted and rejected
 * ({@code rowsRead == rowsAccepted + rowsRejected}), and whether some file was malformed (a
 * problem of the file itself, such as a truncated JSON document or an unreadable header). It is
 * treem's one model of these counts: a register reader gives them
 * ({@code RegisterReader.getStats()}), the counts of several files add up ({@link #plus}), and a
 * report carries them ({@link IndicatorReport#getDataQuality()}).
 *
 * <pre>{@code
 * DataQuality total = DataQuality.empty();
 * for (RegisterReader r : readers) {
 *   total = total.plus(r.getStats());
 * }
 * IndicatorReport report = accumulator.result().withDataQuality(total);
 * }</pre>
 *
 * <p>The report JSON ({@code report-v1}) holds the three counts; whether a file was malformed is
 * not part of it (a report read back says false).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class DataQuality {
  DataQuality() {}

  /** {@return rows read} */
  public abstract long getRowsRead();

  /** {@return rows accepted} */
  public abstract long getRowsAccepted();

  /** {@return rows rejected} */
  public abstract long getRowsRejected();

  /** {@return whether some file read had a problem of its own (false by default)} */
  @Value.Default
  public boolean isMalformed() {
    return false;
  }

  /**
   * Counts of rows of well-formed files.
   *
   * @param rowsRead rows read
   * @param rowsAccepted rows accepted
   * @param rowsRejected rows rejected
   * @return the counts
   * @throws InvalidValueException TREEM-IND-0005 when {@code rowsRead != rowsAccepted + rowsRejected}
   *     or a count is negative
   */
  public static DataQuality of(long rowsRead, long rowsAccepted, long rowsRejected) {
    return of(rowsRead, rowsAccepted, rowsRejected, false);
  }

  /**
   * Counts of rows.
   *
   * @param rowsRead rows read
   * @param rowsAccepted rows accepted
   * @param rowsRejected rows rejected
   * @param malformed whether some file had a problem of its own
   * @return the counts
   * @throws InvalidValueException TREEM-IND-0005 when {@code rowsRead != rowsAccepted + rowsRejected}
   *     or a count is negative
   */
  public static DataQuality of(long rowsRead, long rowsAccepted, long rowsRejected, boolean malformed) {
    return new Builder().rowsRead(rowsRead).rowsAccepted(rowsAccepted).rowsRejected(rowsRejected)
        .malformed(malformed).build();
  }

  /** {@return the counts of nothing read} */
  public static DataQuality empty() {
    return Empty.EMPTY;
  }

  /**
   * The sum of two counts (of two files, for example): malformed when either is.
   *
   * @param other the other counts
   * @return the sum
   */
  public DataQuality plus(DataQuality other) {
    return of(getRowsRead() + other.getRowsRead(), getRowsAccepted() + other.getRowsAccepted(),
        getRowsRejected() + other.getRowsRejected(), isMalformed() || other.isMalformed());
  }

  @Value.Check
  void check() {
    if (getRowsAccepted() < 0 || getRowsRejected() < 0 || getRowsRead() != getRowsAccepted() + getRowsRejected()) {
      throw new InvalidValueException(IndicatorErrorCode.ROW_COUNTS_INCONSISTENT, "rowsRead must equal rowsAccepted + rowsRejected");
    }
  }

  /** Builds a {@link DataQuality}. */
  static final class Builder extends ImmutableDataQuality.Builder {
    Builder() {}
  }

  /** Holds the empty counts (initialised on first use, after the class itself). */
  private static final class Empty {
    static final DataQuality EMPTY = of(0, 0, 0);
  }
}
