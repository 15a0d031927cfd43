package io.github.treem.planreport;

import io.github.treem.core.plan.Activity;
import io.github.treem.core.plan.ActivityCost;
import io.github.treem.core.plan.ActivityKind;
import io.github.treem.core.plan.ActivityValidator;
import io.github.treem.core.plan.Audience;
import io.github.treem.core.plan.DateSpan;
import io.github.treem.core.plan.EventType;
import io.github.treem.core.plan.FundingAllocation;
import io.github.treem.core.plan.FundingSource;
import io.github.treem.core.plan.Headcount;
import io.github.treem.core.plan.ItemAssessment;
import io.github.treem.core.plan.ItemProgress;
import io.github.treem.core.plan.ItemStatus;
import io.github.treem.core.plan.MonitoringLine;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.PlanItem;
import io.github.treem.core.plan.PlanItemKind;
import io.github.treem.core.plan.PlanProgress;
import io.github.treem.core.plan.PlanValidator;
import io.github.treem.core.plan.Recipient;
import io.github.treem.core.plan.ReportKind;
import io.github.treem.core.plan.ReportingDuty;
import io.github.treem.core.plan.ReportingPeriod;
import io.github.treem.core.plan.ResponsibleUnit;
import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.indicators.MonitoringAssessment;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.planreport.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Builds the parts of an {@link ImplementationReport}: one pass over the log, then the plan. */
final class ReportAssembler {
  static final String PROPOSALS_PLACEHOLDER = "[Cán bộ ghi các đề xuất, kiến nghị với Ủy ban nhân dân huyện và Phòng "
      + "Lao động - Thương binh và Xã hội huyện: kinh phí, tập huấn, hướng dẫn chuyên môn, hỗ trợ trẻ em có hoàn cảnh "
      + "đặc biệt, ...]";

  private ReportAssembler() {}

  /** Per activity kind: counts of the period's activities and people reached. */
  private static final class KindSums {
    int activities;
    long children;
    long girls;
    long boys;
    boolean bySex = true;
    long parents;
    long collaborators;
    long others;
  }

  static ImplementationReport.Parts assemble(Plan plan, ReportingPeriod period, Iterable<Activity> activities,
      Iterable<ItemAssessment> assessments, ReportInputs in) {
    DateSpan span = period.getSpan();
    if (!plan.period().overlaps(span)) {
      throw new InvalidValueException("TREEM-PLANREPORT-0001",
          "the period " + period + " is outside the plan's year " + plan.getYear());
    }
    requireNoError(PlanValidator.validate(plan), "TREEM-PLANREPORT-0002", "the plan");
    LocalDate asOf = span.getEnd();
    ActivityValidator validator = ActivityValidator.of(plan, asOf.isAfter(plan.period().getEnd()) ? asOf : plan.period().getEnd());
    List<Issue> logIssues = new ArrayList<>();
    PlanProgress progress = PlanProgress.of(plan);
    Map<String, List<ActivityLine>> byUnit = new HashMap<>();
    Map<ActivityKind, KindSums> byKind = new EnumMap<>(ActivityKind.class);
    Map<String, Integer> byEvent = new HashMap<>();
    Map<String, Long> spentBySource = new HashMap<>();
    Map<List<String>, Long> spentBySourceItem = new LinkedHashMap<>();
    int count = 0;
    int index = 0;
    for (Activity a : activities) {
      logIssues.addAll(validator.check(a, Location.ofPath("activities[" + index++ + "]")));
      if (!logIssues.isEmpty() && logIssues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR)) {
        continue; // the build stops below; keep checking to report the first error in log order
      }
      if (a.getDate().isAfter(asOf)) {
        continue;
      }
      progress.add(a);
      if (!span.contains(a.getDate())) {
        continue;
      }
      count++;
      byUnit.computeIfAbsent(a.getUnitId(), k -> new ArrayList<>()).add(line(plan, a));
      add(byKind.computeIfAbsent(a.getKind(), k -> new KindSums()), a);
      a.getEventId().ifPresent(e -> byEvent.merge(e, 1, Integer::sum));
      for (ActivityCost c : a.getCosts()) {
        spentBySource.merge(c.getSourceId(), c.getAmountDong(), Math::addExact);
        spentBySourceItem.merge(List.of(c.getSourceId(), a.getItemIds().get(0)), c.getAmountDong(), Math::addExact);
      }
    }
    index = 0;
    for (ItemAssessment a : assessments) {
      logIssues.addAll(validator.check(a, Location.ofPath("assessments[" + index++ + "]")));
      if (!a.getDate().isAfter(asOf)) {
        progress.add(a);
      }
    }
    requireNoError(ValidationReport.of(logIssues), "TREEM-PLANREPORT-0003", "the activity log");

