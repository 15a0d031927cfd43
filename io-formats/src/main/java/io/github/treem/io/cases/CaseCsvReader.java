package io.github.treem.io.cases;

import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads the officers' CSV form of cases: a header row, then one case per row (columns and their
 * forms in docs/protection-cases.md). UTF-8 (a leading byte-order mark dropped), separator
 * {@code ,} (or {@code ;} when the header has semicolons and no commas), blank lines skipped,
 * cells stripped, an empty cell "not recorded". Steps that repeat hold one value per occurrence,
 * separated by {@code |}; times carry their offset, or are Viet Nam local times.
 *
 * <p>Every row is a record, accepted or rejected with its issues ({@link CaseFileIssueCode}, and
 * the validator's {@link io.github.treem.core.protection.CaseIssueCode}s), located by line and
 * column; rows after a bad row are read. A missing required column or a duplicate column rejects
 * every row (rows are still counted); an unknown column is a warning and is ignored. A syntax
 * error (an unclosed quote, a field longer than {@value #MAX_FIELD_LENGTH} characters) stops
 * reading at its row, which is counted as rejected.
 *
 * <p>Implementation requirements: not thread-safe. Closing the reader closes the stream.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CaseCsvReader extends CaseReaderBase {
  /** The longest field read, in characters: {@value}. */
  public static final int MAX_FIELD_LENGTH = 65_536;

  private @Nullable JsonParser parser; // null when the file is empty (done at once)
  private CaseCsvColumn[] columns = new CaseCsvColumn[0];
  private boolean headerFatal;
  private boolean done;
  private boolean syntheticData;

  private CaseCsvReader(InputStream in, CaseReadOptions options) {
    super(in, options);
  }

  /**
   * Opens a reader and reads the header.
   *
   * @param in the bytes of the file, closed by {@link #close()}
   * @param options the options
   * @return the reader
   */
  public static CaseCsvReader open(InputStream in, CaseReadOptions options) {
    CaseCsvReader r = new CaseCsvReader(in, Objects.requireNonNull(options, "options must not be null"));
    r.start();
    return r;
  }

  private void start() {
    BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 65_536);
    char separator = ',';
    try {
      text.mark(1);
      if (text.read() != '\uFEFF') {
        text.reset();
      }
      text.mark(65_536);
      String first = text.readLine();
      while (first != null && first.isBlank()) {
        first = text.readLine();
      }
      text.reset();
      if (first == null) {
        fileIssue(CaseFileIssueCode.CASE_FILE_EMPTY.issue(at(0, null), null));
        done = true;
        return;
      }
      if (first.indexOf(';') >= 0 && first.indexOf(',') < 0) {
        separator = ';';
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CsvFactory factory = CsvFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_FIELD_LENGTH).build()).build();
    parser = new CsvMapper(factory).reader().with(CsvSchema.emptySchema().withColumnSeparator(separator))
        .with(CsvReadFeature.WRAP_AS_ARRAY).with(CsvReadFeature.SKIP_EMPTY_LINES).createParser(text);
    readHeader();
  }

  private void readHeader() {
    JsonParser parser = Objects.requireNonNull(this.parser);
    List<String> header = new ArrayList<>();
    long line;
    try {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_ARRAY || parser.nextToken() != JsonToken.START_ARRAY) {
        fileIssue(CaseFileIssueCode.CASE_FILE_EMPTY.issue(at(0, null), null));
        done = true;
        return;
      }
      line = parser.currentLocation().getLineNr();
      JsonToken t;
      while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
        header.add(parser.getString());
      }
    } catch (JacksonException e) {
      stop(e, 1);
      return;
    }
    columns = new CaseCsvColumn[header.size()];
    Set<CaseCsvColumn> present = EnumSet.noneOf(CaseCsvColumn.class);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      Optional<CaseCsvColumn> c = CaseCsvColumn.byHeader(name);
      if (c.isEmpty()) {
        // a header is the file's own text, not a case's: it may be named
        fileIssue(CaseFileIssueCode.CASE_CSV_UNKNOWN_COLUMN.issue(Location.ofLine(fileName, line, name), name));
      } else if (!present.add(c.get())) {
        fileIssue(CaseFileIssueCode.CASE_CSV_DUPLICATE_COLUMN.issue(Location.ofLine(fileName, line, name), name));
        headerFatal = true;
      } else {
        columns[i] = c.get();
      }
    }
    for (CaseCsvColumn c : CaseCsvColumn.values()) {
      if (c.required() && !present.contains(c)) {
        fileIssue(CaseFileIssueCode.CASE_CSV_MISSING_COLUMN.issue(Location.ofLine(fileName, line, c.header()), c.header()));
        headerFatal = true;
      }
    }
  }

  private Issue stop(JacksonException e, long line) {
    if (e instanceof JacksonIOException && e.getCause() instanceof IOException) {
      throw new UncheckedIOException((IOException) e.getCause());
    }
    done = true;
    Issue issue = CaseFileIssueCode.CASE_CSV_SYNTAX.issue(at(line, null), null);
    fileIssue(issue);
    return issue;
  }

  @Override
  public Optional<CaseRecord> next() {
    if (done) {
      return Optional.empty();
    }
    JsonParser parser = Objects.requireNonNull(this.parser); // set unless the file was empty (done)
    long line;
    List<String> fields = new ArrayList<>();
    try {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        done = true;
        return Optional.empty();
      }
      line = parser.currentLocation().getLineNr();
    } catch (JacksonException e) {
      stop(e, parser.currentLocation().getLineNr());
      return Optional.empty();
    }
    long index = read;
    try {
      while (parser.nextToken() == JsonToken.VALUE_STRING) {
        fields.add(parser.getString());
      }
    } catch (JacksonException e) {
      return Optional.of(rejected(line, index, List.of(stop(e, line))));
    }
    List<Issue> issues = new ArrayList<>();
    if (headerFatal) {
      issues.add(CaseFileIssueCode.CASE_CSV_MISSING_COLUMN.issue(at(line, null), "header"));
      return Optional.of(rejected(line, index, issues));
    }
    if (fields.size() != columns.length) {
      issues.add(CaseFileIssueCode.CASE_CSV_FIELD_COUNT.issue(at(line, null), fields.size() + " ≠ " + columns.length));
      return Optional.of(rejected(line, index, issues));
    }
    Map<CaseCsvColumn, String> cells = new EnumMap<>(CaseCsvColumn.class);
    boolean encoding = false;
    for (int i = 0; i < fields.size(); i++) {
      if (columns[i] == null) {
        continue;
      }
      String v = fields.get(i).strip();
      if (v.indexOf('\uFFFD') >= 0) {
        issues.add(CaseFileIssueCode.CASE_CSV_ENCODING.issue(Location.ofLine(fileName, line, columns[i].header()), null));
        encoding = true;
      }
      if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@\t\r'".indexOf(v.charAt(1)) >= 0) {
        v = v.substring(1); // the writer's neutralisation of a formula
      }
      cells.put(columns[i], v);
    }
    if (encoding) {
      return Optional.of(rejected(line, index, issues));
    }
    String marker = cells.remove(CaseCsvColumn.SYNTHETIC_DATA);
    if (marker != null && !marker.isEmpty()) {
      Optional<Boolean> yes = CaseCsvRows.marker(marker);
      if (yes.isEmpty()) {
        issues.add(CaseFileIssueCode.CASE_CSV_INVALID_VALUE.issue(Location.ofLine(fileName, line,
            CaseCsvColumn.SYNTHETIC_DATA.header()), CaseCsvColumn.SYNTHETIC_DATA.header() + " (Y/N)"));
        return Optional.of(rejected(line, index, issues));
      }
      syntheticData |= yes.get(); // the file's marker, not a datum of the case
    }
    String id = cells.getOrDefault(CaseCsvColumn.CASE_ID, "");
    String idPrefix = id.isEmpty() ? "" : id + "/";
    Optional<ProtectionCase> c = new CaseCsvRows.RowReader(cells,
        (col, suffix) -> Location.builder().from(Location.ofLine(fileName, line, col.header()))
            .path(idPrefix + col.header() + (suffix == null ? "" : suffix)).build(), issues).read();
    if (c.isEmpty()) {
      return Optional.of(rejected(line, index, issues));
    }
    return Optional.of(accepted(line, index, c.get(), issues));
  }

  /**
   * {@inheritDoc} In the CSV form: the column {@code synthetic_data} with a yes ({@code Y}, or a
   * flag of the form) in any row read so far.
   */
  @Override
  public boolean isSyntheticData() {
    return syntheticData;
  }

  @Override
  public void close() {
    try {
      if (parser != null) {
        parser.close();
      }
    } finally {
      super.close();
    }
  }
}
