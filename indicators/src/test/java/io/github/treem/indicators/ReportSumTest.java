package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.Child;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportSumTest {
  private static final Set<BreakdownDimension> KEPT = EnumSet.complementOf(EnumSet.of(BreakdownDimension.VILLAGE));
  private static final IndicatorCalculator PART = IndicatorCalculator.builder().year(2020).growthScorer(AccumulatorTest.FAKE)
      .breakdowns(EnumSet.complementOf(EnumSet.of(BreakdownDimension.AREA))).build();
  private static final IndicatorCalculator WHOLE = IndicatorCalculator.builder().year(2020).growthScorer(AccumulatorTest.FAKE)
      .breakdowns(KEPT).build();

  /** Random partitions of the children into "communes": the sum equals the report over all of them. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void sumOfPartsIsTheReportOfTheWhole(long seed) {
    List<Child> kids = AccumulatorTest.children(seed, 1200);
    Random random = new Random(seed * 31);
    int parts = 1 + random.nextInt(12);
    List<List<Child>> communes = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      communes.add(new ArrayList<>());
    }
    int[] owner = new int[kids.size()];
    for (int i = 0; i < kids.size(); i++) {
      owner[i] = random.nextInt(parts);
      communes.get(owner[i]).add(kids.get(i));
    }
    Accumulator whole = WHOLE.newAccumulator();
    for (int i = 0; i < kids.size(); i++) {
      whole.add(kids.get(i), "c" + owner[i]);
    }
    ReportSum sum = ReportSum.of(2020, LocalDate.of(2020, 12, 31), KEPT);
    for (int p = 0; p < parts; p++) {
      IndicatorReport part = PART.compute(communes.get(p), "ignored")
          .withDataQuality(DataQuality.of(communes.get(p).size() + 1, communes.get(p).size(), 1));
      sum.add(part, "c" + p);
    }
    IndicatorReport merged = sum.result();
    assertThat(merged.withDataQuality(DataQuality.empty()))
        .isEqualTo(whole.result().withDataQuality(DataQuality.empty()));
    assertThat(merged.getDataQuality()).contains(DataQuality.of(kids.size() + parts, kids.size(), parts));
    assertThat(sum.getReportsAdded()).isEqualTo(parts);
  }

  @Test
  void valuesAreRecomputedFromCountsNeverAveraged() {
    // commune A: 1 of 1 (100 %), commune B: 1 of 3 (33.33 %): the province is 2 of 4 = 50 %, not 66.67 %
    Map<BreakdownDimension, List<BreakdownCell>> none = new TreeMap<>();
    IndicatorResult a = IndicatorResult.of(Indicators.BIRTH_REG_ON_TIME, 1, 1, Map.of(), none);
    IndicatorResult b = IndicatorResult.of(Indicators.BIRTH_REG_ON_TIME, 1, 3, Map.of(ExclusionReason.values()[0], 2L), none);
    LocalDate ref = LocalDate.of(2020, 12, 31);
    IndicatorReport r = ReportSum.of(2020, ref, EnumSet.of(BreakdownDimension.AREA))
        .add(IndicatorReport.of(2020, ref, List.of(a)), "A").add(IndicatorReport.of(2020, ref, List.of(b)), "B").result();
    IndicatorResult total = r.getResults().get(0);
    assertThat(total.getNumerator()).isEqualTo(2);
    assertThat(total.getDenominator()).isEqualTo(4);
    assertThat(total.getValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50.00"));
    assertThat(total.getExclusions()).containsEntry(ExclusionReason.values()[0], 2L);
    assertThat(total.getBreakdowns().get(BreakdownDimension.AREA)).extracting(BreakdownCell::getKey).containsExactly("A", "B");
  }

  @Test
  void refusesWhatCannotBeAdded() {
    LocalDate ref = LocalDate.of(2020, 12, 31);
    IndicatorReport part = PART.compute(AccumulatorTest.children(9, 100), "x");
    ReportSum sum = ReportSum.of(2020, ref, KEPT);
    IndicatorReport published = DisclosureControl.publish(part, List.of()).report();
    assertThatThrownBy(() -> sum.add(published, "a")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("TREEM-IND-0015").hasMessageContaining("suppressed");
    assertThatThrownBy(() -> ReportSum.of(2021, ref, KEPT).add(part, "a")).hasMessageContaining("year");
    assertThatThrownBy(() -> sum.add(part, null)).hasMessageContaining("area key");
    IndicatorReport noSex = IndicatorCalculator.builder().year(2020).growthScorer(AccumulatorTest.FAKE).build()
        .compute(AccumulatorTest.children(9, 100), "x");
    assertThatThrownBy(() -> sum.add(noSex, "a")).hasMessageContaining("lacks a breakdown");
    sum.add(part, "a");
    IndicatorReport fewer = IndicatorCalculator.builder().year(2020).growthScorer(AccumulatorTest.FAKE)
        .indicators(List.of(Indicators.BIRTH_REG_ON_TIME)).breakdowns(KEPT).build().compute(AccumulatorTest.children(9, 10), "x");
    assertThatThrownBy(() -> sum.add(fewer, "b")).hasMessageContaining("other indicators");
    assertThat(sum.getReportsAdded()).isEqualTo(1);
  }
}
