package io.github.treem.benchmarks;

import io.github.treem.core.Child;
import io.github.treem.indicators.Accumulator;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The indicator accumulator on one thread: {@code addChild} adds children (every indicator,
 * WHO z-scores, village breakdown), scored per child; {@code mergeTwo} merges two accumulators
 * of {@value #N} children each (10 villages) into an empty one, scored per merge.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar AccumulatorBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AccumulatorBenchmark {
  static final int N = 4096;

  private IndicatorCalculator calc;
  private Child[] children;
  private Accumulator left;
  private Accumulator right;
  private Accumulator sink;

  /** Generates the children and fills two accumulators. */
  @Setup
  public void setUp() {
    calc = IndicatorCalculator.builder().year(2020).breakdowns(BreakdownDimension.VILLAGE).build();
    children = CommuneGenerator.builder().seed(5).year(2020).children(2L * N).build().stream().toArray(Child[]::new);
    left = calc.newAccumulator();
    right = calc.newAccumulator();
    for (int i = 0; i < N; i++) {
      left.add(children[i], "a");
      right.add(children[N + i], "b");
    }
    sink = calc.newAccumulator();
  }

  /** {@return the accumulator after adding {@value #N} children} */
  @Benchmark
  @OperationsPerInvocation(N)
  public Accumulator addChild() {
    Accumulator a = sink;
    for (int i = 0; i < N; i++) {
      a.add(children[i], "a");
    }
    return a;
  }

  /** {@return a new accumulator, the merge of two full ones} */
  @Benchmark
  public Accumulator mergeTwo() {
    return calc.newAccumulator().merge(left).merge(right);
  }
}
