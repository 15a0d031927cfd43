package io.github.treem.io.json;

import org.apiguardian.api.API;
import io.github.treem.core.Child;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.internal.json.JsonProblems;
import io.github.treem.io.internal.json.LineSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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
 * accepted with its {@link Child}, or rejected with located, coded issues
 * ({@link JsonIssueCode}). Every problem, including a syntax error, is confined to its line:
 * reading goes on at the next line, so {@code rowsRead == rowsAccepted + rowsRejected} counts
 * every non-blank line.
 *
 * <p>Implementation requirements: not thread-safe; one reader per thread. Closing the reader
 * closes the stream.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RegisterJsonLinesReader extends JsonRegisterReaderBase {
  /** The longest line read, in bytes: {@value} (16 MiB). */
  public static final int MAX_LINE_LENGTH = 16 * 1024 * 1024;

  private final InputStream in;
  private final LineSource lines;
  private long index;

  private RegisterJsonLinesReader(InputStream in, String fileName, JsonReadPolicy policy,
      Function<? super Child, ValidationReport> validator) {
    super(fileName, policy, validator);
    this.in = Objects.requireNonNull(in, "in must not be null");
    this.lines = new LineSource(in, MAX_LINE_LENGTH);
  }

  /**
   * Opens a reader with the strict policy and no validator.
   *
   * @param in the stream (UTF-8)
   * @param fileName the file name for locations, or null
   * @return the reader
   */
  public static RegisterJsonLinesReader open(InputStream in, String fileName) {
    return new RegisterJsonLinesReader(in, fileName, JsonReadPolicy.STRICT, null);
  }

  /**
   * Opens a reader.
   *
   * @param in the stream (UTF-8)
   * @param fileName the file name for locations, or null
   * @param policy the policy for unknown properties
   * @param validator applied to each child read, or null for none
   * @return the reader
   */
  public static RegisterJsonLinesReader open(InputStream in, String fileName, JsonReadPolicy policy,
      Function<? super Child, ValidationReport> validator) {
    return new RegisterJsonLinesReader(in, fileName, policy, validator);
  }

  /**
   * Opens a reader with the options of {@link io.github.treem.io.Registers}: the file name, the
   * validator, and the mode ({@link ReadMode#STRICT}: unknown properties are errors and a
   * validator error rejects the record; {@link ReadMode#LENIENT}: unknown properties are warnings
   * and validator errors stay on the accepted record). Value errors reject the record in both.
   *
   * @param in the stream (UTF-8)
   * @param options the options
   * @return the reader
   */
  public static RegisterJsonLinesReader open(InputStream in, ReadOptions options) {
    Objects.requireNonNull(options, "options must not be null");
    RegisterJsonLinesReader r = new RegisterJsonLinesReader(in, options.getFileName().orElse(null), policyOf(options), validatorOf(options));
    r.rejectInvalid = options.getMode() != ReadMode.LENIENT;
    return r;
  }

  /**
   * Opens a reader on a file.
   *
   * @param file the file
   * @param policy the policy for unknown properties
   * @param validator applied to each child read, or null for none
   * @return the reader
   * @throws UncheckedIOException when the file cannot be opened
   */
  public static RegisterJsonLinesReader open(Path file, JsonReadPolicy policy,
      Function<? super Child, ValidationReport> validator) {
    return open(newInputStream(file), nameOf(file), policy, validator);
  }

  @Override
  public Optional<RegisterRecord> next() {
    while (lines.next()) {
      long line = lines.lineNumber();
      if (lines.isTooLong()) {
        return Optional.of(rejectedRecord(line, index++, JsonIssueCode.JSON_LIMIT_EXCEEDED.issue(Severity.ERROR,
            at(line, null), "line longer than " + MAX_LINE_LENGTH + " bytes")));
      }
      if (lines.isBlank()) {
        continue;
      }
      return Optional.of(readLine(line, index++));
    }
    return Optional.empty();
  }

  private RegisterRecord readLine(long line, long i) {
    try (JsonParser p = childReader.createParser(lines.bytes(), 0, lines.length())) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        requireEnd(p);
        return rejectedRecord(line, i, JsonIssueCode.JSON_WRONG_TYPE.issue(Severity.ERROR, at(line, null),
            "expected an object"));
      }
      Child child = childReader.readValue(p);
      requireEnd(p);
      return accepted(line, i, child, "");
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      return rejectedRecord(line, i, JsonProblems.issueOf(e, fileName, line - 1, ""));
    } catch (SyntaxAfterValue e) {
      return rejectedRecord(line, i, JsonIssueCode.JSON_SYNTAX.issue(Severity.ERROR, at(line, null),
          "content after the object"));
    }
  }

  private static void requireEnd(JsonParser p) {
    if (p.nextToken() != null) {
      throw new SyntaxAfterValue();
    }
  }

  /** Signals content after the line's value. */
  private static final class SyntaxAfterValue extends RuntimeException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    SyntaxAfterValue() {
      super(null, null, false, false);
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      closeIds();
    }
  }
}
