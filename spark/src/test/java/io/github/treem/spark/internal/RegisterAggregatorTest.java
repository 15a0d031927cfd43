package io.github.treem.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The aggregator's steps without Spark: reduce, merge, the buffer's Java serialization, names. */
class RegisterAggregatorTest {

  private static final IndicatorCalculator CALC = IndicatorCalculator.builder().year(2020)
      .breakdowns(BreakdownDimension.AREA, BreakdownDimension.SEX).build();
  private static final RegisterAggregator AGG = new RegisterAggregator(Settings.of(CALC, ReadOptions.of(2020)));

  private static Row file(String path, long seed, int children) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterCsvWriter w = RegisterCsvWriter.open(out, CsvWriteOptions.of(2020))) {
      CommuneGenerator.builder().seed(seed).year(2020).children(children).build().stream().forEach(w::write);
    }
    return RowFactory.create(path, out.toByteArray());
  }

  @SuppressWarnings("unchecked")
  private static <T> T javaRoundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(b)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void bufferAndAggregatorCrossJavaSerializationAndMerge() throws Exception {
    Row a = file("hdfs://nn:8020/registers/19885.csv", 1, 120);
    Row b = file("s3a://bucket/registers/19886.csv", 2, 80);
    Partial whole = AGG.reduce(AGG.reduce(AGG.zero(), a), b);

    RegisterAggregator shipped = javaRoundTrip(AGG);
    Partial left = javaRoundTrip(shipped.reduce(shipped.zero(), a));
    Partial right = javaRoundTrip(shipped.reduce(shipped.zero(), b));
    Partial merged = javaRoundTrip(shipped.merge(left, right));

    Partial.Decoded expected = Partial.decode(AGG.finish(whole), CALC);
    Partial.Decoded got = Partial.decode(shipped.finish(merged), CALC);
    assertThat(got.files).isEqualTo(2);
    assertThat(got.stats).isEqualTo(expected.stats);
    assertThat(got.stats.getRowsRead()).isEqualTo(200);
    assertThat(got.accumulator.getChildrenAdded()).isEqualTo(got.stats.getRowsAccepted()).isPositive();
    assertThat(got.accumulator.result()).isEqualTo(expected.accumulator.result());
    assertThat(got.accumulator.result().getResults().get(0).getBreakdowns().get(BreakdownDimension.AREA))
        .extracting(c -> c.getKey()).containsExactly("19885", "19886");
  }

  @ParameterizedTest
  @CsvSource({
      "file:/tmp/registers/19885.csv, 19885.csv, 19885",
      "hdfs://nn:8020/r/xã Quảng Vinh.v2.csv, xã Quảng Vinh.v2.csv, xã Quảng Vinh.v2",
      "s3a://bucket/r/19885, 19885, 19885",
      "/r/.hidden, .hidden, .hidden",
      "/r/dir/, dir, dir"})
  void namesAndAreasAreTreemReports(String path, String name, String area) {
    assertThat(RegisterAggregator.fileName(path)).isEqualTo(name);
    assertThat(RegisterAggregator.source(name, new byte[0]).getArea()).isEqualTo(area);
  }
}
