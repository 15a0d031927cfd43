package io.github.treem.xlsx;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.io.TextEncoding;
import io.github.treem.io.internal.text.LegacyText;
import io.github.treem.xlsx.internal.ExcelDates;
import io.github.treem.xlsx.internal.PackageGuard;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Reads one sheet of an Excel workbook (.xlsx) as a stream of rows of cell texts, each cell with
 * its reference ({@code Sổ trẻ em!D17}); see {@link WorkbookCell} for the text of each kind of
 * cell. Memory stays bounded whatever the number of rows: the sheet is streamed (FastExcel's StAX
 * reader); the shared-strings table is held in the heap within
 * {@link WorkbookReadOptions#getMaxSharedStringsSize()}.
 *
 * <pre>{@code
 * try (WorkbookReader r = WorkbookReader.open(Path.of("so-tre-em.xlsx"), WorkbookReadOptions.defaults())) {
 *   Optional<WorkbookRow> row;
 *   while ((row = r.next()).isPresent()) { ... }
 * }
 * }</pre>
 *
 * <p>Refused with a {@link WorkbookException} at {@link #open}, before any row is read: an
 * Excel 97-2003 workbook ({@code WORKBOOK_XLS}), a password-protected one
 * ({@code WORKBOOK_ENCRYPTED}), XML Spreadsheet 2003, any other file, and a workbook past a limit
 * of {@link WorkbookReadOptions} (zip bombs, DOCTYPEs, absurd shared-string tables). Each message
 * says how to save a workbook that treem reads. Damage met while reading (broken XML) ends the
 * rows with a {@code WORKBOOK_MALFORMED} issue in {@link #getIssues()}: the rows before it are
 * kept. Rows with no cell that is not blank (a million empty styled rows) are skipped at the cost
 * of parsing them, within the expanded-size limit.
 *
 * <p>Implementation requirements: not thread-safe; one reader per thread.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class WorkbookReader implements Closeable {
  /** A sheet named by its position (from 1). */
  private static final Pattern POSITION = Pattern.compile("[0-9]+");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
  /** The error values of Excel and LibreOffice that a formula may have saved. */
  private static final Set<String> ERROR_VALUES = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
      "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#CONNECT!", "#BUSY!");
  private final WorkbookReadOptions options;
  private final ReadableWorkbook workbook;
  /** The temporary copy of a stream, deleted on close; null for a file read in place. */
  private final @Nullable Path spooled;
  private final String sheetName;
  private final List<String> sheetNames;
  private final Stream<Row> rows;
  private final Iterator<Row> iterator;
  private final List<Issue> issues = new ArrayList<>();
  private final boolean date1904;
  private boolean done;
  private long blankRows;

  private WorkbookReader(WorkbookReadOptions options, ReadableWorkbook workbook, @Nullable Path spooled, Sheet sheet,
      List<String> sheetNames, boolean date1904) throws IOException {
    this.date1904 = date1904 || workbook.isDate1904();
    this.options = options;
    this.workbook = workbook;
    this.spooled = spooled;
    this.sheetName = sheet.getName();
    this.sheetNames = sheetNames;
    this.rows = sheet.openStream();
    this.iterator = rows.iterator();
  }

  /**
   * Opens a workbook file and its sheet.
   *
   * @param file the file
   * @param options the options
   * @return the reader
   * @throws WorkbookException when the workbook is refused or damaged
   * @throws UncheckedIOException on an I/O error
   */
  public static WorkbookReader open(Path file, WorkbookReadOptions options) {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(options, "options must not be null");
    return open(file, null, options);
  }

  /**
   * Opens a workbook from a stream: the bytes are first copied to a temporary file (readable by
   * the owner only, deleted by {@link #close()}), up to {@link WorkbookReadOptions#getMaxFileSize()}.
   *
   * @param in the bytes (read to the end and closed)
   * @param options the options
   * @return the reader
   * @throws WorkbookException when the workbook is refused or damaged
   * @throws UncheckedIOException on an I/O error
   */
  public static WorkbookReader open(InputStream in, WorkbookReadOptions options) {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(options, "options must not be null");
    Path tmp = null;
    try (in) {
      tmp = temporaryFile();
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
        byte[] buf = new byte[65_536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
          total += n;
          if (total > options.getMaxFileSize()) {
            throw refusal(options, "WORKBOOK_TOO_LARGE", "more than " + options.getMaxFileSize() + " bytes", null);
          }
          out.write(buf, 0, n);
        }
      }
      Path file = tmp;
      tmp = null;
      return open(file, file, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  private static Path temporaryFile() throws IOException {
    try {
      return Files.createTempFile("treem-", ".xlsx", PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      return Files.createTempFile("treem-", ".xlsx"); // not a POSIX file system
    }
  }

  private static WorkbookReader open(Path file, @Nullable Path spooled, WorkbookReadOptions options) {
    ReadableWorkbook wb = null;
    boolean opened = false;
    try {
      PackageGuard.Result checked = PackageGuard.check(file, new PackageGuard.Limits(options.getMaxFileSize(),
          options.getMaxEntries(), options.getMaxExpandedSize(), options.getMaxCompressionRatio(),
          options.getMaxSharedStrings(), options.getMaxSharedStringsSize()));
      PackageGuard.Finding f = checked.finding();
      if (f != null) {
        throw refusal(options, f.code(), f.detail(), null);
      }
      wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
      List<String> names = wb.getSheets().map(Sheet::getName).collect(Collectors.toUnmodifiableList());
      Sheet sheet = select(wb, options, names);
      WorkbookReader r = new WorkbookReader(options, wb, spooled, sheet, names, checked.date1904());
      opened = true;
      return r;
    } catch (IOException | ExcelReaderException | IllegalStateException e) {
      throw refusal(options, "WORKBOOK_MALFORMED", null, e);
    } catch (IllegalArgumentException e) {
      // FastExcel's own checks of the package's structure
      throw refusal(options, "WORKBOOK_MALFORMED", null, e);
    } finally {
      if (!opened) {
        if (wb != null) {
          closeQuietly(wb);
        }
        deleteQuietly(spooled);
      }
    }
  }

  private static Sheet select(ReadableWorkbook wb, WorkbookReadOptions options, List<String> names) {
    if (options.getSheetName().isEmpty()) {
      return wb.getFirstSheet();
    }
    String wanted = Normalizer.normalize(options.getSheetName().get().strip(), Normalizer.Form.NFC);
    Optional<Sheet> exact = wb.getSheets().filter(s -> Normalizer.normalize(s.getName(), Normalizer.Form.NFC)
        .equals(wanted)).findFirst();
    Optional<Sheet> sheet = exact.isPresent() ? exact : wb.getSheets().filter(s -> Normalizer.normalize(s.getName(),
        Normalizer.Form.NFC).equalsIgnoreCase(wanted)).findFirst();
    if (sheet.isEmpty() && POSITION.matcher(wanted).matches()) {
      // no sheet of that name: a position counted from 1 (a name of more digits than any
      // position is a name not found)
      int position = wanted.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(wanted);
      sheet = position >= 1 && position <= names.size() ? Optional.of(wb.getSheets().skip(position - 1L).findFirst()
          .orElseThrow()) : Optional.empty();
    }
    return sheet.orElseThrow(() -> refusal(options, "WORKBOOK_SHEET_NOT_FOUND", "\"" + wanted + "\"; the sheets are "
        + String.join(", ", names), null));
  }

  private static WorkbookException refusal(WorkbookReadOptions options, String code, @Nullable String detail,
      @Nullable Throwable cause) {
    Location where = Location.builder().file(options.getFileName()).build();
    return new WorkbookException(WorkbookIssueCode.valueOf(code).issue(where, detail), cause);
  }

  /** {@return the name of the sheet read} */
  public String getSheetName() {
    return sheetName;
  }

  /** {@return the names of the workbook's sheets, in order} */
  public List<String> getSheetNames() {
    return sheetNames;
  }

  /** {@return whether the workbook counts dates in the 1904 date system} */
  public boolean isDate1904() {
    return date1904;
  }

  /** {@return the issues of the sheet (not of a row): damage that ended the reading} */
  public List<Issue> getIssues() {
    return List.copyOf(issues);
  }

  /** {@return how many rows with only blank cells were skipped so far} */
  public long getBlankRowsSkipped() {
    return blankRows;
  }

  /**
   * The next row that has a cell that is not blank.
   *
   * @return the row, or empty at the end of the sheet (or after damage: see {@link #getIssues()})
   */
  public Optional<WorkbookRow> next() {
    while (!done) {
      Row row;
      try {
        if (!iterator.hasNext()) {
          done = true;
          break;
        }
        row = iterator.next();
      } catch (ExcelReaderException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
        done = true;
        issues.add(WorkbookIssueCode.WORKBOOK_MALFORMED.issue(location(null), "sheet \"" + sheetName + "\""));
        break;
      }
      WorkbookRow r = convert(row);
      if (r != null) {
        return Optional.of(r);
      }
      blankRows++;
    }
    return Optional.empty();
  }

  private Location location(@Nullable CellReference ref) {
    Location.Builder b = Location.builder().file(options.getFileName());
    if (ref != null) {
      b.line(ref.row()).column(ref.toString());
    }
    return b.build();
  }

  private @Nullable WorkbookRow convert(Row row) {
    long number = row.getRowNum();
    int count = row.getCellCount();
    List<WorkbookCell> cells = new ArrayList<>(Math.min(count, options.getMaxColumns()));
    List<Issue> rowIssues = new ArrayList<>(0);
    int last = -1;
    for (int i = 0; i < count; i++) {
      Cell c = row.getCell(i);
      if (c == null || c.getType() == CellType.EMPTY) {
        continue;
      }
      CellReference ref = new CellReference(sheetName, number, i);
      if (i >= options.getMaxColumns()) {
        rowIssues.add(WorkbookIssueCode.WORKBOOK_TOO_MANY_COLUMNS.issue(location(ref), null));
        break;
      }
      WorkbookCell cell = cell(c, ref, rowIssues);
      while (cells.size() < i) {
        cells.add(new WorkbookCell(new CellReference(sheetName, number, cells.size()), CellKind.EMPTY, ""));
      }
      cells.add(cell);
      if (!cell.isBlank()) {
        last = i;
      }
    }
    if (last < 0 && rowIssues.isEmpty()) {
      return null;
    }
    return new WorkbookRow(number, cells.subList(0, last + 1), rowIssues);
  }

  private WorkbookCell cell(Cell c, CellReference ref, List<Issue> rowIssues) {
    @Nullable String raw = c.getRawValue();
    return switch (c.getType()) {
      case STRING -> text(ref, raw, rowIssues);
      case BOOLEAN ->
          new WorkbookCell(ref, CellKind.BOOLEAN, "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE");
      case ERROR -> {
        rowIssues.add(WorkbookIssueCode.WORKBOOK_CELL_ERROR.issue(location(ref), raw));
        yield new WorkbookCell(ref, CellKind.ERROR, raw == null ? "" : raw);
      }
      case FORMULA -> {
        if (raw == null || raw.isEmpty()) {
          rowIssues.add(WorkbookIssueCode.WORKBOOK_FORMULA_WITHOUT_VALUE.issue(location(ref), null));
          yield new WorkbookCell(ref, CellKind.ERROR, "");
        }
        if (ERROR_VALUES.contains(raw)) {
          // a formula whose saved value is an error (FastExcel types it as a formula, not an error)
          rowIssues.add(WorkbookIssueCode.WORKBOOK_CELL_ERROR.issue(location(ref), raw));
          yield new WorkbookCell(ref, CellKind.ERROR, raw);
        }
        yield isNumber(raw) ? number(c, ref, raw, rowIssues) : text(ref, raw, rowIssues);
      }
      case NUMBER -> number(c, ref, raw, rowIssues);
      default -> new WorkbookCell(ref, CellKind.EMPTY, "");
    };
  }

  private static boolean isNumber(String raw) {
    return raw.matches("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  }

  private WorkbookCell text(CellReference ref, @Nullable String raw, List<Issue> rowIssues) {
    String s = raw == null ? "" : raw;
    if (s.length() > options.getMaxCellLength()) {
      rowIssues.add(WorkbookIssueCode.WORKBOOK_CELL_TOO_LONG.issue(location(ref), s.length() + " characters"));
      return new WorkbookCell(ref, CellKind.ERROR, "");
    }
    TextEncoding e = options.getTextEncoding();
    String t = e == TextEncoding.TCVN3 || e == TextEncoding.VNI ? LegacyText.decode(s, e)
        : Normalizer.normalize(s, Normalizer.Form.NFC);
    return new WorkbookCell(ref, CellKind.TEXT, t);
  }

  private WorkbookCell number(Cell c, CellReference ref, @Nullable String raw, List<Issue> rowIssues) {
    BigDecimal value = null;
    if (raw != null) {
      try {
        value = new BigDecimal(raw.strip());
      } catch (NumberFormatException e) {
        // reported below, as a number cell without a value
      }
    }
    if (value == null) {
      rowIssues.add(WorkbookIssueCode.WORKBOOK_CELL_ERROR.issue(location(ref), "not a number"));
      return new WorkbookCell(ref, CellKind.ERROR, "");
    }
    if (ExcelDates.isDateFormat(c.getDataFormatId(), c.getDataFormatString())) {
      Optional<LocalDateTime> t = ExcelDates.of(value.doubleValue(), date1904);
      if (t.isEmpty()) {
        rowIssues.add(WorkbookIssueCode.WORKBOOK_INVALID_DATE.issue(location(ref), value.toPlainString()));
        return new WorkbookCell(ref, CellKind.ERROR, "");
      }
      LocalDateTime d = t.get();
      String text = d.toLocalTime().toSecondOfDay() == 0 ? d.toLocalDate().toString() : DATE_TIME.format(d);
      return new WorkbookCell(ref, CellKind.DATE, text);
    }
    BigDecimal shown = value.round(new MathContext(15)).stripTrailingZeros();
    String text = shown.signum() == 0 ? "0" : shown.toPlainString();
    return new WorkbookCell(ref, CellKind.NUMBER, text);
  }

  /**
   * Closes the workbook and deletes the temporary copy of a stream.
   *
   * @throws UncheckedIOException on an I/O error
   */
  @Override
  public void close() {
    try {
      rows.close();
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(spooled);
    }
  }

  private static void closeQuietly(ReadableWorkbook wb) {
    try {
      wb.close();
    } catch (IOException | RuntimeException e) {
      // already failing: the first error is the one reported
    }
  }

  private static void deleteQuietly(@Nullable Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        p.toFile().deleteOnExit();
      }
    }
  }
}
