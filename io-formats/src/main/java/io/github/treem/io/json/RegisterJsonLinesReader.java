package io.github.treem.io.json;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.internal.Utf8Check;
import io.github.treem.io.internal.json.JsonInput;
import io.github.treem.io.internal.json.JsonProblems;
import io.github.treem.io.internal.json.LineSource;
import io.github.treem.io.internal.read.ReadAhead;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Streams a JSON Lines register: one child (a JSON object) per line, UTF-8, lines separated by
 * {@code \n} (a {@code \r} before it is allowed); blank lines are skipped and are not records.
 * Memory is bounded by the longest line kept ({@value #MAX_LINE_LENGTH} bytes): a longer line
 * is rejected with {@link JsonIssueCode#JSON_LIMIT_EXCEEDED} without being held.
 *
 * <p>Each non-blank line becomes one {@link RegisterRecord} (its line number is the record's):
 * accepted with its {@link Child}, or rejected with located, coded issues. Decoding, validation,
 * duplicate identifiers and counts follow the rules of every register reader ({@link ReadOptions},
 * {@link io.github.treem.io.ReadMode}). Every problem, including a syntax error or bytes that are
 * not UTF-8, is confined to its line: reading goes on at the next line, so
 * {@code rowsRead == rowsAccepted + rowsRejected} counts every non-blank line.
 *
 * <p>With {@link ReadOptions#isReadAhead()}, lines are split, checked and parsed into children on
 * a thread of their own, while the calling thread validates, checks identifiers and counts: the
 * records are the same.
 *
 * <p>Implementation requirements: not thread-safe; one reader per thread. Closing the reader
 * closes the stream (and stops the read-ahead thread).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RegisterJsonLinesReader extends JsonRegisterReaderBase {
  /** The longest line read, in bytes: {@value} (16 MiB). */
  public static final int MAX_LINE_LENGTH = 16 * 1024 * 1024;

  private final InputStream in;
  private final LineSource lines;
  /** Checks that each line is UTF-8 (a line that is not is rejected). */
  private final Utf8Check utf8 = new Utf8Check();
  /** The lines parsed on a thread of their own ({@link ReadOptions#isReadAhead()}), or null. */
  private final ReadAhead<Parsed> ahead;

  private RegisterJsonLinesReader(InputStream in, ReadOptions options) {
    super(options);
    this.in = Objects.requireNonNull(in, "in must not be null");
    this.lines = new LineSource(in, MAX_LINE_LENGTH);
    this.ahead = options.isReadAhead() ? new ReadAhead<>(this::parseNext, Parsed::chars) : null;
  }

  /**
   * A line parsed, before the steps done in order: its child with the issues of its decoding, or
   * the issue that rejects it.
   */
  private record Parsed(long line, Candidate candidate, Issue rejection, int length) {
    long chars() {
      return 2L * length + 256;
    }
  }

  /**
   * Opens a reader: the options give the file name of the locations, the mode and what is
   * validated (treem's validator by default).
   *
   * @param in the stream (UTF-8; closed by {@link #close()})
   * @param options the options
   * @return the reader
   */
  public static RegisterJsonLinesReader open(InputStream in, ReadOptions options) {
    return new RegisterJsonLinesReader(in, options);
  }

  /**
   * Opens a reader on a file (its name in the locations, unless the options name one).
   *
   * @param file the file
   * @param options the options
   * @return the reader
   * @throws UncheckedIOException when the file cannot be opened
   */
  public static RegisterJsonLinesReader open(Path file, ReadOptions options) {
    return open(newInputStream(file), named(options, file));
  }

  @Override
  public Optional<RegisterRecord> next() {
    Parsed p;
    if (ahead != null) {
      try {
        p = ahead.next();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      p = parseNext();
    }
    if (p == null) {
      return Optional.empty();
    }
    return Optional.of(p.rejection() != null ? rejected(p.line(), p.rejection()) : assemble(p.line(), p.candidate(), ""));
  }

  /** Splits, checks and parses the next non-blank line; null at the end. */
  private Parsed parseNext() {
    while (lines.next()) {
      long line = lines.lineNumber();
      if (lines.isTooLong()) {
        return new Parsed(line, null, JsonIssueCode.JSON_LIMIT_EXCEEDED.issue(Severity.ERROR,
            at(line, null), "line longer than " + MAX_LINE_LENGTH + " bytes"), 0);
      }
      if (lines.isBlank()) {
        continue;
      }
      return parseLine(line);
    }
    return null;
  }

  private Parsed parseLine(long line) {
    int length = lines.length();
    utf8.wellFormedPrefix(lines.bytes(), 0, length, true);
    if (utf8.isMalformed()) {
      return new Parsed(line, null, JsonIssueCode.JSON_ENCODING.issue(Severity.ERROR, at(line, null), null), length);
    }
    try (JsonParser p = JsonInput.parser(childReader, lines.bytes(), length)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        JsonInput.requireEnd(p);
        return new Parsed(line, null, JsonIssueCode.JSON_WRONG_TYPE.issue(Severity.ERROR, at(line, null),
            "expected an object"), length);
      }
      Candidate c = decode(p, "");
      if (c.child() != null) {
        JsonInput.requireEnd(p);
      }
      return new Parsed(line, c, null, length);
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      return new Parsed(line, null, JsonProblems.issueOf(e, fileName, line - 1, ""), length);
    }
  }

  @Override
  public void close() {
    if (ahead != null) {
      ahead.close();
    }
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      assembler.close();
    }
  }
}
