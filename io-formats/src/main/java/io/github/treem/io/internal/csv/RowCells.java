package io.github.treem.io.internal.csv;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one row by column: stripped, empty ones absent (internal: not API). Arrays indexed
 * by the column's ordinal, filled once per row: where each cell is in the record's characters
 * ({@link RecordFields}), and its string, made only when asked for ({@link #get}). The parsers of
 * dates, codes and yes/no read a cell from the characters ({@link #chars()}, {@link #from},
 * {@link #to}) without a string.
 */
// EnumOrdinal: the ordinal indexes an array that lives only in memory for one row (what EnumMap
// does inside), without an EnumMap's allocation per row on the reading path
@SuppressWarnings("EnumOrdinal")
public final class RowCells {
  private static final Column[] COLUMNS = Column.values();
  private final String[] values = new String[COLUMNS.length];
  /** The cell's first character in {@link #chars}; -1 when the cell is absent. */
  private final int[] from = new int[COLUMNS.length];
  private final int[] to = new int[COLUMNS.length];
  private char[] chars = new char[0];

  private RowCells() {
    Arrays.fill(from, -1);
  }

  /**
   * Collects the cells of a row given as strings (the workbook reader's).
   *
   * @param columns the column of each header position (null for unknown)
   * @param fields the fields
   * @return the cells
   */
  public static RowCells of(Column[] columns, List<String> fields) {
    if (fields instanceof RecordFields r) {
      return new RowCells().fill(columns, r);
    }
    int n = 0;
    for (String f : fields) {
      n += f.length();
    }
    RecordFields r = new RecordFields(n, fields.size());
    for (String f : fields) {
      r.add(f.toCharArray(), 0, f.length());
    }
    return new RowCells().fill(columns, r);
  }

  /** {@return an empty one, to be {@link #fill filled} row after row (one per reader, not shared)} */
  public static RowCells reusable() {
    return new RowCells();
  }

  /**
   * Collects the cells of a record into this one, in place of the previous row's: no array a row.
   * The record's characters must not change while the cells are read.
   *
   * @param columns the column of each header position (null for unknown)
   * @param fields the fields
   * @return this
   */
  public RowCells fill(Column[] columns, RecordFields fields) {
    Arrays.fill(values, null);
    Arrays.fill(from, -1);
    char[] a = fields.chars();
    chars = a;
    int n = Math.min(columns.length, fields.size());
    for (int i = 0; i < n; i++) {
      Column c = columns[i];
      if (c != null) {
        // String#strip() on the characters: no supplementary character is white space, so
        // char by char is code point by code point
        int s = fields.start(i);
        int e = fields.end(i);
        while (s < e && isWhitespace(a[s])) {
          s++;
        }
        while (e > s && isWhitespace(a[e - 1])) {
          e--;
        }
        int o = c.ordinal();
        if (s < e) {
          from[o] = s;
          to[o] = e;
        }
      }
    }
    return this;
  }

  private static boolean isWhitespace(char c) {
    // printable ASCII first: most characters, and none of them white space
    return (c <= ' ' || c >= 0x7F) && Character.isWhitespace(c);
  }

  /**
   * The cell of a column.
   *
   * @param column the column
   * @return the stripped, non-empty cell, or null when absent or empty
   */
  public @Nullable String get(Column column) {
    int o = column.ordinal();
    String v = values[o];
    if (v == null && from[o] >= 0) {
      v = new String(chars, from[o], to[o] - from[o]);
      values[o] = v;
    }
    return v;
  }

  /**
   * Whether a column has a (non-empty) cell.
   *
   * @param column the column
   * @return true when it has
   */
  public boolean containsKey(Column column) {
    return from[column.ordinal()] >= 0;
  }

  /** {@return the characters the cells are in (not a copy; read with {@link #from} and {@link #to})} */
  char[] chars() {
    return chars;
  }

  /**
   * Where a present cell starts.
   *
   * @param column the column
   * @return the index of its first character in {@link #chars()}
   */
  int from(Column column) {
    return from[column.ordinal()];
  }

  /**
   * Where a present cell ends.
   *
   * @param column the column
   * @return the index after its last character in {@link #chars()}
   */
  int to(Column column) {
    return to[column.ordinal()];
  }
}
