package io.github.treem.indicators;

import io.github.treem.indicators.internal.IndicatorErrorCode;
import org.apiguardian.api.API;
import io.github.treem.core.InvalidValueException;
import io.github.treem.indicators.internal.TreemStyle;
import org.immutables.value.Value;

/**
 * What happened to the input rows of a report: read, accepted (added to the calculator) and
 * rejected; {@code rowsRead == rowsAccepted + rowsRejected}. Filled in by the caller that reads
 * the registers.
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

  /**
   * Counts of rows.
   *
   * @param rowsRead rows read
   * @param rowsAccepted rows accepted
   * @param rowsRejected rows rejected
   * @return the counts
   */
  public static DataQuality of(long rowsRead, long rowsAccepted, long rowsRejected) {
    return new Builder().rowsRead(rowsRead).rowsAccepted(rowsAccepted).rowsRejected(rowsRejected).build();
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
}
