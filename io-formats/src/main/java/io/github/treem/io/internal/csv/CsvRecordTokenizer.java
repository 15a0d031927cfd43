package io.github.treem.io.internal.csv;

import io.github.treem.io.RegisterIssueCode;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits decoded CSV text (RFC 4180, one separator, {@code "} as quote) into records, and
 * recovers from damage: a record over a limit or with an unclosed quote is reported and reading
 * resumes at the next record (internal: not API).
 *
 * <p>Why this is not a library's parser: Jackson CSV and FastCSV 4.4 both stop at a limit or an
 * unclosed quote (an exception, after which the parser's state is undefined: FastCSV documents
 * no recovery, and it buffers a whole field up to its buffer limit before checking the field
 * limit). The register format requires that nothing after a damaged record be lost
 * (docs/register-format.md, "Damaged records"): an over-long field skipped without being held,
 * and the rows an unclosed quote swallowed read again. That needs the tokeniser's state, so the
 * tokeniser is ours; its syntax is Jackson CSV's as the reader used it (blank lines skipped,
 * spaces and tabs allowed around a quoted value, quotes inside an unquoted value literal).
 *
 * <p>Rules:
 * <ul>
 *   <li>A line break is LF, CR LF or a lone CR; a line of nothing but spaces is skipped.
 *   <li>A field longer than {@code maxField} characters ({@link Problem#FIELD_TOO_LONG}) or a
 *       record longer than {@code maxRecord} (the sum of its fields plus one a separator, {@link
 *       Problem#RECORD_TOO_LONG}): the characters past the limit are not held; the record ends
 *       where its syntax ends it.
 *   <li>A quoted value not closed by the end of the input, or reaching a limit after a line break
 *       inside it ({@link Problem#UNCLOSED_QUOTE}): the record ends at the line where the quote
 *       opened, and reading resumes at the line after it: the text read since that line is read
 *       again (it is held for this, and it is bounded by the limits). A quoted value reaching a
 *       limit on the line where it opened is skipped to its closing quote if that is on the same
 *       line (a field too long), otherwise it is an unclosed quote too (resuming at the next line).
 *   <li>A character other than a space or tab after a closing quote ({@link Problem#SYNTAX}):
 *       the rest of the field is read as unquoted text; the record ends where its syntax ends it.
 *   <li>More than {@code maxFields} fields: {@link Problem#TOO_MANY_FIELDS}, and the tokeniser
 *       stops at once (for the header: nothing more is read).
 * </ul>
 *
 * <p>Memory: the input buffer, the current field (at most {@code maxField} characters), the
 * fields kept (at most {@code keepFields}, and {@code maxRecord} characters in all), and the text
 * held for a re-read (bounded by the limits).
 */
public final class CsvRecordTokenizer {
  /** What went wrong with a record. */
  public enum Problem {
    /** A field over the field limit. */
    FIELD_TOO_LONG,
    /** A record over the record limit. */
    RECORD_TOO_LONG,
    /** A quote never closed (see the class's rules). */
    UNCLOSED_QUOTE,
    /** A character after a closing quote. */
    SYNTAX,
    /** More fields than the tokeniser was allowed; reading stopped. */
    TOO_MANY_FIELDS;

    /** {@return the register's issue code for this problem, used by every reader on this tokeniser} */
    public RegisterIssueCode issueCode() {
      return switch (this) {
        case FIELD_TOO_LONG -> RegisterIssueCode.CSV_FIELD_TOO_LONG;
        case RECORD_TOO_LONG -> RegisterIssueCode.CSV_LINE_TOO_LONG;
        case UNCLOSED_QUOTE -> RegisterIssueCode.CSV_UNCLOSED_QUOTE;
        case TOO_MANY_FIELDS -> RegisterIssueCode.CSV_TOO_MANY_COLUMNS;
        case SYNTAX -> RegisterIssueCode.CSV_SYNTAX;
      };
    }
  }

  private static final int EOF = -1;
  /** A record ended by an unclosed quote: the line is already where reading resumes. */
  private static final int RESUMED = -2;

  private final Reader in;
  private final char separator;
  private final int maxField;
  private final int maxRecord;
  private int maxFields;
  private int keepFields;

  private final char[] buf = new char[65_536];
  private int pos;
  private int len;
  /** Text to read again before {@link #buf}, or null. */
  private char @Nullable [] again;
  private int againPos;
  private boolean eof;
  private boolean stopped;
  /** Whether the common record is read in one loop ({@link #wholeRecord()}; off: the tests' reference). */
  private boolean wholeRecords = true;

  /** The line of the next character. */
  private long line = 1;
  /** Whether the last character consumed was a CR (a following LF is the same line break). */
  private boolean afterCr;

  private char[] field = new char[256];
  private int fieldLen;
  /** Raw text held since the first line break inside the current quoted value, or null. */
  private @Nullable StringBuilder raw;
  /** The characters of the last quoted value read (held or not). */
  private long quotedChars;

  // the record
  private RecordFields fields = new RecordFields(256, 32);
  private int fieldCount;
  private long recordLength;
  private long firstLine;
  private long lastLine;
  private @Nullable Problem problem;
  private int problemField;
  private long problemLine;

  /**
   * A tokeniser.
   *
   * @param in the decoded text (not closed here)
   * @param separator the field separator
   * @param maxField the most characters of one field
   * @param maxRecord the most characters of one record (fields plus one a separator)
   * @param maxFields the most fields of one record before the tokeniser stops
   * @param keepFields the most fields of one record kept in {@link #fields()}
   */
  public CsvRecordTokenizer(Reader in, char separator, int maxField, int maxRecord, int maxFields,
      int keepFields) {
    this.in = in;
    this.separator = separator;
    this.maxField = maxField;
    this.maxRecord = maxRecord;
    this.maxFields = maxFields;
    this.keepFields = keepFields;
  }

  /**
   * Sets the most fields of one record before the tokeniser stops.
   *
   * @param maxFields the most fields
   */
  public void limitFields(int maxFields) {
    this.maxFields = maxFields;
  }

  /**
   * Turns the one-loop path of the common record off (the reference of the equivalence test).
   *
   * @param on whether to take it
   */
  void wholeRecords(boolean on) {
    this.wholeRecords = on;
  }

  /**
   * Sets how many fields of a record are kept.
   *
   * @param keepFields the most fields kept
   */
  public void keepFields(int keepFields) {
    this.keepFields = keepFields;
  }

  /** {@return the fields kept of the record read (not those past a limit); refilled by {@link #next()}} */
  public RecordFields fields() {
    return fields;
  }

  /**
   * Hands over the fields kept of the record read, without a copy: the list returned is the
   * caller's, and the tokeniser fills a new one for the next record.
   *
   * @return the fields kept
   */
  public RecordFields takeFields() {
    RecordFields taken = fields;
    fields = new RecordFields(taken.charCount() + 64, Math.max(10, Math.min(keepFields, taken.size() + 1)));
    return taken;
  }

  /** {@return how many fields the record has (kept or not)} */
  public int fieldCount() {
    return fieldCount;
  }

  /** {@return the record's length: its fields' characters plus one a field} */
  public long recordLength() {
    return recordLength;
  }

  /** {@return the line where the record starts} */
  public long firstLine() {
    return firstLine;
  }

  /** {@return the last line of the record} */
  public long lastLine() {
    return lastLine;
  }

  /** {@return the record's problem (the first found), or null} */
  public @Nullable Problem problem() {
    return problem;
  }

  /** {@return the index of the field of the problem} */
  public int problemField() {
    return problemField;
  }

  /** {@return the line of the problem: where an unclosed quote opened, else the record's line} */
  public long problemLine() {
    return problemLine;
  }

  /**
   * Reads the next record.
   *
   * @return false at the end of the input (or after {@link Problem#TOO_MANY_FIELDS})
   * @throws IOException from the reader
   */
  public boolean next() throws IOException {
    if (stopped) {
      return false;
    }
    fields.reset();
    fieldCount = 0;
    recordLength = 0;
    problem = null;
    int c;
    // blank lines: nothing but spaces
    while (true) {
      c = read();
      while (c == ' ') {
        c = read();
      }
      if (c == EOF) {
        return false;
      }
      if (c != '\r' && c != '\n') {
        break;
      }
      lineBreak(c);
    }
    firstLine = line;
    problemLine = line;
    if (wholeRecords && wholeRecord()) {
      return true;
    }
    while (true) {
      int end = readField(c);
      if (end == RESUMED) {
        return true;
      }
      if (stopped) {
        lastLine = line;
        return true;
      }
      if (end == separator) {
        c = read();
        continue;
      }
      lastLine = line;
      if (end == '\r' || end == '\n') {
        lineBreak(end);
      }
      return true;
    }
  }

  /**
   * The common record, read in one loop: when the record's first character was {@code buf[pos -
   * 1]} and the whole record is in the buffer, without a quote and within every limit, its fields
   * are split at the separators and kept in one copy, and the record's line break is consumed.
   * Otherwise nothing is consumed (the field-by-field path reads the record, with the same
   * result: without a quote, a field is its characters up to the separator, spaces and tabs
   * included).
   *
   * @return whether the record was read
   */
  private boolean wholeRecord() {
    if (again != null || pos == 0) {
      return false;
    }
    int start = pos - 1;
    int p = fields.split(buf, start, len, separator, maxField, Math.min(maxFields, keepFields));
    if (p < 0 || p - start + 1 > maxRecord) {
      fields.reset();
      return false;
    }
    fieldCount = fields.size();
    recordLength = p - start + 1L; // its characters less the separators, plus one a field
    pos = p + 1;
    afterCr = false;
    lastLine = line;
    lineBreak(buf[p]);
    return true;
  }

  /**
   * Reads one field starting with {@code c}; returns what ended it: the separator, a line break
   * character not yet counted, {@link #EOF}, or {@link #RESUMED}.
   */
  private int readField(int c) throws IOException {
    fieldLen = 0;
    boolean hold = problem == null;
    fieldCount++;
    if (fieldCount > maxFields) {
      fail(Problem.TOO_MANY_FIELDS, line);
      stopped = true;
      return EOF;
    }
    // spaces or tabs before a quote are dropped
    int lead = 0;
    while ((c == ' ' || c == '\t') && c != separator) {
      hold = appendChecked(hold, (char) c);
      lead++;
      c = read();
    }
    if (c == '"') {
      fieldLen = 0;
      c = readQuoted(hold);
      if (c == RESUMED) {
        return RESUMED;
      }
      if (c == EOF || c == separator || c == '\r' || c == '\n') {
        endField(quotedChars);
        return c;
      }
      // a character after the closing quote: read on as text
      fail(Problem.SYNTAX, firstLine);
      hold = false;
      lead = (int) Math.min(Integer.MAX_VALUE, quotedChars);
    }
    if (hold && lead == 0 && again == null && c != EOF && c != separator && c != '\r' && c != '\n') {
      // fast path (the common field): c was buf[pos - 1]; the whole unquoted field is in the
      // buffer and within the limits, so it is kept in one copy
      int start = pos - 1;
      int p = pos;
      while (p < len) {
        char ch = buf[p];
        if (ch == separator || ch == '\r' || ch == '\n') {
          break;
        }
        p++;
      }
      int n = p - start;
      if (p < len && n <= maxField && recordLength + n + 1 <= maxRecord) {
        pos = p + 1;
        recordLength += n + 1;
        if (fields.size() < keepFields) {
          fields.add(buf, start, n);
        }
        return buf[p];
      }
    }
    long chars = lead;
    while (c != EOF && c != separator && c != '\r' && c != '\n') {
      chars++;
      hold = appendChecked(hold, (char) c);
      c = read();
    }
    endField(chars);
    return c;
  }

  /** Appends to the field if still held and within the limits; returns whether still held. */
  private boolean appendChecked(boolean hold, char c) {
    if (!hold) {
      return false;
    }
    if (fieldLen >= maxField) {
      fail(Problem.FIELD_TOO_LONG, firstLine);
      return false;
    }
    if (recordLength + fieldLen + 1 >= maxRecord) {
      fail(Problem.RECORD_TOO_LONG, firstLine);
      return false;
    }
    append(c);
    return true;
  }

  /**
   * Reads a quoted value after its opening quote; returns the character after the closing quote
   * (after spaces and tabs), or {@link #RESUMED} when the quote was found unclosed (the record is
   * then over, and reading resumes at the line after the quote's).
   */
  private int readQuoted(boolean hold) throws IOException {
    long quoteLine = line;
    boolean recordWithin = recordLength <= maxRecord;
    raw = null;
    long n = 0;
    boolean overLimit = false;
    int c;
    while (true) {
      c = read();
      if (c == EOF) {
        return unclosed(quoteLine);
      }
      if (raw != null && !(c == '\n' && afterCr && raw.length() == 0)) {
        raw.append((char) c);
      }
      if (c == '"') {
        int d = read();
        if (d != '"') {
          raw = null;
          quotedChars = n;
          while ((d == ' ' || d == '\t') && d != separator) {
            d = read();
          }
          return d;
        }
        if (raw != null) {
          raw.append('"');
        }
      } else if (c == '\r' || c == '\n') {
        if (overLimit) {
          // over a limit on the quote's own line and not closed there
          return unclosedAtBreak(quoteLine, c);
        }
        boolean crlf = afterCr && c == '\n';
        lineBreak(c);
        if (raw == null && !crlf) {
          raw = new StringBuilder();
        }
      }
      n++;
      if (!overLimit && (n > maxField || (recordWithin && recordLength + n + 1 > maxRecord))) {
        if (line > quoteLine) {
          return unclosed(quoteLine);
        }
        fail(n > maxField ? Problem.FIELD_TOO_LONG : Problem.RECORD_TOO_LONG, firstLine);
        overLimit = true;
        hold = false;
      }
      if (hold) {
        append((char) c);
      }
    }
  }

  /** The quote opened at {@code quoteLine} is unclosed: the text after its line is read again. */
  private int unclosed(long quoteLine) {
    problem = Problem.UNCLOSED_QUOTE;
    problemLine = quoteLine;
    problemField = fieldCount - 1;
    lastLine = quoteLine;
    if (raw != null && raw.length() > 0) {
      readAgain(raw);
    }
    raw = null;
    line = quoteLine + 1;
    afterCr = false;
    return RESUMED;
  }

  /** Unclosed, found at the line break {@code c} that ends the quote's own line. */
  private int unclosedAtBreak(long quoteLine, int c) throws IOException {
    if (c == '\r') {
      int d = read();
      if (d != '\n' && d != EOF) {
        unread(d);
      }
    }
    raw = null;
    return unclosed(quoteLine);
  }

  private void fail(Problem p, long at) {
    if (problem == null) {
      problem = p;
      problemField = fieldCount - 1;
      problemLine = at;
    }
  }

  private void endField(long chars) {
    recordLength += chars + 1;
    if (problem == null && recordLength > maxRecord) {
      fail(Problem.RECORD_TOO_LONG, firstLine);
    }
    if (problem == null && fields.size() < keepFields) {
      fields.add(field, 0, fieldLen);
    }
  }

  private void append(char c) {
    if (fieldLen == field.length) {
      field = Arrays.copyOf(field, Math.min(Math.max(field.length * 2, 16), Math.max(maxField, 16) + 1));
    }
    field[fieldLen++] = c;
  }

  private void lineBreak(int c) {
    if (c == '\n' && afterCr) {
      afterCr = false;
      return;
    }
    line++;
    afterCr = c == '\r';
  }

  private int read() throws IOException {
    if (again != null) {
      if (againPos < again.length) {
        char c = again[againPos++];
        if (c != '\n') {
          afterCrClear(c);
        }
        return c;
      }
      again = null;
    }
    if (pos == len) {
      if (eof) {
        return EOF;
      }
      int n = in.read(buf, 0, buf.length);
      if (n <= 0) {
        eof = true;
        return EOF;
      }
      pos = 0;
      len = n;
    }
    char c = buf[pos++];
    if (c != '\n') {
      afterCrClear(c);
    }
    return c;
  }

  /** A character other than LF ends a pending CR (a later LF is a line break of its own). */
  private void afterCrClear(char c) {
    if (c != '\r') {
      afterCr = false;
    }
  }

  private void unread(int c) {
    readAgain(String.valueOf((char) c));
  }

  private void readAgain(CharSequence text) {
    int rest = again == null ? 0 : again.length - againPos;
    char[] next = new char[text.length() + rest];
    for (int i = 0; i < text.length(); i++) {
      next[i] = text.charAt(i);
    }
    if (rest > 0) {
      System.arraycopy(again, againPos, next, text.length(), rest);
    }
    again = next;
    againPos = 0;
  }
}
