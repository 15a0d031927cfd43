package io.github.treem.io.cases;

import static io.github.treem.io.cases.CaseCsvColumn.*;

import io.github.treem.core.protection.CaseChild;
import io.github.treem.core.protection.CaseRole;
import io.github.treem.core.protection.Closure;
import io.github.treem.core.protection.ClosureReason;
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
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The mapping between a case and a row of the CSV form, both ways. */
final class CaseCsvRows {
  static final String BAR = "|";

  private CaseCsvRows() {}

  // ---- writing

  /**
   * The cells of a case, in column order; descriptions are left out (the CSV form has none). The
   * synthetic-data marker {@code Y} ends the row of a synthetic file.
   */
  static String[] toRow(ProtectionCase c, boolean syntheticData) {
    Map<CaseCsvColumn, String> m = new EnumMap<>(CaseCsvColumn.class);
    m.put(CASE_ID, c.getId());
    CaseChild ch = c.getChild();
    m.put(SEX, ch.getSex().map(Enum::name).orElse(""));
    m.put(DATE_OF_BIRTH, ch.getDateOfBirth().map(LocalDate::toString).orElse(""));
    m.put(CIRCUMSTANCES, ch.getCircumstances().stream().map(CircumstanceCode::getCode).collect(Collectors.joining(BAR)));
    m.put(REGISTER_CHILD_ID, ch.getRegisterChildId().orElse(""));
    m.put(RECEIVED_AT, time(c.getReceipt().getReceivedAt()));
    m.put(SOURCE, c.getReceipt().getSource().name());
    m.put(RECEIVED_BY, c.getReceipt().getReceivedBy().map(Enum::name).orElse(""));
    m.put(HARMS, c.getHarms().stream().map(HarmKind::getCode).collect(Collectors.joining(BAR)));
    c.getRiskAssessment().ifPresent(r -> {
      m.put(RISK_ASSESSED_AT, time(r.getAssessedAt()));
      m.put(RISK_LEVEL, r.getLevel().name());
      m.put(HARMED_BY_CAREGIVER, r.isHarmedByCaregiver() ? "true" : "false");
      m.put(RISK_ASSESSED_BY, r.getAssessedBy().name());
    });
    List<EmergencyMeasure> ms = c.getEmergencyMeasures();
    m.put(EMERGENCY_KIND, join(ms, x -> x.getKind().name()));
    m.put(EMERGENCY_TAKEN_AT, join(ms, x -> time(x.getTakenAt())));
    m.put(EMERGENCY_DECIDED_BY, join(ms, x -> x.getDecidedBy().name()));
    m.put(EMERGENCY_ENDED_ON, join(ms, x -> x.getEndedOn().map(LocalDate::toString).orElse("")));
    m.put(EMERGENCY_CONTINUED_BY_AUTHORITY, join(ms, x -> x.isContinuedByAuthority() ? "true" : "false"));
    m.put(NEEDS_ASSESSED_ON, c.getNeedsAssessment().map(n -> n.getCompletedOn().toString()).orElse(""));
    List<SupportPlan> ps = c.getPlans();
    m.put(PLAN_DRAFTED_ON, join(ps, p -> p.getDraftedOn().toString()));
    m.put(PLAN_DRAFTED_BY, join(ps, p -> p.getDraftedBy().name()));
    m.put(PLAN_APPROVED_ON, join(ps, p -> p.getApprovedOn().map(LocalDate::toString).orElse("")));
    m.put(PLAN_APPROVED_BY, join(ps, p -> p.getApprovedBy().map(Enum::name).orElse("")));
    m.put(PLAN_STARTED_ON, join(ps, p -> p.getImplementationStartedOn().map(LocalDate::toString).orElse("")));
    m.put(REVIEW_ON, join(c.getReviews(), r -> r.getReviewedOn().toString()));
    m.put(REVIEW_OUTCOME, join(c.getReviews(), r -> r.getOutcome().name()));
    m.put(REFERRAL_ON, join(c.getReferrals(), r -> r.getReferredOn().toString()));
    m.put(REFERRAL_TARGET, join(c.getReferrals(), r -> r.getTarget().name()));
    c.getClosure().ifPresent(cl -> {
      m.put(CLOSED_ON, cl.getClosedOn().toString());
      m.put(CLOSURE_REASON, cl.getReason().name());
      m.put(CLOSURE_DECIDED_BY, cl.getDecidedBy().map(Enum::name).orElse(""));
    });
    if (syntheticData) {
      m.put(SYNTHETIC_DATA, "Y");
    }
    CaseCsvColumn[] columns = written(syntheticData);
    String[] row = new String[columns.length];
    int i = 0;
    for (CaseCsvColumn col : columns) {
      row[i++] = m.getOrDefault(col, "");
    }
    return row;
  }

