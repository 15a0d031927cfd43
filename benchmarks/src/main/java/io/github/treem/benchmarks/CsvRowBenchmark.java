package io.github.treem.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Validation;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvReader;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.internal.RecordAssembler;
import io.github.treem.io.internal.csv.Column;
import io.github.treem.io.internal.csv.RowCells;
import io.github.treem.io.internal.csv.RowMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * CSV row to {@link Child}, per row on one thread: {@code readRows} parses {@value #N} register
 * rows from memory with the register reader (Jackson CSV, header, checks, mapping, and treem's
 * validator, the readers' default); {@code readRowsUnvalidated} the same with
 * {@code Validation.NONE}; {@code mapCells} maps already split, stripped cells to a child and
 * assembles its record (the reader's {@code RowMapper} and {@code RecordAssembler}, no validator).
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar CsvRowBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CsvRowBenchmark {
  static final int N = 4096;

  private byte[] csv;
  private final ReadOptions options = ReadOptions.of(2020);
  private final ReadOptions unvalidated = ReadOptions.builder().reportingYear(2020).validation(Validation.NONE).build();
  private List<RowCells> cells;

  /** {@return a synthetic register of {@code children} children (seed 7, 2020) as CSV bytes} */
  static byte[] register(int children) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommuneGenerator gen = CommuneGenerator.builder().seed(7).year(2020).children(children).build();
    try (RegisterCsvWriter w = RegisterCsvWriter.open(out, CsvWriteOptions.of(2020))) {
      gen.stream().forEach(w::write);
    }
    return out.toByteArray();
  }

  /** Writes {@value #N} synthetic children as a CSV register in memory. */
  @Setup
  public void setUp() {
    csv = register(N);
    cells = new ArrayList<>();
    Column[] columns = null;
    for (CsvRecord rec : CsvReader.builder().ofCsvRecord(new String(csv, StandardCharsets.UTF_8))) {
      if (columns == null) {
        columns = rec.getFields().stream().map(h -> Column.byHeader(h).orElseThrow()).toArray(Column[]::new);
      } else {
        cells.add(RowMapper.cells(columns, rec.getFields()));
      }
    }
  }

  /**
   * Reads {@value #N} rows into children with the register reader.
   *
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void readRows(Blackhole bh) {
    read(options, bh);
  }

  private void read(ReadOptions o, Blackhole bh) {
    try (RegisterCsvReader r = RegisterCsvReader.open(new ByteArrayInputStream(csv), o)) {
      Optional<RegisterRecord> rec;
      while ((rec = r.next()).isPresent()) {
        bh.consume(rec.get().getChild());
      }
    }
  }

  /**
   * Reads {@value #N} rows into children with the register reader, without the validator (what
   * {@link #readRows} measured before reading validated by default).
   *
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void readRowsUnvalidated(Blackhole bh) {
    read(unvalidated, bh);
  }

  /**
   * Maps {@value #N} rows of cells to children and assembles their records (duplicate check, no
   * validator).
   *
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void mapCells(Blackhole bh) {
    try (RecordAssembler assembler = new RecordAssembler(unvalidated)) {
      RowMapper m = new RowMapper(unvalidated, assembler, false);
      long i = 0;
      for (RowCells row : cells) {
        List<Issue> issues = new ArrayList<>(0);
        bh.consume(assembler.assemble(i + 2, m.map(i + 2, row, issues), issues, "", "child_id"));
        i++;
      }
    }
  }
}
