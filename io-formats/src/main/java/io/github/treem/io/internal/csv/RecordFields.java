package io.github.treem.io.internal.csv;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The fields of one CSV record as the tokeniser read them, held as one array of characters and
 * the end of each field in it (internal: not API). A read-only list of strings to its users; each
 * {@link #get} makes a new string. The register reader reads the cells of a row from the
 * characters ({@link RowCells}) and makes strings only of the cells a {@code Child} keeps as text:
 * the tokeniser used to make one string a field (some 20 a row), most of them parsed at once into
 * a date, a code or a yes/no and dropped.
 */
public final class RecordFields extends AbstractList<String> implements RandomAccess {
  private char[] chars;
  private int length;
  /**
   * The end of field {@code i} in {@link #chars}; it starts one after where field {@code i - 1}
   * ends (each field is followed by one character that is not its own: the separator as read).
   */
  private int[] ends;
  private int size;

  /**
   * An empty record.
   *
   * @param chars the characters it can hold before growing
   * @param fields the fields it can hold before growing
   */
  RecordFields(int chars, int fields) {
    this.chars = new char[Math.max(chars, 16)];
    this.ends = new int[Math.max(fields, 4)];
  }

  /** Appends a field. */
  void add(char[] src, int from, int n) {
    if (length + n + 1 > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + n + 1));
    }
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, ends.length * 2);
    }
    System.arraycopy(src, from, chars, length, n);
    ends[size++] = length + n;
    length += n + 1; // and a character between fields
  }

  /**
   * Splits a record at its separators into this empty one (the tokeniser's common record): the
   * record runs from {@code start} to the first CR or LF. Gives up (-1, this left in an unknown
   * state: {@link #reset()} it) when there is no line break before {@code limit}, at a quote
   * (which may open a quoted value), at a field over {@code maxField} characters or at more than
   * {@code maxFields} fields.
   *
   * @param b the characters
   * @param start the record's first
   * @param limit after the last character available
   * @param sep the separator
   * @param maxField the most characters of a field
   * @param maxFields the most fields
   * @return the index of the line break ending the record, or -1
   */
  int split(char[] b, int start, int limit, char sep, int maxField, int maxFields) {
    int from = start;
    int p = start;
    while (true) {
      if (p == limit) {
        return -1;
      }
      char c = b[p];
      if (c == sep || c == '\r' || c == '\n') {
        if (p - from > maxField || size == maxFields) {
          return -1;
        }
        if (size == ends.length) {
          ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[size++] = p - start;
        if (c != sep) {
          break;
        }
        from = p + 1;
      } else if (c == '"') {
        return -1;
      }
      p++;
    }
    // the record in one copy, its separators and line break between the fields
    int n = p - start + 1;
    if (n > chars.length) {
      chars = new char[Math.max(chars.length * 2, n)];
    }
    System.arraycopy(b, start, chars, 0, n);
    length = n;
    return p;
  }

  /** Empties it for the next record. */
  void reset() {
    length = 0;
    size = 0;
  }

  /** {@return the characters of every field, one after the other (not a copy)} */
  char[] chars() {
    return chars;
  }

  /** {@return the characters held: the fields' and one after each} */
  public int charCount() {
    return length;
  }

  /**
   * Where a field starts in {@link #chars()}.
   *
   * @param i the field
   * @return the index of its first character
   */
  int start(int i) {
    return i == 0 ? 0 : ends[i - 1] + 1;
  }

  /**
   * Where a field ends in {@link #chars()}.
   *
   * @param i the field
   * @return the index after its last character
   */
  int end(int i) {
    return ends[i];
  }

  @Override
  public String get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    int from = start(i);
    return from == ends[i] ? "" : new String(chars, from, ends[i] - from);
  }

  @Override
  public int size() {
    return size;
  }
}
