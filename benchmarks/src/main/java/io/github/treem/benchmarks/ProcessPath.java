package io.github.treem.benchmarks;

import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.json.RegisterJsonLinesWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The benchmark of the path users run (issue 17): whole processes, timed from start to exit,
 * measured against a raw FastCSV process ({@link RawFastCsv}) over the same file, in alternating
 * rounds. Each round runs every kind once, in the order given, on every size; the figures are
 * per-round ratios (the raw process's time over the kind's time, i.e. a throughput ratio), whose
 * median and spread (min to max over the rounds) are printed, with the load average of the
 * machine at each round: on a shared machine absolute times measure the neighbours, ratios of
 * runs taken seconds apart much less so. Where GNU time is installed ({@code /usr/bin/time}), each
 * process's CPU time (user + system, all its threads) is taken too and its ratios printed beside:
 * on a machine loaded by others they move least (but they cannot show what a second thread
 * gains, which only wall time on free cores shows).
 *
 * <p>Kinds:
 * <ul>
 *   <li>{@code raw}: {@code java -cp benchmarks.jar ...RawFastCsv FILE} (the limit);
 *   <li>{@code report}: {@code java -jar treem.jar report --register FILE --format json --threads 1 -q};
 *   <li>{@code report2}: the same with {@code --threads 2} (its output must be byte-identical to
 *       {@code report}'s, which is checked);
 *   <li>{@code report64}: {@code report} with {@code -Xmx64m};
 *   <li>{@code jsonl}: {@code report} over the same children written as JSON Lines (compared with
 *       {@code report}: time over time, goal at most 2);
 *   <li>{@code base}: {@code report} with another build of the CLI ({@code --base JAR}, e.g. the
 *       main branch's), for a before/after figure taken in the same alternation.
 * </ul>
 *
 * <p>Inputs: {@code --sizes 1000000,10000000} generates one register of each size (CSV, and JSON
 * Lines when a {@code jsonl} kind is asked; {@code CommuneGenerator} seed 1, year 2020, 10
 * villages; the same children as {@code e2e}), and prints for the sizes after the first the
 * scale ratio time(size)/time(first size) of each kind, round by round; {@code --province 700x2500}
 * instead generates a folder of 700 commune registers of 2,500 children each (seed = commune
 * number), read as {@code treem report --register FOLDER}. Generated files are removed at the end
 * unless {@code --keep DIR} names where to put (and re-use) them.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.treem.benchmarks.BenchmarkMain process \
 *     --sizes 1000000 --kinds raw,report,report2,jsonl --rounds 5 [--warmup 1] [--treem cli/target/treem.jar]
 * }</pre>
 */
final class ProcessPath {
  private static final int YEAR = 2020;
  private static final Path TIME = Path.of("/usr/bin/time");

  private List<Long> sizes = List.of(1_000_000L);
  private String province;
  private List<String> kinds = List.of("raw", "report", "report2");
  private int rounds = 5;
  private int warmup = 1;
  private Path treem = Path.of("cli/target/treem.jar");
  private Path keep;
  private Path base;

  private ProcessPath() {}

  static int run(String[] args) throws Exception {
    ProcessPath p = new ProcessPath();
    for (int i = 0; i < args.length; i++) {
      String v = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--sizes":
          p.sizes = Stream.of(v.replace("_", "").split(",")).map(Long::parseLong).toList();
          i++;
          break;
        case "--province":
          p.province = v;
          i++;
          break;
        case "--kinds":
          p.kinds = List.of(v.split(","));
          i++;
          break;
        case "--rounds":
          p.rounds = Integer.parseInt(v);
          i++;
          break;
        case "--warmup":
          p.warmup = Integer.parseInt(v);
          i++;
          break;
        case "--treem":
          p.treem = Path.of(v);
          i++;
          break;
        case "--base":
          p.base = Path.of(v);
          i++;
          break;
        case "--keep":
          p.keep = Path.of(v);
          i++;
          break;
        default:
          System.err.println("usage: process [--sizes N,M | --province FILESxCHILDREN] [--kinds raw,report,report2,"
              + "report64,jsonl,base] [--rounds R] [--warmup W] [--treem JAR] [--base JAR] [--keep DIR]");
          return 2;
      }
    }
    if (!Files.isRegularFile(p.treem)) {
      System.err.println("process: " + p.treem + " not found (build the CLI: ./mvnw -B -ntp -pl cli -am package)");
      return 2;
    }
    for (String k : p.kinds) {
      if (!List.of("raw", "report", "report2", "report64", "jsonl", "base").contains(k)) {
        System.err.println("process: unknown kind " + k);
        return 2;
      }
    }
    if (p.kinds.contains("base") && (p.base == null || !Files.isRegularFile(p.base))) {
      System.err.println("process: the kind base needs --base JAR");
      return 2;
    }
    return p.go();
  }

  /** One input: a CSV file or folder, its JSON Lines twin (or null), its rows. */
  private record Input(String label, Path csv, Path jsonl, long rows) {}

  private int go() throws Exception {
    Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("treem-process");
    List<Input> inputs = new ArrayList<>();
    boolean wantJsonl = kinds.contains("jsonl");
    if (province != null) {
      String[] nm = province.split("x");
      int files = Integer.parseInt(nm[0]);
      long children = Long.parseLong(nm[1]);
      Path folder = dir.resolve("province-" + files + "x" + children);
      Path jfolder = wantJsonl ? dir.resolve("province-" + files + "x" + children + "-jsonl") : null;
      if (!Files.isDirectory(folder) || wantJsonl && !Files.isDirectory(jfolder)) {
        Files.createDirectories(folder);
        if (jfolder != null) {
          Files.createDirectories(jfolder);
        }
        for (int f = 1; f <= files; f++) {
          String name = String.format(Locale.ROOT, "commune-%04d", f);
          generate(folder.resolve(name + ".csv"), jfolder == null ? null : jfolder.resolve(name + ".jsonl"), f,
              children);
        }
      }
      inputs.add(new Input(files + " files x " + children, folder, jfolder, files * children));
    } else {
      for (long n : sizes) {
        Path csv = dir.resolve("register-" + n + ".csv");
        Path jsonl = wantJsonl ? dir.resolve("register-" + n + ".jsonl") : null;
        if (!Files.isRegularFile(csv) || jsonl != null && !Files.isRegularFile(jsonl)) {
          long t0 = System.nanoTime();
          generate(csv, jsonl, 1, n);
          System.out.printf(Locale.ROOT, "generated %,d children in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        }
        inputs.add(new Input(String.format(Locale.ROOT, "%,d rows", n), csv, jsonl, n));
      }
    }
    System.out.printf(Locale.ROOT, "java %s; %d processors; treem %s; rounds %d (+%d warm-up); kinds %s%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), treem, rounds, warmup, kinds);
    // times[input][kind][round] in ns, load at each round
    long[][][] times = new long[inputs.size()][kinds.size()][rounds];
    long[][][] cpus = new long[inputs.size()][kinds.size()][rounds];
    double[] load = new double[rounds];
    String[][] digests = new String[inputs.size()][kinds.size()];
    for (int r = -warmup; r < rounds; r++) {
      double l = loadAverage();
      if (r >= 0) {
        load[r] = l;
      }
      for (int in = 0; in < inputs.size(); in++) {
        for (int k = 0; k < kinds.size(); k++) {
          Path out = dir.resolve("out-" + in + "-" + kinds.get(k) + ".txt");
          long[] tc = runOnce(kinds.get(k), inputs.get(in), out);
          long t = tc[0];
          if (r >= 0) {
            times[in][k][r] = t;
            cpus[in][k][r] = tc[1];
          }
          String d = digest(out);
          if (digests[in][k] != null && !digests[in][k].equals(d)) {
            throw new IllegalStateException(kinds.get(k) + ": output differs between rounds");
          }
          digests[in][k] = d;
          Files.delete(out);
          System.out.printf(Locale.ROOT, "  %s %2d  load %5.2f  %-12s %-8s %8.3f s wall %8.3f s CPU%n",
              r < 0 ? "warm-up" : "round  ", r, l, inputs.get(in).label(), kinds.get(k), t / 1e9, tc[1] / 1e9);
        }
      }
    }
    System.out.println();
    double[] ls = load.clone();
    Arrays.sort(ls);
    System.out.printf(Locale.ROOT, "load average (1 min) at the rounds: median %.2f, min %.2f, max %.2f%n",
        ls[ls.length / 2], ls[0], ls[ls.length - 1]);
    int raw = kinds.indexOf("raw");
    int report = kinds.indexOf("report");
    boolean failed = false;
    for (int in = 0; in < inputs.size(); in++) {
      Input input = inputs.get(in);
      System.out.println(input.label() + ":");
      for (int k = 0; k < kinds.size(); k++) {
        long[] t = times[in][k];
        double med = median(t) / 1e9;
        System.out.printf(Locale.ROOT, "  %-8s median %8.3f s = %,10.0f rows/s%s%n", kinds.get(k), med,
            input.rows() / med, raw >= 0 && k != raw
                ? "   raw/" + kinds.get(k) + " = " + spread(ratios(times[in][raw], t)) : "");
        if (cpus[in][k][0] > 0 && raw >= 0 && k != raw) {
          System.out.printf(Locale.ROOT, "  %-8s CPU (user+system) median %8.3f s   raw/%s CPU = %s%n", "",
              median(cpus[in][k]) / 1e9, kinds.get(k), spread(ratios(cpus[in][raw], cpus[in][k])));
        }
      }
      if (report >= 0) {
        for (String other : List.of("report2", "report64", "jsonl", "base")) {
          int o = kinds.indexOf(other);
          if (o >= 0) {
            System.out.printf(Locale.ROOT, "  %s time / report time = %s%n", other,
                spread(ratios(times[in][o], times[in][report])));
          }
        }
        for (String same : List.of("report2", "report64", "base")) {
          int o = kinds.indexOf(same);
          if (o < 0) {
            continue;
          }
          boolean identical = digests[in][o].equals(digests[in][report]);
          System.out.printf(Locale.ROOT, "  %s output %s report's (SHA-256 %s)%n", same,
              identical ? "byte-identical to" : "DIFFERS from", digests[in][report].substring(0, 16));
          if (!identical) {
            failed = true;
          }
        }
      }
      if (in > 0) {
        for (int k = 0; k < kinds.size(); k++) {
          System.out.printf(Locale.ROOT, "  scale %s: time(%s) / time(%s) = %s%n", kinds.get(k), input.label(),
              inputs.get(0).label(), spread(ratios(times[in][k], times[0][k])));
        }
      }
    }
    if (keep == null) {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path f : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
          Files.delete(f);
        }
      }
    }
    return failed ? 1 : 0;
  }

  /** Runs one process; returns its wall time and its CPU time (user + system; 0 when unknown), in ns. */
  private long[] runOnce(String kind, Input input, Path out) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>();
    Path timing = Path.of(out + ".time");
    boolean timed = Files.isExecutable(TIME);
    if (timed) {
      // GNU time: the child's user and system CPU seconds (a loaded machine disturbs them less than wall time)
      cmd.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", timing.toString()));
    }
    cmd.add(java);
    switch (kind) {
      case "raw":
        cmd.addAll(List.of("-cp", benchmarksJar(), RawFastCsv.class.getName(), input.csv().toString()));
        break;
      case "report64":
        cmd.add("-Xmx64m");
        cmd.addAll(report(input.csv(), 1));
        break;
      case "report2":
        cmd.addAll(report(input.csv(), 2));
        break;
      case "jsonl":
        cmd.addAll(report(input.jsonl(), 1));
        break;
      case "base":
        cmd.addAll(report(base, input.csv(), 1));
        break;
      default:
        cmd.addAll(report(input.csv(), 1));
    }
    Path err = Path.of(out + ".err");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    int rc = p.waitFor();
    long t = System.nanoTime() - t0;
    String errText = Files.readString(err, StandardCharsets.UTF_8);
    Files.delete(err);
    if (rc != 0) {
      throw new IllegalStateException(kind + " exited with " + rc + ": " + String.join(" ", cmd) + "\n" + errText);
    }
    long cpu = 0;
    if (timed) {
      String[] us = Files.readString(timing, StandardCharsets.US_ASCII).trim().split("\\s+");
      cpu = (long) ((Double.parseDouble(us[us.length - 2]) + Double.parseDouble(us[us.length - 1])) * 1e9);
      Files.delete(timing);
    }
    return new long[] {t, cpu};
  }

  private List<String> report(Path register, int threads) {
    return report(treem, register, threads);
  }

  private static List<String> report(Path jar, Path register, int threads) {
    return List.of("-jar", jar.toString(), "report", "--register", register.toString(), "--format", "json",
        "--threads", Integer.toString(threads), "--quiet");
  }

  private static String benchmarksJar() {
    try {
      return Path.of(ProcessPath.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void generate(Path csv, Path jsonl, long seed, long children) throws IOException {
    CommuneGenerator gen = CommuneGenerator.builder().seed(seed).year(YEAR).children(children).villages(10).build();
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 16);
        RegisterCsvWriter w = RegisterCsvWriter.open(os, CsvWriteOptions.of(YEAR));
        OutputStream js = jsonl == null ? OutputStream.nullOutputStream()
            : new BufferedOutputStream(Files.newOutputStream(jsonl), 1 << 16)) {
      RegisterJsonLinesWriter j = RegisterJsonLinesWriter.open(js);
      for (long i = 0; i < children; i++) {
        var child = gen.child(i);
        w.write(child);
        if (jsonl != null) {
          j.write(child);
        }
      }
    }
  }

  private static double[] ratios(long[] num, long[] den) {
    double[] r = new double[num.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = (double) num[i] / den[i];
    }
    return r;
  }

  private static String spread(double[] r) {
    double[] s = r.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "%.3f (min %.3f, max %.3f, %d rounds)", s[s.length / 2], s[0], s[s.length - 1],
        s.length);
  }

  private static double median(long[] t) {
    long[] s = t.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /** {@return the 1-minute load average (Linux /proc/loadavg), or -1 when unknown} */
  static double loadAverage() {
    try {
      String s = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII);
      return Double.parseDouble(s.substring(0, s.indexOf(' ')));
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static String digest(Path f) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