  /** {@return the header row: every column, the synthetic-data marker only for synthetic cases} */
  static String[] header(boolean syntheticData) {
    return Arrays.stream(written(syntheticData)).map(CaseCsvColumn::header).toArray(String[]::new);
  }

  /** {@return the columns written, in order: the marker, last, only for synthetic cases} */
  static CaseCsvColumn[] written(boolean syntheticData) {
    CaseCsvColumn[] all = CaseCsvColumn.values();
    return syntheticData ? all : Arrays.copyOf(all, all.length - 1);
  }

  /**
   * Reads the synthetic-data marker's cell: a flag of the form, or {@code Y}/{@code N} as the
   * register's marker is written; empty when the value is none of these.
   */
  static Optional<Boolean> marker(String s) {
    String v = s.strip();
    if (v.equalsIgnoreCase("y")) {
      return Optional.of(true);
    }
    if (v.equalsIgnoreCase("n")) {
      return Optional.of(false);
    }
    return flag(v);
  }

  private static String time(OffsetDateTime t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
  }

  private static <T> String join(List<T> items, Function<T, String> f) {
    return items.stream().map(f).collect(Collectors.joining(BAR));
  }

  // ---- reading

  /** Reads a row's cells (empty cell = not recorded) into a case, adding an issue per problem. */
  static final class RowReader {
    private final Map<CaseCsvColumn, String> cells;
    private final BiFunction<CaseCsvColumn, @Nullable String, Location> where;
    private final List<Issue> issues;
    private boolean bad;

    RowReader(Map<CaseCsvColumn, String> cells, BiFunction<CaseCsvColumn, @Nullable String, Location> where, List<Issue> issues) {
      this.cells = cells;
      this.where = where;
      this.issues = issues;
    }

    Optional<ProtectionCase> read() {
      String id = cell(CASE_ID);
      ProtectionCase.Builder b = ProtectionCase.builder();
      if (id.isEmpty()) {
        missing(CASE_ID);
      } else {
        b.id(id);
      }
      CaseChild.Builder child = CaseChild.builder();
      value(SEX, s -> enumOf(Sex.class, s)).ifPresent(child::sex);
      value(DATE_OF_BIRTH, CaseCsvRows::date).ifPresent(child::dateOfBirth);
      for (String code : split(cell(CIRCUMSTANCES))) {
        parse(CIRCUMSTANCES, code, CircumstanceCode::parse).ifPresent(child::addCircumstances);
      }
      if (!cell(REGISTER_CHILD_ID).isEmpty()) {
        child.registerChildId(cell(REGISTER_CHILD_ID));
      }
      b.child(child.build());
      Optional<OffsetDateTime> receivedAt = value(RECEIVED_AT, CaseCsvRows::time);
      Optional<InformationSource> source = value(SOURCE, s -> enumOf(InformationSource.class, s));
      if (cell(RECEIVED_AT).isEmpty()) {
        missing(RECEIVED_AT);
      }
      if (cell(SOURCE).isEmpty()) {
        missing(SOURCE);
      }
      if (receivedAt.isPresent() && source.isPresent()) {
        InformationReceipt.Builder r = InformationReceipt.builder().receivedAt(receivedAt.get()).source(source.get());
        value(RECEIVED_BY, s -> enumOf(CaseRole.class, s)).ifPresent(r::receivedBy);
        b.receipt(r.build());
      }
      for (String code : split(cell(HARMS))) {
        parse(HARMS, code, s -> HarmKind.parse(s)).ifPresent(b::addHarms);
      }
      readRisk(b);
      readMeasures(b);
      value(NEEDS_ASSESSED_ON, CaseCsvRows::date).ifPresent(d -> b.needsAssessment(NeedsAssessment.builder().completedOn(d).build()));
      readPlans(b);
      readReviewsAndReferrals(b);
      readClosure(b);
      if (bad) {
        return Optional.empty();
      }
      try {
        return Optional.of(b.build());
      } catch (InvalidValueException e) {
        // the builder's message names no value
        issues.add(CaseFileIssueCode.CASE_INVALID.issue(where.apply(CASE_ID, null), e.getMessage()));
        return Optional.empty();
      }
    }

