package io.github.treem.xlsx;

import io.github.treem.core.validation.Issue;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One row of a sheet that has at least one cell that is not blank: its cells from column A to the
 * last cell that is not empty (empty cells in between are {@link CellKind#EMPTY}), and the issues
 * of its cells (formulas without a saved value, error values, cells too long).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @param number the row number, 1-based, as the spreadsheet shows it
 * @param cells the cells, the first in column A
 * @param issues the issues of the row's cells
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record WorkbookRow(long number, List<WorkbookCell> cells, List<Issue> issues) {
  /**
   * A row.
   *
   * @param number the row number
   * @param cells the cells
   * @param issues the issues
   */
  public WorkbookRow {
    cells = List.copyOf(cells);
    issues = List.copyOf(issues);
  }

  /**
   * The text of a cell, empty when the row has no such cell.
   *
   * @param column the 0-based column index
   * @return the text
   */
  public String text(int column) {
    return column < cells.size() ? cells.get(column).text() : "";
  }

  @Override
  public String toString() {
    return "WorkbookRow{" + number + ", " + cells.size() + " cells, " + issues.size() + " issues}";
  }
}
