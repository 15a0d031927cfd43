package io.github.treem.io.csv;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
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
import io.github.treem.io.internal.csv.CsvRecordTokenizer;
import io.github.treem.io.internal.csv.CsvSeparator;
import io.github.treem.io.internal.csv.HeaderMatch;
import io.github.treem.io.internal.csv.RecordFields;
import io.github.treem.io.internal.csv.RowCells;
import io.github.treem.io.internal.csv.RowMapper;
import io.github.treem.io.internal.csv.Text;
import io.github.treem.io.internal.read.ReadAhead;
import io.github.treem.io.internal.text.EncodingSniffer;
import io.github.treem.io.internal.text.TextDecoding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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
 *       stops reading, and so does a damaged header.
 *   <li>Damaged records lose nothing after them: a field longer than {@link
 *       ReadOptions#getMaxFieldLength()} ({@code CSV_FIELD_TOO_LONG}: skipped, never held), a
 *       record longer than {@link ReadOptions#getMaxLineLength()} ({@code CSV_LINE_TOO_LONG}) or
 *       a character after a closing quote ({@code CSV_SYNTAX}) rejects that record, and reading
 *       resumes at the next record. A quoted field not closed by the end of the file or before
 *       a limit rejects its record with {@code CSV_UNCLOSED_QUOTE} at the line where the quote
 *       opened, and reading resumes at the line after it (the rows the quote swallowed are read
 *       again). Every such record is counted as rejected; all but the over-long record mark the
 *       file malformed.
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
  private @Nullable CsvRecordTokenizer tokens; // null when the file is empty or not UTF-8 (done at once)
  private @Nullable RowMapper mapper;
  private Column[] columns = new Column[0];
  private List<String> header = List.of();
  private List<String> lastFields = List.of();
  private char separator = ',';
  /** The header's problem that rejects every row, or null. */
  private @Nullable RegisterIssueCode headerFatal;
  private boolean done;
  /** The rows prepared on a thread of their own ({@link ReadOptions#isReadAhead()}), or null. */
  private @Nullable ReadAhead<Prepared> ahead;
  /** The cells of the row being mapped (refilled for each row by {@link #prepare()}). */
  private final RowCells cells = RowCells.reusable();

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
      char sniffed = CsvSeparator.sniff(buffered, options.getMaxLineLength() + 2);
      if (sniffed == CsvSeparator.NONE) {
        fileIssue(RegisterIssueCode.CSV_EMPTY_FILE, 1, null, null);
        done = true;
        return;
      }
      separator = sniffed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    tokens = new CsvRecordTokenizer(buffered, separator, options.getMaxFieldLength(), options.getMaxLineLength(),
        options.getMaxColumns(), options.getMaxColumns());
    mapper = new RowMapper(options, assembler, separator != ',');
    readHeader();
  }

  private void readHeader() {
    CsvRecordTokenizer tokens = Objects.requireNonNull(this.tokens);
    try {
      if (!tokens.next()) {
        fileIssue(RegisterIssueCode.CSV_EMPTY_FILE, 1, null, null);
        done = true;
        return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CsvRecordTokenizer.Problem problem = tokens.problem();
    if (problem == CsvRecordTokenizer.Problem.TOO_MANY_FIELDS) {
      fileIssue(RegisterIssueCode.CSV_TOO_MANY_COLUMNS, 1, null, Integer.toString(options.getMaxColumns()));
      done = true;
      return;
    }
    if (problem != null) {
      // a damaged header: no row can be mapped
      fileIssue(problem.issueCode(), tokens.problemLine(), null, null);
      done = true;
      return;
    }
    header = List.copyOf(tokens.fields());
    if (decoder.isMalformedBetween(1, tokens.lastLine())) {
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
    tokens.limitFields(Integer.MAX_VALUE);
    tokens.keepFields(columns.length + 1);
    if (options.isReadAhead()) {
      ahead = new ReadAhead<>(this::prepare, Prepared::chars);
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

  private void fileIssue(RegisterIssueCode code, long line, @Nullable String column, @Nullable String value) {
    fileIssues.add(RecordAssembler.issue(options.getFileName().orElse(null), code, code.getSeverity(), line, column,
        value));
    if (code.getSeverity() == Severity.ERROR) {
      assembler.markMalformed();
    }
  }


  /**
   * A row made ready for the assembler: its fields, and either the child mapped from them with
   * the issues of the mapping, or the issues that reject it. Made by {@link #prepare()}, on the
   * calling thread or read ahead on a thread of its own; everything done in order (validation,
   * the duplicate-id check, the counts) is left to {@link #next()}.
   */
  private static final class Prepared {
    final long line;
    final RecordFields fields;
    final List<Issue> issues;
    final @Nullable Child child;
    /** Rejected by its syntax or the header, before any mapping. */
    final boolean rejected;
    /** A damage that marks the file malformed. */
    final boolean malformed;

    Prepared(long line, RecordFields fields, List<Issue> issues, @Nullable Child child, boolean rejected, boolean malformed) {
      this.line = line;
      this.fields = fields;
      this.issues = issues;
      this.child = child;
      this.rejected = rejected;
      this.malformed = malformed;
    }

    long chars() {
      return 2 * (64 + fields.charCount() + 16L * fields.size());
    }
  }

  /**
   * Tokenises and maps the next row (everything that does not depend on the rows before it).
   *
   * @return the row, or null at the end
   */
  private @Nullable Prepared prepare() throws IOException {
    CsvRecordTokenizer tokens = Objects.requireNonNull(this.tokens); // set unless done at once
    if (!tokens.next()) {
      return null;
    }
    long line = tokens.firstLine();
    // read ahead, the record's own fields (read-only from here on: the tokeniser fills new ones for
    // the next); otherwise the tokeniser's, refilled only by the next call, after the row is used
    RecordFields fields = options.isReadAhead() ? tokens.takeFields() : tokens.fields();
    int count = tokens.fieldCount();
    List<Issue> issues = new ArrayList<>();
    CsvRecordTokenizer.Problem problem = tokens.problem();
    if (problem != null) {
      // a damaged record: rejected, and reading goes on with the next one (docs/register-format.md)
      int at = tokens.problemField();
      boolean inField = problem != CsvRecordTokenizer.Problem.RECORD_TOO_LONG;
      String column = inField && at >= 0 && at < columns.length && columns[at] != null
          ? columns[at].getCanonical() : null;
      RegisterIssueCode code = problem.issueCode();
      issues.add(RecordAssembler.issue(options.getFileName().orElse(null), code, Severity.ERROR,
          tokens.problemLine(), column, null));
      return new Prepared(line, fields, issues, null, true, problem != CsvRecordTokenizer.Problem.RECORD_TOO_LONG);
    }
    if (count > columns.length) {
      issues.add(assembler.issue(RegisterIssueCode.CSV_TOO_MANY_FIELDS, false, line, null,
          count + " > " + columns.length));
    } else if (count < columns.length) {
      issues.add(assembler.issue(RegisterIssueCode.CSV_TOO_FEW_FIELDS, true, line, null,
          count + " < " + columns.length));
    }
    if (decoder.isMalformedBetween(line, tokens.lastLine())) {
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).indexOf('\uFFFD') >= 0) {
          String column = i < columns.length && columns[i] != null ? columns[i].getCanonical() : null;
          issues.add(assembler.issue(RegisterIssueCode.CSV_INVALID_ENCODING, false, line, column, null));
        }
      }
    }
    if (headerFatal != null) {
      issues.add(assembler.issue(headerFatal, false, line, null, null));
      return new Prepared(line, fields, issues, null, true, false);
    }
    // one RowCells for the reader: prepare() runs on one thread at a time, and the mapper keeps no cell
    Child child = Objects.requireNonNull(mapper).map(line, cells.fill(columns, fields), issues);
    return new Prepared(line, fields, issues, child, false, false);
  }

  @Override
  public Optional<RegisterRecord> next() {
    if (done) {
      return Optional.empty();
    }
    Prepared p;
    try {
      p = ahead != null ? ahead.next() : prepare();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (p == null) {
      done = true;
      return Optional.empty();
    }
    lastFields = p.fields;
    if (p.malformed) {
      assembler.markMalformed();
    }
    if (p.rejected) {
      return Optional.of(assembler.reject(p.line, p.issues));
    }
    return Optional.of(assembler.assemble(p.line, p.child, p.issues, "", Column.CHILD_ID.getCanonical()));
  }

  @Override
  public List<Issue> getFileIssues() {
    return Collections.unmodifiableList(fileIssues);
  }

  @Override
  public boolean isSyntheticData() {
    return mapper != null && mapper.isSyntheticData();
  }

  @Override
  public DataQuality getStats() {
    return assembler.stats();
  }

  /** {@return the encoding asked for, or the one detected ({@code auto}, a UTF-16 byte-order mark)} */
  @Override
  public Optional<TextEncoding> getTextEncoding() {
    return Optional.of(decoder.getEncoding());
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
    if (ahead != null) {
      ahead.close();
    }
    try {
      decoder.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      assembler.close();
    }
  }
}
