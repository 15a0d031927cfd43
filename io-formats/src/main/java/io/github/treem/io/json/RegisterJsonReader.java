package io.github.treem.io.json;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.internal.json.JsonInput;
import io.github.treem.io.internal.json.JsonProblems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Streams the children of a JSON register document, one at a time, in constant memory:
 *
 * <pre>{@code
 * {"format": "treem-register", "version": 1, "reportingYear": 2020, "children": [ {...}, ... ]}
 * }</pre>
 *
 * <p>An optional root property {@code "syntheticData": true} marks synthetic data
 * ({@link #isSyntheticData()}).
 *
 * <p>The parser goes token by token and only one child is held at a time. Each element of
 * {@code children} becomes a {@link RegisterRecord} whose line is the line where the element
 * starts: accepted with its {@link Child}, or rejected with located, coded issues (the path starts
 * with {@code children[i]}). A value problem in one child (wrong type, invalid value, unknown
 * property in {@link ReadMode#STRICT}, missing property) rejects that child only, or, in
 * {@link ReadMode#LENIENT}, drops that value with a warning; reading goes on with the next child.
 * Validation, duplicate identifiers and counts follow the rules of every register reader
 * ({@link ReadOptions}). A problem of the text itself (syntax,
 * duplicate key, truncation, invalid UTF-8, exceeded limit: see {@link TreemJson}) stops the
 * document: the child being read is rejected, a {@link JsonIssueCode#JSON_DOCUMENT_STOPPED} file
 * issue is added and the stats say {@code malformed}. A document that is not a register
 * ({@code format} other than {@code treem-register}, a root that is not an object, ...) gives a file
 * issue {@link JsonIssueCode#JSON_NOT_A_REGISTER}; its text is still read to the end so that syntax
 * errors are reported too. In every case {@code rowsRead == rowsAccepted + rowsRejected}.
 *
 * <p>Implementation requirements: not thread-safe; one reader per thread. Closing the reader
 * closes the stream.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RegisterJsonReader extends JsonRegisterReaderBase {
  /** The value of the document's {@code format} property. */
  public static final String FORMAT = "treem-register";
  /** The version of the register format this reader reads. */
  public static final int VERSION = 1;

  private final InputStream in;
  private final JsonParser parser;
  private State state = State.START;
  private boolean formatSeen;
  private boolean versionSeen;
  private @Nullable Integer reportingYear;
  private boolean syntheticData;

  private enum State { START, ROOT, CHILDREN, DONE }

  private RegisterJsonReader(InputStream in, ReadOptions options) {
    super(options);
    this.in = Objects.requireNonNull(in, "in must not be null");
    JsonParser p;
    try {
      p = JsonInput.parser(childReader, in);
    } catch (JacksonException e) {
      // the first bytes already fail (they are read at once to tell the encoding): the document is
      // stopped before it starts
      JsonProblems.rethrowIo(e);
      fileIssues.add(JsonProblems.issueOf(e, fileName, 0, ""));
      state = State.DONE;
      fileIssue(JsonIssueCode.JSON_DOCUMENT_STOPPED, Severity.ERROR, 1, null, null);
      p = JsonInput.parser(childReader, new java.io.StringReader(""));
    }
    this.parser = p;
  }

  /**
   * Opens a reader: the options give the file name of the locations, the mode and what is
   * validated (treem's validator by default).
   *
   * @param in the stream (UTF-8, with or without byte-order mark; closed by {@link #close()})
   * @param options the options
   * @return the reader
   */
  public static RegisterJsonReader open(InputStream in, ReadOptions options) {
    return new RegisterJsonReader(in, options);
  }

  /**
   * Opens a reader on a file (its name in the locations, unless the options name one).
   *
   * @param file the file
   * @param options the options
   * @return the reader
   * @throws UncheckedIOException when the file cannot be opened
   */
  public static RegisterJsonReader open(Path file, ReadOptions options) {
    return open(newInputStream(file), named(options, file));
  }

  /** {@return the document's reporting year, once its property has been read} */
  public OptionalInt getReportingYear() {
    return reportingYear == null ? OptionalInt.empty() : OptionalInt.of(reportingYear);
  }

  /**
   * {@inheritDoc} In a JSON document: {@code "syntheticData": true} at the root (known once read;
   * {@link RegisterJsonWriter} writes it before the children).
   */
  @Override
  public boolean isSyntheticData() {
    return syntheticData;
  }

  @Override
  public Optional<RegisterRecord> next() {
    try {
      return advance();
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      stop(e);
      return Optional.empty();
    }
  }

  private Optional<RegisterRecord> advance() {
    while (true) {
      switch (state) {
        case START -> {
          JsonToken t = parser.nextToken();
          if (t == null) {
            fileIssue(JsonIssueCode.JSON_SYNTAX, Severity.ERROR, 1, null, "the input holds no JSON value");
            state = State.DONE;
            return Optional.empty();
          }
          if (t != JsonToken.START_OBJECT) {
            notARegister("the document is not a JSON object");
            return Optional.empty();
          }
          state = State.ROOT;
        }
        case ROOT -> {
          if (!root()) {
            return Optional.empty();
          }
        }
        case CHILDREN -> {
          JsonToken e = parser.nextToken();
          if (e == JsonToken.END_ARRAY) {
            state = State.ROOT;
            break;
          }
          if (e == null) {
            stopTruncated();
            return Optional.empty();
          }
          return Optional.of(element(e));
        }
        default -> {
          return Optional.empty();
        }
      }
    }
  }

  /** Reads root properties up to "children"; false when done. */
  private boolean root() {
    String name = parser.nextName();
    if (name == null) {
      if (parser.currentToken() != JsonToken.END_OBJECT) {
        stopTruncated();
        return false;
      }
      if (!formatSeen) {
        fileIssue(JsonIssueCode.JSON_NOT_A_REGISTER, Severity.ERROR, line(), null, "missing property 'format'");
      } else if (!versionSeen) {
        fileIssue(JsonIssueCode.JSON_MISSING_PROPERTY, Severity.ERROR, line(), null, "'version'");
      }
      finish();
      return false;
    }
    JsonToken t = parser.nextToken();
    switch (name) {
      case "format" -> {
        formatSeen = true;
        if (t != JsonToken.VALUE_STRING || !FORMAT.equals(parser.getString())) {
          notARegister("'format' is not \"" + FORMAT + "\"");
          return false;
        }
        return true;
      }
      case "version" -> {
        versionSeen = true;
        if (t != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
            || parser.getIntValue() != VERSION) {
          fileIssue(JsonIssueCode.JSON_UNSUPPORTED_VERSION, Severity.ERROR, line(), "version",
              "this reader reads version " + VERSION);
          skipRest();
          return false;
        }
        return true;
      }
      case "reportingYear" -> {
        if (t != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
          fileIssue(JsonIssueCode.JSON_WRONG_TYPE, Severity.ERROR, line(), "reportingYear", "expected an integer");
          parser.skipChildren();
        } else {
          reportingYear = parser.getIntValue();
        }
        return true;
      }
      case "syntheticData" -> {
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
          fileIssue(JsonIssueCode.JSON_WRONG_TYPE, Severity.ERROR, line(), "syntheticData", "expected true or false");
          parser.skipChildren();
        } else {
          syntheticData = t == JsonToken.VALUE_TRUE;
        }
        return true;
      }
      case "children" -> {
        if (t != JsonToken.START_ARRAY) {
          fileIssue(JsonIssueCode.JSON_WRONG_TYPE, Severity.ERROR, line(), "children", "expected an array");
          parser.skipChildren();
          return true;
        }
        state = State.CHILDREN;
        return true;
      }
      default -> {
        fileIssue(JsonIssueCode.JSON_UNKNOWN_PROPERTY,
            options.getMode() == ReadMode.STRICT ? Severity.ERROR : Severity.WARNING, line(), name, "'" + name + "'");
        parser.skipChildren();
        return true;
      }
    }
  }

  private RegisterRecord element(JsonToken t) {
    long line = line();
    String prefix = "children[" + assembler.count() + "]";
    // the depth of the children array (the element's START_OBJECT or START_ARRAY opens one level more)
    int depth = parser.streamReadContext().getNestingDepth() - (t.isStructStart() ? 1 : 0);
    try {
      if (t != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return rejected(line, JsonIssueCode.JSON_WRONG_TYPE.issue(Severity.ERROR, at(line, prefix),
            "expected an object"));
      }
      Candidate c = decode(parser, prefix);
      if (c.child() == null && parser.streamReadContext().getNestingDepth() > depth) {
        skipRestOfElement(depth);
      }
      return assemble(line, c, prefix);
    } catch (JacksonException e) {
      // a problem of the text (value problems are the record's): the document stops here
      JsonProblems.rethrowIo(e);
      RegisterRecord r = rejected(line, JsonProblems.issueOf(e, fileName, 0, prefix));
      stopAfter();
      return r;
    }
  }

  private void notARegister(String detail) {
    fileIssue(JsonIssueCode.JSON_NOT_A_REGISTER, Severity.ERROR, line(), null, detail);
    skipRest();
  }

  /** Reads the rest of the text (to report its syntax errors) and finishes. */
  private void skipRest() {
    try {
      parser.skipChildren();
      while (parser.streamReadContext().getNestingDepth() > 0) {
        if (parser.nextToken() == null) {
          stopTruncated();
          return;
        }
        parser.skipChildren();
      }
      finish();
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      stop(e);
    }
  }

  private void finish() {
    state = State.DONE;
    JsonToken after = parser.nextToken();
    if (after != null) {
      fileIssue(JsonIssueCode.JSON_SYNTAX, Severity.ERROR, line(), null, "content after the end of the document");
    }
  }

  /** After a value problem in strict mode: skips what is left of the element. */
  private void skipRestOfElement(int depth) {
    try {
      while (parser.streamReadContext().getNestingDepth() > depth) {
        if (parser.nextToken() == null) {
          stopTruncated();
          break;
        }
      }
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      stop(e);
    }
  }

  private void stop(JacksonException e) {
    fileIssues.add(JsonProblems.issueOf(e, fileName, 0, ""));
    stopAfter();
  }

  private void stopTruncated() {
    fileIssue(JsonIssueCode.JSON_TRUNCATED, Severity.ERROR, line(), null, null);
    stopAfter();
  }

  private void stopAfter() {
    assembler.markMalformed();
    state = State.DONE;
    fileIssue(JsonIssueCode.JSON_DOCUMENT_STOPPED, Severity.ERROR, line(), null, null);
  }

  private long line() {
    return parser.currentTokenLocation().getLineNr();
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (JacksonException e) {
      // closing a broken parser
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
