package io.github.treem.benchmarks;

import io.github.treem.io.internal.IdIndex;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The register readers' duplicate-{@code child_id} detection, nanoseconds per identifier:
 * {@code addNew} fills a fresh index with {@code n} distinct {@code QV-0000001}-style identifiers
 * (growth, rehashing and, on disk, the temporary files included), {@code addSeen} adds
 * identifiers already held (a lookup that finds them). Stores: {@code heap} the readers' index
 * (4 MiB in the heap, then memory-mapped temporary files), {@code disk} the same spilled from the
 * first identifier, {@code hashset} a {@code HashSet<String>} (the former rule, for comparison).
 * Orders: {@code increasing} (a register exported sorted by {@code child_id}: the index's ordered
 * fast path, no look-up) and {@code shuffled} (seeded: every add probes the table).
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar IdIndexBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class IdIndexBenchmark {
  /** The store. */
  @Param({"heap", "disk", "hashset"})
  public String store;

  /** The order of the identifiers: {@code increasing} or {@code shuffled}. */
  @Param({"increasing", "shuffled"})
  public String order;

  /** The number of identifiers. */
  @Param({"100000", "2000000"})
  public int n;

  private String[] ids;
  private IdIndex seen;
  private Set<String> seenSet;
  private int next;

  /** Makes the identifiers and a full index for {@code addSeen}. */
  @Setup(Level.Trial)
  public void setUp() {
    ids = new String[n];
    for (int i = 0; i < n; i++) {
      ids[i] = String.format(Locale.ROOT, "QV-%07d", i);
    }
    if (order.equals("shuffled")) {
      Collections.shuffle(Arrays.asList(ids), new Random(17));
    }
    if (store.equals("hashset")) {
      seenSet = new HashSet<>();
      for (String id : ids) {
        seenSet.add(id);
      }
    } else {
      seen = index();
      for (String id : ids) {
        seen.add(id);
      }
    }
  }

  /** Releases the temporary files. */
  @TearDown(Level.Trial)
  public void tearDown() {
    if (seen != null) {
      seen.close();
    }
  }

  private IdIndex index() {
    return store.equals("disk") ? new IdIndex(null, 0) : new IdIndex();
  }

  /**
   * Adds {@code n} new identifiers to a fresh store; the time is per identifier (divide by n).
   *
   * @param bh the sink
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public void addNew(Blackhole bh) {
    if (store.equals("hashset")) {
      Set<String> s = new HashSet<>();
      for (String id : ids) {
        bh.consume(s.add(id));
      }
      return;
    }
    try (IdIndex index = index()) {
      for (String id : ids) {
        bh.consume(index.add(id));
      }
    }
  }

  /**
   * Adds one identifier already held.
   *
   * @return false
   */
  @Benchmark
  public boolean addSeen() {
    String id = ids[next];
    next = next + 1 == ids.length ? 0 : next + 1;
    return store.equals("hashset") ? seenSet.add(id) : seen.add(id);
  }
}
