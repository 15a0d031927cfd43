package io.github.treem.cli;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import java.text.NumberFormat;

/** The commands' own words in Vietnamese and English, chosen by {@code --lang}. */
final class Texts {
  private Texts() {}

  /** {@return the Vietnamese or the English text} */
  static String t(Language lang, String vi, String en) {
    return lang == Language.EN ? en : vi;
  }

  /**
   * The standard-error line of an issue of a register (a rejected row, a file issue):
   * {@code treem report: xa.csv: line 3, column sex: Invalid code [INVALID_CODE]}, in the
   * language of the command ({@code dòng}, {@code cột} and the Vietnamese message in Vietnamese).
   *
   * @param prefix the command, e.g. {@code treem report}
   * @param issue the issue
   * @param lang the language
   * @return the line
   */
  static String issueLine(String prefix, Issue issue, Language lang) {
    StringBuilder b = new StringBuilder(prefix).append(": ");
    issue.getLocation().getFile().ifPresent(f -> b.append(f).append(": "));
    issue.getLocation().getLine().ifPresent(l -> b.append(t(lang, "dòng ", "line ")).append(l));
    issue.getLocation().getColumn().ifPresent(c -> b.append(issue.getLocation().getLine().isPresent() ? ", " : "")
        .append(t(lang, "cột ", "column ")).append(c));
    if (issue.getLocation().getLine().isPresent() || issue.getLocation().getColumn().isPresent()) {
      b.append(": ");
    }
    return b.append(issue.getMessage(lang)).append(" [").append(issue.getCode()).append(']').toString();
  }

  /** {@return a count with the language's digit grouping (1.234.567 in Vietnamese, 1,234,567 in English)} */
  static String count(long n, Language lang) {
    return NumberFormat.getIntegerInstance(lang.getLocale()).format(n);
  }
}
