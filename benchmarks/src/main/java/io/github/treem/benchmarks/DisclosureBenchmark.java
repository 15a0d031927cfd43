package io.github.treem.benchmarks;

import io.github.treem.core.Child;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DisclosureAudit;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.Publication;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Disclosure control of one commune's report, breakdowns village, group and sex (one thread,
 * average time per report):
 *
 * <ul>
 *   <li>{@code publish}: {@link DisclosureControl#publish} of the computed report (primary
 *       suppression, audited secondary suppression round by round, the final audit);</li>
 *   <li>{@code audit}: {@link DisclosureAudit#of} of the published report alone (what anyone
 *       re-running the audit pays);</li>
 *   <li>{@code computeAndPublish}: the engine and the publication, from the children in memory
 *       (what a report costs after reading).</li>
 * </ul>
 *
 * <p>Communes ({@code commune}): {@code bundled}, the size of the bundled Quảng Vinh register
 * (generator seed 2020, 2,500 children: the same children); {@code small}, a small commune (seed 7, 400
 * children, 4 villages), where small cells are common.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar DisclosureBenchmark -f 1 -wi 5 -i 10}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class DisclosureBenchmark {

  /** Which commune. */
  @Param({"bundled", "small"})
  public String commune;

  private IndicatorCalculator calc;
  private List<Child> children;
  private IndicatorReport computed;
  private IndicatorReport published;

  /** Generates the commune, computes its report and publishes it once. */
  @Setup
  public void setUp() {
    boolean bundled = commune.equals("bundled");
    CommuneGenerator.Builder g = bundled ? CommuneGenerator.builder().seed(2020).year(2020).children(2500)
        : CommuneGenerator.builder().seed(7).year(2020).children(400).villages(4);
    children = g.build().stream().toList();
    calc = IndicatorCalculator.builder().year(2020).referenceDate(LocalDate.of(2020, 12, 31))
        .breakdowns(BreakdownDimension.VILLAGE, BreakdownDimension.GROUP, BreakdownDimension.SEX).build();
    computed = calc.compute(children, "a");
    published = DisclosureControl.publish(computed, List.of()).report();
  }

  /** {@return the publication of the computed report} */
  @Benchmark
  public Publication publish() {
    return DisclosureControl.publish(computed, List.of());
  }

  /** {@return the audit of the published report} */
  @Benchmark
  public DisclosureAudit audit() {
    return DisclosureAudit.of(published, List.of());
  }

  /** {@return the publication of a report computed from the children} */
  @Benchmark
  public Publication computeAndPublish() {
    return DisclosureControl.publish(calc.compute(children, "a"), List.of());
  }
}
