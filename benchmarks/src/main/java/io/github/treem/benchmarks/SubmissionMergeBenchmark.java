package io.github.treem.benchmarks;

import io.github.treem.core.admin.AdministrativeDivisions;
import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportPipeline;
import io.github.treem.io.submission.CommuneSubmission;
import io.github.treem.io.submission.ProvinceRollUp;
import io.github.treem.io.submission.SubmissionJson;
import io.github.treem.io.submission.SubmissionReading;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The province's merge at national scale: {@code communes} submissions of distinct real communes
 * (the GSO list of 31 December 2024, all provinces) merged by province, published with
 * small-number suppression and the audit (one thread, single shot, seconds per merge):
 *
 * <ul>
 *   <li>{@code merge}: {@link ProvinceRollUp} over submissions already read (the sum, the unit
 *       look-ups, coverage of every province, disclosure control of the result);</li>
 *   <li>{@code readAndMerge}: the same, each submission read from its JSON bytes first
 *       ({@link SubmissionJson#read}: strict parsing, every value recomputed, the SHA-256 of
 *       the content checked), as {@code treem merge --threads 1} does with files;</li>
 *   <li>{@code readAndMergeTwoThreads}: the same, read on two threads by
 *       {@link SubmissionReading} and merged in order on the calling thread.</li>
 * </ul>
 *
 * <p>The submissions' contents are 20 synthetic communes of 150 to 400 children (every breakdown
 * of a submission: about 15 to 25 KB of JSON each), given in turn to the communes; each JSON is
 * built from its template's bytes and the commune's code without copying (the digest does not
 * cover the code). Memory: a merge holds counts, one cell per distinct key, and the set of
 * communes merged, whatever the number of submissions.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar SubmissionMergeBenchmark -f 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class SubmissionMergeBenchmark {
  private static final LocalDate REF = LocalDate.of(2024, 12, 31);
  private static final int TEMPLATES = 20;

  /** The number of submissions merged. */
  @Param({"10000"})
  public int communes;

  private final List<CommuneSubmission> parsed = new ArrayList<>();
  private final List<String> codes = new ArrayList<>();
  private final List<byte[]> heads = new ArrayList<>();
  private final List<byte[]> tails = new ArrayList<>();
  private final List<RegisterSource> sources = new ArrayList<>();

  /**
   * Makes the templates and gives them to the communes.
   *
   * @throws IOException never (registers in memory)
   */
  @Setup
  public void setUp() throws IOException {
    List<AdministrativeUnit> all = new ArrayList<>(AdministrativeDivisions.gso().units(AdministrativeLevel.COMMUNE, REF));
    Collections.shuffle(all, new java.util.Random(1));
    ReportPipeline pipeline = ReportPipeline.builder().calculator(IndicatorCalculator.builder().year(2024)
        .referenceDate(REF).breakdowns(CommuneSubmission.BREAKDOWNS).build()).unsuppressedForInternalUse().build();
    List<ReportDocument> docs = new ArrayList<>();
    for (int t = 0; t < TEMPLATES; t++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RegisterCsvWriter w = RegisterCsvWriter.open(out, CsvWriteOptions.of(2024))) {
        CommuneGenerator.builder().seed(t + 1).year(2024).children(150 + 13L * t).build().stream().forEach(w::write);
      }
      byte[] bytes = out.toByteArray();
      docs.add(pipeline.run(List.of(RegisterSource.of("t" + t + ".csv", () -> new ByteArrayInputStream(bytes)))));
    }
    for (int k = 0; k < TEMPLATES; k++) {
      String json = SubmissionJson.write(CommuneSubmission.of(CommuneCode.parse("00001"), docs.get(k)));
      int at = json.indexOf("\"commune\":\"00001\"") + "\"commune\":\"".length();
      heads.add(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
      tails.add(json.substring(at + 5).getBytes(StandardCharsets.UTF_8));
    }
    for (int i = 0; i < communes; i++) {
      String code = all.get(i).getCode();
      codes.add(code);
      parsed.add(CommuneSubmission.of(CommuneCode.parse(code), docs.get(i % TEMPLATES)));
      byte[] head = heads.get(i % TEMPLATES);
      byte[] tail = tails.get(i % TEMPLATES);
      byte[] id = code.getBytes(StandardCharsets.US_ASCII);
      sources.add(RegisterSource.of(code + ".json", () -> new SequenceInputStream(new ByteArrayInputStream(head),
          new SequenceInputStream(new ByteArrayInputStream(id), new ByteArrayInputStream(tail)))));
    }
  }

  /**
   * Merges the submissions already read.
   *
   * @return the number merged
   */
  @Benchmark
  public long merge() {
    ProvinceRollUp.Merge m = ProvinceRollUp.builder().build().start();
    for (int i = 0; i < parsed.size(); i++) {
      m.add(parsed.get(i), codes.get(i));
    }
    return check(m.finish());
  }

  /**
   * Reads each submission from its JSON bytes, then merges, on one thread.
   *
   * @return the number merged
   * @throws IOException never (submissions in memory)
   */
  @Benchmark
  public long readAndMerge() throws IOException {
    return readAndMerge(1);
  }

  /**
   * Reads the submissions on two threads ({@link SubmissionReading}), merged in order on the
   * calling thread.
   *
   * @return the number merged
   * @throws IOException never (submissions in memory)
   */
  @Benchmark
  public long readAndMergeTwoThreads() throws IOException {
    return readAndMerge(2);
  }

  private long readAndMerge(int threads) throws IOException {
    ProvinceRollUp.Merge m = ProvinceRollUp.builder().build().start();
    SubmissionReading.of(threads).read(sources, read -> m.add(read.getSubmission().orElseThrow(), read.getSource().getName()));
    return check(m.finish());
  }

  private long check(ProvinceRollUp.Result r) {
    if (r.getSubmissionsAccepted() != communes || r.getDocument().isEmpty()) {
      throw new IllegalStateException("not every submission merged: " + r);
    }
    return r.getSubmissionsAccepted();
  }
}
