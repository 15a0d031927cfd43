package io.github.treem.io.csv;

import org.apiguardian.api.API;
import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.ReadOptions;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.RegisterIssueCode;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.internal.RecordAssembler;
import io.github.treem.io.internal.csv.Column;
import io.github.treem.io.internal.csv.HeaderMatch;
import io.github.treem.io.internal.csv.RowCells;
import io.github.treem.io.internal.csv.RowMapper;
import io.github.treem.io.internal.csv.Text;
import io.github.treem.core.validation.Location;
import io.github.treem.io.TextEncoding;
import io.github.treem.io.internal.text.EncodingSniffer;
import io.github.treem.io.internal.text.TextDecoding;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads the commune child register in CSV (docs/register-format.md, format v1) as a stream of
 * {@link RegisterRecord}s, each row mapped to a {@link io.github.treem.core.Child} snapshot of the
 * reporting year. Never throws on bad data; see {@link RegisterReader}.
 *
 * <pre>{@code
 * try (RegisterCsvReader r = RegisterCsvReader.open(in, ReadOptions.builder().reportingYear(2020)
 *     .fileName("qv.csv").build())) {
 *   r.stream().filter(RegisterRecord::isAccepted).forEach(...);
 *   DataQuality stats = r.getStats();
 * }
 * }</pre>
 *
 * <p>Rules beyond the format document:
 * <ul>
 *   <li>Decoding: {@link ReadOptions#getTextEncoding()} (UTF-8 by default, a leading byte-order
 *       mark dropped; a UTF-16 byte-order mark reads the file as UTF-16), composed to NFC. A file
 *       read as UTF-8 whose bytes look like another encoding gets one file issue naming it
 *       ({@code TEXT_NOT_UTF8}) and is not read; stray bytes that are not UTF-8 in a UTF-8 file
 *       reject the row they are in ({@code CSV_INVALID_ENCODING}, or a file issue in the header).
 *   <li>Separator: {@code ;} when the header line has semicolons and no commas, a tab when it has
 *       tabs and no commas (Excel's "Unicode Text"), otherwise {@code ,}; with {@code ;} or a tab,
 *       {@code ,} is also a decimal separator. Blank lines are skipped.
 *   <li>Cells are stripped of surrounding spaces; an empty cell is "not recorded".
 *   <li>Text cells ({@code child_id}, {@code full_name}, {@code village},
 *       {@code hi_card_number}) starting with a single quote followed by {@code = + - @}, tab or CR
 *       (or by another such quote) lose that quote: it is the writer's formula neutralisation.
 *   <li>A missing or duplicate required column, or a duplicate column, rejects every row (rows
 *       are still read and counted). More header columns than {@link ReadOptions#getMaxColumns()}
 *       stops reading. A field longer than {@link ReadOptions#getMaxFieldLength()} or an
 *       unclosed quote stops reading at that row (the row is counted as rejected and the file is
 *       malformed). A row longer than {@link ReadOptions#getMaxLineLength()} is rejected.
 *   <li>Validation, duplicate {@code child_id}s, the read mode and the counts follow the rules of
 *       every register reader ({@link ReadOptions}). The identifiers accepted are kept in the
 *       heap up to {@link ReadOptions#getIdHeapBudget()} (by default a sixteenth of the maximum
 *       heap, between 4 MiB, some 180,000 identifiers of 10 characters, and 512 MiB), beyond
 *       that in two memory-mapped temporary files released by {@link #close()} (some 250 MB for
 *       ten million 10-character identifiers). The heap used does not grow with the number of
 *       rows.
 * </ul>
 *
 * <p>Implementation requirements: not thread-safe; one reader per thread.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RegisterCsvReader implements RegisterReader {
  /**
   * The fewest words outside ASCII, read well in another encoding, that make a file "not UTF-8"
   * rather than a UTF-8 file with a few stray bytes (which reject only their rows).
   */
  private static final int MIN_WORDS_TO_NAME = 3;
  private final ReadOptions options;
  private final TextDecoding decoder;
  private final List<Issue> fileIssues = new ArrayList<>();
  private final RecordAssembler assembler;
  /** What the parser reads: tells whether the parser was given the end of the input. */
  private EndAwareReader text;
  private JsonParser parser;
  private RowMapper mapper;
  private Column[] columns = new Column[0];
  private List<String> header = List.of();
  private List<String> lastFields = List.of();
  private char separator = ',';
  /** The header's problem that rejects every row, or null. */
  private RegisterIssueCode headerFatal;
  private boolean done;

  private RegisterCsvReader(InputStream in, ReadOptions options) {
    this.options = options;
    try {
      this.decoder = TextDecoding.open(in, options.getTextEncoding());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.assembler = new RecordAssembler(options);
  }

  /**
   * Opens a reader on a stream and reads the header.
   *
   * @param in the bytes of the file (closed by {@link #close()})
   * @param options the options
   * @return the reader
   * @throws UncheckedIOException on an I/O error of the stream
   */
  public static RegisterCsvReader open(InputStream in, ReadOptions options) {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(options, "options must not be null");
    RegisterCsvReader r = new RegisterCsvReader(in, options);
    r.start();
    return r;
  }

  private void start() {
    if (!checkEncoding()) {
      return;
    }
    BufferedReader buffered = new BufferedReader(decoder, 65_536);
    try {
      int limit = options.getMaxLineLength() + 2;
      buffered.mark(limit);
      StringBuilder first = new StringBuilder();
      int c;
      boolean blank = true;
      while (first.length() < limit && (c = buffered.read()) >= 0) {
        if (c == '\n' && !blank) {
          break;
        }
        blank &= Character.isWhitespace(c);
        first.append((char) c);
      }
      buffered.reset();
      if (blank) {
        fileIssue(RegisterIssueCode.CSV_EMPTY_FILE, 1, null, null);
        done = true;
        return;
      }
      if (first.indexOf(";") >= 0 && first.indexOf(",") < 0) {
        separator = ';';
      } else if (first.indexOf("\t") >= 0 && first.indexOf(",") < 0) {
        separator = '\t'; // Excel's "Unicode Text"
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CsvFactory factory = CsvFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(options.getMaxFieldLength()).build())
        .build();
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
    text = new EndAwareReader(buffered);
    parser = new CsvMapper(factory).reader().with(schema).with(CsvReadFeature.WRAP_AS_ARRAY)
        .with(CsvReadFeature.SKIP_EMPTY_LINES).createParser(text);
    mapper = new RowMapper(options, assembler, separator != ',');
    readHeader();
  }

  private void readHeader() {
    try {
      JsonToken t = parser.nextToken();
      if (t != JsonToken.START_ARRAY || parser.nextToken() != JsonToken.START_ARRAY) {
        fileIssue(RegisterIssueCode.CSV_EMPTY_FILE, 1, null, null);
        done = true;
        return;
      }
      List<String> h = new ArrayList<>();
      while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
        if (h.size() >= options.getMaxColumns()) {
          fileIssue(RegisterIssueCode.CSV_TOO_MANY_COLUMNS, 1, null, Integer.toString(options.getMaxColumns()));
          done = true;
          return;
        }
        h.add(parser.getString());
      }
      header = Collections.unmodifiableList(h);
    } catch (JacksonException e) {
      fileIssues.add(fatal(e, 1, null));
      return;
    }
    if (decoder.isMalformedBetween(1, lastLine(1))) {
      fileIssue(RegisterIssueCode.CSV_INVALID_ENCODING, 1, null, null);
    }
    HeaderMatch match = HeaderMatch.of(header);
    columns = match.getColumns();
    for (HeaderMatch.Finding f : match.getFindings()) {
      fileIssues.add(f.issue(options.getFileName().orElse(null), 1, f.getName()));
    }
    headerFatal = match.getFatal().orElse(null);
    if (headerFatal != null) {
      assembler.markMalformed();
    }
  }

  /**
   * One file issue, instead of an error on every row, when the text is read as UTF-8 but is not:
   * the bytes look like another encoding ({@code TEXT_NOT_UTF8}, nothing read), or like text
   * typed in a legacy font carried in UTF-8 ({@code TEXT_LEGACY_FONT}, a warning).
   *
   * @return whether to read on
   */
  private boolean checkEncoding() {
    if (decoder.getEncoding() != TextEncoding.UTF_8) {
      return true;
    }
    EncodingSniffer.Guess g = decoder.getGuess();
    Location where = Location.builder().file(options.getFileName()).build();
    if (g.isCarriedInUtf8()) {
      fileIssues.add(RegisterIssueCode.TEXT_LEGACY_FONT.issue(Severity.WARNING, where,
          g.encoding().map(TextEncoding::getName).orElse("?")));
    } else if (g.encoding().isPresent() && !g.isPlainUtf8()
        && (g.basis() != EncodingSniffer.Basis.SYLLABLES || g.words() >= MIN_WORDS_TO_NAME)) {
      fileIssues.add(RegisterIssueCode.TEXT_NOT_UTF8.issue(Severity.ERROR, where, g.encoding().get().getName()));
      assembler.markMalformed();
      done = true;
      return false;
    }
    return true;
  }

  /** The last line of the record just read: the parser stands at the start of the next line. */
  private long lastLine(long firstLine) {
    TokenStreamLocation loc = parser.currentLocation();
    return Math.max(firstLine, loc.getColumnNr() <= 1 ? loc.getLineNr() - 1 : loc.getLineNr());
  }

  private void fileIssue(RegisterIssueCode code, long line, String column, String value) {
    fileIssues.add(RecordAssembler.issue(options.getFileName().orElse(null), code, code.getSeverity(), line, column,
        value));
    if (code.getSeverity() == Severity.ERROR) {
      assembler.markMalformed();
    }
  }

  /**
   * Stops reading after a syntax error or a limit; returns the issue (for the caller to place).
   * The code comes from the exception's type and from where the parser stood: a value the parser
   * was still reading when it was given the end of the input can only be a quoted one never
   * closed (Jackson's exception type does not tell it from other syntax errors).
   */
  private Issue fatal(JacksonException e, long line, String column) {
    if (e instanceof JacksonIOException) {
      throw new UncheckedIOException((IOException) e.getCause());
    }
    done = true;
    RegisterIssueCode code;
    if (e instanceof StreamConstraintsException) {
      code = RegisterIssueCode.CSV_FIELD_TOO_LONG;
    } else if (text.ended) {
      code = RegisterIssueCode.CSV_UNBALANCED_QUOTES;
    } else {
      code = RegisterIssueCode.CSV_SYNTAX;
    }
    assembler.markMalformed();
    return RecordAssembler.issue(options.getFileName().orElse(null), code, Severity.ERROR, line, column, null);
  }

  @Override
  public Optional<RegisterRecord> next() {
    if (done) {
      return Optional.empty();
    }
    long line;
    List<String> fields = new ArrayList<>(columns.length);
    int count = 0;
    long length = 0;
    List<Issue> issues = new ArrayList<>();
    try {
      JsonToken t = parser.nextToken();
      if (t != JsonToken.START_ARRAY) {
        done = true;
        return Optional.empty();
      }
      line = parser.currentLocation().getLineNr();
    } catch (JacksonException e) {
      fileIssues.add(fatal(e, parser.currentLocation().getLineNr(), null));
      return Optional.empty();
    }
    try {
      JsonToken t;
      while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
        String v = parser.getString();
        count++;
        length += v.length() + 1;
        if (count <= columns.length + 1 && length <= options.getMaxLineLength()) {
          fields.add(v);
        }
      }
    } catch (JacksonException e) {
      String column = count < columns.length && columns[count] != null ? columns[count].getCanonical() : null;
      issues.add(fatal(e, line, column));
      lastFields = fields;
      return Optional.of(assembler.reject(line, issues));
    }
    lastFields = fields;
    if (length > options.getMaxLineLength()) {
      issues.add(assembler.issue(RegisterIssueCode.CSV_LINE_TOO_LONG, false, line, null, null));
    }
    if (count > columns.length) {
      issues.add(assembler.issue(RegisterIssueCode.CSV_TOO_MANY_FIELDS, false, line, null,
          count + " > " + columns.length));
    } else if (count < columns.length) {
      issues.add(assembler.issue(RegisterIssueCode.CSV_TOO_FEW_FIELDS, true, line, null,
          count + " < " + columns.length));
    }
    if (decoder.isMalformedBetween(line, lastLine(line))) {
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).indexOf('\uFFFD') >= 0) {
          String column = i < columns.length && columns[i] != null ? columns[i].getCanonical() : null;
          issues.add(assembler.issue(RegisterIssueCode.CSV_INVALID_ENCODING, false, line, column, null));
        }
      }
    }
    if (headerFatal != null) {
      issues.add(assembler.issue(headerFatal, false, line, null, null));
      return Optional.of(assembler.reject(line, issues));
    }
    Child child = mapper.map(line, RowCells.of(columns, fields), issues);
    return Optional.of(assembler.assemble(line, child, issues, "", Column.CHILD_ID.getCanonical()));
  }

  @Override
  public List<Issue> getFileIssues() {
    return Collections.unmodifiableList(fileIssues);
  }

  @Override
  public DataQuality getStats() {
    return assembler.stats();
  }

  /** {@return the header cells as read (empty before the header or for an empty file)} */
  public List<String> getHeader() {
    return header;
  }

  /** {@return the separator detected, {@code ,} or {@code ;}} */
  public char getSeparator() {
    return separator;
  }

  /**
   * The record last returned by {@link #next()}, written back as one CSV record (RFC 4180, with
   * the file's separator, without line ending): its fields as read, so that a rejected row can be
   * kept, with any field a spreadsheet would run as a formula prefixed by a single quote (plain
   * numbers excepted). At most {@code header size + 1} fields are kept.
   *
   * @return the record text
   */
  public String getLastRecordText() {
    return Text.neutralisedRecord(lastFields, separator);
  }

  /** {@return the header written back as one CSV record, without line ending} */
  public String getHeaderText() {
    return Text.neutralisedRecord(header, separator);
  }

  @Override
  public void close() {
    try {
      if (parser != null) {
        parser.close();
      }
      decoder.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JacksonException e) {
      // closing a parser that failed: nothing more to report
      done = true;
    } finally {
      assembler.close();
    }
  }

  /** Tells whether its reader gave the end of the input to the parser. */
  private static final class EndAwareReader extends FilterReader {
    boolean ended;

    EndAwareReader(java.io.Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      ended |= c < 0;
      return c;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      int n = super.read(cbuf, off, len);
      ended |= n < 0;
      return n;
    }
  }
}
