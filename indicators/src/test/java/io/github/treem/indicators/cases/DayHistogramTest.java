package io.github.treem.indicators.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.indicators.DisclosureRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DayHistogramTest {

  /** The median of a list of days, by sorting: the reference the histogram must equal. */
  private static Optional<BigDecimal> sortedMedian(List<Integer> days) {
    if (days.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> s = new ArrayList<>(days);
    Collections.sort(s);
    int n = s.size();
    return Optional.of(BigDecimal.valueOf((long) s.get((n - 1) / 2) + s.get(n / 2))
        .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY));
  }

  private static DayHistogram of(List<Integer> days) {
    long[] c = new long[DayHistogram.MAX_DAYS + 1];
    long over = 0;
    for (int d : days) {
      if (d > DayHistogram.MAX_DAYS) {
        over++;
      } else {
        c[d]++;
      }
    }
    return DayHistogram.of(c, over);
  }

  @Test
  void theMedianOfASumIsTheMedianOfTheUnionOverRandomPartitions() {
    SplittableRandom rnd = new SplittableRandom(16_19);
    for (int round = 0; round < 500; round++) {
      int n = rnd.nextInt(0, 200);
      List<Integer> all = new ArrayList<>();
      int parts = rnd.nextInt(1, 12);
      List<List<Integer>> partition = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        partition.add(new ArrayList<>());
      }
      for (int i = 0; i < n; i++) {
        // mostly a few days, sometimes months
        int d = rnd.nextInt(10) == 0 ? rnd.nextInt(DayHistogram.MAX_DAYS + 1) : rnd.nextInt(15);
        all.add(d);
        partition.get(rnd.nextInt(parts)).add(d);
      }
      DayHistogram sum = DayHistogram.empty();
      for (List<Integer> part : partition) {
        sum = sum.plus(of(part));
      }
      assertThat(sum).isEqualTo(of(all));
      assertThat(sum.count()).isEqualTo(n);
      assertThat(sum.median()).as("round %d", round).isEqualTo(sortedMedian(all));
    }
  }

  @Test
  void theBoundIsMaxDaysAndMoreGoesToTheOverflow() {
    long[] c = new long[DayHistogram.MAX_DAYS + 1];
    c[DayHistogram.MAX_DAYS] = 2;
    DayHistogram h = DayHistogram.of(c, 1);
    assertThat(h.count()).isEqualTo(3);
    assertThat(h.count(DayHistogram.MAX_DAYS)).isEqualTo(2);
    assertThat(h.overflow()).isEqualTo(1);
    assertThat(h.counts()).hasSize(DayHistogram.MAX_DAYS + 1);
    long[] beyond = new long[DayHistogram.MAX_DAYS + 2];
    beyond[DayHistogram.MAX_DAYS + 1] = 1;
    assertThatThrownBy(() -> DayHistogram.of(beyond)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overflow");
    // trailing zeros beyond the bound are no count
    assertThat(DayHistogram.of(new long[DayHistogram.MAX_DAYS + 5])).isEqualTo(DayHistogram.empty());
    assertThatThrownBy(() -> DayHistogram.of(new long[] {1}, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DayHistogram.of(1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theOverflowKeepsTheMedianExactWhileBothMiddleValuesAreCounted() {
    // 2, 3, 4 and two beyond: the median is the third value, 4
    DayHistogram h = DayHistogram.of(new long[] {0, 0, 1, 1, 1}, 2);
    assertThat(h.isMedianBeyondRange()).isFalse();
    assertThat(h.median()).contains(new BigDecimal("4.0"));
    // 2, 3 and two beyond: the upper middle value is beyond, the median is not known
    DayHistogram beyond = DayHistogram.of(new long[] {0, 0, 1, 1}, 2);
    assertThat(beyond.isMedianBeyondRange()).isTrue();
    assertThat(beyond.median()).isEmpty();
    assertThat(beyond.publishedMedian(DisclosureRule.DEFAULT)).isEmpty();
    assertThat(DayHistogram.of(new long[0], 1).isMedianBeyondRange()).isTrue();
    assertThat(DayHistogram.empty().isMedianBeyondRange()).isFalse();
    // the figure refuses it, clearly, rather than guess
    assertThatThrownBy(() -> MedianDaysToPlan.unsuppressed(beyond, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overflow");
    assertThatThrownBy(() -> MedianDaysToPlan.published(beyond.plus(beyond).plus(beyond), 0, DisclosureRule.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalityCountsTheOverflowAndTheTextHidesTheCounts() {
    assertThat(DayHistogram.of(new long[] {1}, 1)).isNotEqualTo(DayHistogram.of(1))
        .isEqualTo(DayHistogram.of(new long[] {1, 0}, 1)).hasSameHashCodeAs(DayHistogram.of(new long[] {1}, 1));
    assertThat(DayHistogram.of(new long[] {0, 7}, 3)).hasToString("DayHistogram[count=10]");
    assertThatThrownBy(() -> DayHistogram.of(new long[] {Long.MAX_VALUE}).plus(DayHistogram.of(1)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void theUnsuppressedFigureKeepsItsHistogramAndTheReadBackFormChecksIt() {
    DayHistogram h = DayHistogram.of(0, 2, 0, 1, 3);
    MedianDaysToPlan m = MedianDaysToPlan.unsuppressed(h, 4);
    assertThat(m.getHistogram()).contains(h);
    assertThat(MedianDaysToPlan.published(h, 4, DisclosureRule.DEFAULT).getHistogram()).isEmpty();
    // days 1, 1, 3, 4, 4, 4: the median is 3.5
    assertThat(MedianDaysToPlan.of(6, 4, Optional.of(new BigDecimal("3.50")), h)).isEqualTo(m).hasSameHashCodeAs(m);
    assertThatThrownBy(() -> MedianDaysToPlan.of(5, 4, Optional.of(new BigDecimal("3.5")), h))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
    assertThatThrownBy(() -> MedianDaysToPlan.of(6, 4, Optional.of(new BigDecimal("3")), h))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("median");
    assertThatThrownBy(() -> MedianDaysToPlan.of(6, 4, Optional.empty(), h)).isInstanceOf(IllegalArgumentException.class);
    // a figure without its histogram is another figure
    assertThat(MedianDaysToPlan.of(io.github.treem.indicators.ValueState.VALUE, OptionalLong.of(6), OptionalLong.of(4),
        Optional.of(new BigDecimal("3.5")), false)).isNotEqualTo(m);
  }
}
