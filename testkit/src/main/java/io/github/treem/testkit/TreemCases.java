package io.github.treem.testkit;

import io.github.treem.core.protection.AbuseForm;
import io.github.treem.core.protection.CaseChild;
import io.github.treem.core.protection.CaseRole;
import io.github.treem.core.protection.Closure;
import io.github.treem.core.protection.ClosureReason;
import io.github.treem.core.protection.DeadlineRules;
import io.github.treem.core.protection.EmergencyMeasure;
import io.github.treem.core.protection.EmergencyMeasureKind;
import io.github.treem.core.protection.HarmKind;
import io.github.treem.core.protection.InformationReceipt;
import io.github.treem.core.protection.InformationSource;
import io.github.treem.core.protection.NeedsAssessment;
import io.github.treem.core.protection.ProhibitedAct;
import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.protection.Referral;
import io.github.treem.core.protection.ReferralTarget;
import io.github.treem.core.protection.RiskAssessment;
import io.github.treem.core.protection.RiskLevel;
import io.github.treem.core.protection.SupportPlan;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.core.time.WorkingDays;
import io.github.treem.io.cases.CaseFiles;
import io.github.treem.io.cases.CaseWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Seeded generators of <b>synthetic</b> child-protection cases: valid cases with realistic
 * timings (receipt at any hour of the year, risk assessment within hours, emergency measures or
 * a plan within the deadlines of Decree 56/2017 on the working-day calendar, referrals, closures),
 * a chosen share of them late. Every case is marked synthetic: its id starts with
 * {@value #SYNTHETIC_PREFIX}, and it carries no description. The same seed gives the same cases.
 *
 * <p>Late steps: with probability {@code lateShare}, an emergency case's first measure comes
 * 12 h 01 min to 36 h after receipt, and a plan is approved 1 to 10 calendar days after the fifth
 * working day after receipt; otherwise the measure comes within 1 min to 11 h 59 min and the plan
 * is approved on or before the fifth working day. So the expected counts of the case figures are
 * known to a test: see {@link #isLate(ProtectionCase)}.
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
  /** The prefix of every synthetic case id. */
  public static final String SYNTHETIC_PREFIX = "SYN-";

  private static final ZoneOffset VN = ZoneOffset.ofHours(7);
  private static final InformationSource[] SOURCES = {InformationSource.NATIONAL_HOTLINE_111,
      InformationSource.NATIONAL_HOTLINE_111, InformationSource.SCHOOL, InformationSource.SCHOOL, InformationSource.POLICE,
      InformationSource.HEALTH_FACILITY, InformationSource.COLLABORATOR, InformationSource.FAMILY, InformationSource.CHILD,
      InformationSource.COMMUNITY};
  private static final HarmKind[] HARMS = {AbuseForm.VIOLENCE, AbuseForm.VIOLENCE, AbuseForm.NEGLECT, AbuseForm.NEGLECT,
      AbuseForm.SEXUAL_ABUSE, AbuseForm.EXPLOITATION, AbuseForm.ABANDONMENT, AbuseForm.TRAFFICKING,
      ProhibitedAct.DEPRIVING_OF_LIFE};
  /** The services a generated case is referred to (drawn with equal chances). */
  private static final List<ReferralTarget> REFERRALS = List.of(ReferralTarget.CHILD_PROTECTION_SERVICE,
      ReferralTarget.SOCIAL_ASSISTANCE_FACILITY, ReferralTarget.HEALTH_FACILITY, ReferralTarget.POLICE,
      ReferralTarget.LEGAL_AID);
  private static final SpecialCircumstanceGroup[] GROUPS = SpecialCircumstanceGroup.values();
  private static final WorkingDays CALENDAR = DeadlineRules.defaults().getCalendar();

  private TreemCases() {}

  /**
   * Synthetic cases received in a year.
   *
   * @param seed the seed
   * @param n how many
   * @param year the year of receipt
   * @param lateShare the share of cases whose deadline step is late, 0 to 1
   * @return the cases, ids {@code SYN-<year>-00001} on
   */
  public static Stream<ProtectionCase> syntheticCases(long seed, int n, int year, double lateShare) {
    if (n < 0 || lateShare < 0 || lateShare > 1) {
      throw new IllegalArgumentException("n must be at least 0 and lateShare from 0 to 1");
    }
    return LongStream.range(0, n).mapToObj(i -> syntheticCase(seed, i, year, lateShare));
  }

  /**
   * One synthetic case, the same for the same arguments.
   *
   * @param seed the seed
   * @param index the index
   * @param year the year of receipt
   * @param lateShare the share of late cases
   * @return the case
   */
  public static ProtectionCase syntheticCase(long seed, long index, int year, double lateShare) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
    boolean late = r.nextDouble() < lateShare;
    LocalDate first = LocalDate.of(year, 1, 1);
    // received before 1 December, so that every deadline falls within the year
    OffsetDateTime at = first.plusDays(r.nextInt(334)).atTime(r.nextInt(24), r.nextInt(60)).atOffset(VN);
    LocalDate received = at.toLocalDate();
    Sex sex = r.nextBoolean() ? Sex.FEMALE : Sex.MALE;
    CaseChild.Builder child = CaseChild.builder().sex(sex).dateOfBirth(received.minusYears(1 + r.nextInt(15)).minusDays(r.nextInt(365)));
    if (r.nextInt(3) == 0) {
      child.addCircumstances(GROUPS[r.nextInt(GROUPS.length)]);
    }
    ProtectionCase.Builder b = ProtectionCase.builder()
        .id(String.format(java.util.Locale.ROOT, "%s%d-%05d", SYNTHETIC_PREFIX, year, index + 1))
        .child(child.build())
        .receipt(InformationReceipt.builder().receivedAt(at).source(SOURCES[r.nextInt(SOURCES.length)])
            .receivedBy(CaseRole.CHILD_PROTECTION_WORKER).build())
        .addHarms(HARMS[r.nextInt(HARMS.length)]);
    boolean emergency = r.nextInt(5) == 0;
    b.riskAssessment(RiskAssessment.builder().assessedAt(at.plusMinutes(1 + r.nextInt(emergency ? 59 : 240)))
        .level(emergency ? RiskLevel.SERIOUS_HARM : RiskLevel.NOT_SERIOUS).build());
    LocalDate lastDay = received;
    if (emergency) {
      long minutes = late ? 12 * 60 + 1 + r.nextInt(24 * 60) : 61 + r.nextInt(11 * 60 - 2);
      OffsetDateTime taken = at.plusMinutes(minutes);
      b.addEmergencyMeasures(EmergencyMeasure.builder().kind(EmergencyMeasureKind.EMERGENCY_INTERVENTION)
          .takenAt(taken).decidedBy(CaseRole.COMMUNE_CHAIRMAN).build());
      lastDay = taken.toLocalDate();
    } else {
      LocalDate fifth = CALENDAR.lastDayOfPeriodInWorkingDays(received, 5);
      LocalDate approved = late ? fifth.plusDays(1 + r.nextInt(10))
          : received.plusDays(1 + r.nextInt((int) Math.max(1, fifth.toEpochDay() - received.toEpochDay())));
      LocalDate drafted = approved.minusDays(r.nextInt(2));
      if (drafted.isBefore(received.plusDays(1))) {
        drafted = approved;
      }
      b.needsAssessment(NeedsAssessment.builder().completedOn(drafted).build());
      b.addPlans(SupportPlan.builder().draftedOn(drafted).draftedBy(CaseRole.CHILD_PROTECTION_WORKER)
          .approvedOn(approved).approvedBy(CaseRole.COMMUNE_CHAIRMAN).build());
      lastDay = approved;
    }
    if (r.nextInt(4) == 0) {
      lastDay = lastDay.plusDays(1 + r.nextInt(5));
      b.addReferrals(Referral.builder().referredOn(lastDay).target(REFERRALS.get(r.nextInt(REFERRALS.size()))).build());
    }
    if (r.nextInt(2) == 0) {
      b.closure(Closure.builder().closedOn(lastDay.plusDays(20 + r.nextInt(60))).reason(ClosureReason.NO_LONGER_AT_RISK)
          .decidedBy(CaseRole.COMMUNE_CHAIRMAN).build());
    }
    return b.build();
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

  /** {@return the harms the generator draws from (a test may check its breakdowns against them)} */
  static List<HarmKind> harms() {
    return List.of(HARMS);
  }
}
