package io.github.treem.indicators.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** R's round(z, 2): the exact binary value, ties to even. */
class RoundingTest {
  @Test
  void knownCases() {
    assertThat(WhoGrowth.roundZ(2.675)).isEqualTo(2.67);
    assertThat(WhoGrowth.roundZ(1.005)).isEqualTo(1.00);
    assertThat(WhoGrowth.roundZ(-2.675)).isEqualTo(-2.67);
    assertThat(WhoGrowth.roundZ(0.125)).isEqualTo(0.12); // exact tie: to even
    assertThat(WhoGrowth.roundZ(0.375)).isEqualTo(0.38);
    assertThat(WhoGrowth.roundZ(-0.001)).isEqualTo(0.0);
    assertThat(Double.doubleToRawLongBits(WhoGrowth.roundZ(-0.001))).isEqualTo(0L); // no -0
    assertThat(WhoGrowth.roundZ(Double.NaN)).isNaN();
    assertThat(WhoGrowth.roundZ(-6.095)).isEqualTo(-6.09); // -6.0949999999999997513...
  }

  @RepeatedTest(5)
  void agreesWithBigDecimalHalfEvenNearTies(org.junit.jupiter.api.RepetitionInfo info) {
    SplittableRandom rnd = new SplittableRandom(1000 + info.getCurrentRepetition());
    for (int i = 0; i < 200_000; i++) {
      double z;
      if (rnd.nextBoolean()) {
        z = (rnd.nextInt(4001) - 2000) / 100.0 + 0.005; // the decimal x.xx5, as a double
        int ulps = rnd.nextInt(5) - 2;
        for (int k = 0; k < Math.abs(ulps); k++) {
          z = ulps > 0 ? Math.nextUp(z) : Math.nextDown(z);
        }
      } else {
        z = (rnd.nextDouble() - 0.5) * 40;
      }
      double expected = new BigDecimal(z).setScale(2, RoundingMode.HALF_EVEN).doubleValue() + 0.0;
      assertThat(WhoGrowth.roundZ(z)).as("z = %s", new BigDecimal(z)).isEqualTo(expected);
    }
  }
}
