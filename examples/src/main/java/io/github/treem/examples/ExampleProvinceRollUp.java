package io.github.treem.examples;

import io.github.treem.indicators.Accumulator;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Scenario: a province rolls up the registers of several communes. Each commune's children go
 * into the commune's own accumulator (possibly on another machine or thread); the accumulators
 * merge, in any order, into the province's, which is published with small-number suppression.
 * Numerators and denominators add up; percentages are never averaged.
 */
public final class ExampleProvinceRollUp {
  private ExampleProvinceRollUp() {}

  /**
   * Rolls up three synthetic communes, in parallel.
   *
   * @return the province's published (suppressed) report
   */
  public static IndicatorReport run() {
    IndicatorCalculator calculator = IndicatorCalculator.builder()
        .year(2020)
        .referenceDate(LocalDate.of(2020, 12, 31))
        .breakdowns(BreakdownDimension.AREA)
        .build();
    List<Accumulator> communes = LongStream.rangeClosed(1, 3).parallel()
        .mapToObj(seed -> {
          Accumulator a = calculator.newAccumulator();
          CommuneGenerator.builder().seed(seed).year(2020).children(400).build().stream()
              .forEach(child -> a.add(child, "commune-" + seed));
          return a;
        })
        .collect(Collectors.toList());
    Accumulator province = calculator.newAccumulator();
    communes.forEach(province::merge);
    return io.github.treem.indicators.DisclosureControl.publish(province.result(), java.util.List.of()).report();
  }

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    IndicatorReport report = run();
    report.getResults().forEach(r -> System.out.println(r.getCode() + " " + r.getNumerator() + "/"
        + r.getDenominator() + " " + r.getBreakdowns().getOrDefault(BreakdownDimension.AREA, List.of()).size()
        + " areas"));
  }
}
