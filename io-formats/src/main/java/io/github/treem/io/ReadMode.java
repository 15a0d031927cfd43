package io.github.treem.io;

import org.apiguardian.api.API;

/**
 * How strictly a register reader treats bad values.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ReadMode {
  /**
   * The default: a record with any issue of severity {@code ERROR} is rejected.
   */
  STRICT,
  /**
   * A bad value that can be dropped to "missing" without inventing data is dropped and reported
   * as a warning, and the record is kept. Records that would lose their identity (blank or
   * duplicate {@code child_id}), misaligned records (too many fields), undecodable text, and
   * values that break an invariant of the model are still rejected.
   */
  LENIENT
}