    private void readRisk(ProtectionCase.Builder b) {
      boolean any = !cell(RISK_ASSESSED_AT).isEmpty() || !cell(RISK_LEVEL).isEmpty()
          || !cell(HARMED_BY_CAREGIVER).isEmpty() || !cell(RISK_ASSESSED_BY).isEmpty();
      if (!any) {
        return;
      }
      Optional<OffsetDateTime> at = value(RISK_ASSESSED_AT, CaseCsvRows::time);
      Optional<RiskLevel> level = value(RISK_LEVEL, s -> enumOf(RiskLevel.class, s));
      if (cell(RISK_ASSESSED_AT).isEmpty()) {
        missing(RISK_ASSESSED_AT);
      }
      if (cell(RISK_LEVEL).isEmpty()) {
        missing(RISK_LEVEL);
      }
      Optional<Boolean> caregiver = value(HARMED_BY_CAREGIVER, CaseCsvRows::flag);
      Optional<CaseRole> by = value(RISK_ASSESSED_BY, s -> enumOf(CaseRole.class, s));
      if (at.isPresent() && level.isPresent()) {
        RiskAssessment.Builder r = RiskAssessment.builder().assessedAt(at.get()).level(level.get());
        caregiver.ifPresent(r::harmedByCaregiver);
        by.ifPresent(r::assessedBy);
        b.riskAssessment(r.build());
      }
    }

    private void readMeasures(ProtectionCase.Builder b) {
      int n = groupSize(EMERGENCY_KIND, EMERGENCY_TAKEN_AT, EMERGENCY_DECIDED_BY, EMERGENCY_ENDED_ON,
          EMERGENCY_CONTINUED_BY_AUTHORITY);
      for (int i = 0; i < n; i++) {
        Optional<EmergencyMeasureKind> kind = required(EMERGENCY_KIND, i, s -> enumOf(EmergencyMeasureKind.class, s));
        Optional<OffsetDateTime> at = required(EMERGENCY_TAKEN_AT, i, CaseCsvRows::time);
        Optional<CaseRole> by = item(EMERGENCY_DECIDED_BY, i, s -> enumOf(CaseRole.class, s));
        Optional<LocalDate> ended = item(EMERGENCY_ENDED_ON, i, CaseCsvRows::date);
        Optional<Boolean> continued = item(EMERGENCY_CONTINUED_BY_AUTHORITY, i, CaseCsvRows::flag);
        if (kind.isPresent() && at.isPresent()) {
          EmergencyMeasure.Builder m = EmergencyMeasure.builder().kind(kind.get()).takenAt(at.get());
          by.ifPresent(m::decidedBy);
          ended.ifPresent(m::endedOn);
          continued.ifPresent(m::continuedByAuthority);
          b.addEmergencyMeasures(m.build());
        }
      }
    }

    private void readPlans(ProtectionCase.Builder b) {
      int n = groupSize(PLAN_DRAFTED_ON, PLAN_DRAFTED_BY, PLAN_APPROVED_ON, PLAN_APPROVED_BY, PLAN_STARTED_ON);
      for (int i = 0; i < n; i++) {
        Optional<LocalDate> drafted = required(PLAN_DRAFTED_ON, i, CaseCsvRows::date);
        Optional<CaseRole> draftedBy = item(PLAN_DRAFTED_BY, i, s -> enumOf(CaseRole.class, s));
        Optional<LocalDate> approved = item(PLAN_APPROVED_ON, i, CaseCsvRows::date);
        Optional<CaseRole> approvedBy = item(PLAN_APPROVED_BY, i, s -> enumOf(CaseRole.class, s));
        Optional<LocalDate> started = item(PLAN_STARTED_ON, i, CaseCsvRows::date);
        if (drafted.isPresent()) {
          SupportPlan.Builder p = SupportPlan.builder().draftedOn(drafted.get());
          draftedBy.ifPresent(p::draftedBy);
          approved.ifPresent(p::approvedOn);
          approvedBy.ifPresent(p::approvedBy);
          started.ifPresent(p::implementationStartedOn);
          b.addPlans(p.build());
        }
      }
    }

    private void readReviewsAndReferrals(ProtectionCase.Builder b) {
      int n = groupSize(REVIEW_ON, REVIEW_OUTCOME);
      for (int i = 0; i < n; i++) {
        Optional<LocalDate> on = required(REVIEW_ON, i, CaseCsvRows::date);
        Optional<ReviewOutcome> outcome = required(REVIEW_OUTCOME, i, s -> enumOf(ReviewOutcome.class, s));
        if (on.isPresent() && outcome.isPresent()) {
          b.addReviews(PlanReview.builder().reviewedOn(on.get()).outcome(outcome.get()).build());
        }
      }
      n = groupSize(REFERRAL_ON, REFERRAL_TARGET);
      for (int i = 0; i < n; i++) {
        Optional<LocalDate> on = required(REFERRAL_ON, i, CaseCsvRows::date);
        Optional<ReferralTarget> target = required(REFERRAL_TARGET, i, s -> enumOf(ReferralTarget.class, s));
        if (on.isPresent() && target.isPresent()) {
          b.addReferrals(Referral.builder().referredOn(on.get()).target(target.get()).build());
        }
      }
    }

