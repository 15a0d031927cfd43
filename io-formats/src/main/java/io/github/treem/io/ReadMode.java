package io.github.treem.io;

import org.apiguardian.api.API;

/**
 * How strictly a reader treats a bad value, the same in every format (the register readers,
 * {@link io.github.treem.io.json.TreemJson}). It decides nothing else: in both modes a record
 * whose identity is lost (blank or duplicate {@code child_id}), a misaligned record (too many
 * fields), undecodable text, values that break an invariant of the model, and a validator error
 * reject the record; validator warnings stay on the accepted record (see {@link ReadOptions}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ReadMode {
  /**
   * The default: a record with any issue of severity {@code ERROR} is rejected, and so is a JSON
   * object with a property the format does not define ({@code JSON_UNKNOWN_PROPERTY}).
   */
  STRICT,
  /**
   * A single bad value that can be dropped to "missing" without inventing data is dropped and
   * reported as a warning (its own code, severity {@code WARNING}), and the record is kept: an
   * unparsable date, number, yes/no or code (CSV cells; JSON values of the wrong type or not
   * allowed, and a nested JSON record that loses a required property with it), a row with fewer
   * fields than the header. A JSON property the format does not define is skipped with a
   * warning, for data written by a newer version of treem or extended by other software. Nothing
   * is dropped silently.
   */
  LENIENT
}
