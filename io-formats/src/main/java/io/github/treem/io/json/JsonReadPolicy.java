package io.github.treem.io.json;

import org.apiguardian.api.API;

/**
 * How the JSON readers treat a property they do not know. Values that are wrong are errors in
 * both policies: a lenient reader never loses data silently.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum JsonReadPolicy {
  /**
   * An unknown property is an error ({@link JsonIssueCode#JSON_UNKNOWN_PROPERTY} at severity
   * {@code ERROR}): the record is rejected. The default.
   */
  STRICT,
  /**
   * An unknown property is skipped and reported as a warning
   * ({@link JsonIssueCode#JSON_UNKNOWN_PROPERTY} at severity {@code WARNING}); the record is
   * accepted. For data written by a newer version of treem or extended by other software.
   */
  LENIENT
}
