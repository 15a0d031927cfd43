package io.github.treem.io.internal.report;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;

/**
 * The string escapes of the report JSON, fixed since the first published reports: {@code \"},
 * {@code \\}, {@code \n}, {@code \r} and {@code \t}, every other control character as
 * {@code \}{@code u00xx} (with lower-case hex digits: the generator runs without
 * {@code WRITE_HEX_UPPER_CASE}); nothing else is escaped (non-ASCII text is written as UTF-8).
 * Jackson's standard table differs only in writing {@code \b} and {@code \f} short.
 */
public final class ReportEscapes extends CharacterEscapes {
  /** The one instance. */
  public static final ReportEscapes INSTANCE = new ReportEscapes();

  private static final long serialVersionUID = 1L;

  private final int[] ascii;

  private ReportEscapes() {
    ascii = standardAsciiEscapesForJSON();
    ascii['\b'] = ESCAPE_STANDARD;
    ascii['\f'] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii.clone();
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return null; // never ESCAPE_CUSTOM; non-ASCII characters are written as they are
  }
}