    ImplementationReport.Parts p = new ImplementationReport.Parts();
    p.plan = plan;
    p.period = period;
    p.header = header(plan, period, in);
    p.openingVi = "Thực hiện Kế hoạch số " + plan.getNumber() + " ngày " + Texts.dayMonthYear(plan.getIssueDate()) + " của "
        + plan.getIssuerName() + plan.getTitle().map(t -> " về " + lowerFirst(t)).orElse("") + ", " + shortIssuer(plan)
        + " báo cáo kết quả thực hiện " + period.labelVi() + " như sau:";
    p.targetsBound = in.getTargets().isPresent();
    p.targets = targets(plan, period, in);
    p.monitoring = monitoring(plan, in);
    p.childFriendly = in.getChildFriendly().flatMap(s -> s.resultFor(period.getYear()));
    p.caseFigures = in.getCases().map(c -> c.figuresFor(period)).orElse(List.of());
    Map<String, ItemProgress> status = new HashMap<>();
    progress.statusAt(asOf).forEach(s -> status.put(s.getItemId(), s));
    p.units = units(plan, status, byUnit);
    p.activityCount = count;
    reach(p, byKind, in.getDisclosure());
    p.events = events(plan, byEvent);
    p.fundingBySource = fundingBySource(plan, spentBySource);
    p.fundingByItem = fundingByItem(plan, spentBySourceItem);
    p.notDone = plan.getItems().stream()
        .filter(i -> statusOf(status, i).getStatus() == ItemStatus.NOT_DONE)
        .map(i -> new NotDoneLine(i.getId(), i.getKind(), i.getTextVi(), ItemStatus.NOT_DONE, statusOf(status, i).getReasonVi(),
            i.getCitationCorrections()))
        .toList();
    p.proposalsPlaceholder = in.getProposalsVi().filter(s -> !s.isBlank()).isEmpty();
    p.proposalsVi = in.getProposalsVi().filter(s -> !s.isBlank()).orElse(PROPOSALS_PLACEHOLDER);
    p.closingVi = "Trên đây là báo cáo kết quả thực hiện " + p.header.summary().replaceFirst("^Kết quả thực hiện ", "")
        + " của " + plan.getIssuerName() + "./.";
    p.recipients = recipients(plan);
    p.signature = in.getSignature();
    p.notesVi = in.getNotesVi();
    p.syntheticData = in.isSyntheticData();
    p.caveatsVi = caveats(plan);
    return p;
  }

  private static void requireNoError(ValidationReport report, String code, String what) {
    Optional<Issue> first = report.getIssues().stream().filter(i -> i.getSeverity() == Severity.ERROR).findFirst();
    if (first.isPresent()) {
      long errors = report.issuesOf(Severity.ERROR).size();
      throw new InvalidValueException(code, what + " has " + errors + " error(s); the first: " + first.get().getCode()
          + " at " + first.get().getLocation() + " (" + first.get().getMessageEn() + ")");
    }
  }

  private static ReportHeader header(Plan plan, ReportingPeriod period, ReportInputs in) {
    String number = in.getNumber().map(String::trim).filter(s -> !s.isEmpty()).orElse("      ");
    String numberLine = "Số: " + number + "/BC-" + Texts.issuerSymbol(plan.getNumber());
    String place = in.getPlace().orElse(Texts.place(plan.getIssuerName()));
    int year = period.getSpan().getEnd().getYear();
    String date = in.getDate().map(Texts::dateLine).orElse(Texts.blankDateLine(year));
    String summary = plan.getTitle().filter(t -> t.startsWith("Thực hiện "))
        .map(t -> "Kết quả thực hiện " + Texts.moveYear(t.substring("Thực hiện ".length()), plan.getYear(), -1)
            .replace(" năm -1", "").trim() + " " + period.labelVi())
        .orElse("Kết quả thực hiện Kế hoạch số " + plan.getNumber() + " " + period.labelVi());
    return new ReportHeader(Texts.issuerLines(plan.getIssuerName()), numberLine, place + ", " + date, "BÁO CÁO", summary,
        Optional.empty());
  }

  private static String shortIssuer(Plan plan) {
    List<String> lines = Texts.issuerLines(plan.getIssuerName());
    return lines.size() == 2 ? capitalise(lines.get(0).toLowerCase(java.util.Locale.forLanguageTag("vi-VN")))
        + " " + lines.get(1).split(" ", -1)[0].toLowerCase(java.util.Locale.forLanguageTag("vi-VN")) : plan.getIssuerName();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi-VN")) + s.substring(1);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi-VN")) + s.substring(1);
  }

  private static ActivityLine line(Plan plan, Activity a) {
    List<String> coop = a.getCooperatingUnitIds().stream()
        .map(id -> plan.unit(id).map(ResponsibleUnit::getNameVi).orElse(id)).toList();
    long cost = 0;
    for (ActivityCost c : a.getCosts()) {
      cost = Math.addExact(cost, c.getAmountDong());
    }
    return new ActivityLine(a.getId(), a.getDate(), a.getEndDate(), a.getKind(),
        a.getTitleVi().filter(t -> !t.isBlank()).orElse(a.getKind().getNameVi()), a.getItemIds(), coop, cost);
  }

  private static void add(KindSums s, Activity a) {
    s.activities++;
    Optional<Headcount> children = a.reached(Audience.CHILDREN);
    if (children.isPresent() && children.get().getTotal() > 0) {
      Headcount h = children.get();
      s.children += h.getTotal();
      if (h.isBySex() && h.getFemale().getAsLong() + h.getMale().getAsLong() == h.getTotal()) {
        s.girls += h.getFemale().getAsLong();
        s.boys += h.getMale().getAsLong();
      } else {
        s.bySex = false;
      }
    }
    s.parents += a.reached(Audience.PARENTS).map(Headcount::getTotal).orElse(0L);
    s.collaborators += a.reached(Audience.COLLABORATORS).map(Headcount::getTotal).orElse(0L);
    s.others += a.reached(Audience.OFFICIALS).map(Headcount::getTotal).orElse(0L)
        + a.reached(Audience.OTHERS).map(Headcount::getTotal).orElse(0L);
  }

  /**
   * The caveats of the plan's targets whose indicator measures less than the plan's sentence
   * ({@link io.github.treem.indicators.Indicator#getCaveatVi()}, the one home of these texts, which
   * the table, HTML and workbook of {@code treem report} show too): "HI_U6: …", once per indicator,
   * in the order of the targets.
   */
  private static List<String> caveats(Plan plan) {
    java.util.LinkedHashMap<String, String> out = new java.util.LinkedHashMap<>();
    for (Target t : plan.getTargets()) {
      io.github.treem.indicators.Indicator.ofCode(t.getIndicatorCode()).flatMap(i -> i.getCaveatVi())
          .ifPresent(c -> out.putIfAbsent(t.getIndicatorCode(), t.getIndicatorCode() + ": " + c));
    }
    return List.copyOf(out.values());
  }

  private static List<TargetLine> targets(Plan plan, ReportingPeriod period, ReportInputs in) {
    List<TargetLine> out = new ArrayList<>();
    for (Target t : plan.getTargets()) {
      Optional<TargetResult> r = in.getTargets().flatMap(s -> s.resultFor(t, period));
      String unit = r.map(TargetResult::getUnit).orElse("%");
      String reference = r.flatMap(TargetResult::getReferenceText).orElseGet(() -> reference(t, unit));
      String lead = plan.unit(t.getLeadUnitId()).map(ResponsibleUnit::getNameVi).orElse(t.getLeadUnitId())
          + (t.isLeadUnitInferred() ? " " + Target.INFERRED_LEAD_VI : "");
      out.add(new TargetLine(t.getId(), t.getTextVi(), reference, unit,
          r.map(TargetResult::getValue).orElse(Figure.noData()),
          r.map(TargetResult::getPreviousValue).orElse(Figure.noData()),
          r.map(TargetResult::getStatus).orElse(TargetStatus.NO_DATA),
          r.flatMap(TargetResult::getGap), lead, r.flatMap(TargetResult::getNoteVi)));
    }
    return out;
  }

  /** The plan's monitoring lines as the figures bound read them, in the plan's order (a line of another plan is left out). */
  private static List<MonitoringAssessment> monitoring(Plan plan, ReportInputs in) {
    List<MonitoringAssessment> given = in.getTargets().map(TargetResults::monitoring).orElse(List.of());
    List<MonitoringAssessment> out = new ArrayList<>();
    for (MonitoringLine line : plan.getMonitoring()) {
      given.stream().filter(m -> m.getLine().getId().equals(line.getId())
          && m.getIndicatorCode().equals(line.getIndicatorCode())).findFirst().ifPresent(out::add);
    }
    return out;
  }

  /** The reference as written from the target: "≥ 100%", "< 9%", "tăng so với năm trước". */
  static String reference(Target t, String unit) {
    if (t.getComparator() == TargetComparator.INCREASE) {
      return t.getBaseline().isPresent()
          ? "> " + Texts.decimal(t.getBaseline().get()) + unit
          : TargetComparator.INCREASE.getNameVi();
    }
    String symbol = t.getComparator() == TargetComparator.AT_LEAST ? "≥"
        : t.getComparator() == TargetComparator.AT_MOST ? "≤" : "<";
    return symbol + " " + Texts.decimal(t.getThreshold().orElseThrow()) + unit;
  }

  private static List<UnitPart> units(Plan plan, Map<String, ItemProgress> status, Map<String, List<ActivityLine>> byUnit) {
    List<UnitPart> out = new ArrayList<>();
    for (ResponsibleUnit u : plan.getResponsibleUnits()) {
      List<ItemLine> duties = plan.dutiesOf(u.getId()).stream().map(i -> itemLine(i, status)).toList();
      List<ItemLine> led = plan.getItems().stream()
          .filter(i -> i.getKind() != PlanItemKind.DUTY && i.getLeadUnitId().filter(u.getId()::equals).isPresent())
          .map(i -> itemLine(i, status)).toList();
      List<ActivityLine> acts = new ArrayList<>(byUnit.getOrDefault(u.getId(), List.of()));
      acts.sort(Comparator.comparing(ActivityLine::date).thenComparing(ActivityLine::activityId));
      out.add(new UnitPart(u.getId(), u.getNameVi(), u.getRole(), duties, led, acts));
    }
    return out;
  }

  private static ItemLine itemLine(PlanItem i, Map<String, ItemProgress> status) {
    return new ItemLine(i.getId(), i.getKind(), i.getTextVi(), statusOf(status, i), i.getCitationCorrections());
  }

  /** The item's status: the map holds one for every item of the plan ({@link PlanProgress#statusAt}). */
  private static ItemProgress statusOf(Map<String, ItemProgress> status, PlanItem i) {
    ItemProgress s = status.get(i.getId());
    if (s == null) {
      throw new IllegalStateException("no status for plan item " + i.getId());
    }
    return s;
  }

  private static void reach(ImplementationReport.Parts p, Map<ActivityKind, KindSums> byKind, ChildFigureDisclosure disclosure) {
    CountTable.Builder table = CountTable.builder().id("reach-by-kind");
    for (Map.Entry<ActivityKind, KindSums> e : byKind.entrySet()) {
      KindSums s = e.getValue();
      CountRow.Builder row = CountRow.builder().key(e.getKey().name()).labelVi(e.getKey().getNameVi())
          .sensitive(e.getKey().isTargeted()).total(s.children);
      if (s.bySex) {
        row.female(s.girls).male(s.boys);
      }
      table.addRows(row.build());
    }
    PublishedTable published = disclosure.publish(table.build());
    if (published.getRows().size() != byKind.size()) {
      throw new IllegalStateException("disclosure control must publish one row per row of the table");
    }
    List<ReachLine> lines = new ArrayList<>();
    int r = 0;
    int activities = 0;
    long parents = 0;
    long collaborators = 0;
    long others = 0;
    for (Map.Entry<ActivityKind, KindSums> e : byKind.entrySet()) {
      KindSums s = e.getValue();
      lines.add(new ReachLine(Optional.of(e.getKey()), s.activities, published.getRows().get(r++), s.parents,
          s.collaborators, s.others));
      activities += s.activities;
      parents += s.parents;
      collaborators += s.collaborators;
      others += s.others;
    }
    p.reach = lines;
    p.reachTotal = new ReachLine(Optional.empty(), activities, published.getTotalRow(), parents, collaborators, others);
    p.reachNotesVi = published.getNotesVi();
  }

  private static List<EventLine> events(Plan plan, Map<String, Integer> byEvent) {
    List<EventLine> out = new ArrayList<>();
    for (EventType e : plan.getEventTypes()) {
      Optional<DateSpan> days;
      try {
        days = Optional.of(e.resolve(plan.getYear()));
      } catch (InvalidValueException ex) {
        days = Optional.empty();
      }
      out.add(new EventLine(e.getId(), e.getNameVi(), days, byEvent.getOrDefault(e.getId(), 0)));
    }
    return out;
  }

  private static List<FundingLine> fundingBySource(Plan plan, Map<String, Long> spent) {
    return plan.getFundingSources().stream()
        .map(s -> new FundingLine(s.getId(), s.getNameVi(), s.getKind(), Optional.empty(), s.getPlannedDong(),
            spent.getOrDefault(s.getId(), 0L)))
        .toList();
  }

  private static List<FundingLine> fundingByItem(Plan plan, Map<List<String>, Long> spent) {
    Map<List<String>, Long> planned = new LinkedHashMap<>();
    for (FundingAllocation a : plan.getFundingAllocations()) {
      planned.merge(List.of(a.getSourceId(), a.getItemId()), a.getPlannedDong(), Math::addExact);
    }
    Set<List<String>> keys = new LinkedHashSet<>(planned.keySet());
    keys.addAll(spent.keySet());
    List<FundingLine> out = new ArrayList<>();
    for (List<String> k : keys) {
      FundingSource s = plan.fundingSource(k.get(0)).orElseThrow();
      Long p = planned.get(k);
      out.add(new FundingLine(s.getId(), s.getNameVi(), s.getKind(), Optional.of(k.get(1)),
          p == null ? OptionalLong.empty() : OptionalLong.of(p), spent.getOrDefault(k, 0L)));
    }
    return out;
  }

  /**
   * The recipients: those of the plan's periodic reporting duties ("Để báo cáo"), else the plan's
   * own recipients that it reports to; then the archive.
   */
  private static List<Recipient> recipients(Plan plan) {
    Set<String> names = new LinkedHashSet<>();
    for (ReportingDuty d : plan.getReportingDuties()) {
      if (d.getKinds().contains(ReportKind.PERIODIC)) {
        names.addAll(d.getRecipients());
      }
    }
    if (names.isEmpty()) {
      plan.getRecipients().stream().filter(r -> r.getPurposeVi().filter(x -> x.contains("báo cáo")).isPresent())
          .forEach(r -> names.add(r.getNameVi()));
    }
    List<Recipient> out = new ArrayList<>();
    names.forEach(n -> out.add(Recipient.of(n, "Để báo cáo")));
    out.add(Recipient.of("Lưu: VT."));
    return out;
  }
}
