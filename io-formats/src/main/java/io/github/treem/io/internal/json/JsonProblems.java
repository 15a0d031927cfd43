package io.github.treem.io.internal.json;

import io.github.treem.core.TreemException;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.json.JsonIssueCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.core.JacksonException;
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
   * Rethrows an I/O error of the underlying stream as {@link UncheckedIOException}.
   *
   * @param e the exception
   */
  public static void rethrowIo(JacksonException e) {
    if (e instanceof JacksonIOException && !isCharset(e)) {
      Throwable c = e.getCause();
      throw c instanceof IOException ? new UncheckedIOException((IOException) c)
          : new UncheckedIOException(new IOException(e.getOriginalMessage()));
    }
  }

  /**
   * Whether an exception is a problem of the bytes' encoding rather than of I/O (Jackson takes
   * bytes with NULs for UTF-16 or UTF-32 and then fails to decode them: a fuzzing finding).
   */
  private static boolean isCharset(JacksonException e) {
    Throwable c = e.getCause();
    return e instanceof JacksonIOException && (c instanceof java.io.CharConversionException
        || c != null && c.getClass() == IOException.class && String.valueOf(c.getMessage()).contains("UCS-4"));
  }

  /**
   * The code of an exception.
   *
   * @param e the exception
   * @return the code
   */
  public static JsonIssueCode codeOf(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      return JsonIssueCode.JSON_LIMIT_EXCEEDED;
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return JsonIssueCode.JSON_TRUNCATED;
    }
    if (isCharset(e)) {
      return JsonIssueCode.JSON_ENCODING;
    }
    String m = String.valueOf(e.getOriginalMessage());
    if (!(e instanceof DatabindException)) {
      if (m.startsWith("Duplicate Object property")) {
        return JsonIssueCode.JSON_DUPLICATE_KEY;
      }
      if (m.contains("UTF-8") || m.contains("UTF8")) {
        return JsonIssueCode.JSON_ENCODING;
      }
      return JsonIssueCode.JSON_SYNTAX;
    }
    if (e instanceof UnrecognizedPropertyException) {
      return JsonIssueCode.JSON_UNKNOWN_PROPERTY;
    }
    if (e instanceof ValueInstantiationException || m.startsWith(JsonMessages.INVALID_VALUE)) {
      return JsonIssueCode.JSON_INVALID_VALUE;
    }
    if (m.startsWith(JsonMessages.MISSING_PROPERTY)) {
      return JsonIssueCode.JSON_MISSING_PROPERTY;
    }
    return JsonIssueCode.JSON_WRONG_TYPE;
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
  public static Issue issueOf(JacksonException e, String file, long lineOffset, String pathPrefix) {
    JsonIssueCode code = codeOf(e);
    Location.Builder loc = Location.builder();
    if (file != null) {
      loc.file(file);
    }
    TokenStreamLocation l = e.getLocation();
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
    StringBuilder b = new StringBuilder(prefix);
    List<JacksonException.Reference> refs = e.getPath();
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

  private static String detail(JacksonException e, JsonIssueCode code) {
    switch (code) {
      case JSON_UNKNOWN_PROPERTY:
        return "'" + ((UnrecognizedPropertyException) e).getPropertyName() + "'";
      case JSON_INVALID_VALUE:
      case JSON_MISSING_PROPERTY:
      case JSON_WRONG_TYPE:
        return ownDetail(e);
      case JSON_LIMIT_EXCEEDED:
        // Jackson's constraint messages name the limit, never the content
        return firstLine(e.getOriginalMessage());
      default:
        return null;
    }
  }

  private static String ownDetail(JacksonException e) {
    Throwable c = e.getCause();
    if (c instanceof TreemException) {
      return c.getMessage();
    }
    String m = String.valueOf(e.getOriginalMessage());
    if (m.startsWith("TREEM-IO-")) {
      return m;
    }
    // a message of Jackson itself may quote the value: name only the kind of problem
    return null;
  }

  private static String firstLine(String m) {
    if (m == null) {
      return null;
    }
    int i = m.indexOf('\n');
    String s = i < 0 ? m : m.substring(0, i);
    return s.length() > 200 ? s.substring(0, 200) : s;
  }
}
