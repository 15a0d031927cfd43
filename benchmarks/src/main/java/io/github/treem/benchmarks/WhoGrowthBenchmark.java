package io.github.treem.benchmarks;

import io.github.treem.core.MeasurePosition;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.indicators.growth.Anthro2006Result;
import io.github.treem.indicators.growth.WhoGrowth;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * WHO growth z-scores per second on one thread. Each invocation computes {@value #N} children;
 * the scores are per child ({@code @OperationsPerInvocation}), so for {@code weightForAge} the
 * score is z-scores per second and for {@code anthro2006} it is sets of four z-scores (length/
 * height-for-age, weight-for-age, weight-for-length/height, BMI-for-age) per second.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar WhoGrowthBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WhoGrowthBenchmark {
  static final int N = 4096;

  private final WhoGrowth who = WhoGrowth.standards();
  private Sex[] sex;
  private double[] ageDays;
  private double[] weight;
  private double[] lenhei;
  private MeasurePosition[] position;
  private double[] ageMonths;
  private double[] height;
  private double[] weight2007;

  /** Seeded, plausible children under five (and 5-19 for the 2007 reference). */
  @Setup
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(2026);
    sex = new Sex[N];
    ageDays = new double[N];
    weight = new double[N];
    lenhei = new double[N];
    position = new MeasurePosition[N];
    ageMonths = new double[N];
    height = new double[N];
    weight2007 = new double[N];
    for (int i = 0; i < N; i++) {
      sex[i] = rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      ageDays[i] = rnd.nextInt(1826);
      double months = ageDays[i] / 30.4375;
      lenhei[i] = Math.round((50 + 1.3 * months - 0.009 * months * months + rnd.nextGaussian() * 4) * 10) / 10.0;
      weight[i] = Math.round((3.3 + 0.5 * months - 0.0035 * months * months + rnd.nextGaussian() * 1.5) * 10) / 10.0;
      position[i] = ageDays[i] < 731 ? MeasurePosition.LYING : MeasurePosition.STANDING;
      ageMonths[i] = 60 + rnd.nextDouble() * 168;
      height[i] = 110 + (ageMonths[i] - 60) * 0.35 + rnd.nextGaussian() * 7;
      weight2007[i] = 18 + (ageMonths[i] - 60) * 0.25 + rnd.nextGaussian() * 4;
    }
  }

  /**
   * Weight-for-age z-scores (rounded as the WHO prints them).
   *
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void weightForAge(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(who.zWeightForAge(sex[i], ageDays[i], weight[i], false));
    }
  }

  /**
   * Weight-for-length/height z-scores (table choice and 0.1 cm interpolation).
   *
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void weightForLengthHeight(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(who.zWeightForLengthHeight(sex[i], ageDays[i], weight[i], lenhei[i], position[i], false));
    }
  }

  /**
   * The whole WHO 2006 set for one child: an immutable result with four z-scores, flags, BMI.
   *
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void anthro2006(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      Anthro2006Result r = who.anthro2006(sex[i], ageDays[i], weight[i], lenhei[i], position[i], false);
      bh.consume(r);
    }
  }

  /**
   * BMI-for-age, 5-19 years (monthly interpolation).
   *
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void bmiForAge2007(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(who.zBmiForAge2007(sex[i], ageMonths[i], height[i], weight2007[i], false));
    }
  }
}
