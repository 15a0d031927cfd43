package io.github.treem.io.report;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.cfc.CommuneType;
import io.github.treem.indicators.cfc.ItemValue;
import io.github.treem.indicators.cfc.ScoringTable;
import io.github.treem.indicators.cfc.SelfAssessment;
import io.github.treem.indicators.cfc.SelfAssessmentEntry;
import io.github.treem.io.RegisterIssueCode;
import io.github.treem.io.TextEncoding;
import io.github.treem.io.internal.csv.Cells;
import io.github.treem.io.internal.csv.CsvRecordTokenizer;
import io.github.treem.io.internal.csv.CsvSeparator;
import io.github.treem.io.internal.csv.Text;
import io.github.treem.io.internal.text.TextDecoding;
import io.github.treem.io.report.SelfAssessmentCsv.FormColumn;
import io.github.treem.io.report.SelfAssessmentCsv.FormField;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the CSV self-assessment form ({@link SelfAssessmentCsv}) on the register's text path: the
 * one decoder ({@link TextDecoding}: byte-order marks, the encoding sniffer, NFC, lines of bytes
 * that are not text) and the one CSV tokeniser ({@link CsvRecordTokenizer}: RFC 4180, limits,
 * recovery after a damaged record), used as they are. Not thread-safe; one per reading.
 */
final class SelfAssessmentCsvReader {
  /** The longest field read, in characters (an evidence note is a few lines). */
  static final int MAX_FIELD = 65_536;
  /** The longest record read, in characters. */
  static final int MAX_RECORD = 1_000_000;
  /** The most columns of the header. */
  static final int MAX_COLUMNS = 100;
  /** The most rows of a form (the bundled table has 21 items and the form 11 fields). */
  static final int MAX_ROWS = 10_000;

