package io.github.treem.xlsx;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a cell is: sheet, row (1-based) and column (0-based, shown as letters), written as a
 * person reads it: {@code Sổ trẻ em!D17} (the sheet name as it is, not quoted as in a formula).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @param sheet the sheet's name
 * @param row the row number, 1-based
 * @param column the column index, 0-based (0 is A)
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record CellReference(String sheet, long row, int column) {
  /**
   * A reference.
   *
   * @param sheet the sheet's name
   * @param row the row number, 1-based
   * @param column the column index, 0-based
   */
  public CellReference {
    Objects.requireNonNull(sheet, "sheet must not be null");
    if (row < 1 || column < 0) {
      throw new IllegalArgumentException("row must be >= 1 and column >= 0");
    }
  }

  /**
   * The letters of a column: A, B, ..., Z, AA, ..., XFD.
   *
   * @param column the 0-based index
   * @return the letters
   */
  public static String columnLetters(int column) {
    StringBuilder b = new StringBuilder(3);
    int n = column + 1;
    while (n > 0) {
      int r = (n - 1) % 26;
      b.append((char) ('A' + r));
      n = (n - 1) / 26;
    }
    return b.reverse().toString();
  }

  /** {@return the cell's address in its sheet, e.g. {@code D17}} */
  public String getAddress() {
    return columnLetters(column) + row;
  }

  /** {@return the reference, e.g. {@code Sổ trẻ em!D17}} */
  @Override
  public String toString() {
    return sheet + "!" + getAddress();
  }
}
