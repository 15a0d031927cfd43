package io.github.treem.xlsx;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterIssueCode;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.TextEncoding;
import io.github.treem.io.internal.RecordAssembler;
import io.github.treem.io.internal.csv.Column;
import io.github.treem.io.internal.csv.HeaderMatch;
import io.github.treem.io.internal.csv.RowCells;
import io.github.treem.io.internal.csv.RowMapper;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads the commune child register from a sheet of an Excel workbook (.xlsx) as a stream of
 * {@link RegisterRecord}s, with the rules of the CSV register (docs/register-format.md): the same
 * columns and header matching (English or Vietnamese names, any case, with or without
 * diacritics; an unknown header gets the nearest known one), the same value rules, the same
 * record assembly (validation, duplicate {@code child_id}s, the read mode, the counts
 * {@code read == accepted + rejected}) and the same issue codes. Never throws on bad data; see
 * {@link RegisterReader}. {@link io.github.treem.io.Registers#open} reads workbooks through this
 * reader when this module is present.
 *
 * <pre>{@code
 * try (RegisterXlsxReader r = RegisterXlsxReader.open(Path.of("so-tre-em.xlsx"), ReadOptions.of(2020),
 *     WorkbookReadOptions.builder().sheetName("Sổ trẻ em").build())) {
 *   r.stream().filter(RegisterRecord::isAccepted).forEach(...);
 * }
 * }</pre>
 *
 * <p>Rules of workbooks:
 * <ul>
 *   <li>The sheet: the one {@link WorkbookReadOptions#getSheetName()} names, else the first.
 *   <li>The header: the first row that is not blank, unless one of the next
 *       {@value #HEADER_SEARCH} rows that are not blank names every required column while it does
 *       not (a title such as "SỔ THEO DÕI TRẺ EM" above the header); the rows above the header
 *       are skipped, not counted.
 *   <li>Locations: each issue of a value is at its row (the issue's line is the sheet's row
 *       number) and cell ({@code Sổ trẻ em!D17}), its message naming the column
 *       ({@code date_of_birth}).
 *   <li>Values: a date cell is its day (a time of day is dropped); a date typed as text is read
 *       as in CSV ({@code yyyy-MM-dd} or {@code d/M/yyyy}); a number cell is its value as Excel
 *       shows it (15 significant digits), a number typed as text may have a decimal comma
 *       ({@code 12,5}) or point; TRUE and FALSE are yes and no; a formula is read by the value
 *       saved with it, and one without a saved value ({@code WORKBOOK_FORMULA_WITHOUT_VALUE}) or
 *       with an error value ({@code WORKBOOK_CELL_ERROR}) is a bad value of its column: it
 *       rejects the row, or in lenient mode is dropped with a warning (never for
 *       {@code child_id}). Problems of cells in unknown columns are ignored with the column.
 *   <li>Cells to the right of the header's last column: {@code CSV_TOO_MANY_FIELDS} (an error
 *       that rejects the row; a warning in lenient mode, the cells ignored). Rows shorter than
 *       the header are normal (blank cells).
 *   <li>Blank rows are skipped. Text typed in a TCVN3 or VNI font is re-read with
 *       {@link WorkbookReadOptions#getTextEncoding()}, or the read's
 *       {@link ReadOptions#getTextEncoding()} when that is {@code tcvn3} or {@code vni}.
 *   <li>Refused workbooks (Excel 97-2003, password-protected, hostile, damaged, no such sheet:
 *       {@link WorkbookIssueCode}) give one file issue and no record; damage met while reading
 *       ends the rows with a file issue, the rows before it kept.
 *   <li>Memory: the sheet is streamed; the heap used does not grow with the number of rows (the
 *       shared-strings table and the identifier index within their limits).
 * </ul>
 *
 * <p>Implementation requirements: not thread-safe; one reader per thread.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class RegisterXlsxReader implements RegisterReader {
  /** Rows that are not blank looked at for the header after the first. */
  static final int HEADER_SEARCH = 10;

  /** The workbook read; null for a refused workbook, whose reader is done from the start. */
  private final @Nullable WorkbookReader workbook;
  private final RecordAssembler assembler;
  private final RowMapper mapper;
  private final List<Issue> fileIssues = new ArrayList<>();
  private final Deque<WorkbookRow> pending = new ArrayDeque<>();
  private final @Nullable String fileName;
  private Column[] columns = new Column[0];
  private List<String> header = List.of();
  private @Nullable RegisterIssueCode headerFatal;
  private boolean done;
  /** The encoding of the text cells; null for a refused workbook. */
  private @Nullable TextEncoding cells;

  private RegisterXlsxReader(ReadOptions options, @Nullable WorkbookReader workbook) {
    this.workbook = workbook;
    this.fileName = options.getFileName().orElse(null);
    this.assembler = new RecordAssembler(options);
    this.mapper = new RowMapper(options, assembler, true);
  }

  /**
   * Opens a workbook file and reads its header.
   *
   * @param file the file
   * @param options the read options (the file name, unless set, is the file's)
   * @param workbookOptions the sheet, the legacy encoding of the text, and the workbook's limits
   *     (its file name is that of the read options)
   * @return the reader (with one file issue and no record when the workbook is refused)
   * @throws UncheckedIOException on an I/O error
   */
  public static RegisterXlsxReader open(Path file, ReadOptions options, WorkbookReadOptions workbookOptions) {
    Objects.requireNonNull(file, "file must not be null");
    ReadOptions o = options.getFileName().isPresent() || file.getFileName() == null ? options
        : ReadOptions.builder().from(options).fileName(file.getFileName().toString()).build();
    WorkbookReadOptions w = workbookOptions(o, workbookOptions);
    try {
      return start(o, WorkbookReader.open(file, w), w.getTextEncoding());
    } catch (WorkbookException e) {
      return refused(o, e);
    }
  }

  /**
   * Opens a workbook from a stream (copied to a temporary file first, see
   * {@link WorkbookReader#open(InputStream, WorkbookReadOptions)}) and reads its header.
   *
   * @param in the bytes (read to the end and closed)
   * @param options the read options
   * @param workbookOptions the sheet, the legacy encoding of the text, and the workbook's limits
   *     (its file name is that of the read options)
   * @return the reader (with one file issue and no record when the workbook is refused)
   * @throws UncheckedIOException on an I/O error
   */
  public static RegisterXlsxReader open(InputStream in, ReadOptions options, WorkbookReadOptions workbookOptions) {
    Objects.requireNonNull(in, "in must not be null");
    WorkbookReadOptions w = workbookOptions(options, workbookOptions);
    try {
      return start(options, WorkbookReader.open(in, w), w.getTextEncoding());
    } catch (WorkbookException e) {
      return refused(options, e);
    }
  }

  /**
   * The workbook options of a read: the read's file name, the read's limits where they are
   * tighter (columns, cell length), the read's encoding when it is a legacy font's (TCVN3,
   * VNI) and the workbook options name none, and the read's sheet
   * ({@link ReadOptions#getSheet()}) when the workbook options name none.
   */
  static WorkbookReadOptions workbookOptions(ReadOptions options, WorkbookReadOptions workbookOptions) {
    Objects.requireNonNull(options, "options must not be null");
    Objects.requireNonNull(workbookOptions, "workbookOptions must not be null");
    TextEncoding e = options.getTextEncoding();
    TextEncoding cells = workbookOptions.getTextEncoding() == TextEncoding.UTF_8
        && (e == TextEncoding.TCVN3 || e == TextEncoding.VNI) ? e : workbookOptions.getTextEncoding();
    Optional<String> sheet = workbookOptions.getSheetName().isPresent() ? workbookOptions.getSheetName()
        : options.getSheet();
    return WorkbookReadOptions.builder().from(workbookOptions).fileName(options.getFileName()).textEncoding(cells)
        .sheetName(sheet)
        .maxColumns(Math.min(workbookOptions.getMaxColumns(), options.getMaxColumns()))
        .maxCellLength(Math.min(workbookOptions.getMaxCellLength(), options.getMaxFieldLength())).build();
  }

  private static RegisterXlsxReader start(ReadOptions options, WorkbookReader workbook, TextEncoding cells) {
    RegisterXlsxReader r = new RegisterXlsxReader(options, workbook);
    r.cells = cells == TextEncoding.TCVN3 || cells == TextEncoding.VNI ? cells : TextEncoding.UTF_8;
    try {
      r.readHeader();
    } catch (RuntimeException e) {
      r.close();
      throw e;
    }
    return r;
  }

  private static RegisterXlsxReader refused(ReadOptions options, WorkbookException e) {
    RegisterXlsxReader r = new RegisterXlsxReader(options, null);
    r.fileIssues.add(e.getIssue());
    r.assembler.markMalformed();
    r.done = true;
    return r;
  }

  private void readHeader() {
    List<WorkbookRow> look = new ArrayList<>();
    while (look.size() <= HEADER_SEARCH) {
      Optional<WorkbookRow> row = sheet().next();
      if (row.isEmpty()) {
        break;
      }
      look.add(row.get());
      if (look.size() == 1 && HeaderMatch.of(texts(row.get())).getFatal().isEmpty()) {
        break;
      }
    }
    endOfSheet();
    if (look.isEmpty()) {
      fileIssues.add(RecordAssembler.issue(fileName, RegisterIssueCode.CSV_EMPTY_FILE, Severity.ERROR, 1,
          sheet().getSheetName(), null));
      assembler.markMalformed();
      done = true;
      return;
    }
    int at = 0;
    for (int i = 1; i < look.size(); i++) {
      if (HeaderMatch.of(texts(look.get(i))).getFatal().isEmpty()) {
        at = i;
        break;
      }
    }
    WorkbookRow h = look.get(at);
    header = Collections.unmodifiableList(texts(h));
    HeaderMatch match = HeaderMatch.of(header);
    columns = match.getColumns();
    for (HeaderMatch.Finding f : match.getFindings()) {
      String where = f.index() >= 0 ? new CellReference(sheet().getSheetName(), h.number(), f.index()).toString()
          : f.getName();
      fileIssues.add(f.issue(fileName, h.number(), where));
    }
    RegisterIssueCode fatal = match.getFatal().orElse(null);
    headerFatal = fatal;
    if (fatal != null) {
      assembler.markMalformed();
    }
    pending.addAll(look.subList(at + 1, look.size()));
  }

  private static List<String> texts(WorkbookRow row) {
    List<String> t = new ArrayList<>(row.cells().size());
    for (WorkbookCell c : row.cells()) {
      t.add(c.kind() == CellKind.ERROR ? "" : c.text());
    }
    return t;
  }

  /** {@return the workbook read (never asked of a refused workbook, whose reader is done)} */
  private WorkbookReader sheet() {
    return Objects.requireNonNull(workbook, "a refused workbook has no sheet");
  }

  /** Moves the workbook's issues (damage that ended the sheet) to the file issues once. */
  private void endOfSheet() {
    List<Issue> damage = sheet().getIssues();
    if (!damage.isEmpty() && !fileIssues.containsAll(damage)) {
      fileIssues.addAll(damage);
      assembler.markMalformed();
    }
  }

  @Override
  public Optional<RegisterRecord> next() {
    if (done) {
      return Optional.empty();
    }
    WorkbookRow row = pending.poll();
    if (row == null) {
      Optional<WorkbookRow> r = sheet().next();
      if (r.isEmpty()) {
        endOfSheet();
        done = true;
        return Optional.empty();
      }
      row = r.get();
    }
    return Optional.of(record(row));
  }

  private RegisterRecord record(WorkbookRow row) {
    long line = row.number();
    List<Issue> issues = new ArrayList<>();
    List<WorkbookCell> cells = row.cells();
    Map<String, Integer> byReference = new HashMap<>();
    List<String> fields = new ArrayList<>(Math.min(cells.size(), columns.length));
    int beyond = -1;
    for (int i = 0; i < cells.size(); i++) {
      WorkbookCell c = cells.get(i);
      if (i >= columns.length) {
        if (!c.isBlank() && beyond < 0) {
          beyond = i;
        }
        continue;
      }
      if (c.kind() == CellKind.ERROR) {
        byReference.put(c.reference().toString(), i);
      }
      fields.add(value(c));
    }
    for (Issue i : row.issues()) {
      Issue placed = cellIssue(i, byReference, line);
      if (placed != null) {
        issues.add(placed);
      }
    }
    if (beyond >= 0) {
      issues.add(Issue.of(RegisterIssueCode.CSV_TOO_MANY_FIELDS.getCode(),
          assembler.severity(RegisterIssueCode.CSV_TOO_MANY_FIELDS, true),
          Location.ofLine(fileName, line, new CellReference(sheet().getSheetName(), line, beyond).toString()),
          RegisterIssueCode.CSV_TOO_MANY_FIELDS.getMessageVi(), RegisterIssueCode.CSV_TOO_MANY_FIELDS.getMessageEn()));
    }
    RegisterIssueCode fatal = headerFatal;
    if (fatal != null) {
      issues.add(assembler.issue(fatal, false, line, null, null));
      return assembler.reject(line, issues);
    }
    int before = issues.size();
    Child child = mapper.map(line, RowCells.of(columns, fields), issues);
    for (int k = before; k < issues.size(); k++) {
      issues.set(k, atCell(issues.get(k), line));
    }
    String idCell = null;
    for (int i = 0; i < columns.length; i++) {
      if (columns[i] == Column.CHILD_ID) {
        idCell = new CellReference(sheet().getSheetName(), line, i).toString();
      }
    }
    return assembler.assemble(line, child, issues, "", idCell);
  }

  /** The text of a cell as a value of its column, in the forms of the CSV register. */
  private static String value(WorkbookCell c) {
    return switch (c.kind()) {
      case DATE -> {
        String t = c.text();
        int time = t.indexOf('T');
        yield time > 0 ? t.substring(0, time) : t;
      }
      case BOOLEAN -> "TRUE".equals(c.text()) ? "Y" : "N";
      case ERROR, EMPTY -> "";
      default -> c.text();
    };
  }

  /**
   * A cell problem of the workbook reader at the severity of the read's mode, its message naming
   * the column; null for a cell of an unknown column (ignored with its column).
   */
  private @Nullable Issue cellIssue(Issue i, Map<String, Integer> byReference, long line) {
    Optional<String> ref = i.getLocation().getColumn();
    Integer index = ref.map(byReference::get).orElse(null);
    Optional<WorkbookIssueCode> code = codeOf(i.getCode());
    if (index == null || code.isEmpty()) {
      return i.getSeverity() == Severity.ERROR && index == null && ref.isPresent() && isOutside(ref.get()) ? null : i;
    }
    Column column = columns[index];
    if (column == null) {
      return null;
    }
    IssueCode c = code.get();
    Severity s = assembler.severity(c, column != Column.CHILD_ID);
    return Issue.of(i.getCode(), s, Location.ofLine(fileName, line, ref.get()),
        i.getMessageVi() + " (cột " + column.getCanonical() + ")",
        i.getMessageEn() + " (column " + column.getCanonical() + ")");
  }

  /** Whether a cell reference is right of the header (its problem is the row's, reported once). */
  private boolean isOutside(String ref) {
    int bang = ref.lastIndexOf('!');
    String address = ref.substring(bang + 1);
    int letters = 0;
    while (letters < address.length() && Character.isLetter(address.charAt(letters))) {
      letters++;
    }
    int index = 0;
    for (int k = 0; k < letters; k++) {
      index = index * 26 + (address.charAt(k) - 'A' + 1);
    }
    return index - 1 >= columns.length;
  }

  private static Optional<WorkbookIssueCode> codeOf(String code) {
    for (WorkbookIssueCode c : WorkbookIssueCode.values()) {
      if (c.getCode().equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** A value's issue of the row mapper (located at a column's name) at its cell. */
  private Issue atCell(Issue i, long line) {
    Optional<String> name = i.getLocation().getColumn();
    if (name.isEmpty()) {
      return i;
    }
    for (int k = 0; k < columns.length; k++) {
      if (columns[k] != null && columns[k].getCanonical().equals(name.get())) {
        return i.withLocation(Location.builder().from(i.getLocation())
            .column(new CellReference(sheet().getSheetName(), line, k).toString()).build());
      }
    }
    return i;
  }

  @Override
  public List<Issue> getFileIssues() {
    return Collections.unmodifiableList(fileIssues);
  }

  @Override
  public boolean isSyntheticData() {
    return mapper.isSyntheticData();
  }

  @Override
  public DataQuality getStats() {
    return assembler.stats();
  }

  /**
   * {@return the encoding the text cells are read in: {@code tcvn3} or {@code vni} for cells
   * typed in those fonts, else UTF-8 (the workbook's own text); empty for a refused workbook}
   */
  @Override
  public Optional<TextEncoding> getTextEncoding() {
    return Optional.ofNullable(cells);
  }

  /** {@return the header cells as read (empty before the header or for a refused workbook)} */
  public List<String> getHeader() {
    return header;
  }

  /** {@return the name of the sheet read, or empty for a refused workbook} */
  public Optional<String> getSheetName() {
    return workbook == null ? Optional.empty() : Optional.of(workbook.getSheetName());
  }

  /**
   * Closes the workbook and deletes the temporary copy of a stream.
   *
   * @throws UncheckedIOException on an I/O error
   */
  @Override
  public void close() {
    try {
      if (workbook != null) {
        workbook.close();
      }
    } finally {
      assembler.close();
    }
  }
}
