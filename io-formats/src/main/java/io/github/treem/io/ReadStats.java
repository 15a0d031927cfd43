package io.github.treem.io;

import org.apiguardian.api.API;

/**
 * The counts of a register read: records read, accepted and rejected
 * ({@code rowsRead == rowsAccepted + rowsRejected}), and whether the file was malformed (a
 * problem of the file itself, such as a truncated JSON document or an unreadable header).
 *
 * @param rowsRead records read
 * @param rowsAccepted records accepted
 * @param rowsRejected records rejected
 * @param malformed whether the file had a problem of its own
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ReadStats(long rowsRead, long rowsAccepted, long rowsRejected, boolean malformed) {
  /** The counts of nothing read. */
  public static final ReadStats EMPTY = new ReadStats(0, 0, 0, false);

  /**
   * Checks the invariant.
   *
   * @param rowsRead records read
   * @param rowsAccepted records accepted
   * @param rowsRejected records rejected
   * @param malformed whether the file had a problem of its own
   */
  public ReadStats {
    if (rowsRead != rowsAccepted + rowsRejected || rowsAccepted < 0 || rowsRejected < 0) {
      throw new IllegalArgumentException("rowsRead must equal rowsAccepted + rowsRejected");
    }
  }

  /**
   * The sum of two counts (of two files).
   *
   * @param o the other counts
   * @return the sum
   */
  public ReadStats plus(ReadStats o) {
    return new ReadStats(rowsRead + o.rowsRead, rowsAccepted + o.rowsAccepted, rowsRejected + o.rowsRejected,
        malformed || o.malformed);
  }
}
