package io.github.treem.testkit.internal;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.testkit.Defect;
import io.github.treem.testkit.ExpectedProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Injects {@link Defect}s into the text of a valid CSV register written by
 * {@link RegisterCsvWriter} (CRLF line ends, no quoting needed by synthetic data). Internal: not
 * API.
 */
public final class DefectInjector {
  private static final String EOL = "\r\n";
  private static final List<String> COLUMNS = RegisterCsvWriter.columns();

  private DefectInjector() {}

  /**
   * The injected text and its problems.
   *
   * @param text the CSV text
   * @param problems the problems, in line order
   */
  public record Result(String text, List<ExpectedProblem> problems) {}

  /**
   * Injects defects, each into its own row, the rows chosen from the seed.
   *
   * @param csv the valid CSV text (header first)
   * @param seed the seed
   * @param defects the defects
   * @return the result
   */
  public static Result inject(String csv, long seed, Set<Defect> defects) {
    if (csv.indexOf('"') >= 0) {
      throw new IllegalStateException("quoted CSV fields are not expected in synthetic data");
    }
    List<String> lines = new ArrayList<>(Arrays.asList(csv.split(EOL, -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      rows.add(lines.get(i).split(",", -1));
    }
    int[] order = shuffled(rows.size(), seed);
    Set<Integer> used = new HashSet<>();
    List<ExpectedProblem> problems = new ArrayList<>();
    for (Defect d : Defect.values()) {
      if (!defects.contains(d)) {
        continue;
      }
      int row = choose(d, rows, order, used);
      String[] f = rows.get(row);
      apply(d, f, rows);
      problems.add(ExpectedProblem.of(row + 2L, d.getColumn().orElse(null), d.getCode()));
    }
    problems.sort(Comparator.comparingLong(ExpectedProblem::getLine));
    StringBuilder out = new StringBuilder(lines.get(0)).append(EOL);
    for (String[] f : rows) {
      out.append(String.join(",", f)).append(EOL);
    }
    return new Result(out.toString(), List.copyOf(problems));
  }

  private static int[] shuffled(int n, long seed) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  private static int col(String name) {
    int i = COLUMNS.indexOf(name);
    if (i < 0) {
      throw new IllegalStateException("no column " + name);
    }
    return i;
  }

  private static boolean has(String[] f, String column) {
    return !f[col(column)].isEmpty();
  }

  private static Predicate<Integer> suits(Defect d, List<String[]> rows) {
    return switch (d) {
      case TEXT_IN_NUMERIC -> i -> has(rows.get(i), "weight_kg");
      case DUPLICATE_CHILD_ID -> i -> i > 0;
      // a row whose only dates are the birth and the registration, so that the validator
      // reports exactly one out-of-order date
      case BIRTH_AFTER_REGISTRATION -> i -> has(rows.get(i), "birth_registered_on") && !has(rows.get(i), "hi_card_number")
          && !has(rows.get(i), "measured_on");
      case BAD_PERSONAL_ID -> i -> has(rows.get(i), "personal_id");
      default -> i -> true;
    };
  }

  private static int choose(Defect d, List<String[]> rows, int[] order, Set<Integer> used) {
    Predicate<Integer> ok = suits(d, rows);
    for (int i : order) {
      // row 0 keeps its child_id so that DUPLICATE_CHILD_ID always repeats a valid row's
      if (i != 0 && !used.contains(i) && ok.test(i)) {
        used.add(i);
        return i;
      }
    }
    throw new InvalidValueException(TestkitErrorCode.NO_ROW_FOR_DEFECT, "no row of the register suits the defect " + d
        + ": generate more children");
  }

  private static void apply(Defect d, String[] f, List<String[]> rows) {
    LocalDate dob = LocalDate.parse(f[col("date_of_birth")]);
    switch (d) {
      case IMPOSSIBLE_DATE -> f[col("date_of_birth")] = dob.getYear() + "-02-30";
      case TEXT_IN_NUMERIC -> f[col("weight_kg")] = "mười hai";
      case DUPLICATE_CHILD_ID -> f[col("child_id")] = rows.get(0)[col("child_id")];
      case MISSING_REQUIRED_VALUE -> f[col("sex")] = "";
      case UNKNOWN_SEX_CODE -> f[col("sex")] = "X";
      case BIRTH_AFTER_REGISTRATION -> f[col("birth_registered_on")] = dob.minusDays(5).toString();
      case GRADE_NOT_MATCHING_LEVEL -> {
        f[col("school_level")] = "PRIMARY";
        f[col("grade")] = "8";
      }
      case BAD_PERSONAL_ID -> f[col("personal_id")] = "04612345";
      case UNKNOWN_CIRCUMSTANCE_CODE -> f[col("circumstances")] = "Z9";
      default -> throw new IllegalStateException("unknown defect " + d);
    }
  }
}
