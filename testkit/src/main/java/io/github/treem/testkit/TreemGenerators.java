package io.github.treem.testkit;

import io.github.treem.core.Child;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.testkit.internal.DefectInjector;
import io.github.treem.testkit.internal.TestkitErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Seeded generators of test data for other projects' tests: synthetic children of a rural commune
 * (built on {@link CommuneGenerator}, no personal data), valid CSV registers, and CSV registers
 * with known, injected problems ({@link InvalidRegister}). The same arguments always give the
 * same children and the same bytes.
 *
 * <pre>{@code
 * Path file = TreemGenerators.validRegisterCsv(42, 200, 2020, dir.resolve("ok.csv"));
 * InvalidRegister bad = TreemGenerators.invalidRegisterCsv(42, 200, 2020, dir.resolve("bad.csv"),
 *     EnumSet.of(Defect.IMPOSSIBLE_DATE, Defect.DUPLICATE_CHILD_ID));
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TreemGenerators {
  private TreemGenerators() {}

  /**
   * Children aged 0-15 at 31 December of {@code year}, with every record the indicators need and
   * no data-entry error (the validator finds no issue in them on that date).
   *
   * @param seed the seed
   * @param n the number of children, 0 or more
   * @param year the reporting year, 1950..2200
   * @return the children, in order (ids {@code QV-000001}, {@code QV-000002}, ...)
   * @throws InvalidValueException when an argument is out of range
   */
  public static Stream<Child> validChildren(long seed, int n, int year) {
    return generator(seed, n, year).stream();
  }

  /**
   * Child number {@code index} of {@link #validChildren(long, int, int)}, without drawing the
   * others.
   *
   * @param seed the seed
   * @param index the 0-based index
   * @param year the reporting year
   * @return the child
   */
  public static Child validChild(long seed, long index, int year) {
    return CommuneGenerator.builder().seed(seed).year(year).children(index + 1).build().child(index);
  }

  /**
   * Writes a valid CSV register of {@code n} children (UTF-8, CRLF, no byte-order mark) with
   * {@link RegisterCsvWriter}, the snapshot of {@code year} on 31 December.
   *
   * @param seed the seed
   * @param n the number of children
   * @param year the reporting year
   * @param file the file to write (replaced if it exists)
   * @return {@code file}
   * @throws UncheckedIOException when the file cannot be written
   */
  public static Path validRegisterCsv(long seed, int n, int year, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      writeCsv(seed, n, year, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Writes a CSV register of {@code n} children in which each of {@code defects} is injected
   * into its own row (rows chosen from the seed), and tells which problems the reader reports.
   * Rows without an injected defect are valid.
   *
   * @param seed the seed
   * @param n the number of children; rows that suit each defect must exist (about 30 or more
   *     children are always enough)
   * @param year the reporting year
   * @param file the file to write (replaced if it exists)
   * @param defects the defects to inject, possibly none
   * @return the register and its expected problems
   * @throws InvalidValueException when no row suits a defect
   * @throws UncheckedIOException when the file cannot be written
   */
  public static InvalidRegister invalidRegisterCsv(long seed, int n, int year, Path file, Set<Defect> defects) {
    ByteArrayOutputStream valid = new ByteArrayOutputStream();
    writeCsv(seed, n, year, valid);
    DefectInjector.Result r = DefectInjector.inject(valid.toString(StandardCharsets.UTF_8), seed, defects);
    try {
      Files.writeString(file, r.text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return InvalidRegister.builder().file(file).year(year).rows(n).defects(defects)
        .expectedProblems(r.problems()).build();
  }

  private static void writeCsv(long seed, int n, int year, OutputStream out) {
    // not closed here: closing the writer would close the caller's stream twice
    RegisterCsvWriter w = RegisterCsvWriter.open(out, CsvWriteOptions.of(year));
    generator(seed, n, year).stream().forEach(w::write);
    w.flush();
  }

  private static CommuneGenerator generator(long seed, int n, int year) {
    if (n < 0) {
      throw new InvalidValueException(TestkitErrorCode.COUNT_NEGATIVE, "n must be >= 0");
    }
    return CommuneGenerator.builder().seed(seed).year(year).children(n).build();
  }
}
