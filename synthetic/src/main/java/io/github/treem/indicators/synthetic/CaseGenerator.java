package io.github.treem.indicators.synthetic;

import io.github.treem.core.Child;
import io.github.treem.core.CircumstanceEpisode;
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
import io.github.treem.core.protection.PlanReview;
import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.protection.Referral;
import io.github.treem.core.protection.ReferralTarget;
import io.github.treem.core.protection.ReviewOutcome;
import io.github.treem.core.protection.RiskAssessment;
import io.github.treem.core.protection.RiskLevel;
import io.github.treem.core.protection.SupportPlan;
import io.github.treem.core.time.WorkingDays;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * Synthetic child-protection cases of a synthetic commune register (Nghị định 56/2017/NĐ-CP
 * Điều 25-30): each case is of a child of the register (its {@code registerChildId}, sex, date of
 * birth and groups are the register's), received in the reporting year Y, with a realistic mix of
 * information sources (hotline 111, school, police, health station, collaborator, family, the
 * child, the community), kinds of harm (violence and neglect most often; sexual abuse,
 * exploitation, abandonment, trafficking rarer), risk levels (serious harm about 1 in 5 cases, no
 * risk found about 1 in 8) and steps: emergency measures for serious harm, within 12 hours or
 * late; for the others a needs assessment and a plan approved within 5 working days of receipt
 * (on the working-day calendar of {@link DeadlineRules#defaults()}, across weekends and Tết) or
 * late, some plans not approved at all by 31 December; reviews, referrals and closures (open,
 * closed, transferred). The share of late deadline steps is chosen ({@link Builder#lateShare}).
 * Cases received in the last days of December have their deadline still running at R.
 *
 * <p>Deterministic: the same settings and register give the same cases, in order of receipt.
 * The generator draws from random streams of its own (salted from the seed), never from those of
 * {@link CommuneGenerator}, so that a register is the same for a seed whether or not cases are
 * generated. The children are a seeded uniform sample of the register's children aged under 16 at
 * receipt (one pass, constant memory in the number of cases: reservoir sampling). Case ids are
 * pseudonymous and marked synthetic ({@code SYN-<year>-<nnnn>}); no case carries a description.
 *
 * <pre>{@code
 * CommuneGenerator register = CommuneGenerator.builder().seed(2020).year(2020).children(2500).build();
 * List<ProtectionCase> cases = CaseGenerator.builder().seed(2020).year(2020).cases(40).build()
 *     .generate(register.iterator());
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CaseGenerator {
  /** The prefix of every synthetic case id. */
  public static final String ID_PREFIX = "SYN-";

  /** The salt of the cases' random streams (apart from every stream of the register). */
  private static final long CASES = 0x2545F4914F6CDD1DL;

  private static final ZoneOffset VN = ZoneOffset.ofHours(7);
  /** Weighted: the hotline and schools report most often. */
  private static final InformationSource[] SOURCES = {InformationSource.NATIONAL_HOTLINE_111,
      InformationSource.NATIONAL_HOTLINE_111, InformationSource.NATIONAL_HOTLINE_111, InformationSource.SCHOOL,
      InformationSource.SCHOOL, InformationSource.SCHOOL, InformationSource.POLICE, InformationSource.POLICE,
      InformationSource.HEALTH_FACILITY, InformationSource.COLLABORATOR, InformationSource.COLLABORATOR,
      InformationSource.FAMILY, InformationSource.FAMILY, InformationSource.CHILD, InformationSource.COMMUNITY};
  /** Weighted: violence and neglect most often. */
  private static final HarmKind[] HARMS = {AbuseForm.VIOLENCE, AbuseForm.VIOLENCE, AbuseForm.VIOLENCE,
      AbuseForm.VIOLENCE, AbuseForm.NEGLECT, AbuseForm.NEGLECT, AbuseForm.NEGLECT, AbuseForm.SEXUAL_ABUSE,
      AbuseForm.SEXUAL_ABUSE, AbuseForm.EXPLOITATION, AbuseForm.ABANDONMENT, AbuseForm.TRAFFICKING};
  private static final ReferralTarget[] REFERRALS = {ReferralTarget.HEALTH_FACILITY,
      ReferralTarget.CHILD_PROTECTION_SERVICE, ReferralTarget.SOCIAL_ASSISTANCE_FACILITY, ReferralTarget.POLICE,
      ReferralTarget.LEGAL_AID};

  private final long seed;
  private final int year;
  private final int cases;
  private final double lateShare;
  private final boolean deadlineStepsOnly;
  private final WorkingDays calendar;

  private CaseGenerator(Builder b) {
    this.seed = b.seed;
    this.year = b.year;
    this.cases = b.cases;
    this.lateShare = b.lateShare;
    this.deadlineStepsOnly = b.deadlineStepsOnly;
    this.calendar = DeadlineRules.defaults().getCalendar();
  }

  /** {@return a builder: seed 1, year 2020, 40 cases, a late share of 0.2} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the reporting year of receipt} */
  public int getYear() {
    return year;
  }

  /** {@return how many cases are generated (fewer when the register has fewer children under 16)} */
  public int getCases() {
    return cases;
  }

  /** {@return the share of deadline steps made late} */
  public double getLateShare() {
    return lateShare;
  }

  /** {@return whether every case has its deadline step within the year ({@link Builder#deadlineStepsOnly})} */
  public boolean isDeadlineStepsOnly() {
    return deadlineStepsOnly;
  }

  /**
   * Generates the cases of a register, reading it once.
   *
   * @param register the register's children (e.g. {@link CommuneGenerator#iterator()}); only
   *     children with an id, sex and date of birth, under 16 on 1 January of Y, are drawn
   * @return the cases, in order of receipt (then id), of distinct children
   */
  public List<ProtectionCase> generate(Iterator<Child> register) {
    Objects.requireNonNull(register, "register must not be null");
    SplittableRandom pick = new SplittableRandom(mix(seed ^ CASES));
    LocalDate first = LocalDate.of(year, 1, 1);
    List<Child> sample = new ArrayList<>(cases);
    long seen = 0;
    while (register.hasNext()) {
      Child c = register.next();
      boolean eligible = c.getSex().isPresent() && c.getDateOfBirth().filter(d -> !d.isAfter(first)).isPresent()
          && c.getDateOfBirth().filter(d -> d.plusYears(16).isAfter(first)).isPresent();
      if (!eligible || cases == 0) {
        continue;
      }
      seen++;
      if (sample.size() < cases) {
        sample.add(c);
      } else {
        long j = pick.nextLong(seen);
        if (j < cases) {
          sample.set((int) j, c);
        }
      }
    }
    List<ProtectionCase> out = new ArrayList<>(sample.size());
    for (int i = 0; i < sample.size(); i++) {
      out.add(draw(new SplittableRandom(mix((seed ^ CASES) * 0x9E3779B97F4A7C15L + i)), sample.get(i)));
    }
    out.sort(Comparator.comparing((ProtectionCase c) -> c.getReceipt().getReceivedAt().toInstant())
        .thenComparing(c -> c.getChild().getRegisterChildId().orElse("")));
    List<ProtectionCase> numbered = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      numbered.add(ProtectionCase.builder().from(out.get(i))
          .id(String.format(Locale.ROOT, "%s%d-%04d", ID_PREFIX, year, i + 1)).build());
    }
    return List.copyOf(numbered);
  }

  /** One case of a child. */
  private ProtectionCase draw(SplittableRandom r, Child child) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    LocalDate dob = child.getDateOfBirth().orElseThrow();
    LocalDate from = dob.isAfter(first) ? dob : first;
    // with deadline steps only, received before 1 December: every deadline step falls in the year
    LocalDate to = deadlineStepsOnly ? LocalDate.of(year, 11, 30) : last;
    // the child must be under 16 at receipt
    LocalDate turns16 = dob.plusYears(16).minusDays(1);
    if (turns16.isBefore(to)) {
      to = turns16;
    }
    LocalDate receivedOn = from.plusDays(r.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    // office hours mostly; the hotline any hour
    InformationSource source = SOURCES[r.nextInt(SOURCES.length)];
    int hour = source == InformationSource.NATIONAL_HOTLINE_111 || r.nextInt(5) == 0 ? r.nextInt(24) : 7 + r.nextInt(10);
    OffsetDateTime at = receivedOn.atTime(hour, r.nextInt(60)).atOffset(VN);

    CaseChild.Builder cc = CaseChild.builder().registerChildId(child.getId()).sex(child.getSex().orElseThrow())
        .dateOfBirth(dob);
    child.getCircumstances().stream().map(CircumstanceEpisode::getCode).distinct().forEach(cc::addCircumstances);
    List<HarmKind> harms = new ArrayList<>();
    harms.add(HARMS[r.nextInt(HARMS.length)]);
    if (r.nextInt(8) == 0) {
      HarmKind second = HARMS[r.nextInt(HARMS.length)];
      if (!harms.contains(second)) {
        harms.add(second);
      }
    }
    ProtectionCase.Builder b = ProtectionCase.builder().id(ID_PREFIX + "0").child(cc.build())
        .receipt(InformationReceipt.builder().receivedAt(at).source(source).receivedBy(
            r.nextInt(3) == 0 ? CaseRole.COLLABORATOR : CaseRole.CHILD_PROTECTION_WORKER).build())
        .addAllHarms(harms);

    boolean severe = harms.contains(AbuseForm.SEXUAL_ABUSE) || harms.contains(AbuseForm.TRAFFICKING)
        || harms.contains(AbuseForm.ABANDONMENT);
    int levelDraw = r.nextInt(100);
    RiskLevel level = levelDraw < (severe ? 45 : 15) ? RiskLevel.SERIOUS_HARM
        : levelDraw < 88 || deadlineStepsOnly ? RiskLevel.NOT_SERIOUS : RiskLevel.NO_RISK;
    b.riskAssessment(RiskAssessment.builder().assessedAt(at.plusMinutes(20 + r.nextInt(level == RiskLevel.SERIOUS_HARM ? 40 : 300)))
        .level(level).build());
    boolean late = r.nextDouble() < lateShare;
    LocalDate lastStep = receivedOn;
    LocalDate approved = null;
    switch (level) {
      case SERIOUS_HARM: {
        long minutes = late ? 12 * 60 + 1 + r.nextInt(30 * 60) : 61 + r.nextInt(11 * 60 - 61);
        OffsetDateTime taken = at.plusMinutes(minutes);
        boolean separation = r.nextInt(3) == 0;
        EmergencyMeasure.Builder m = EmergencyMeasure.builder().takenAt(taken).decidedBy(CaseRole.COMMUNE_CHAIRMAN)
            .kind(separation ? EmergencyMeasureKind.TEMPORARY_SEPARATION : EmergencyMeasureKind.EMERGENCY_INTERVENTION);
        lastStep = taken.toLocalDate();
        if (separation) {
          LocalDate ended = lastStep.plusDays(3 + r.nextInt(12));
          if (!ended.isAfter(last)) {
            m.endedOn(ended);
            lastStep = ended;
          }
        }
        b.addEmergencyMeasures(m.build());
        if (r.nextInt(2) == 0) {
          lastStep = lastStep.plusDays(r.nextInt(3));
          b.addReferrals(Referral.builder().referredOn(lastStep).target(REFERRALS[r.nextInt(REFERRALS.length)]).build());
        }
        break;
      }
      case NOT_SERIOUS: {
        LocalDate fifth = calendar.lastDayOfPeriodInWorkingDays(receivedOn, 5);
        int fate = r.nextInt(20);
        if (deadlineStepsOnly) {
          fate = 2 + fate; // neither transferred nor a plan never approved
        }
        if (fate == 0) {
          // transferred to another commune before the plan was due: closed, with a referral
          LocalDate moved = receivedOn.plusDays(1 + r.nextInt(2));
          b.addReferrals(Referral.builder().referredOn(moved).target(ReferralTarget.OTHER_COMMUNE).build());
          b.closure(Closure.builder().closedOn(moved).reason(ClosureReason.TRANSFERRED)
              .decidedBy(CaseRole.COMMUNE_CHAIRMAN).build());
          return b.build();
        }
        LocalDate assessed = receivedOn.plusDays(1 + r.nextInt(2));
        b.needsAssessment(NeedsAssessment.builder().completedOn(assessed).build());
        if (fate == 1) {
          // a plan drafted, never approved
          LocalDate drafted = assessed.plusDays(r.nextInt(3));
          b.addPlans(SupportPlan.builder().draftedOn(drafted).draftedBy(CaseRole.CHILD_PROTECTION_WORKER).build());
          lastStep = drafted;
          break;
        }
        long span = Math.max(1, fifth.toEpochDay() - assessed.toEpochDay() + 1);
        approved = late ? fifth.plusDays(1 + r.nextInt(12)) : assessed.plusDays(r.nextLong(span));
        LocalDate drafted = approved.minusDays(r.nextInt(2));
        if (drafted.isBefore(assessed)) {
          drafted = assessed;
        }
        SupportPlan.Builder plan = SupportPlan.builder().draftedOn(drafted).draftedBy(CaseRole.CHILD_PROTECTION_WORKER)
            .approvedOn(approved).approvedBy(r.nextInt(4) == 0 ? CaseRole.COMMUNE_VICE_CHAIRMAN : CaseRole.COMMUNE_CHAIRMAN);
        lastStep = approved;
        LocalDate started = approved.plusDays(r.nextInt(3));
        plan.implementationStartedOn(started);
        b.addPlans(plan.build());
        lastStep = started;
        if (r.nextInt(4) == 0) {
          lastStep = lastStep.plusDays(1 + r.nextInt(10));
          b.addReferrals(Referral.builder().referredOn(lastStep).target(REFERRALS[r.nextInt(REFERRALS.length)]).build());
        }
        LocalDate reviewed = lastStep.plusDays(30 + r.nextInt(60));
        if (r.nextInt(3) > 0) {
          b.addReviews(PlanReview.builder().reviewedOn(reviewed).outcome(ReviewOutcome.END_PLAN).build());
          lastStep = reviewed;
          if (r.nextInt(4) > 0) {
            LocalDate closed = reviewed.plusDays(r.nextInt(7));
            b.closure(Closure.builder().closedOn(closed).reason(ClosureReason.NO_LONGER_AT_RISK)
                .decidedBy(CaseRole.COMMUNE_CHAIRMAN).build());
            lastStep = closed;
          }
        }
        break;
      }
      case NO_RISK:
      default: {
        LocalDate closed = receivedOn.plusDays(1 + r.nextInt(5));
        b.closure(Closure.builder().closedOn(closed).reason(ClosureReason.NO_HARM_OR_RISK_FOUND)
            .decidedBy(CaseRole.COMMUNE_CHAIRMAN).build());
        lastStep = closed;
        break;
      }
    }
    ProtectionCase c = b.build();
    // steps after 31 December have not happened yet at R: a case is as it stands at the end of Y
    return lastStep.isAfter(last) || (approved != null && approved.isAfter(last)) ? asOfEndOfYear(c, last) : c;
  }

  /** The case as it stood at the end of {@code last}: later steps left out. */
  private static ProtectionCase asOfEndOfYear(ProtectionCase c, LocalDate last) {
    ProtectionCase.Builder b = ProtectionCase.builder().id(c.getId()).child(c.getChild()).receipt(c.getReceipt())
        .addAllHarms(c.getHarms());
    c.getRiskAssessment().filter(a -> !a.getAssessedAt().toLocalDate().isAfter(last)).ifPresent(b::riskAssessment);
    for (EmergencyMeasure m : c.getEmergencyMeasures()) {
      if (!m.getTakenAt().toLocalDate().isAfter(last)) {
        b.addEmergencyMeasures(m.getEndedOn().filter(d -> d.isAfter(last)).isPresent()
            ? EmergencyMeasure.builder().from(m).endedOn(java.util.Optional.empty()).build() : m);
      }
    }
    c.getNeedsAssessment().filter(n -> !n.getCompletedOn().isAfter(last)).ifPresent(b::needsAssessment);
    for (SupportPlan p : c.getPlans()) {
      if (p.getDraftedOn().isAfter(last)) {
        continue;
      }
      SupportPlan.Builder pb = SupportPlan.builder().from(p);
      if (p.getApprovedOn().filter(d -> d.isAfter(last)).isPresent()) {
        pb.approvedOn(java.util.Optional.empty()).approvedBy(java.util.Optional.empty());
      }
      if (p.getImplementationStartedOn().filter(d -> d.isAfter(last)).isPresent()
          || p.getApprovedOn().filter(d -> d.isAfter(last)).isPresent()) {
        pb.implementationStartedOn(java.util.Optional.empty());
      }
      b.addPlans(pb.build());
    }
    c.getReviews().stream().filter(v -> !v.getReviewedOn().isAfter(last)).forEach(b::addReviews);
    c.getReferrals().stream().filter(v -> !v.getReferredOn().isAfter(last)).forEach(b::addReferrals);
    c.getClosure().filter(v -> !v.getClosedOn().isAfter(last)).ifPresent(b::closure);
    return b.build();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Builds a {@link CaseGenerator}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private long seed = 1;
    private int year = 2020;
    private int cases = 40;
    private double lateShare = 0.2;
    private boolean deadlineStepsOnly;

    private Builder() {}

    /**
     * Sets whether every case has a deadline step that falls within the year (default false, the
     * realistic mix): then each case is either of serious harm, with its emergency measure, or
     * needs a plan, which is approved; none is without risk, transferred before its plan or left
     * with a plan never approved, and all are received before 1 December. A case's deadline step
     * is then late exactly when it was drawn late (with probability {@link #lateShare}): none
     * with 0, all with 1, so that a test knows the expected deadline counts.
     *
     * @param deadlineStepsOnly true for deadline steps only
     * @return this builder
     */
    public Builder deadlineStepsOnly(boolean deadlineStepsOnly) {
      this.deadlineStepsOnly = deadlineStepsOnly;
      return this;
    }

    /**
     * Sets the seed (default 1).
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the year of receipt Y (default 2020).
     *
     * @param year the year, 1950-2200
     * @return this builder
     */
    public Builder year(int year) {
      if (year < 1950 || year > 2200) {
        throw new IllegalArgumentException("year must be 1950-2200");
      }
      this.year = year;
      return this;
    }

    /**
     * Sets how many cases (default 40): at most one per child.
     *
     * @param cases the number, 0-100000
     * @return this builder
     */
    public Builder cases(int cases) {
      if (cases < 0 || cases > 100_000) {
        throw new IllegalArgumentException("cases must be 0-100000");
      }
      this.cases = cases;
      return this;
    }

    /**
     * Sets the share of cases whose deadline step (the emergency measure, or the plan's approval)
     * is late (default 0.2).
     *
     * @param lateShare 0 to 1
     * @return this builder
     */
    public Builder lateShare(double lateShare) {
      if (!(lateShare >= 0 && lateShare <= 1)) {
        throw new IllegalArgumentException("lateShare must be from 0 to 1");
      }
      this.lateShare = lateShare;
      return this;
    }

    /** {@return the generator} */
    public CaseGenerator build() {
      return new CaseGenerator(this);
    }
  }
}
