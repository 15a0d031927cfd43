package io.github.treem.benchmarks;

import io.github.treem.core.Child;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Validation;
import io.github.treem.io.json.RegisterJsonLinesReader;
import io.github.treem.io.json.RegisterJsonLinesWriter;
import io.github.treem.io.json.TreemJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * JSON Lines register to and from {@link Child}, per child on one thread: {@code readLines}
 * reads {@value #N} lines from memory with {@link RegisterJsonLinesReader} (line splitting,
 * Jackson parsing, treem's {@code Child} codec, duplicate-id index; {@code Validation.NONE});
 * {@code readLinesValidated} the same with the readers' default validation (treem's validator);
 * {@code readChild} decodes one child's JSON text with {@link TreemJson#readChild(String)};
 * {@code writeLines} writes {@value #N} children with {@link RegisterJsonLinesWriter}.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar JsonLinesBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonLinesBenchmark {
  static final int N = 4096;

  private byte[] jsonl;
  private List<Child> children;
  private List<String> lines;
  private int next;
  /** The format alone (what {@code readLines} measured before reading validated by default). */
  private final ReadOptions options = ReadOptions.builder().reportingYear(2020).validation(Validation.NONE).build();
  /** The readers' default: treem's validator at the reference date. */
  private final ReadOptions validated = ReadOptions.of(2020);

  /** Writes {@value #N} synthetic children as a JSON Lines register in memory. */
  @Setup
  public void setUp() {
    children = CommuneGenerator.builder().seed(7).year(2020).children(N).build().stream()
        .collect(Collectors.toList());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterJsonLinesWriter w = RegisterJsonLinesWriter.open(out)) {
      children.forEach(w::write);
    }
    jsonl = out.toByteArray();
    lines = List.of(new String(jsonl, StandardCharsets.UTF_8).split("\n"));
  }

  /**
   * Reads {@value #N} lines into children with the register reader.
   *
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void readLines(Blackhole bh) {
    try (RegisterJsonLinesReader r = RegisterJsonLinesReader.open(new ByteArrayInputStream(jsonl), options)) {
      Optional<RegisterRecord> rec;
      while ((rec = r.next()).isPresent()) {
        bh.consume(rec.get().getChild());
      }
    }
  }

  /**
   * Reads {@value #N} lines into children with the register reader and the readers' default
   * validation (treem's validator).
   *
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void readLinesValidated(Blackhole bh) {
    try (RegisterJsonLinesReader r = RegisterJsonLinesReader.open(new ByteArrayInputStream(jsonl), validated)) {
      Optional<RegisterRecord> rec;
      while ((rec = r.next()).isPresent()) {
        bh.consume(rec.get().getChild());
      }
    }
  }

  /**
   * Decodes one child from its JSON text.
   *
   * @return the child
   */
  @Benchmark
  public Child readChild() {
    String line = lines.get(next);
    next = (next + 1) % lines.size();
    return TreemJson.strict().readChild(line);
  }

  /**
   * Writes {@value #N} children as JSON Lines.
   *
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void writeLines(Blackhole bh) {
    CountingStream out = new CountingStream();
    try (RegisterJsonLinesWriter w = RegisterJsonLinesWriter.open(out)) {
      children.forEach(w::write);
    }
    bh.consume(out.count);
  }

  /** Counts the bytes written, keeps none. */
  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
