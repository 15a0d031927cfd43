package io.github.treem.io.internal.csv;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The field separator of a CSV file that treem reads (the register and the child-friendly
 * self-assessment form), by one rule: {@code ;} (a spreadsheet in a locale whose decimal
 * separator is a comma) or a tab (Excel's "Unicode Text") when the first line that is not blank
 * holds one and no comma; a comma otherwise.
 */
public final class CsvSeparator {
  /** What {@link #sniff} returns for a file with no line that is not blank. */
  public static final char NONE = 0;

  private CsvSeparator() {}

  /**
   * Looks at the first line that is not blank, reading at most {@code limit} characters, and
   * leaves the reader where it was (it must support {@link BufferedReader#mark}).
   *
   * @param text the decoded text, at its start
   * @param limit the most characters to look at (a line limit, plus its line break)
   * @return {@code ','}, {@code ';'} or {@code '\t'}, or {@link #NONE} when the text is blank
   * @throws IOException when reading fails
   */
  public static char sniff(BufferedReader text, int limit) throws IOException {
    text.mark(limit);
    StringBuilder first = new StringBuilder();
    boolean blank = true;
    int c;
    while (first.length() < limit && (c = text.read()) >= 0) {
      if (c == '\n' && !blank) {
        break;
      }
      blank &= Character.isWhitespace(c);
      first.append((char) c);
    }
    text.reset();
    if (blank) {
      return NONE;
    }
    if (first.indexOf(";") >= 0 && first.indexOf(",") < 0) {
      return ';';
    }
    if (first.indexOf("\t") >= 0 && first.indexOf(",") < 0) {
      return '\t';
    }
    return ',';
  }
}
