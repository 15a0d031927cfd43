package io.github.treem.benchmarks;

import io.github.treem.core.admin.AdministrativeDivisions;
import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.admin.Succession;
import io.github.treem.core.admin.UnitResolution;
import io.github.treem.core.internal.admin.DivisionsIndex;
import io.github.treem.core.internal.admin.DivisionsTsv;
import java.time.LocalDate;
import java.util.List;
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
 * The administrative-unit data of core ({@code AdministrativeDivisions}):
 *
 * <ul>
 *   <li>{@code firstLoad}: {@code AdministrativeDivisions.gso()} in a fresh JVM, once per fork
 *       (single shot, ms): reading and checking {@code units.tsv} and {@code successions.tsv}
 *       with the class loading and the cold JIT a program's first lookup pays;
 *   <li>{@code reload}: the same reading and checking, warmed up (ms);
 *   <li>{@code resolveBefore}/{@code resolveAfter}: {@code resolveCommune} of a random commune at
 *       2025-03-01 (commune, district, province) and at 2025-07-01 (commune, province), ns per code;
 *   <li>{@code successorsOf}: the successions of a random pre-reform commune, ns per commune;
 *   <li>{@code communesOfHoChiMinhCity}: the 168 communes of province 79 on 2025-07-01 (µs).
 * </ul>
 *
 * <p>The retained heap is measured by {@link AdministrativeDivisionsFootprint}.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar AdministrativeDivisionsBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AdministrativeDivisionsBenchmark {
  static final int N = 1024;
  static final LocalDate BEFORE = LocalDate.of(2025, 3, 1);
  static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

  /** The data and random commune codes of both lists (seeded); {@code firstLoad} does without. */
  @State(Scope.Thread)
  public static class Codes {
    AdministrativeDivisions vn;
    CommuneCode[] before;
    CommuneCode[] after;

    /** Loads. */
    @Setup
    public void setUp() {
      vn = AdministrativeDivisions.gso();
      before = sample(vn.units(AdministrativeLevel.COMMUNE, BEFORE));
      after = sample(vn.units(AdministrativeLevel.COMMUNE, AFTER));
    }
  }

  private static CommuneCode[] sample(List<AdministrativeUnit> units) {
    SplittableRandom rnd = new SplittableRandom(19885);
    CommuneCode[] codes = new CommuneCode[N];
    for (int i = 0; i < N; i++) {
      codes[i] = units.get(rnd.nextInt(units.size())).getCommuneCode().orElseThrow();
    }
    return codes;
  }

  /**
   * The first {@code gso()} of a JVM.
   *
   * @return the data
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public AdministrativeDivisions firstLoad() {
    return AdministrativeDivisions.gso();
  }

  /**
   * Reading and checking the bundled files again, warm.
   *
   * @return the index
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public DivisionsIndex reload() {
    return DivisionsTsv.readBundled();
  }

  /**
   * Resolving codes at 2025-03-01.
   *
   * @param d the codes
   * @param bh the sink
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(N)
  public void resolveBefore(Codes d, Blackhole bh) {
    for (CommuneCode c : d.before) {
      UnitResolution r = d.vn.resolveCommune(c, BEFORE);
      bh.consume(r);
    }
  }

  /**
   * Resolving codes at 2025-07-01.
   *
   * @param d the codes
   * @param bh the sink
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(N)
  public void resolveAfter(Codes d, Blackhole bh) {
    for (CommuneCode c : d.after) {
      bh.consume(d.vn.resolveCommune(c, AFTER));
    }
  }

  /**
   * The successors of pre-reform communes.
   *
   * @param d the codes
   * @param bh the sink
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(N)
  public void successorsOf(Codes d, Blackhole bh) {
    for (CommuneCode c : d.before) {
      List<Succession> s = d.vn.successorsOf(AdministrativeLevel.COMMUNE, c.getCode(), BEFORE);
      bh.consume(s);
    }
  }

  /**
   * The communes of Hồ Chí Minh City after the reform.
   *
   * @param d the data
   * @return the communes
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<AdministrativeUnit> communesOfHoChiMinhCity(Codes d) {
    return d.vn.communesWithin(AdministrativeLevel.PROVINCE, "79", AFTER);
  }
}
