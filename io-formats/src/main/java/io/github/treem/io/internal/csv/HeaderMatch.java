package io.github.treem.io.internal.csv;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.io.RegisterIssueCode;
import io.github.treem.io.internal.RecordAssembler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one header matching of the register readers of cells (CSV, workbooks): which column each
 * header cell names ({@link Column#byHeader}: the English or the Vietnamese name, any case, with
 * or without diacritics), the header's problems ({@code CSV_UNKNOWN_COLUMN},
 * {@code CSV_DUPLICATE_COLUMN}, {@code CSV_MISSING_COLUMN}) and the one that rejects every row.
 * An unknown header gets the nearest known column in both languages ({@link #suggest(String)}), a
 * missing required column the names it may have, in the issue's message; both name the column
 * first by its title as officers write it ({@link Column#getLabel()}: {@code "Ngày sinh"}), then by
 * its names in the file format ({@code date_of_birth / ngay_sinh}).
 *
 * <p>Each format places the findings ({@link Finding#issue}): the CSV reader at line 1 and the
 * column's name, the workbook reader at the header cell ({@code Sổ trẻ em!C1}).
 */
public final class HeaderMatch {
  /** Words of two letters or fewer count only when whole (so "do" does not draw every date). */
  private static final int SHORT_WORD = 2;

  private final Column[] columns;
  private final List<Finding> findings;
  private final @Nullable RegisterIssueCode fatal;

  private HeaderMatch(Column[] columns, List<Finding> findings, @Nullable RegisterIssueCode fatal) {
    this.columns = columns;
    this.findings = findings;
    this.fatal = fatal;
  }

  /**
   * A problem of the header.
   *
   * @param code the code
   * @param index the header position (0-based), or -1 for a missing column
   * @param column the column named, or null for an unknown header
   * @param header the header cell as written (stripped), or null for a missing column
   */
  public record Finding(RegisterIssueCode code, int index, @Nullable Column column, @Nullable String header) {
    /** {@return the column's canonical name, else the header as written (null when blank)} */
    public @Nullable String getName() {
      return column != null ? column.getCanonical() : header == null || header.isBlank() ? null : header;
    }

    /**
     * The issue of the finding, placed by the format.
     *
     * @param file the file name, or null
     * @param line the header's line (or row)
     * @param where the location's column: the format's name of the place (CSV: the column's name;
     *     a workbook: the header cell's reference)
     * @return the issue, its message naming the column and, for an unknown header, the nearest
     *     known one
     */
    public Issue issue(@Nullable String file, long line, @Nullable String where) {
      String named = getName();
      Issue base = RecordAssembler.issue(file, code, code.getSeverity(), line, named, null);
      String vi = base.getMessageVi();
      String en = base.getMessageEn();
      if (code == RegisterIssueCode.CSV_UNKNOWN_COLUMN && header != null) {
        Optional<Column> near = suggest(header);
        if (near.isPresent()) {
          vi += "; có phải là cột " + names(near.get()) + "?";
          en += "; did you mean the column " + names(near.get()) + "?";
        }
      } else if (code == RegisterIssueCode.CSV_MISSING_COLUMN) {
        Column missing = Objects.requireNonNull(column); // a missing column's finding names it
        vi += "; tiêu đề có thể là " + headers(missing, "hoặc");
        en += "; its header may be " + headers(missing, "or");
      }
      return Issue.of(code.getCode(), code.getSeverity(), Location.ofLine(file, line, where), vi, en);
    }
  }

  /**
   * Matches a header.
   *
   * @param header the header cells as read
   * @return the match
   */
  public static HeaderMatch of(List<String> header) {
    Column[] columns = new Column[header.size()];
    List<Finding> findings = new ArrayList<>();
    RegisterIssueCode fatal = null;
    Set<Column> present = EnumSet.noneOf(Column.class);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      Optional<Column> c = Column.byHeader(name);
      if (c.isEmpty()) {
        findings.add(new Finding(RegisterIssueCode.CSV_UNKNOWN_COLUMN, i, null, name.strip()));
      } else if (!present.add(c.get())) {
        findings.add(new Finding(RegisterIssueCode.CSV_DUPLICATE_COLUMN, i, c.get(), name.strip()));
        fatal = fatal == null ? RegisterIssueCode.CSV_DUPLICATE_COLUMN : fatal;
      } else {
        columns[i] = c.get();
      }
    }
    for (Column c : Column.values()) {
      if (c.isRequired() && !present.contains(c)) {
        findings.add(new Finding(RegisterIssueCode.CSV_MISSING_COLUMN, -1, c, null));
        fatal = RegisterIssueCode.CSV_MISSING_COLUMN;
      }
    }
    return new HeaderMatch(columns, Collections.unmodifiableList(findings), fatal);
  }

  /** {@return the column of each header position, null where unknown or duplicate} */
  public Column[] getColumns() {
    return columns.clone();
  }

  /** {@return the header's problems: unknown and duplicate columns in order, then missing ones} */
  public List<Finding> getFindings() {
    return findings;
  }

  /** {@return the problem that rejects every row, or empty} */
  public Optional<RegisterIssueCode> getFatal() {
    return Optional.ofNullable(fatal);
  }

  /**
   * The column as an officer knows it, then its names in the file format:
   * {@code "Ngày sinh" (date_of_birth / ngay_sinh)}.
   */
  static String names(Column c) {
    return "\"" + c.getLabel() + "\" (" + c.getCanonical() + " / " + c.getAlias() + ")";
  }

  /** The headers a column may have: {@code "Ngày sinh", ngay_sinh or date_of_birth}. */
  static String headers(Column c, String or) {
    return "\"" + c.getLabel() + "\", " + c.getAlias() + " " + or + " " + c.getCanonical();
  }

  /**
   * The known column nearest to an unknown header, by its English and Vietnamese names, both
   * folded ({@link Text#fold}: case and diacritics do not count), if one is near enough:
   * <ol>
   *   <li>a name at an edit distance (insertions, deletions, substitutions and swaps of two
   *       letters) of at most a quarter of its length, at least 1 and at most 3 ({@code villag}, {@code ngay sinh}
   *       typed {@code ngya sinh});
   *   <li>else the name sharing the most words with the header, where the shared words are at
   *       least half of the name's ({@code Ngày sinh nhật} → {@code ngay_sinh},
   *       {@code weight} → {@code weight_kg}); ties go to the shorter name, then column order.
   * </ol>
   *
   * @param header the header cell
   * @return the column, or empty when none is near
   */
  public static Optional<Column> suggest(String header) {
    String h = Text.fold(header);
    if (h.isEmpty()) {
      return Optional.empty();
    }
    String hJoined = h.replace("_", "");
    Column best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Column c : Column.values()) {
      for (String name : new String[] {c.getCanonical(), c.getAlias()}) {
        int d = Math.min(distance(h, name), distance(hJoined, name.replace("_", "")));
        int allowed = Math.max(1, Math.min(3, name.length() / 4));
        if (d <= allowed && d < bestDistance) {
          best = c;
          bestDistance = d;
        }
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    Set<String> words = words(h);
    int bestShared = 0;
    int bestLength = Integer.MAX_VALUE;
    for (Column c : Column.values()) {
      for (String name : new String[] {c.getCanonical(), c.getAlias()}) {
        Set<String> nameWords = words(name);
        int shared = 0;
        for (String w : nameWords) {
          if (words.contains(w)) {
            shared++;
          }
        }
        boolean enough = shared > 0 && 2 * shared >= nameWords.size()
            && (shared > 1 || nameWords.stream().anyMatch(w -> words.contains(w) && w.length() > SHORT_WORD));
        if (enough && (shared > bestShared || (shared == bestShared && name.length() < bestLength))) {
          best = c;
          bestShared = shared;
          bestLength = name.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Set<String> words(String folded) {
    Set<String> s = new LinkedHashSet<>();
    for (String w : folded.split("[^a-z0-9]+", -1)) {
      if (!w.isEmpty()) {
        s.add(w);
      }
    }
    return s;
  }

  /** The optimal string alignment distance (Levenshtein with swaps of adjacent letters). */
  static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > 8) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[n][m];
  }
}
