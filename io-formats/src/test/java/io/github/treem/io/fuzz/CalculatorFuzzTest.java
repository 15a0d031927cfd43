package io.github.treem.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.treem.core.Child;
import io.github.treem.indicators.Accumulator;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.csv.RegisterCsvReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * Fuzzes the indicator calculator: children read (leniently) from fuzzed CSV rows, a fuzzed
 * year, reference date and set of breakdowns; computed in one accumulator and in two merged ones,
 * then suppressed. Must never throw, and the two ways must agree. Seeds:
 * src/test/resources/io/github/treem/io/fuzz/CalculatorFuzzTestInputs/.
 */
class CalculatorFuzzTest {
  @FuzzTest(maxDuration = "3m")
  void calculate(FuzzedDataProvider data) {
    int year = data.consumeInt(2000, 2100);
    LocalDate ref = LocalDate.of(year, 1, 1).plusDays(data.consumeInt(0, 364));
    EnumSet<BreakdownDimension> dims = EnumSet.noneOf(BreakdownDimension.class);
    for (BreakdownDimension d : BreakdownDimension.values()) {
      if (data.consumeBoolean()) {
        dims.add(d);
      }
    }
    byte[] text = (ValidatorFuzzTest.HEADER + new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8))
        .getBytes(StandardCharsets.UTF_8);
    ReadOptions o = ReadOptions.builder().reportingYear(year).referenceDate(ref).mode(ReadMode.LENIENT).build();
    List<Child> children = FuzzChecks.drain(RegisterCsvReader.open(new ByteArrayInputStream(text), o));
    IndicatorCalculator calc = IndicatorCalculator.builder().year(year).referenceDate(ref).breakdowns(dims).build();
    Accumulator all = calc.newAccumulator();
    Accumulator a = calc.newAccumulator();
    Accumulator b = calc.newAccumulator();
    for (int i = 0; i < children.size(); i++) {
      all.add(children.get(i), "x");
      (i % 2 == 0 ? a : b).add(children.get(i), "x");
    }
    IndicatorReport one = all.result();
    IndicatorReport merged = a.merge(b).result();
    assertThat(merged).isEqualTo(one);
    assertThat(io.github.treem.indicators.DisclosureControl.publish(one, java.util.List.of()).audit().isPassed()).isTrue();
  }
}
