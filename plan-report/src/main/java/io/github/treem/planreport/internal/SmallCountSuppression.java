package io.github.treem.planreport.internal;

import io.github.treem.planreport.ChildFigureDisclosure;
import io.github.treem.planreport.CountRow;
import io.github.treem.planreport.CountTable;
import io.github.treem.planreport.Figure;
import io.github.treem.planreport.PublishedRow;
import io.github.treem.planreport.PublishedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in disclosure rule of {@link ChildFigureDisclosure#smallCounts()}: primary suppression
 * of counts 1 to {@value #THRESHOLD} in sensitive rows, then complementary suppression until every
 * sum the table shows hides none or at least two of its cells (a fixpoint: cells only ever go from
 * shown to hidden, so it ends).
 *
 * <p>The cells are a grid: rows 0..n-1 and the total row n; columns total (0), girls (1), boys
 * (2). A cell is absent when the sex is not recorded (for the total row: when any row lacks it).
 * The sums: each row whose girls and boys add up to its total; each column that has a total-row
 * cell.
 */
public final class SmallCountSuppression implements ChildFigureDisclosure {
  /** The largest count that is hidden (docs/indicators.md: counts of 1 to 4 children). */
  public static final int THRESHOLD = 4;
  /** The one instance. */
  public static final SmallCountSuppression INSTANCE = new SmallCountSuppression();

  static final String NOTE_SUPPRESSED_VI = "x: số liệu được ẩn để bảo vệ trẻ em (số nhỏ, hoặc để không suy ra được số nhỏ).";
  static final String NOTE_COUNTS_VI = "Số lượt trẻ em: một trẻ tham gia hai hoạt động được tính hai lần.";

  private SmallCountSuppression() {}

  @Override
  public PublishedTable publish(CountTable table) {
    List<CountRow> rows = table.getRows();
    int n = rows.size();
    Long[][] v = new Long[n + 1][3];
    boolean[][] hidden = new boolean[n + 1][3];
    boolean totalSensitive = false;
    long[] sums = new long[3];
    boolean[] complete = {true, true, true};
    for (int r = 0; r < n; r++) {
      CountRow row = rows.get(r);
      v[r][0] = row.getTotal();
      v[r][1] = row.getFemale().isPresent() ? row.getFemale().getAsLong() : null;
      v[r][2] = row.getMale().isPresent() ? row.getMale().getAsLong() : null;
      for (int c = 0; c < 3; c++) {
        if (v[r][c] == null) {
          complete[c] = false;
        } else {
          sums[c] = Math.addExact(sums[c], v[r][c]);
        }
      }
      totalSensitive |= row.isSensitive() && row.getTotal() > 0;
    }
    for (int c = 0; c < 3; c++) {
      v[n][c] = complete[c] ? sums[c] : null;
    }
    // primary suppression
    for (int r = 0; r <= n; r++) {
      boolean sensitive = r < n ? rows.get(r).isSensitive() : totalSensitive;
      for (int c = 0; c < 3 && sensitive; c++) {
        if (v[r][c] != null && v[r][c] >= 1 && v[r][c] <= THRESHOLD) {
          hidden[r][c] = true;
        }
      }
    }
    // complementary suppression, to a fixpoint
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r <= n; r++) {
        if (v[r][1] != null && v[r][2] != null && v[r][1] + v[r][2] == v[r][0]) {
          changed |= protect(v, hidden, new int[][] {{r, 1}, {r, 2}, {r, 0}});
        }
      }
      for (int c = 0; c < 3; c++) {
        if (v[n][c] == null) {
          continue;
        }
        int[][] cells = new int[n + 1][];
        for (int r = 0; r <= n; r++) {
          cells[r] = new int[] {r, c}; // the total row last: hidden only when nothing else can be
        }
        changed |= protect(v, hidden, cells);
      }
    }
    List<PublishedRow> out = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      out.add(row(rows.get(r).getKey(), rows.get(r).getLabelVi(), v[r], hidden[r]));
    }
    PublishedTable.Builder b = PublishedTable.builder().id(table.getId()).rows(out)
        .totalRow(row("TOTAL", "Tổng số", v[n], hidden[n]));
    PublishedTable t = b.build();
    return t.hasSuppressed() ? PublishedTable.builder().from(t).addNotesVi(NOTE_SUPPRESSED_VI, NOTE_COUNTS_VI).build()
        : PublishedTable.builder().from(t).addNotesVi(NOTE_COUNTS_VI).build();
  }

  /**
   * Makes one sum hide none or at least two of its cells: when exactly one is hidden, hides the
   * smallest other non-zero cell (in the order given on ties), else the first other cell.
   *
   * @return whether a cell was hidden
   */
  private static boolean protect(Long[][] v, boolean[][] hidden, int[][] cells) {
    int count = 0;
    for (int[] cell : cells) {
      if (hidden[cell[0]][cell[1]]) {
        count++;
      }
    }
    if (count != 1) {
      return false;
    }
    int[] pick = null;
    for (int[] cell : cells) {
      long value = v[cell[0]][cell[1]];
      if (!hidden[cell[0]][cell[1]] && value > 0 && (pick == null || value < v[pick[0]][pick[1]])) {
        pick = cell;
      }
    }
    if (pick == null) {
      for (int[] cell : cells) {
        if (!hidden[cell[0]][cell[1]]) {
          pick = cell;
          break;
        }
      }
    }
    if (pick == null) {
      return false;
    }
    hidden[pick[0]][pick[1]] = true;
    return true;
  }

  private static PublishedRow row(String key, String label, Long[] v, boolean[] hidden) {
    return PublishedRow.builder().key(key).labelVi(label)
        .total(figure(v[0], hidden[0])).female(figure(v[1], hidden[1])).male(figure(v[2], hidden[2])).build();
  }

  private static Figure figure(Long value, boolean hidden) {
    if (value == null) {
      return Figure.noData();
    }
    return hidden ? Figure.suppressed() : Figure.of(value);
  }
}
