package io.github.treem.io.internal.csv;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one row by column: stripped, empty ones absent (internal: not API). An array
 * indexed by the column's ordinal, filled once per row.
 */
// EnumOrdinal: the ordinal indexes an array that lives only in memory for one row (what EnumMap
// does inside), without an EnumMap's allocation per row on the reading path
@SuppressWarnings("EnumOrdinal")
public final class RowCells {
  private static final Column[] COLUMNS = Column.values();
  private final String[] values = new String[COLUMNS.length];

  private RowCells() {}

  /**
   * Collects the cells of a row.
   *
   * @param columns the column of each header position (null for unknown)
   * @param fields the fields
   * @return the cells
   */
  public static RowCells of(Column[] columns, List<String> fields) {
    return new RowCells().fill(columns, fields);
  }

  /** {@return an empty one, to be {@link #fill filled} row after row (one per reader, not shared)} */
  public static RowCells reusable() {
    return new RowCells();
  }

  /**
   * Collects the cells of a row into this one, in place of the previous row's: no array a row.
   *
   * @param columns the column of each header position (null for unknown)
   * @param fields the fields
   * @return this
   */
  public RowCells fill(Column[] columns, List<String> fields) {
    RowCells r = this;
    Arrays.fill(values, null);
    int n = Math.min(columns.length, fields.size());
    for (int i = 0; i < n; i++) {
      Column c = columns[i];
      if (c != null) {
        String v = strip(fields.get(i));
        if (!v.isEmpty()) {
          r.values[c.ordinal()] = v;
        }
      }
    }
    return r;
  }

  /** {@link String#strip()}, without a copy for the common cell that has nothing to strip. */
  private static String strip(String s) {
    int n = s.length();
    if (n == 0 || (!Character.isWhitespace(s.charAt(0)) && !Character.isWhitespace(s.charAt(n - 1)))) {
      return s;
    }
    return s.strip();
  }

  /**
   * The cell of a column.
   *
   * @param column the column
   * @return the stripped, non-empty cell, or null when absent or empty
   */
  public @Nullable String get(Column column) {
    return values[column.ordinal()];
  }

  /**
   * Whether a column has a (non-empty) cell.
   *
   * @param column the column
   * @return true when it has
   */
  public boolean containsKey(Column column) {
    return values[column.ordinal()] != null;
  }
}
