package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.MeasurePosition;
import io.github.treem.core.taxonomy.Sex;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The under-5 indicators with the library's WHO 2006 z-scores (the calculator's default). */
class WhoScorerIntegrationTest {

  static final IndicatorCalculator CALC = IndicatorCalculator.builder().year(2020).build();

  /** A boy born 2019-06-01, measured lying on 2020-06-01 (366 days). */
  static Child boy(double weight, double length, Boolean oedema) {
    GrowthMeasurement.Builder m = GrowthMeasurement.builder().measuredOn(LocalDate.of(2020, 6, 1)).weightKg(weight)
        .lengthHeightCm(length).position(MeasurePosition.LYING);
    if (oedema != null) {
      m.oedema(oedema);
    }
    return Child.builder().id("b").sex(Sex.MALE).dateOfBirth(LocalDate.of(2019, 6, 1)).addMeasurements(m.build()).build();
  }

  @Test
  void defaultScorerIsWho() {
    assertThat(CALC.getGrowthScorer()).isSameAs(GrowthScorer.who());
    // WHO anthro: 9.6 kg, 75.7 cm at 366 days: waz -0.05, haz -0.03, whz -0.06
    GrowthScores s = GrowthScorer.who().score(Sex.MALE, LocalDate.of(2019, 6, 1), boy(9.6, 75.7, null).getMeasurements().get(0));
    assertThat(s.getWeightForAge().getValue()).hasValue(-0.05);
    assertThat(s.getLengthForAge().getValue()).hasValue(-0.03);
    assertThat(s.getWeightForLength().getValue()).hasValue(-0.06);
  }

  @Test
  void outcomes() {
    Accumulator acc = CALC.newAccumulator();
    acc.add(boy(9.6, 75.7, false), "X");   // normal
    acc.add(boy(7.0, 75.7, null), "X");    // waz -2.91, whz -3.97
    acc.add(boy(7.6, 72.0, false), "X");   // waz -2.17, haz -1.59, whz -1.92
    acc.add(boy(7.7, 72.0, false), "X");   // waz -2.05
    acc.add(boy(30, 75.7, false), "X");    // waz 15.25 and whz 19.3 flagged
    acc.add(boy(9.6, 40, false), "X");     // haz -15.05 flagged, whz not computable (length < 45)
    acc.add(boy(9.6, 75.7, true), "X");    // oedema
    IndicatorReport r = acc.result();
    IndicatorResult u = r.result(Indicators.UNDERWEIGHT_U5).orElseThrow();
    assertThat(u.getNumerator()).isEqualTo(4);
    assertThat(u.getDenominator()).isEqualTo(6);
    assertThat(u.getExclusions()).isEqualTo(Map.of(ExclusionReason.Z_FLAGGED, 1L));
    IndicatorResult st = r.result(Indicators.STUNTING_U5).orElseThrow();
    assertThat(st.getNumerator()).isZero();
    assertThat(st.getDenominator()).isEqualTo(6);
    assertThat(st.getExclusions()).isEqualTo(Map.of(ExclusionReason.Z_FLAGGED, 1L));
    IndicatorResult w = r.result(Indicators.WASTING_U5).orElseThrow();
    assertThat(w.getNumerator()).isEqualTo(2);
    assertThat(w.getDenominator()).isEqualTo(5);
    assertThat(w.getExclusions()).isEqualTo(Map.of(ExclusionReason.Z_FLAGGED, 1L, ExclusionReason.Z_NOT_COMPUTABLE, 1L));
    IndicatorResult o = r.result(Indicators.OVERWEIGHT_U5).orElseThrow();
    assertThat(o.getNumerator()).isZero();
    assertThat(o.getDenominator()).isEqualTo(4);
    assertThat(o.getExclusions()).isEqualTo(Map.of(ExclusionReason.Z_FLAGGED, 1L, ExclusionReason.Z_NOT_COMPUTABLE, 1L,
        ExclusionReason.OEDEMA, 1L));
  }
}
