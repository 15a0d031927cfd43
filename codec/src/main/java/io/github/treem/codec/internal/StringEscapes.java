package io.github.treem.codec.internal;

import org.jspecify.annotations.Nullable;

/**
 * How a document escapes the characters of its strings, as the adapters' generators apply it.
 * Only ASCII characters are escaped; other text is written as it is.
 */
public enum StringEscapes {
  /**
   * The report's strings: {@code \"}, {@code \\}, {@code \n}, {@code \r}, {@code \t}, every other
   * control character as {@code \}{@code u00xx} (lower-case hex digits). Fixed since the first
   * published reports.
   */
  REPORT(false),
  /**
   * The report manifest's strings: {@code \"}, {@code \\} and every control character as
   * {@code \}{@code u00xx}.
   */
  MANIFEST(true);

  /** The escapes of the ASCII characters, by style: static, so that the constants hold no array. */
  private static final @Nullable String[] SHORT = table(false);

  private static final @Nullable String[] NUMERIC = table(true);

  private final boolean allNumeric;

  StringEscapes(boolean allNumeric) {
    this.allNumeric = allNumeric;
  }

  private static @Nullable String[] table(boolean allNumeric) {
    @Nullable String[] ascii = new String[128];
    for (int c = 0; c < 0x20; c++) {
      ascii[c] = String.format(java.util.Locale.ROOT, "\\u%04x", c);
    }
    if (!allNumeric) {
      ascii['\n'] = "\\n";
      ascii['\r'] = "\\r";
      ascii['\t'] = "\\t";
    }
    ascii['"'] = "\\\"";
    ascii['\\'] = "\\\\";
    return ascii;
  }

  /**
   * The escape of a character.
   *
   * @param c the character
   * @return how it is written in a string, or null when it is written as it is
   */
  public @Nullable String escape(int c) {
    @Nullable String[] ascii = allNumeric ? NUMERIC : SHORT;
    return c >= 0 && c < ascii.length ? ascii[c] : null;
  }
}
