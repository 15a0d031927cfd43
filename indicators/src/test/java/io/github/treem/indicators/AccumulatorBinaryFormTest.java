package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.Child;
import io.github.treem.core.validation.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The versioned binary form of an accumulator: round trip, merge after the trip, refusals. */
class AccumulatorBinaryFormTest {

  private static final IndicatorCalculator CALC = AccumulatorTest.CALC;

  static byte[] bytes(Accumulator acc) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(b)) {
      acc.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toByteArray();
  }

  static Accumulator read(IndicatorCalculator calc, byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    Accumulator acc = calc.readAccumulator(in);
    assertThat(in.read()).as("the whole form is read, nothing more").isEqualTo(-1);
    return acc;
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void roundTripKeepsEveryCount(long seed) throws IOException {
    List<Child> kids = AccumulatorTest.children(seed, 1200);
    Accumulator acc = CALC.newAccumulator();
    for (int i = 0; i < kids.size(); i++) {
      acc.add(kids.get(i), "xã " + (i % 4));
    }
    Accumulator back = read(CALC, bytes(acc));
    assertThat(back.result()).isEqualTo(acc.result());
    assertThat(back.getChildrenAdded()).isEqualTo(1200);
    assertThat(back.result().getResults()).isNotEmpty();
    // the form of the form is the same (deterministic: sorted maps)
    assertThat(bytes(back)).isEqualTo(bytes(acc));
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22})
  void partsMergedAfterTheTripEqualTheWhole(long seed) throws IOException {
    List<Child> kids = AccumulatorTest.children(seed, 1500);
    Accumulator whole = CALC.newAccumulator();
    Random random = new Random(seed);
    int parts = 2 + random.nextInt(5);
    List<Accumulator> accs = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      accs.add(CALC.newAccumulator());
    }
    for (int i = 0; i < kids.size(); i++) {
      whole.add(kids.get(i), "area" + (i % 3));
      accs.get(random.nextInt(parts)).add(kids.get(i), "area" + (i % 3));
    }
    Accumulator merged = CALC.newAccumulator();
    for (Accumulator a : accs) {
      // each part crosses a process boundary, is read back, merged, and crosses again
      merged = read(CALC, bytes(read(CALC, bytes(a)).merge(merged)));
    }
    assertThat(merged.result()).isEqualTo(whole.result());
    assertThat(merged.getChildrenAdded()).isEqualTo(kids.size());
    // a read accumulator keeps adding like any other
    Child extra = kids.get(0);
    assertThat(merged.add(extra, "area0").result()).isEqualTo(whole.add(extra, "area0").result());
  }

  @Test
  void emptyAccumulatorRoundTrips() throws IOException {
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2021).build();
    Accumulator back = read(calc, bytes(calc.newAccumulator()));
    assertThat(back.getChildrenAdded()).isZero();
    assertThat(back.result()).isEqualTo(calc.newAccumulator().result());
  }

  @Test
  void headerIsVersionOneOfTrac() {
    byte[] b = bytes(CALC.newAccumulator());
    ByteBuffer buf = ByteBuffer.wrap(b);
    assertThat(buf.getInt()).isEqualTo(0x54524143);
    assertThat(buf.getInt()).isEqualTo(1);
    assertThat(buf.getInt()).isEqualTo(2020);
    assertThat(buf.getLong()).isEqualTo(LocalDate.of(2020, 12, 31).toEpochDay());
    assertThat(buf.getInt()).isEqualTo(CALC.getIndicators().size());
  }

  @Test
  void anotherConfigurationIsRefused() {
    byte[] b = bytes(CALC.newAccumulator());
    IndicatorCalculator otherYear = IndicatorCalculator.builder().year(2021).growthScorer(AccumulatorTest.FAKE)
        .breakdowns(BreakdownDimension.values()).build();
    IndicatorCalculator otherBreakdowns = IndicatorCalculator.builder().year(2020)
        .breakdowns(BreakdownDimension.VILLAGE).build();
    IndicatorCalculator otherDate = IndicatorCalculator.builder().year(2020)
        .referenceDate(LocalDate.of(2020, 6, 30)).breakdowns(BreakdownDimension.values()).build();
    IndicatorCalculator otherIndicators = IndicatorCalculator.builder().year(2020)
        .indicators(List.of(Indicators.all().get(0))).breakdowns(BreakdownDimension.values()).build();
    for (IndicatorCalculator c : List.of(otherYear, otherBreakdowns, otherDate, otherIndicators)) {
      assertThatThrownBy(() -> read(c, b)).isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-IND-0013");
    }
  }

  @Test
  void garbageAndUnknownVersionsAreRefused() {
    byte[] good = bytes(CALC.newAccumulator());
    byte[] badMagic = good.clone();
    badMagic[0] = 'X';
    byte[] badVersion = good.clone();
    badVersion[7] = 2;
    for (byte[] b : List.of(badMagic, badVersion)) {
      assertThatThrownBy(() -> read(CALC, b)).isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-IND-0014");
    }
    byte[] truncated = java.util.Arrays.copyOf(good, good.length - 3);
    assertThatThrownBy(() -> read(CALC, truncated)).isInstanceOf(EOFException.class);
  }
}
