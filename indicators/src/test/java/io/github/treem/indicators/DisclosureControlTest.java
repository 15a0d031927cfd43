package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Disclosure control of the published report, brute force over generated registers (small
 * communes, where small cells are common): no published cell of a sensitive group counts 1 to 4
 * children, and no suppressed cell can be recomputed from the total and the published cells
 * (never exactly one hidden cell in a breakdown), for numerators and denominators alike.
 */
class DisclosureControlTest {

  static boolean sensitive(String key) {
    return SpecialCircumstanceGroup.fromCode(key).map(SpecialCircumstanceGroup::isSensitive).orElse(false);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void noSmallSensitiveCellIsShownOrRecoverable(int block) {
    int checkedHidden = 0;
    for (int k = 0; k < 25; k++) {
      long seed = block * 1000L + k;
      int n = 5 + (int) (seed * 37 % 400);
      List<Child> kids = new ArrayList<>();
      CommuneGenerator.builder().seed(seed).year(2020).children(n).villages(1 + (int) (seed % 5)).build().stream()
          .forEach(kids::add);
      IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).referenceDate(LocalDate.of(2020, 12, 31))
          .breakdowns(BreakdownDimension.GROUP, BreakdownDimension.VILLAGE, BreakdownDimension.SEX).build();
      IndicatorReport raw = calc.compute(kids, "a");
      IndicatorReport published = raw.suppressed();
      assertThat(published.isSuppressed()).isTrue();
      assertThat(published.getResults()).hasSameSizeAs(raw.getResults());
      for (int r = 0; r < raw.getResults().size(); r++) {
        IndicatorResult before = raw.getResults().get(r);
        IndicatorResult after = published.getResults().get(r);
        // the total and the other breakdowns are published unchanged
        assertThat(after.getNumerator()).isEqualTo(before.getNumerator());
        assertThat(after.getDenominator()).isEqualTo(before.getDenominator());
        for (Map.Entry<BreakdownDimension, List<BreakdownCell>> e : after.getBreakdowns().entrySet()) {
          if (e.getKey() != BreakdownDimension.GROUP) {
            assertThat(e.getValue()).isEqualTo(before.getBreakdowns().get(e.getKey()));
          }
        }
        List<BreakdownCell> rawCells = before.getBreakdowns().get(BreakdownDimension.GROUP);
        List<BreakdownCell> cells = after.getBreakdowns().get(BreakdownDimension.GROUP);
        if (cells == null) {
          // withheld: only when its one cell would have been hidden with nothing to hide beside it
          assertThat(rawCells).hasSize(1);
          assertThat(sensitive(rawCells.get(0).getKey())).isTrue();
          continue;
        }
        assertThat(cells).extracting(BreakdownCell::getKey)
            .containsExactlyElementsOf(rawCells.stream().map(BreakdownCell::getKey).toList());
        boolean count = before.getIndicator().getUnit() == IndicatorUnit.COUNT;
        int hidden = 0;
        for (int i = 0; i < cells.size(); i++) {
          BreakdownCell c = cells.get(i);
          BreakdownCell real = rawCells.get(i);
          if (c.getState() == ValueState.SUPPRESSED) {
            hidden++;
            assertThat(c.getNumerator()).isEmpty();
            assertThat(c.getDenominator()).isEmpty();
            assertThat(c.getValue()).isEmpty();
            continue;
          }
          assertThat(c).isEqualTo(real);
          if (sensitive(c.getKey())) {
            long num = c.getNumerator().orElse(0);
            assertThat(num == 0 || num > SmallNumberSuppression.THRESHOLD).as("%s %s numerator", after.getCode(), c.getKey())
                .isTrue();
            if (!count) {
              long den = c.getDenominator().orElse(0);
              assertThat(den == 0 || den > SmallNumberSuppression.THRESHOLD)
                  .as("%s %s denominator", after.getCode(), c.getKey()).isTrue();
            }
          }
        }
        // one hidden cell alone would be the total minus the published cells; a breakdown whose
        // only cell is hidden is withheld (above)
        assertThat(hidden).as("%s: hidden cells", after.getCode()).isNotEqualTo(1);
        checkedHidden += hidden;
      }
    }
    assertThat(checkedHidden).as("the registers must exercise suppression").isGreaterThan(0);
  }
}
