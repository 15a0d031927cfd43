package io.github.treem.io.csv;

import org.apiguardian.api.API;

/**
 * The line ending a CSV writer uses.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum LineEnding {
  /** {@code \r\n}, as RFC 4180 says (the default). */
  CRLF("\r\n"),
  /** {@code \n}. */
  LF("\n");

  private final String chars;

  LineEnding(String chars) {
    this.chars = chars;
  }

  /** {@return the characters of the line ending} */
  public String getChars() {
    return chars;
  }
}