    private void readClosure(ProtectionCase.Builder b) {
      if (cell(CLOSED_ON).isEmpty() && cell(CLOSURE_REASON).isEmpty() && cell(CLOSURE_DECIDED_BY).isEmpty()) {
        return;
      }
      Optional<LocalDate> on = value(CLOSED_ON, CaseCsvRows::date);
      Optional<ClosureReason> reason = value(CLOSURE_REASON, s -> enumOf(ClosureReason.class, s));
      Optional<CaseRole> by = value(CLOSURE_DECIDED_BY, s -> enumOf(CaseRole.class, s));
      if (cell(CLOSED_ON).isEmpty()) {
        missing(CLOSED_ON);
      }
      if (cell(CLOSURE_REASON).isEmpty()) {
        missing(CLOSURE_REASON);
      }
      if (on.isPresent() && reason.isPresent()) {
        Closure.Builder c = Closure.builder().closedOn(on.get()).reason(reason.get());
        by.ifPresent(c::decidedBy);
        b.closure(c.build());
      }
    }

    /** The number of occurrences of a repeated step: its columns must agree (an empty column is none). */
    private int groupSize(CaseCsvColumn... columns) {
      int n = 0;
      for (CaseCsvColumn c : columns) {
        n = Math.max(n, items(c).size());
      }
      for (CaseCsvColumn c : columns) {
        int k = items(c).size();
        if (k != 0 && k != n) {
          issues.add(CaseFileIssueCode.CASE_CSV_LIST_LENGTHS.issue(where.apply(c, null), c.group()));
          bad = true;
          return 0;
        }
      }
      return n;
    }

    private List<String> items(CaseCsvColumn c) {
      String s = cell(c);
      if (s.isEmpty()) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String part : s.split("\\|", -1)) {
        out.add(part.strip());
      }
      return out;
    }

    private <T> Optional<T> item(CaseCsvColumn c, int i, Function<String, Optional<T>> parser) {
      List<String> all = items(c);
      if (all.isEmpty() || all.get(i).isEmpty()) {
        return Optional.empty();
      }
      return parse(c, all.get(i), parser, i);
    }

    private <T> Optional<T> required(CaseCsvColumn c, int i, Function<String, Optional<T>> parser) {
      List<String> all = items(c);
      if (all.isEmpty() || all.get(i).isEmpty()) {
        issues.add(CaseFileIssueCode.CASE_CSV_MISSING_VALUE.issue(where.apply(c, "[" + i + "]"), c.header()));
        bad = true;
        return Optional.empty();
      }
      return parse(c, all.get(i), parser, i);
    }

    private String cell(CaseCsvColumn c) {
      return cells.getOrDefault(c, "");
    }

    private <T> Optional<T> value(CaseCsvColumn c, Function<String, Optional<T>> parser) {
      String s = cell(c);
      return s.isEmpty() ? Optional.empty() : parse(c, s, parser);
    }

    private <T> Optional<T> parse(CaseCsvColumn c, String s, Function<String, ? extends Optional<? extends T>> parser) {
      return parse(c, s, parser, -1);
    }

    private <T> Optional<T> parse(CaseCsvColumn c, String s, Function<String, ? extends Optional<? extends T>> parser,
        int index) {
      Optional<? extends T> v;
      try {
        v = parser.apply(s.strip());
      } catch (RuntimeException e) {
        v = Optional.empty();
      }
      if (v.isEmpty()) {
        // the value is not repeated: it may be personal data typed in the wrong column
        issues.add(CaseFileIssueCode.CASE_CSV_INVALID_VALUE.issue(where.apply(c, index < 0 ? null : "[" + index + "]"),
            c.header()));
        bad = true;
        return Optional.empty();
      }
      return Optional.of(v.get());
    }

    private void missing(CaseCsvColumn c) {
      issues.add(CaseFileIssueCode.CASE_CSV_MISSING_VALUE.issue(where.apply(c, null), c.header()));
      bad = true;
    }
  }

  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    if (s.isEmpty()) {
      return out;
    }
    for (String part : s.split("\\|", -1)) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String s) {
    String n = s.strip().toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(n)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  static Optional<LocalDate> date(String s) {
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A time: with its offset, or (officers type local times) a local date-time of Viet Nam, with a
   * {@code T} or a space, taken at +07:00.
   */
  static Optional<OffsetDateTime> time(String s) {
    try {
      return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(java.time.LocalDateTime.parse(s.replace(' ', 'T'))
            .atZone(io.github.treem.core.time.WorkingDays.VIETNAM_ZONE).toOffsetDateTime());
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  static Optional<Boolean> flag(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "có", "yes" -> Optional.of(true);
      case "false", "0", "không", "no" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}
