package io.github.treem.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.treem.io.internal.csv.CsvRecordTokenizer;
import io.github.treem.io.internal.text.DecodingReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The CSV tokenisers side by side, per row of a synthetic register in memory (UTF-8 decoding
 * included, every field made a string and consumed): {@code fastCsv} FastCSV 4.4
 * ({@code CsvReader.ofCsvRecord}, strict parser, over the JDK's decoder), {@code treem} the
 * register reader's resumable tokeniser ({@code CsvRecordTokenizer} over {@code DecodingReader},
 * the reader's path), {@code jackson} Jackson CSV 3 streaming (the reader's former parser, same
 * features); {@code decodeJdk} and {@code decodeTreem}: the UTF-8 decoding alone (the JDK's
 * {@code InputStreamReader}, the reader's {@code DecodingReader}).
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar CsvTokenizeBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CsvTokenizeBenchmark {
  static final int N = 4096;

  private byte[] csv;

  /** Writes {@value #N} synthetic children as a CSV register in memory. */
  @Setup
  public void setUp() {
    csv = CsvRowBenchmark.register(N);
  }

  /** FastCSV 4.4.0. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void fastCsv(Blackhole bh) throws IOException {
    try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(
        new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
      for (CsvRecord rec : r) {
        for (int i = 0; i < rec.getFieldCount(); i++) {
          bh.consume(rec.getField(i));
        }
      }
    }
  }

  /** The register reader's tokeniser. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void treem(Blackhole bh) throws IOException {
    try (Reader in = DecodingReader.utf8(new ByteArrayInputStream(csv))) {
      CsvRecordTokenizer t = new CsvRecordTokenizer(in, ',', 100_000, 1_000_000, Integer.MAX_VALUE, 64);
      while (t.next()) {
        for (String f : t.fields()) {
          bh.consume(f);
        }
      }
    }
  }

  /** Jackson CSV 3. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void jackson(Blackhole bh) throws IOException {
    try (Reader in = DecodingReader.utf8(new ByteArrayInputStream(csv));
        JsonParser p = new CsvMapper().reader().with(CsvSchema.emptySchema()).with(CsvReadFeature.WRAP_AS_ARRAY)
            .with(CsvReadFeature.SKIP_EMPTY_LINES).createParser(in)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          bh.consume(p.getString());
        }
      }
    }
  }

  /** Decoding alone: the JDK's UTF-8 decoder ({@code InputStreamReader}), per row. */
  @Benchmark
  @OperationsPerInvocation(N)
  public long decodeJdk() throws IOException {
    return drain(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8));
  }

  /** Decoding alone: the register reader's {@code DecodingReader} (its UTF-8 fast path), per row. */
  @Benchmark
  @OperationsPerInvocation(N)
  public long decodeTreem() throws IOException {
    return drain(DecodingReader.utf8(new ByteArrayInputStream(csv)));
  }

  private static long drain(Reader reader) throws IOException {
    try (Reader in = reader) {
      char[] buf = new char[65_536];
      long sum = 0;
      int n;
      while ((n = in.read(buf, 0, buf.length)) >= 0) {
        sum += n + buf[0];
      }
      return sum;
    }
  }
}
