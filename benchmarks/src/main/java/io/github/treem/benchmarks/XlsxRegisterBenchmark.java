package io.github.treem.benchmarks;

import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Validation;
import io.github.treem.io.csv.RegisterCsvReader;
import io.github.treem.xlsx.RegisterXlsxReader;
import io.github.treem.xlsx.RegisterXlsxWriter;
import io.github.treem.xlsx.WorkbookReadOptions;
import io.github.treem.xlsx.WorkbookReader;
import io.github.treem.xlsx.WorkbookRow;
import io.github.treem.xlsx.WorkbookWriteOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The workbook register reader, per row on one thread, against the CSV register reader on the
 * same children: {@value #N} synthetic children (seed 7, 2020) written once by
 * {@link RegisterXlsxWriter} to a temporary {@code .xlsx} file and by the CSV writer to memory.
 * <ul>
 *   <li>{@code readWorkbookRegister}: {@link RegisterXlsxReader} from the file, what
 *       {@code treem validate so.xlsx} does (package guard, FastExcel's streaming sheet, cells to
 *       text, header matching, value rules, treem's validator);
 *   <li>{@code readWorkbookRegisterUnvalidated}: the same with {@code Validation.NONE};
 *   <li>{@code readWorkbookRows}: {@link WorkbookReader} alone, the rows as cell texts (the part
 *       of the work that is the workbook's);
 *   <li>{@code readCsvRegister}: {@link RegisterCsvReader} on the same children as CSV bytes, the
 *       yardstick ({@code CsvRowBenchmark.readRows}).
 * </ul>
 * Each invocation opens the file again, so the per-file cost (checking the zip's parts, reading
 * the shared strings, the header) is spread over its {@value #N} rows.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar XlsxRegisterBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class XlsxRegisterBenchmark {
  static final int N = 4096;

  private Path workbook;
  private byte[] csv;
  private final ReadOptions options = ReadOptions.of(2020);
  private final ReadOptions unvalidated = ReadOptions.builder().reportingYear(2020).validation(Validation.NONE).build();

  /**
   * Writes {@value #N} synthetic children as a workbook file and as CSV bytes.
   *
   * @throws IOException when the temporary file cannot be written
   */
  @Setup
  public void setUp() throws IOException {
    workbook = Files.createTempFile("treem-bench", ".xlsx");
    CommuneGenerator gen = CommuneGenerator.builder().seed(7).year(2020).children(N).build();
    try (OutputStream out = Files.newOutputStream(workbook);
        RegisterXlsxWriter w = RegisterXlsxWriter.open(out, WorkbookWriteOptions.of(2020))) {
      gen.stream().forEach(w::write);
    }
    csv = CsvRowBenchmark.register(N);
  }

  /**
   * Deletes the workbook.
   *
   * @throws IOException when it cannot be deleted
   */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(workbook);
  }

  /**
   * Reads {@value #N} rows of a workbook into children with the register reader (validated).
   *
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void readWorkbookRegister(Blackhole bh) {
    readWorkbook(options, bh);
  }

  /**
   * Reads {@value #N} rows of a workbook into children, without the validator.
   *
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void readWorkbookRegisterUnvalidated(Blackhole bh) {
    readWorkbook(unvalidated, bh);
  }

  private void readWorkbook(ReadOptions o, Blackhole bh) {
    try (RegisterXlsxReader r = RegisterXlsxReader.open(workbook, o, WorkbookReadOptions.defaults())) {
      Optional<RegisterRecord> rec;
      int accepted = 0;
      while ((rec = r.next()).isPresent()) {
        bh.consume(rec.get().getChild());
        accepted += rec.get().getChild().isPresent() ? 1 : 0;
      }
      if (accepted != N) {
        throw new IllegalStateException("the workbook's rows were not all accepted: " + r.getFileIssues());
      }
    }
  }

  /**
   * Reads the {@value #N} rows (and the header) of a workbook as cell texts.
   *
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void readWorkbookRows(Blackhole bh) {
    try (WorkbookReader r = WorkbookReader.open(workbook, WorkbookReadOptions.defaults())) {
      Optional<WorkbookRow> row;
      while ((row = r.next()).isPresent()) {
        bh.consume(row.get().cells());
      }
    }
  }

  /**
   * Reads the same {@value #N} children from CSV bytes with the CSV register reader (validated).
   *
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void readCsvRegister(Blackhole bh) {
    try (RegisterCsvReader r = RegisterCsvReader.open(new ByteArrayInputStream(csv), options)) {
      Optional<RegisterRecord> rec;
      while ((rec = r.next()).isPresent()) {
        bh.consume(rec.get().getChild());
      }
    }
  }
}
