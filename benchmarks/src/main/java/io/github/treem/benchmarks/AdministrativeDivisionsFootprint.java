package io.github.treem.benchmarks;

import io.github.treem.core.admin.AdministrativeDivisions;
import io.github.treem.core.admin.AdministrativeLevel;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The heap that {@code AdministrativeDivisions.gso()} keeps, and the time of the first call
 * (wall, and CPU of the calling thread, which a busy machine does not inflate): the used heap
 * after full collections, before and after loading (the data stay referenced), in a fresh JVM. Run with the serial collector so that a full collection leaves only what is reachable:
 *
 * <pre>{@code
 * java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar io.github.treem.benchmarks.AdministrativeDivisionsFootprint
 * }</pre>
 */
public final class AdministrativeDivisionsFootprint {
  private AdministrativeDivisionsFootprint() {}

  /**
   * Measures and prints.
   *
   * @param args none
   */
  public static void main(String[] args) {
    // load the classes the measurement itself uses
    LocalDate date = LocalDate.of(2025, 7, 1);
    AdministrativeLevel.COMMUNE.isInUseOn(date);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long before = usedAfterGc();
    long t0 = System.nanoTime();
    long c0 = threads.getCurrentThreadCpuTime();
    AdministrativeDivisions vn = AdministrativeDivisions.gso();
    long c1 = threads.getCurrentThreadCpuTime();
    long t1 = System.nanoTime();
    long after = usedAfterGc();
    int communes = vn.units(AdministrativeLevel.COMMUNE, date).size();
    System.out.printf(Locale.ROOT, "first gso(): %.1f ms wall, %.1f ms CPU of the calling thread; retained heap: %.2f MB"
        + " (%d bytes); %d communes on %s%n",
        (t1 - t0) / 1e6, (c1 - c0) / 1e6, (after - before) / 1e6, after - before, communes, date);
    Reference.reachabilityFence(vn);
  }

  private static long usedAfterGc() {
    MemoryMXBean m = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, m.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
