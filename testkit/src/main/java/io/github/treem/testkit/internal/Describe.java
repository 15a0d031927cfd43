package io.github.treem.testkit.internal;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import java.util.Collection;
import java.util.StringJoiner;

/**
 * Describes issues for failure messages: location (line, column, path), code, severity and the
 * English message. Issue messages never carry personal data; nothing else of a child is shown.
 * Internal: not API.
 */
public final class Describe {
  /** The most issues listed in one message. */
  public static final int MAX_LISTED = 50;

  private Describe() {}

  /**
   * One issue on one line.
   *
   * @param issue the issue
   * @return the description
   */
  public static String issue(Issue issue) {
    return location(issue.getLocation()) + ": " + issue.getCode() + " (" + issue.getSeverity() + ") "
        + issue.getMessageEn();
  }

  /**
   * The location of an issue, without the file name.
   *
   * @param l the location
   * @return e.g. {@code line 3, column sex} or {@code enrolments[0].grade}
   */
  public static String location(Location l) {
    StringJoiner j = new StringJoiner(", ");
    l.getLine().ifPresent(n -> j.add("line " + n));
    l.getColumn().ifPresent(c -> j.add("column " + c));
    l.getPath().ifPresent(p -> j.add("path " + p));
    return j.length() == 0 ? "(no location)" : j.toString();
  }

  /**
   * A list of issues, one per line, indented, at most {@link #MAX_LISTED}.
   *
   * @param issues the issues
   * @return the description, or {@code "  (none)"}
   */
  public static String issues(Collection<Issue> issues) {
    return list(issues.stream().map(Describe::issue).toList());
  }

  /**
   * A list of lines, indented, at most {@link #MAX_LISTED}.
   *
   * @param lines the lines
   * @return the description, or {@code "  (none)"}
   */
  public static String list(Collection<String> lines) {
    if (lines.isEmpty()) {
      return "  (none)";
    }
    StringBuilder b = new StringBuilder();
    int i = 0;
    for (String s : lines) {
      if (i == MAX_LISTED) {
        b.append("\n  ... and ").append(lines.size() - MAX_LISTED).append(" more");
        break;
      }
      b.append(i == 0 ? "" : "\n").append("  ").append(s);
      i++;
    }
    return b.toString();
  }
}
