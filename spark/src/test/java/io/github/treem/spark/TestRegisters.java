package io.github.treem.spark;

import io.github.treem.core.Child;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.json.RegisterJsonLinesWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated multi-commune register: one file per commune, CSV and JSON Lines, with data-entry
 * errors (an impossible date of birth), repeated {@code child_id}s within a file (rejected, the
 * first occurrence winning) and one {@code child_id} repeated across two files (accepted in both:
 * the rule is per file).
 */
final class TestRegisters {
  /** The rows added to the files as errors: 2 + 3 + 1 + 2 duplicates, 2 + 1 impossible dates. */
  static final int ERROR_ROWS = 11;

  private TestRegisters() {}

  /**
   * Writes four communes' registers into a folder.
   *
   * @param folder the folder (created)
   * @return the files written, in name order
   */
  static List<Path> write(Path folder) throws IOException {
    Files.createDirectories(folder);
    List<String> a = csv(1, "19885", 420);
    List<String> b = csv(2, "19886", 380);
    List<String> c = csv(3, "19887", 300);
    List<String> d = jsonLines(4, "19888", 260);
    // repeated child_ids within a file: rejected, the first occurrence kept
    a.add(a.get(5));
    a.add(a.get(17));
    b.add(b.get(1));
    b.add(b.get(2));
    b.add(b.get(3));
    c.add(c.get(40));
    d.add(d.get(0));
    d.add(d.get(9));
    // impossible dates of birth (column 4, date_of_birth): rejected
    a.add(badDate(a, 30));
    a.add(badDate(a, 31));
    b.add(badDate(b, 50));
    // a child_id of another file: accepted (the rule is per file)
    c.add(a.get(60));
    List<Path> files = new ArrayList<>();
    files.add(write(folder.resolve("19885.csv"), a));
    files.add(write(folder.resolve("19886.csv"), b));
    files.add(write(folder.resolve("quảng-thọ.csv"), c));
    files.add(write(folder.resolve("19888.jsonl"), d));
    files.sort(null);
    return files;
  }

  private static Path write(Path file, List<String> lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static String badDate(List<String> lines, int from) {
    for (int k = from; k < lines.size(); k++) {
      if (lines.get(k).indexOf('"') < 0) {
        String[] cells = lines.get(k).split(",", -1);
        cells[0] = cells[0] + "-e"; // a child_id of its own: rejected for the date alone
        cells[3] = "2019-02-30";
        return String.join(",", cells);
      }
    }
    throw new IllegalStateException("no unquoted line");
  }

  private static List<Child> children(long seed, String commune, int n) {
    return CommuneGenerator.builder().seed(seed).year(2020).children(n).errorRate(0.05).communeCode(commune)
        .build().stream().toList();
  }

  private static List<String> csv(long seed, String commune, int n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterCsvWriter w = RegisterCsvWriter.open(out, CsvWriteOptions.of(2020))) {
      children(seed, commune, n).forEach(w::write);
    }
    return new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\r?\n")));
  }

  private static List<String> jsonLines(long seed, String commune, int n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterJsonLinesWriter w = RegisterJsonLinesWriter.open(out)) {
      children(seed, commune, n).forEach(w::write);
    }
    return new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\r?\n")));
  }
}
