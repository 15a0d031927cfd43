package io.github.treem.io.internal.json;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.TreemException;
import io.github.treem.io.RegisterIssueCode;
import io.github.treem.io.json.JsonIssueCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's exceptions into located, coded issues (without repeating input values). */
public final class JsonProblems {
  private JsonProblems() {}

  /**
   * Whether an exception leaves the parser in an unknown state (a problem of the text itself,
   * not of the value read).
   *
   * @param e the exception
   * @return true for syntax, truncation, encoding and limit errors
   */
  public static boolean isStreamProblem(JacksonException e) {
    return !(e instanceof DatabindException);
  }

  /**
   * Rethrows an I/O error of the underlying stream as {@link UncheckedIOException} (bytes that are
   * not UTF-8 are a problem of the input, not of I/O: not rethrown).
   *
   * @param e the exception
   */
  public static void rethrowIo(JacksonException e) {
    if (e instanceof JacksonIOException && !(e.getCause() instanceof CharacterCodingException)) {
      Throwable c = e.getCause();
      throw c instanceof IOException io ? new UncheckedIOException(io)
          : new UncheckedIOException(new IOException(e.getOriginalMessage()));
    }
  }

  /**
   * The code of an exception, from its type: the codecs' {@link JsonValueException} carries its
   * own; Jackson's types and those of {@link JsonInput} give the others.
   *
   * @param e the exception
   * @return the code
   */
  public static IssueCode codeOf(JacksonException e) {
    if (e instanceof JsonValueException v) {
      return v.getIssueCode();
    }
    if (e instanceof ValueInstantiationException) {
      return RegisterIssueCode.INVALID_VALUE;
    }
    if (e instanceof UnrecognizedPropertyException) {
      return JsonIssueCode.JSON_UNKNOWN_PROPERTY;
    }
    if (e instanceof StreamConstraintsException) {
      return JsonIssueCode.JSON_LIMIT_EXCEEDED;
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return JsonIssueCode.JSON_TRUNCATED;
    }
    if (e instanceof JsonInput.DuplicateKeyException) {
      return JsonIssueCode.JSON_DUPLICATE_KEY;
    }
    if (e instanceof JacksonIOException && e.getCause() instanceof CharacterCodingException) {
      return JsonIssueCode.JSON_ENCODING;
    }
    // any other mismatch of databind (a value Jackson itself cannot bind) is one of type
    return e instanceof DatabindException ? JsonIssueCode.JSON_WRONG_TYPE : JsonIssueCode.JSON_SYNTAX;
  }

  /**
   * The issue of an exception.
   *
   * @param e the exception
   * @param file the file name, or null
   * @param lineOffset added to the exception's line (for a line read on its own: that line - 1)
   * @param pathPrefix put before the exception's path (e.g. {@code children[3]}), or empty
   * @return the issue, at severity ERROR
   */
  public static Issue issueOf(JacksonException e, @Nullable String file, long lineOffset, String pathPrefix) {
    IssueCode code = codeOf(e);
    Location.Builder loc = Location.builder();
    if (file != null) {
      loc.file(file);
    }
    TokenStreamLocation l = e.getLocation();
    if ((l == null || l.getLineNr() <= 0) && e.processor() instanceof JsonParser) {
      // an I/O failure (bytes that are not UTF-8) is where the parser stood
      l = ((JsonParser) e.processor()).currentLocation();
    }
    if (l != null && l.getLineNr() > 0) {
      loc.line(l.getLineNr() + lineOffset);
    }
    String path = path(e, pathPrefix);
    if (!path.isEmpty()) {
      loc.path(path);
    }
    return code.issue(Severity.ERROR, loc.build(), detail(e, code));
  }

  /**
   * The property path of an exception in treem's form ({@code measurements[0].weightKg}).
   *
   * @param e the exception
   * @param prefix the path of the value read, or empty
   * @return the path
   */
  public static String path(JacksonException e, String prefix) {
    return path(e.getPath(), prefix);
  }

  /**
   * A property path in treem's form ({@code measurements[0].weightKg}).
   *
   * @param refs the references, from the root
   * @param prefix the path of the value read, or empty
   * @return the path
   */
  public static String path(List<JacksonException.Reference> refs, String prefix) {
    StringBuilder b = new StringBuilder(prefix);
    for (JacksonException.Reference r : refs) {
      if (r.getPropertyName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static @Nullable String detail(JacksonException e, IssueCode code) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "'" + u.getPropertyName() + "'";
    }
    if (e instanceof JsonValueException) {
      return e.getOriginalMessage();
    }
    if (e.getCause() instanceof TreemException) {
      return e.getCause().getMessage();
    }
    if (code == JsonIssueCode.JSON_LIMIT_EXCEEDED) {
      // Jackson's constraint messages name the limit, never the content
      return firstLine(e.getOriginalMessage());
    }
    if (e instanceof JsonInput.TrailingContentException) {
      return e.getOriginalMessage();
    }
    // a message of Jackson itself may quote the value: name only the kind of problem
    return null;
  }

  private static @Nullable String firstLine(@Nullable String m) {
    if (m == null) {
      return null;
    }
    int i = m.indexOf('\n');
    String s = i < 0 ? m : m.substring(0, i);
    return s.length() > 200 ? s.substring(0, 200) : s;
  }
}
