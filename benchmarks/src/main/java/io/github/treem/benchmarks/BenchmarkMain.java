package io.github.treem.benchmarks;

import java.util.Arrays;

/**
 * The main class of {@code benchmarks.jar}: {@code e2e ...} runs the in-process end-to-end
 * harness ({@link EndToEnd}), {@code process ...} the benchmark of the processes users run
 * ({@link ProcessPath}); anything else goes to JMH ({@code org.openjdk.jmh.Main}).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar e2e --children 1000000 --threads 2
 * java -jar benchmarks/target/benchmarks.jar process --sizes 1000000 --kinds raw,report,report2
 * java -jar benchmarks/target/benchmarks.jar WhoGrowthBenchmark -f 1 -wi 2 -i 3
 * }</pre>
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  /**
   * Dispatches.
   *
   * @param args {@code e2e} and its options, or JMH's options
   * @throws Exception when the harness or JMH fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("e2e")) {
      System.exit(EndToEnd.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    if (args.length > 0 && args[0].equals("process")) {
      System.exit(ProcessPath.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    org.openjdk.jmh.Main.main(args);
  }
}
