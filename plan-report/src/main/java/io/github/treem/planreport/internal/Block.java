package io.github.treem.planreport.internal;

import java.util.List;

/**
 * One block of a report's body, the same for the Word and the HTML writers.
 *
 * @param kind the kind of block
 * @param text the text (for a table: empty)
 * @param tail a part in bold after the text (an item's status), or empty
 * @param head the header cells of a table
 * @param rows the rows of a table
 * @param numeric which columns of a table are numbers (right-aligned)
 * @param widths the widths of the columns, in twips (the Word writer's grid; HTML uses them as proportions)
 * @param boldRow the index of a row in bold (a total), or -1
 */
public record Block(Kind kind, String text, String tail, List<String> head, List<List<String>> rows, List<Boolean> numeric,
    List<Integer> widths, int boldRow) {

  /** The kinds of block. */
  public enum Kind {
    /** A section heading, e.g. "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU". */
    HEADING,
    /** A heading inside a section (a unit). */
    SUBHEADING,
    /** A body paragraph, justified, with a first-line indent. */
    PARAGRAPH,
    /** A note in small italics (under a table). */
    NOTE,
    /** A paragraph the officer must replace (highlighted). */
    PLACEHOLDER,
    /** A table. */
    TABLE
  }

  static Block of(Kind kind, String text) {
    return new Block(kind, text, "", List.of(), List.of(), List.of(), List.of(), -1);
  }

  static Block paragraph(String text, String tail) {
    return new Block(Kind.PARAGRAPH, text, tail, List.of(), List.of(), List.of(), List.of(), -1);
  }

  static Block table(List<String> head, List<List<String>> rows, List<Boolean> numeric, List<Integer> widths, int boldRow) {
    return new Block(Kind.TABLE, "", "", List.copyOf(head), List.copyOf(rows), List.copyOf(numeric), List.copyOf(widths), boldRow);
  }
}