  private static final Pattern DECIMAL = Pattern.compile("\\+?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern COUNT = Pattern.compile("\\+?\\d{1,18}");
  private static final Set<String> NOTHING_TO_COUNT = Set.of("none", "nothing_to_count", "khong_co_truong_hop");

  private final @Nullable String file;
  private final ScoringTable table;
  private final List<Issue> issues = new ArrayList<>();
  private final List<SelfAssessmentEntry> entries = new ArrayList<>();
  private final List<Long> entryLines = new ArrayList<>();
  private final Map<String, Long> fieldLines = new HashMap<>();
  private final Map<FormField, Object> fields = new EnumMap<>(FormField.class);
  private final Set<FormField> given = EnumSet.noneOf(FormField.class);
  private FormColumn @Nullable [] columns;
  private @Nullable IssueCode headerFatal;
  private char separator = ',';
  private long rowsRead;
  private long accepted;
  private long rejected;
  private long unanswered;
  private boolean complete = true;
  private boolean notAForm;
  private TextEncoding encoding = TextEncoding.UTF_8;

  SelfAssessmentCsvReader(@Nullable String file, ScoringTable table) {
    this.file = file;
    this.table = table;
  }

  SelfAssessmentCsvReading read(InputStream in) {
    try {
      // not closed: the caller's stream
      TextDecoding decoder = TextDecoding.open(in, TextEncoding.AUTO);
      encoding = decoder.getEncoding();
      if (encoding != TextEncoding.UTF_8) {
        issues.add(SelfAssessmentCsvIssueCode.CFC_CSV_ENCODING_GUESSED.issue(Severity.WARNING, at(0, null),
            encoding.getName()));
      }
      BufferedReader text = new BufferedReader(decoder, 65_536);
      if (detectSeparator(text)) {
        CsvRecordTokenizer tokens = new CsvRecordTokenizer(text, separator, MAX_FIELD, MAX_RECORD, MAX_COLUMNS,
            MAX_COLUMNS);
        if (header(tokens, decoder)) {
          rows(tokens, decoder);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SelfAssessment sa = build();
    return new SelfAssessmentCsvReading(sa, issues, rowsRead, accepted, rejected, unanswered, complete, encoding, file,
        entryLines, fieldLines);
  }

  /** The register's rule: {@code ;} or a tab when the first line that is not blank has one and no comma. */
  private boolean detectSeparator(BufferedReader text) throws IOException {
    char sniffed = CsvSeparator.sniff(text, MAX_RECORD + 2);
    if (sniffed == CsvSeparator.NONE) {
      fileIssue(RegisterIssueCode.CSV_EMPTY_FILE, 1, null, null);
      return false;
    }
    separator = sniffed;
    return true;
  }

  private boolean header(CsvRecordTokenizer tokens, TextDecoding decoder) throws IOException {
    if (!tokens.next()) {
      fileIssue(RegisterIssueCode.CSV_EMPTY_FILE, 1, null, null);
      return false;
    }
    CsvRecordTokenizer.Problem problem = tokens.problem();
    if (problem != null) {
      fileIssue(problem == CsvRecordTokenizer.Problem.TOO_MANY_FIELDS ? RegisterIssueCode.CSV_TOO_MANY_COLUMNS
          : problem.issueCode(), tokens.problemLine(), null, null);
      complete = false;
      return false;
    }
    long line = tokens.firstLine();
    if (decoder.isMalformedBetween(line, tokens.lastLine())) {
      fileIssue(RegisterIssueCode.CSV_INVALID_ENCODING, line, null, null);
    }
    List<String> names = tokens.takeFields();
    FormColumn[] cols = new FormColumn[names.size()];
    Set<FormColumn> present = EnumSet.noneOf(FormColumn.class);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip();
      FormColumn c = FormColumn.of(name);
      if (c == null) {
        if (!name.isEmpty()) {
          // a header cell is the form's own text, not a commune's datum: it may be named
          fileIssue(RegisterIssueCode.CSV_UNKNOWN_COLUMN, line, name, null);
        }
      } else if (!present.add(c)) {
        fileIssue(RegisterIssueCode.CSV_DUPLICATE_COLUMN, line, c.canonical(), null);
        headerFatal = RegisterIssueCode.CSV_DUPLICATE_COLUMN;
      } else {
        cols[i] = c;
      }
    }
    for (FormColumn c : FormColumn.values()) {
      if (c.required() && !present.contains(c)) {
        fileIssue(RegisterIssueCode.CSV_MISSING_COLUMN, line, c.canonical(), null);
        headerFatal = RegisterIssueCode.CSV_MISSING_COLUMN;
      }
    }
    columns = cols;
    tokens.limitFields(Integer.MAX_VALUE);
    tokens.keepFields(cols.length + 16);
    return true;
  }

  private void rows(CsvRecordTokenizer tokens, TextDecoding decoder) throws IOException {
    FormColumn[] cols = java.util.Objects.requireNonNull(columns);
    while (tokens.next()) {
      long line = tokens.firstLine();
      List<String> row = tokens.takeFields();
      CsvRecordTokenizer.Problem problem = tokens.problem();
      if (problem == null && isEmpty(row) && tokens.fieldCount() <= row.size()) {
        continue; // a row of empty cells (a spreadsheet's trailing rows) is not a row
      }
      if (rowsRead == MAX_ROWS) {
        fileIssue(SelfAssessmentCsvIssueCode.CFC_CSV_TOO_MANY_ROWS, line, null, Integer.toString(MAX_ROWS));
        complete = false;
        return;
      }
      rowsRead++;
      if (problem != null) {
        int f = tokens.problemField();
        String column = problem != CsvRecordTokenizer.Problem.RECORD_TOO_LONG && f >= 0 && f < cols.length
            && cols[f] != null ? cols[f].canonical() : null;
        reject(problem.issueCode(), tokens.problemLine(), column, null);
        continue;
      }
      if (decoder.isMalformedBetween(line, tokens.lastLine())) {
        reject(RegisterIssueCode.CSV_INVALID_ENCODING, line, null, null);
        continue;
      }
      IssueCode fatal = headerFatal;
      if (fatal != null) {
        reject(fatal, line, null, null);
        continue;
      }
      if (tokens.fieldCount() > row.size() || hasExtra(row, cols.length)) {
        reject(RegisterIssueCode.CSV_TOO_MANY_FIELDS, line, null, tokens.fieldCount() + " > " + cols.length);
        continue;
      }
      Map<FormColumn, String> cells = new EnumMap<>(FormColumn.class);
      for (FormColumn c : FormColumn.values()) {
        cells.put(c, "");
      }
      for (int i = 0; i < cols.length && i < row.size(); i++) {
        if (cols[i] != null) {
          cells.put(cols[i], Text.unneutralise(row.get(i).strip()));
        }
      }
      String kind = Text.fold(cell(cells, FormColumn.RECORD));
      switch (kind) {
        case SelfAssessmentCsv.FORM -> formRow(line, cells);
        case SelfAssessmentCsv.ITEM -> itemRow(line, cells);
        default -> reject(SelfAssessmentCsvIssueCode.CFC_CSV_UNKNOWN_RECORD, line, FormColumn.RECORD.canonical(), null);
      }
    }
  }

  private void formRow(long line, Map<FormColumn, String> cells) {
    String key = cell(cells, FormColumn.ITEM);
    FormField f = FormField.of(key);
    if (f == null) {
      reject(SelfAssessmentCsvIssueCode.CFC_CSV_UNKNOWN_FIELD, line, FormColumn.ITEM.canonical(), null);
      return;
    }
    if (!given.add(f)) {
      reject(SelfAssessmentCsvIssueCode.CFC_CSV_DUPLICATE_FIELD, line, FormColumn.ITEM.canonical(), f.key());
      return;
    }
    String v = cell(cells, FormColumn.VALUE);
    String value = FormColumn.VALUE.canonical();
    if (v.isEmpty()) {
      if (f.required()) {
        reject(RegisterIssueCode.MISSING_VALUE, line, value, f.key());
      } else {
        accepted++;
      }
      return;
    }
    Object parsed = switch (f) {
      case FORMAT_MARKER -> SelfAssessmentCsv.FORMAT.equals(v) ? v : null;
      case VERSION_MARKER -> Integer.toString(SelfAssessmentCsv.VERSION).equals(v) ? v : null;
      case YEAR -> {
        OptionalInt y = Cells.integer(v);
        yield y.isPresent() ? (Object) y.getAsInt() : null;
      }
      case COMMUNE_TYPE -> communeType(v);
      case ASSESSED_ON -> Cells.date(v).orElse(null);
      case SYNTHETIC_DATA -> Cells.yesNo(v).orElse(null);
      default -> v;
    };
    if (parsed == null) {
      IssueCode code = switch (f) {
        case FORMAT_MARKER -> SelfAssessmentCsvIssueCode.CFC_CSV_NOT_A_FORM;
        case VERSION_MARKER -> SelfAssessmentCsvIssueCode.CFC_CSV_UNSUPPORTED_VERSION;
        case YEAR -> RegisterIssueCode.INVALID_NUMBER;
        case COMMUNE_TYPE -> RegisterIssueCode.INVALID_CODE;
        case ASSESSED_ON -> RegisterIssueCode.INVALID_DATE;
        case SYNTHETIC_DATA -> RegisterIssueCode.INVALID_YES_NO;
        default -> RegisterIssueCode.INVALID_VALUE;
      };
      notAForm |= f == FormField.FORMAT_MARKER || f == FormField.VERSION_MARKER;
      reject(code, line, value, f.key());
      return;
    }
    fields.put(f, parsed);
    fieldLines.put(f.key(), line);
    accepted++;
  }

  private static @Nullable CommuneType communeType(String v) {
    String f = Text.fold(v);
    for (CommuneType t : CommuneType.values()) {
      if (Text.fold(t.name()).equals(f) || Text.fold(t.getNameVi()).equals(f)) {
        return t;
      }
    }
    return null;
  }

  private void itemRow(long line, Map<FormColumn, String> cells) {
    String id = cell(cells, FormColumn.ITEM);
    if (id.isEmpty()) {
      reject(RegisterIssueCode.MISSING_VALUE, line, FormColumn.ITEM.canonical(), null);
      return;
    }
    String value = cell(cells, FormColumn.VALUE);
    String num = cell(cells, FormColumn.NUMERATOR);
    String den = cell(cells, FormColumn.DENOMINATOR);
    String evidence = cell(cells, FormColumn.EVIDENCE);
    boolean fraction = !num.isEmpty() || !den.isEmpty();
    if (!fraction && value.isEmpty()) {
      if (evidence.isEmpty()) {
        accepted++;
        unanswered++;
      } else {
        reject(SelfAssessmentCsvIssueCode.CFC_CSV_EVIDENCE_WITHOUT_VALUE, line, FormColumn.VALUE.canonical(), null);
      }
      return;
    }
    if (fraction && !value.isEmpty()) {
      reject(SelfAssessmentCsvIssueCode.CFC_CSV_TWO_VALUES, line, FormColumn.VALUE.canonical(), null);
      return;
    }
    ItemValue v = fraction ? fraction(line, num, den) : value(line, id, value);
    if (v == null) {
      return; // rejected
    }
    entries.add(SelfAssessmentEntry.of(id, v, evidence));
    entryLines.add(line);
    accepted++;
  }

  private @Nullable ItemValue fraction(long line, String num, String den) {
    if (num.isEmpty() || den.isEmpty()) {
      reject(SelfAssessmentCsvIssueCode.CFC_CSV_HALF_FRACTION, line,
          (num.isEmpty() ? FormColumn.NUMERATOR : FormColumn.DENOMINATOR).canonical(), null);
      return null;
    }
    if (!COUNT.matcher(num).matches()) {
      reject(RegisterIssueCode.INVALID_NUMBER, line, FormColumn.NUMERATOR.canonical(), null);
      return null;
    }
    if (!COUNT.matcher(den).matches()) {
      reject(RegisterIssueCode.INVALID_NUMBER, line, FormColumn.DENOMINATOR.canonical(), null);
      return null;
    }
    try {
      return ItemValue.fraction(Long.parseLong(num), Long.parseLong(den));
    } catch (InvalidValueException e) {
      // the numerator exceeds the denominator, or 0 of 0 is not 0/0
      reject(RegisterIssueCode.INVALID_VALUE, line, FormColumn.NUMERATOR.canonical(), "numerator > denominator");
      return null;
    }
  }

  private @Nullable ItemValue value(long line, String id, String value) {
    String column = FormColumn.VALUE.canonical();
    if (SelfAssessmentCsv.isYesNo(table, id)) {
      Optional<Boolean> yes = Cells.yesNo(value);
      if (yes.isEmpty()) {
        reject(RegisterIssueCode.INVALID_YES_NO, line, column, null);
        return null;
      }
      return ItemValue.of(yes.get());
    }
    if (NOTHING_TO_COUNT.contains(Text.fold(value))) {
      return ItemValue.nothingToCount();
    }
    String number = separator == ',' ? value : value.replace(',', '.');
    if (number.endsWith("%") && SelfAssessmentCsv.isPercent(table, id)) {
      number = number.substring(0, number.length() - 1).strip();
    }
    if (DECIMAL.matcher(number).matches()) {
      return ItemValue.decimal(new BigDecimal(number));
    }
    // a yes/no answer to an item that is not yes/no: read, and refused by the table's check
    // (CFC_VALUE_UNIT), as in the JSON file
    Optional<Boolean> yes = Cells.yesNo(value);
    if (yes.isPresent()) {
      return ItemValue.of(yes.get());
    }
    reject(RegisterIssueCode.INVALID_VALUE, line, column, null);
    return null;
  }

  private @Nullable SelfAssessment build() {
    if (notAForm || columns == null) {
      return null; // not a form, or no header to read it by: its issue says why
    }
    boolean missing = false;
    for (FormField f : FormField.values()) {
      if (f.required() && !given.contains(f)) {
        issues.add(SelfAssessmentCsvIssueCode.CFC_CSV_MISSING_FIELD.issue(Severity.ERROR, at(0, null), f.key()));
        missing = true;
      } else if (f.required() && !fields.containsKey(f)) {
        missing = true; // given but rejected: its row says why
      }
    }
    if (missing) {
      return null;
    }
    String code = (String) fields.get(FormField.COMMUNE_CODE);
    String name = (String) fields.get(FormField.COMMUNE_NAME);
    Integer year = (Integer) fields.get(FormField.YEAR);
    CommuneType type = (CommuneType) fields.get(FormField.COMMUNE_TYPE);
    LocalDate on = (LocalDate) fields.get(FormField.ASSESSED_ON);
    String by = (String) fields.get(FormField.ASSESSED_BY);
    if (code == null || name == null || year == null || type == null || on == null || by == null) {
      return null; // not reached: every required field was checked above
    }
    SelfAssessment.Builder b = SelfAssessment.builder().communeCode(code).communeName(name).year(year)
        .communeType(type).assessedOn(on).assessedBy(by)
        .synthetic(Boolean.TRUE.equals(fields.get(FormField.SYNTHETIC_DATA)))
        .entries(entries);
    Object tableId = fields.get(FormField.TABLE);
    if (tableId != null) {
      b.tableId((String) tableId);
    }
    Object tableVersion = fields.get(FormField.TABLE_VERSION);
    if (tableVersion != null) {
      b.tableVersion((String) tableVersion);
    }
    return b.build();
  }

  private static String cell(Map<FormColumn, String> cells, FormColumn column) {
    String v = cells.get(column);
    return v == null ? "" : v;
  }

  private static boolean isEmpty(List<String> row) {
    for (String s : row) {
      if (!s.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasExtra(List<String> row, int columns) {
    for (int i = columns; i < row.size(); i++) {
      if (!row.get(i).isBlank()) {
        return true;
      }
    }
    return false;
  }


  private void reject(IssueCode code, long line, @Nullable String column, @Nullable String detail) {
    rejected++;
    issues.add(code.issue(Severity.ERROR, at(line, column), detail));
  }

  private void fileIssue(IssueCode code, long line, @Nullable String column, @Nullable String detail) {
    issues.add(code.issue(code.getSeverity(), at(line, column), detail));
  }

  private Location at(long line, @Nullable String column) {
    Location.Builder b = Location.builder();
    if (file != null) {
      b.file(file);
    }
    if (line > 0) {
      b.line(line);
    }
    if (column != null) {
      b.column(column);
    }
    return b.build();
  }
}
