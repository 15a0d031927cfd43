package io.github.treem.io.internal.report;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;

/**
 * The string escapes of the report JSON, fixed since the first published reports. In the report
 * ({@link #REPORT}): {@code \"}, {@code \\}, {@code \n}, {@code \r} and {@code \t}, every other
 * control character as {@code \}{@code u00xx} (lower-case hex digits: the generator runs without
 * {@code WRITE_HEX_UPPER_CASE}); Jackson's standard table differs only in writing {@code \b} and
 * {@code \f} short. In the manifest ({@link #MANIFEST}, the form of
 * {@code ReportManifest.toJson()}): {@code \"}, {@code \\} and every control character as
 * {@code \}{@code u00xx}. Nothing else is escaped (non-ASCII text is written as it is).
 */
public final class ReportEscapes extends CharacterEscapes {
  /** The escapes of the report's strings. */
  public static final ReportEscapes REPORT = new ReportEscapes(false);
  /** The escapes of the manifest's strings. */
  public static final ReportEscapes MANIFEST = new ReportEscapes(true);

  private static final long serialVersionUID = 1L;

  private final int[] ascii;

  private ReportEscapes(boolean allNumeric) {
    ascii = standardAsciiEscapesForJSON();
    for (int c = 0; c < 0x20; c++) {
      if (allNumeric || (c != '\n' && c != '\r' && c != '\t')) {
        ascii[c] = ESCAPE_STANDARD;
      }
    }
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
