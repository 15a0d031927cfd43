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
    return file(path, seed, children, false);
  }

  private static Row file(String path, long seed, int children, boolean synthetic) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterCsvWriter w = RegisterCsvWriter.open(out,
        CsvWriteOptions.builder().reportingYear(2020).syntheticData(synthetic).build())) {
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
  void theSyntheticMarkerOfAnyFileSurvivesReduceMergeSerializationAndTheBinaryForm() throws Exception {
    Row real = file("registers/19885.csv", 1, 40);
    Row synthetic = file("registers/19886.csv", 2, 30, true);
    assertThat(Partial.decode(AGG.finish(AGG.reduce(AGG.zero(), real)), CALC).synthetic).isFalse();
    assertThat(Partial.decode(AGG.finish(AGG.reduce(AGG.zero(), synthetic)), CALC).synthetic).isTrue();
    Partial left = javaRoundTrip(AGG.reduce(AGG.zero(), real));
    Partial right = javaRoundTrip(AGG.reduce(AGG.zero(), synthetic));
    Partial.Decoded merged = Partial.decode(AGG.finish(javaRoundTrip(AGG.merge(left, right))), CALC);
    assertThat(merged.synthetic).isTrue();
    assertThat(merged.files).isEqualTo(2);
    // version 1 of the binary form (no flag) is still read: not synthetic, the same counts
    byte[] v2 = AGG.finish(AGG.reduce(AGG.zero(), real));
    byte[] v1 = new byte[v2.length - 1];
    int flag = 4 + 4 + 8 * 4 + 1; // magic, version, files, three counts, malformed
    System.arraycopy(v2, 0, v1, 0, flag);
    System.arraycopy(v2, flag + 1, v1, flag, v2.length - flag - 1);
    v1[7] = 1;
    Partial.Decoded old = Partial.decode(v1, CALC);
    assertThat(old.synthetic).isFalse();
    assertThat(old.stats).isEqualTo(Partial.decode(v2, CALC).stats);
    assertThat(old.accumulator.result()).isEqualTo(Partial.decode(v2, CALC).accumulator.result());
    byte[] v3 = v2.clone();
    v3[7] = 3;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Partial.decode(v3, CALC))
        .isInstanceOf(io.github.treem.core.validation.InvalidValueException.class);
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
