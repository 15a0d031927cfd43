package io.github.treem.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.treem.core.plan.Plan;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterReading;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.Registers;
import io.github.treem.io.Validation;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportPipeline;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The end-to-end harness: generates a synthetic register once (in a temporary directory, or
 * uses {@code --file}), then measures on the same file(s), alternating and repeated:
 * <ol>
 *   <li>(a) the limit: raw parsing into string fields by FastCSV;
 *   <li>(b) Jackson CSV streaming into {@link io.github.treem.core.Child} ({@code Registers.open}
 *       with {@code Validation.NONE}: the format alone);
 *   <li>(c) {@code treem report}'s full work through the CLI's own code path, io-formats'
 *       {@link ReportPipeline}: read (each file hashed in the same pass), validate (the readers'
 *       default, treem's validator; {@code --no-validate}: {@code Validation.NONE}), WHO z-scores,
 *       every indicator with the village breakdown, report, suppression and target assessment of
 *       the bundled plan, manifest;
 *   <li>with {@code --threads 2}: (c2) the same work split over two files read by the pipeline's
 *       two threads, accumulators merged in file order.
 * </ol>
 * Prints rows per second (medians of wall time) and rows per CPU-second of the process (medians
 * of process CPU time, which a loaded machine disturbs less), the ratios (c)/(a) and (c)/(b), the heap after a full GC
 * at the end and the peak heap (sum of the heap memory pools' peak usage).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar e2e --children 1000000 [--threads 1|2] [--repeats 5]
 *     [--warmup 1] [--only c] [--file F] [--no-validate]
 * }</pre>
 */
final class EndToEnd {
  private static final int YEAR = 2020;
  private static final LocalDate REF = LocalDate.of(YEAR, 12, 31);

  private long children = 1_000_000;
  private int threads = 1;
  private int repeats = 5;
  private int warmup = 1;
  private String only = "abc";
  private boolean validate = true;
  private final List<Path> files = new ArrayList<>();

  private EndToEnd() {}

  static int run(String[] args) throws Exception {
    EndToEnd e = new EndToEnd();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String v = i + 1 < args.length ? args[i + 1] : null;
      switch (a) {
        case "--children":
          e.children = Long.parseLong(v.replace("_", ""));
          i++;
          break;
        case "--threads":
          e.threads = Integer.parseInt(v);
          i++;
          break;
        case "--repeats":
          e.repeats = Integer.parseInt(v);
          i++;
          break;
        case "--warmup":
          e.warmup = Integer.parseInt(v);
          i++;
          break;
        case "--only":
          e.only = v;
          i++;
          break;
        case "--file":
          e.files.add(Path.of(v));
          i++;
          break;
        case "--no-validate":
          e.validate = false;
          break;
        default:
          System.err.println("usage: e2e [--children N] [--threads 1|2] [--repeats R] [--warmup W] [--only abc]"
              + " [--file F]... [--no-validate]");
          return 2;
      }
    }
    if (e.threads < 1 || e.threads > 2 || e.repeats < 1) {
      System.err.println("e2e: --threads 1 or 2, --repeats >= 1");
      return 2;
    }
    return e.go();
  }

  private int go() throws Exception {
    Path dir = null;
    if (files.isEmpty()) {
      dir = Files.createTempDirectory("treem-e2e");
      long t0 = System.nanoTime();
      if (threads == 1) {
        files.add(generate(dir.resolve("register.csv"), 0, children));
      } else {
        files.add(generate(dir.resolve("register-1.csv"), 0, children / 2));
        files.add(generate(dir.resolve("register-2.csv"), children / 2, children));
      }
      System.out.printf(Locale.ROOT, "generated %,d children in %.1f s%n", children, (System.nanoTime() - t0) / 1e9);
    } else if (threads == 2 && files.size() != 2) {
      System.err.println("e2e: --threads 2 needs two --file");
      return 2;
    }
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    System.out.printf(Locale.ROOT, "files: %s (%,d bytes); java %s; %d processors; max heap %,d MB%n", files,
        bytes, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    List<String> kinds = new ArrayList<>();
    for (char k : only.toCharArray()) {
      kinds.add(String.valueOf(k));
    }
    if (threads == 2 && only.contains("c")) {
      kinds.add("c2");
    }
    resetPeaks();
    long[][] times = new long[kinds.size()][repeats];
    long[][] cpus = new long[kinds.size()][repeats];
    long[] rows = new long[kinds.size()];
    for (int round = -warmup; round < repeats; round++) {
      for (int k = 0; k < kinds.size(); k++) {
        long c0 = cpu();
        long t0 = System.nanoTime();
        long n = measure(kinds.get(k), plan);
        long t = System.nanoTime() - t0;
        long ct = cpu() - c0;
        rows[k] = n;
        if (round >= 0) {
          times[k][round] = t;
          cpus[k][round] = ct;
        }
        System.out.printf(Locale.ROOT, "  %s round %2d (%s): %,d rows in %.3f s wall, %.3f s CPU%n",
            round < 0 ? "warmup" : "      ", round, kinds.get(k), n, t / 1e9, ct / 1e9);
      }
    }
    System.out.println();
    double[] rate = new double[kinds.size()];
    double[] cpuRate = new double[kinds.size()];
    for (int k = 0; k < kinds.size(); k++) {
      long[] ts = times[k].clone();
      Arrays.sort(ts);
      long median = ts[ts.length / 2];
      long[] cs = cpus[k].clone();
      Arrays.sort(cs);
      long cpuMedian = cs[cs.length / 2];
      rate[k] = rows[k] / (median / 1e9);
      cpuRate[k] = rows[k] / (Math.max(cpuMedian, 1) / 1e9);
      System.out.printf(Locale.ROOT, "(%s) %s%n     wall: median %.3f s (min %.3f, max %.3f) = %,.0f rows/s;"
          + " process CPU: median %.3f s = %,.0f rows per CPU-second%n", kinds.get(k), label(kinds.get(k)),
          median / 1e9, ts[0] / 1e9, ts[ts.length - 1] / 1e9, rate[k], cpuMedian / 1e9, cpuRate[k]);
    }
    int a = kinds.indexOf("a");
    int b = kinds.indexOf("b");
    int c = kinds.indexOf("c");
    int c2 = kinds.indexOf("c2");
    if (c >= 0 && a >= 0) {
      System.out.printf(Locale.ROOT, "(c)/(a) = %.3f wall, %.3f CPU   (goal >= 0.40)%n", rate[c] / rate[a],
          cpuRate[c] / cpuRate[a]);
    }
    if (c >= 0 && b >= 0) {
      System.out.printf(Locale.ROOT, "(c)/(b) = %.3f wall, %.3f CPU%n", rate[c] / rate[b], cpuRate[c] / cpuRate[b]);
    }
    if (c >= 0 && c2 >= 0) {
      System.out.printf(Locale.ROOT, "(c2)/(c) = %.3f wall   (goal >= 1.6)%n", rate[c2] / rate[c]);
    }
    long peak = peakHeap();
    System.gc();
    long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.printf(Locale.ROOT, "heap after full GC: %,.1f MB; peak heap (pools' peak usage): %,.1f MB%n",
        after / 1048576.0, peak / 1048576.0);
    if (dir != null) {
      for (Path f : files) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    }
    return 0;
  }

  private static String label(String kind) {
    switch (kind) {
      case "a":
        return "raw FastCSV parsing into string fields (the limit)";
      case "b":
        return "Jackson CSV streaming into Child, no validation";
      case "c":
        return "treem report: read, validate, z-scores, indicators x village";
      default:
        return "treem report on 2 threads, accumulators merged";
    }
  }

  private Path generate(Path file, long from, long until) throws IOException {
    CommuneGenerator gen = CommuneGenerator.builder().seed(1).year(YEAR).children(until).villages(10).build();
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        RegisterCsvWriter w = RegisterCsvWriter.open(os, CsvWriteOptions.of(YEAR))) {
      for (long i = from; i < until; i++) {
        w.write(gen.child(i));
      }
    }
    return file;
  }

  private long measure(String kind, Plan plan) throws Exception {
    switch (kind) {
      case "a": {
        long n = 0;
        for (Path f : files) {
          n += raw(f);
        }
        return n;
      }
      case "b": {
        long n = 0;
        for (Path f : files) {
          n += children(f);
        }
        return n;
      }
      case "c":
        return report(files, plan, 1);
      case "c2":
        return report(files, plan, 2);
      default:
        throw new IllegalArgumentException("unknown measurement " + kind);
    }
  }

  /** (a) FastCSV: every field of every data row as a string; returns the rows. */
  static long raw(Path f) throws IOException {
    long n = -1;
    long chars = 0;
    try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(f, StandardCharsets.UTF_8)) {
      for (CsvRecord rec : r) {
        n++;
        for (int i = 0; i < rec.getFieldCount(); i++) {
          chars += rec.getField(i).length();
        }
      }
    }
    if (chars < 0) {
      throw new IllegalStateException();
    }
    return n;
  }

  /** (b) the register reader without validation; returns the rows read. */
  static long children(Path f) throws IOException {
    long accepted = 0;
    try (RegisterReader r = Registers.open(f, ReadOptions.builder().reportingYear(YEAR)
        .validation(Validation.NONE).build())) {
      Optional<RegisterRecord> rec;
      while ((rec = r.next()).isPresent()) {
        if (rec.get().getChild().isPresent()) {
          accepted++;
        }
      }
      if (accepted != r.getStats().getRowsAccepted()) {
        throw new IllegalStateException("accepted");
      }
      return r.getStats().getRowsRead();
    }
  }

  /**
   * (c) and (c2): {@code treem report}'s own path, io-formats' {@link ReportPipeline} (as the CLI
   * calls it, validating by the readers' default unless {@code --no-validate}), on one or two threads.
   */
  private long report(List<Path> fs, Plan plan, int nThreads) throws Exception {
    IndicatorCalculator calc = IndicatorCalculator.builder().year(YEAR).referenceDate(REF)
        .breakdowns(BreakdownDimension.VILLAGE).build();
    ReadOptions options = ReadOptions.builder().reportingYear(YEAR).referenceDate(REF)
        .validation(validate ? Validation.TREEM : Validation.NONE).build();
    List<RegisterSource> sources = new ArrayList<>();
    for (Path f : fs) {
      sources.add(RegisterSource.of(f));
    }
    ReportDocument doc = ReportPipeline.builder().calculator(calc).plan(plan)
        .reading(RegisterReading.builder().options(options).threads(nThreads).build())
        .build().run(sources);
    DataQuality q = doc.getReport().getDataQuality().orElseThrow();
    if (doc.getTargets().isEmpty() || !doc.getReport().isSuppressed()) {
      throw new IllegalStateException("report");
    }
    return q.getRowsRead();
  }

  /** {@return the CPU time of the whole process (all threads, GC and JIT included), in ns} */
  private static long cpu() {
    // the JDK's portable view of the process (com.sun.management is not on every JVM)
    return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.isValid()) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.isValid() && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
