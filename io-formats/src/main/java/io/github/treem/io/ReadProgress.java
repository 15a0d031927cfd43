package io.github.treem.io;

import org.apiguardian.api.API;

/**
 * Hears how far reading has got, as it goes, for a progress display: rows read and registers
 * finished, in the order they happen (not in the order of the registers).
 *
 * <p>Implementation requirements: thread-safe. The methods are called by the reading threads,
 * concurrently, at most once every few thousand rows; they must return quickly and never throw.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ReadProgress {
  /** A listener that ignores everything. */
  ReadProgress NONE = new ReadProgress() { };

  /**
   * More rows were read.
   *
   * @param rows the number of rows read since the last call for the same register
   */
  default void rowsRead(long rows) {}

  /** A register was read to its end (or failed). */
  default void sourceDone() {}
}
