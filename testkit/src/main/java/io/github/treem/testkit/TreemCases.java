package io.github.treem.testkit;

import io.github.treem.core.protection.DeadlineRules;
import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.protection.SupportPlan;
import io.github.treem.core.time.WorkingDays;
import io.github.treem.indicators.synthetic.CaseGenerator;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.cases.CaseFiles;
import io.github.treem.io.cases.CaseWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Seeded generators of <b>synthetic</b> child-protection cases: valid cases with realistic
 * timings (receipt at any hour of the year, risk assessment within hours, emergency measures or
 * a plan within the deadlines of Decree 56/2017 on the working-day calendar, referrals, reviews,
 * closures), a chosen share of them late. They are the cases of treem's one case generator,
 * {@link CaseGenerator} (the generator of {@code treem generate --cases}), with deadline steps only
 * ({@link CaseGenerator.Builder#deadlineStepsOnly}), of the children of a seeded synthetic register
 * ({@link CommuneGenerator}, same seed and year). Every case is marked synthetic: its id starts
 * with {@value #SYNTHETIC_PREFIX}, and it carries no description. The same seed gives the same
 * cases.
 *
 * <p>Late steps: with probability {@code lateShare}, an emergency case's first measure comes
 * 12 h 01 min to 42 h after receipt, and a plan is approved 1 to 12 calendar days after the fifth
 * working day after receipt; otherwise the measure comes within 1 h 01 min to 11 h after receipt
 * and the plan is approved on or before the fifth working day. Every case is received before
 * 1 December and is either an emergency (serious harm) or a case whose plan is approved, so the
 * expected counts of the case figures are known to a test: see {@link #isLate(ProtectionCase)}.
 *
 * <pre>{@code
 * Path file = TreemCases.writeSyntheticCases(42, 500, 2024, 0.2, dir.resolve("cases.jsonl"));
 * assertThatCaseFile(file).isValid().hasRowsRead(500);
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TreemCases {
  /** The prefix of every synthetic case id ({@link CaseGenerator#ID_PREFIX}). */
  public static final String SYNTHETIC_PREFIX = CaseGenerator.ID_PREFIX;

  private static final WorkingDays CALENDAR = DeadlineRules.defaults().getCalendar();

  private TreemCases() {}

  /**
   * Synthetic cases received in a year: those of {@link CaseGenerator} with deadline steps only,
   * drawn from a seeded synthetic register large enough to give {@code n} children under 16.
   *
   * @param seed the seed
   * @param n how many
   * @param year the year of receipt
   * @param lateShare the share of cases whose deadline step is late, 0 to 1
   * @return the cases, in order of receipt, ids {@code SYN-<year>-0001} on
   */
  public static Stream<ProtectionCase> syntheticCases(long seed, int n, int year, double lateShare) {
    if (n < 0 || lateShare < 0 || lateShare > 1) {
      throw new IllegalArgumentException("n must be at least 0 and lateShare from 0 to 1");
    }
    CaseGenerator cases = CaseGenerator.builder().seed(seed).year(year).cases(n).lateShare(lateShare)
        .deadlineStepsOnly(true).build();
    // about four in five children of a synthetic register are under 16: twice n and some is enough,
    // and a larger register is drawn in the rare case it is not
    for (long children = 2L * n + 50; children <= 64L * n + 3200; children *= 2) {
      List<ProtectionCase> drawn = cases.generate(
          CommuneGenerator.builder().seed(seed).year(year).children(children).build().iterator());
      if (drawn.size() == n) {
        return drawn.stream();
      }
    }
    throw new IllegalStateException("the synthetic registers gave fewer than " + n + " children under 16");
  }

  /**
   * One synthetic case, the same for the same arguments: the last of
   * {@code syntheticCases(seed, index + 1, year, lateShare)} (the cases of a generation are drawn
   * together, so this draws {@code index + 1} of them).
   *
   * @param seed the seed
   * @param index the index, from 0
   * @param year the year of receipt
   * @param lateShare the share of late cases
   * @return the case
   * @throws IllegalArgumentException when the index is negative or above 99,999
   */
  public static ProtectionCase syntheticCase(long seed, long index, int year, double lateShare) {
    if (index < 0 || index >= 100_000) {
      throw new IllegalArgumentException("index must be 0-99999");
    }
    return syntheticCases(seed, (int) index + 1, year, lateShare).skip(index).findFirst().orElseThrow();
  }

  /**
   * Whether a synthetic case's deadline step was made late (its emergency measure after 12 hours,
   * or its plan approved after the fifth working day from receipt).
   *
   * @param c a case of {@link #syntheticCases(long, int, int, double)}
   * @return true when late
   */
  public static boolean isLate(ProtectionCase c) {
    if (!c.getEmergencyMeasures().isEmpty()) {
      return c.getEmergencyMeasures().get(0).getTakenAt().isAfter(c.getReceipt().getReceivedAt().plusHours(12));
    }
    LocalDate fifth = CALENDAR.lastDayOfPeriodInWorkingDays(c.getReceivedOn(), 5);
    return c.getFirstPlan().flatMap(SupportPlan::getApprovedOn).map(d -> d.isAfter(fifth)).orElse(true);
  }

  /**
   * Writes synthetic cases to a file, JSON Lines or CSV by its extension ({@code .jsonl},
   * {@code .ndjson}, {@code .csv}), marked synthetic ({@code "syntheticData":true} in the JSON
   * Lines header line; the column {@code synthetic_data}, {@code Y}, in CSV), so that a report
   * computed from the file says the data are synthetic.
   *
   * @param seed the seed
   * @param n how many
   * @param year the year
   * @param lateShare the share of late cases
   * @param file the file (replaced)
   * @return the file
   * @throws UncheckedIOException when it cannot be written
   * @throws IllegalArgumentException when the extension is not that of a case file of many cases
   */
  public static Path writeSyntheticCases(long seed, int n, int year, double lateShare, Path file) {
    Objects.requireNonNull(file, "file must not be null");
    CaseFiles.Form form = CaseFiles.formOf(file);
    if (form == CaseFiles.Form.JSON) {
      throw new IllegalArgumentException("synthetic cases are written as .jsonl, .ndjson or .csv");
    }
    try (OutputStream out = Files.newOutputStream(file);
        CaseWriter w = form == CaseFiles.Form.CSV ? CaseWriter.csv(out, true) : CaseWriter.jsonLines(out, true)) {
      syntheticCases(seed, n, year, lateShare).forEach(w::write);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
