package io.github.treem.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local-mode Spark session of the tests (started once per test JVM; Spark's own shutdown
 * hook stops it): two worker threads, no UI, two shuffle partitions, and one file per partition
 * (tiny {@code maxPartitionBytes}; {@code binaryFile} never splits a file) so that the
 * aggregator's buffers are merged across partitions and cross the shuffle serialized.
 */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("treem-spark-test")
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.sql.files.maxPartitionBytes", "1024")
          .config("spark.driver.host", "localhost")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
    }
    return session;
  }
}
