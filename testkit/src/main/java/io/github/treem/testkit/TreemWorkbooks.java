package io.github.treem.testkit;

import io.github.treem.core.Child;
import io.github.treem.xlsx.RegisterXlsxWriter;
import io.github.treem.xlsx.WorkbookWriteOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Excel workbooks (.xlsx) for other systems' tests: registers as a commune officer's workbook
 * (the children of {@link TreemGenerators}, or your own), and assertions on a workbook that a
 * system exports ({@link #assertThatWorkbook(Path)}). Needs {@code treem-xlsx} on the class path
 * (an optional dependency of the test kit: add {@code io.github.treem:treem-xlsx} to the tests'
 * dependencies); the rest of the test kit works without it.
 *
 * <pre>{@code
 * Path book = TreemWorkbooks.validRegisterXlsx(42, 200, 2020, dir.resolve("so-tre-em.xlsx"));
 * // the same children as TreemGenerators.validRegisterCsv(42, 200, 2020, ...)
 * TreemWorkbooks.assertThatWorkbook(exported).hasSheets("Mục tiêu", "Chỉ tiêu")
 *     .cell("Mục tiêu", "F4").isNumber("99.99");
 * }</pre>
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class TreemWorkbooks {
  private TreemWorkbooks() {}

  /**
   * Writes a valid register of {@code n} children as a workbook: the children of
   * {@link TreemGenerators#validChildren(long, int, int)}, one sheet {@code Sổ trẻ em} with the
   * columns of the CSV register, the snapshot of {@code year} on 31 December (dates as dates,
   * measurements and grades as numbers, codes as text).
   *
   * @param seed the seed
   * @param n the number of children
   * @param year the reporting year
   * @param file the file to write (replaced if it exists)
   * @return {@code file}
   * @throws UncheckedIOException when the file cannot be written
   */
  public static Path validRegisterXlsx(long seed, int n, int year, Path file) {
    return registerXlsx(TreemGenerators.validChildren(seed, n, year), WorkbookWriteOptions.of(year), file);
  }

  /**
   * Writes children as a register workbook.
   *
   * @param children the children (the stream is consumed)
   * @param options the reporting year, reference date and sheet name
   * @param file the file to write (replaced if it exists)
   * @return {@code file}
   * @throws UncheckedIOException when the file cannot be written
   */
  public static Path registerXlsx(Stream<Child> children, WorkbookWriteOptions options, Path file) {
    Objects.requireNonNull(children, "children must not be null");
    Objects.requireNonNull(options, "options must not be null");
    try (OutputStream out = Files.newOutputStream(file);
        RegisterXlsxWriter w = RegisterXlsxWriter.open(out, options)) {
      children.forEach(w::write);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Assertions on a workbook file (.xlsx): its sheets and the kind and value of its cells, read
   * with treem's workbook reader.
   *
   * @param workbook the file
   * @return the assertion
   */
  public static WorkbookAssert assertThatWorkbook(Path workbook) {
    return new WorkbookAssert(workbook);
  }
}
