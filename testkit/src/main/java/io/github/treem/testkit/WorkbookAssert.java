package io.github.treem.testkit;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.xlsx.CellKind;
import io.github.treem.xlsx.CellReference;
import io.github.treem.xlsx.WorkbookCell;
import io.github.treem.xlsx.WorkbookException;
import io.github.treem.xlsx.WorkbookReadOptions;
import io.github.treem.xlsx.WorkbookReader;
import io.github.treem.xlsx.WorkbookRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on an Excel workbook (.xlsx) that a system exports, read with treem's workbook
 * reader (FastExcel, streaming): the sheets, and each cell's kind and value by its address.
 * A cell's value is the one Excel saved (a formula's cached value); what a spreadsheet shows of
 * a number depends on its format, which these assertions do not read. Failure messages name the
 * sheet and the address; they quote a number or a date found, but of a text found only its length
 * (unless it is a symbol of at most 3 characters, such as {@code x}): a cell may hold a name.
 *
 * <pre>{@code
 * TreemWorkbooks.assertThatWorkbook(file)
 *     .hasSheets("Mục tiêu", "Chỉ tiêu", "HI_U6")
 *     .cell("HI_U6", "F4").isNumber("99.99");
 * TreemWorkbooks.assertThatWorkbook(file).cell("HI_U6", "D7").isText("x");
 * }</pre>
 *
 * <p>Implementation requirements: not thread-safe.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class WorkbookAssert extends AbstractAssert<WorkbookAssert, Path> {
  private static final Pattern ADDRESS = Pattern.compile("([A-Za-z]{1,3})([1-9][0-9]{0,6})");
  private final Map<String, Map<String, WorkbookCell>> sheets = new HashMap<>();
  /** The names of the sheets; null until read. */
  private @Nullable List<String> names;

  WorkbookAssert(Path actual) {
    super(actual, WorkbookAssert.class);
  }

  /**
   * Checks the names of the sheets, all of them, in order.
   *
   * @param expected the names
   * @return this
   */
  public WorkbookAssert hasSheets(String... expected) {
    isNotNull();
    if (!names().equals(List.of(expected))) {
      failWithMessage("Expected the sheets %s but the workbook has %s", List.of(expected), names());
    }
    return this;
  }

  /**
   * Checks that a sheet is in the workbook.
   *
   * @param name the sheet's name
   * @return this
   */
  public WorkbookAssert hasSheet(String name) {
    isNotNull();
    if (!names().contains(name)) {
      failWithMessage("Expected a sheet %s but the workbook has %s", name, names());
    }
    return this;
  }

  /**
   * Assertions on one cell.
   *
   * @param sheet the sheet's name
   * @param address the cell's address, e.g. {@code F4}
   * @return the assertion on the cell
   * @throws InvalidValueException {@code TREEM-TESTKIT-0004} when the address is not one
   */
  public CellAssert cell(String sheet, String address) {
    hasSheet(sheet);
    Matcher m = ADDRESS.matcher(address);
    if (!m.matches()) {
      throw new InvalidValueException("TREEM-TESTKIT-0004", "not a cell address: " + address);
    }
    String key = m.group(1).toUpperCase(Locale.ROOT) + m.group(2);
    return new CellAssert(this, sheet + "!" + key, Optional.ofNullable(cells(sheet).get(key)));
  }

  private List<String> names() {
    List<String> read = names;
    if (read == null) {
      try (WorkbookReader r = WorkbookReader.open(actual, WorkbookReadOptions.defaults())) {
        read = r.getSheetNames();
      } catch (WorkbookException e) {
        throw failure("Expected a workbook but %s is refused: %s %s", actual.getFileName(), e.getCode(),
            e.getIssue().getMessageEn());
      }
      names = read;
    }
    return read;
  }

  private Map<String, WorkbookCell> cells(String sheet) {
    return sheets.computeIfAbsent(sheet, s -> {
      Map<String, WorkbookCell> cells = new HashMap<>();
      try (WorkbookReader r = WorkbookReader.open(actual, WorkbookReadOptions.builder().sheetName(s).build())) {
        for (Optional<WorkbookRow> row = r.next(); row.isPresent(); row = r.next()) {
          for (WorkbookCell c : row.get().cells()) {
            CellReference ref = c.reference();
            cells.put(CellReference.columnLetters(ref.column()) + ref.row(), c);
          }
        }
      }
      return cells;
    });
  }

  /** Assertions on one cell of a workbook; back to the workbook with {@link #and()}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class CellAssert extends AbstractAssert<CellAssert, Optional<WorkbookCell>> {
    private final WorkbookAssert workbook;
    private final String where;

    CellAssert(WorkbookAssert workbook, String where, Optional<WorkbookCell> cell) {
      super(cell, CellAssert.class);
      this.workbook = workbook;
      this.where = where;
    }

    /** {@return the assertion on the workbook, for more cells} */
    public WorkbookAssert and() {
      return workbook;
    }

    private WorkbookCell kind(CellKind kind) {
      WorkbookCell c = actual.orElse(null);
      if (c == null || c.kind() != kind) {
        failWithMessage("Expected %s to be a %s cell but it is %s", where, kind,
            c == null ? "absent (empty)" : c.kind());
      }
      return c;
    }

    /**
     * Checks a number cell and its value (compared as decimals: {@code "12.50"} equals 12.5).
     *
     * @param expected the value
     * @return this
     */
    public CellAssert isNumber(String expected) {
      WorkbookCell c = kind(CellKind.NUMBER);
      if (new BigDecimal(c.text()).compareTo(new BigDecimal(expected)) != 0) {
        failWithMessage("Expected %s to hold %s but it holds %s", where, expected, c.text());
      }
      return this;
    }

    /**
     * Checks a text cell and its text.
     *
     * @param expected the text
     * @return this
     */
    public CellAssert isText(String expected) {
      WorkbookCell c = kind(CellKind.TEXT);
      if (!c.text().equals(expected)) {
        failWithMessage("Expected %s to hold the text \"%s\" but it holds %s", where, expected, shortText(c.text()));
      }
      return this;
    }

    /**
     * Checks a date cell and its date.
     *
     * @param expected the date
     * @return this
     */
    public CellAssert isDate(LocalDate expected) {
      WorkbookCell c = kind(CellKind.DATE);
      if (!c.text().equals(expected.toString())) {
        failWithMessage("Expected %s to hold the date %s but it holds %s", where, expected, c.text());
      }
      return this;
    }

    /**
     * Checks that the cell is empty (absent, or blank).
     *
     * @return this
     */
    public CellAssert isEmpty() {
      if (actual.isPresent() && !actual.get().isBlank()) {
        failWithMessage("Expected %s to be empty but it is a %s cell", where, actual.get().kind());
      }
      return this;
    }

    /** Text found is not quoted in a failure message (it may be a name), unless a short symbol. */
    private static String shortText(String text) {
      return text.length() <= 3 ? "\"" + text + "\"" : "another text of " + text.length() + " characters";
    }
  }
}
