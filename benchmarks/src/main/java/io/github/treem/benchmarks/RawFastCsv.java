package io.github.treem.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The limit the process benchmark ({@link ProcessPath}) measures {@code treem report} against:
 * a process that parses register files with FastCSV 4.4 into string fields, every field touched
 * (its length summed, so that the JIT cannot drop the work), and prints the rows and characters.
 * A folder is read file by file, in name order, as {@code treem report --register FOLDER} reads
 * it.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.treem.benchmarks.RawFastCsv FILE|FOLDER...
 * }</pre>
 */
public final class RawFastCsv {
  private RawFastCsv() {}

  /**
   * Parses the files.
   *
   * @param args files or folders of {@code .csv} files
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    long rows = 0;
    long chars = 0;
    for (String a : args) {
      for (Path f : files(Path.of(a))) {
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(f, StandardCharsets.UTF_8)) {
          boolean header = true;
          for (CsvRecord rec : r) {
            if (header) {
              header = false;
              continue;
            }
            rows++;
            for (int i = 0; i < rec.getFieldCount(); i++) {
              chars += rec.getField(i).length();
            }
          }
        }
      }
    }
    System.out.println(rows + " rows, " + chars + " characters");
  }

  static List<Path> files(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().collect(Collectors.toList());
    }
  }
}
