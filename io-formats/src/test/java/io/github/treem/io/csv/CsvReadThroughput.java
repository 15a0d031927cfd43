package io.github.treem.io.csv;

import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.SplittableRandom;

/**
 * A rough read-throughput measurement of {@link RegisterCsvReader} (not a unit test; JMH is the
 * tool for real figures). Writes N random children (all columns filled at random) to memory, then
 * reads them back several times and prints the best rows/s and MB/s.
 *
 * <pre>
 * mvn -B -ntp -o -pl io-formats -am test-compile
 * java -cp io-formats/target/test-classes:io-formats/target/classes:$(cat cp.txt) \
 *     io.github.treem.io.csv.CsvReadThroughput 200000
 * </pre>
 */
final class CsvReadThroughput {
  private CsvReadThroughput() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    SplittableRandom r = new SplittableRandom(7);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterCsvWriter w = RegisterCsvWriter.open(out, CsvWriteOptions.of(2020))) {
      for (int i = 0; i < n; i++) {
        w.write(RoundTripTest.randomChild(r, i));
      }
    }
    byte[] bytes = out.toByteArray();
    double best = Double.MAX_VALUE;
    for (int round = 0; round < 6; round++) {
      long t0 = System.nanoTime();
      DataQuality stats;
      try (RegisterCsvReader reader = RegisterCsvReader.open(new ByteArrayInputStream(bytes), ReadOptions.of(2020))) {
        reader.stream().forEach(x -> { });
        stats = reader.getStats();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      if (stats.getRowsAccepted() != n) {
        throw new IllegalStateException("rows accepted " + stats.getRowsAccepted());
      }
      best = Math.min(best, s);
      System.out.printf("round %d: %.3f s%n", round, s);
    }
    System.out.printf("%d rows, %.1f MB: %.0f rows/s, %.1f MB/s (best of 6)%n", n, bytes.length / 1e6, n / best,
        bytes.length / 1e6 / best);
  }
}
