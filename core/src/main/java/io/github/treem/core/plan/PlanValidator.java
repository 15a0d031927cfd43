package io.github.treem.core.plan;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Checks a whole plan: the references between its items, targets, units, events, funding and
 * reporting duties; its dates (the date of issue, the events placed in the plan's year); its
 * funding sums. Every problem is an {@link Issue} of a {@link PlanIssueCode}, located by the
 * property path in the plan (e.g. {@code items[3].cooperatingUnitIds[1]}); all are reported, never
 * only the first.
 *
 * <pre>{@code
 * ValidationReport report = PlanValidator.validate(plan);
 * List<Issue> problems = report.getIssues();   // every problem, located and coded; empty when valid
 * }</pre>
 *
 * <p>What the plan's builder already refuses (duplicate unit or target identifiers, a target
 * naming an unknown unit, text lists that disagree with the items) cannot reach the validator.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanValidator {
  private PlanValidator() {}

  /**
   * Validates a plan.
   *
   * @param plan the plan
   * @return every issue found, in the order of the plan's parts
   */
  public static ValidationReport validate(Plan plan) {
    Objects.requireNonNull(plan, "plan must not be null");
    List<Issue> issues = new ArrayList<>();
    Set<String> units = new HashSet<>();
    plan.getResponsibleUnits().forEach(u -> units.add(u.getId()));
    Set<String> targets = new HashSet<>();
    plan.getTargets().forEach(t -> targets.add(t.getId()));
    Set<String> events = new HashSet<>();
    Map<String, PlanItem> items = new LinkedHashMap<>();

    checkDates(plan, issues);
    checkEvents(plan, events, issues);
    for (int i = 0; i < plan.getItems().size(); i++) {
      PlanItem item = plan.getItems().get(i);
      if (items.putIfAbsent(item.getId(), item) != null) {
        issues.add(PlanIssueCode.PLAN_ITEM_DUPLICATE_ID.issue(at("items[%d].id", i), item.getId()));
      }
    }
    Set<String> servedTargets = new HashSet<>();
    Set<String> involvedUnits = new HashSet<>();
    Set<String> namedEvents = new HashSet<>();
    for (int i = 0; i < plan.getItems().size(); i++) {
      PlanItem item = plan.getItems().get(i);
      checkItem(item, i, units, targets, items.keySet(), events, issues);
      servedTargets.addAll(item.getTargetIds());
      involvedUnits.addAll(item.unitIds());
      namedEvents.addAll(item.getEventIds());
    }
    checkCycles(plan, items, issues);
    for (int e = 0; e < plan.getEventTypes().size(); e++) {
      EventType type = plan.getEventTypes().get(e);
      if (!namedEvents.contains(type.getId())) {
        issues.add(PlanIssueCode.PLAN_EVENT_UNUSED.issue(at("eventTypes[%d]", e), type.getId()));
      }
    }
    for (int t = 0; t < plan.getTargets().size(); t++) {
      Target target = plan.getTargets().get(t);
      if (target.getYear() != plan.getYear()) {
        issues.add(PlanIssueCode.PLAN_TARGET_OTHER_YEAR.issue(at("targets[%d].year", t),
            target.getId() + " (" + target.getYear() + " ≠ " + plan.getYear() + ")"));
      }
      if (!plan.getItems().isEmpty() && !servedTargets.contains(target.getId())) {
        issues.add(PlanIssueCode.PLAN_TARGET_NOT_SERVED.issue(at("targets[%d]", t), target.getId()));
      }
    }
    if (!plan.getItems().isEmpty()) {
      for (int u = 0; u < plan.getResponsibleUnits().size(); u++) {
        String id = plan.getResponsibleUnits().get(u).getId();
        if (!involvedUnits.contains(id)) {
          issues.add(PlanIssueCode.PLAN_UNIT_WITHOUT_ITEM.issue(at("responsibleUnits[%d]", u), id));
        }
      }
    }
    checkFunding(plan, items.keySet(), issues);
    checkReporting(plan, items, units, issues);
    checkDraft(plan, targets, issues);
    return ValidationReport.of(issues);
  }

  private static void checkDates(Plan plan, List<Issue> issues) {
    LocalDate earliest = LocalDate.of(plan.getYear() - 1, 10, 1);
    if (plan.getIssueDate().isBefore(earliest) || plan.getIssueDate().isAfter(plan.period().getEnd())) {
      issues.add(PlanIssueCode.PLAN_ISSUE_DATE_OUTSIDE_YEAR.issue(Location.ofPath("issueDate"),
          plan.getIssueDate() + " (" + plan.getYear() + ")"));
    }
  }

  private static void checkEvents(Plan plan, Set<String> events, List<Issue> issues) {
    for (int e = 0; e < plan.getEventTypes().size(); e++) {
      EventType type = plan.getEventTypes().get(e);
      if (!events.add(type.getId())) {
        issues.add(PlanIssueCode.PLAN_EVENT_DUPLICATE_ID.issue(at("eventTypes[%d].id", e), type.getId()));
        continue;
      }
      try {
        DateSpan days = type.resolve(plan.getYear());
        if (!plan.period().encloses(days)) {
          issues.add(PlanIssueCode.PLAN_EVENT_OUTSIDE_YEAR.issue(at("eventTypes[%d].rule", e), type.getId() + " " + days));
        }
      } catch (InvalidValueException ex) {
        issues.add(PlanIssueCode.PLAN_EVENT_UNRESOLVED.issue(at("eventTypes[%d].rule", e),
            type.getId() + " (" + type.getRule() + ", " + plan.getYear() + ")"));
      }
    }
  }

  private static void checkItem(PlanItem item, int i, Set<String> units, Set<String> targets, Set<String> items,
      Set<String> events, List<Issue> issues) {
    if (item.getKind() == PlanItemKind.DUTY && item.getLeadUnitId().isEmpty()) {
      issues.add(PlanIssueCode.PLAN_DUTY_WITHOUT_UNIT.issue(at("items[%d].leadUnitId", i), item.getId()));
    }
    item.getLeadUnitId().filter(u -> !units.contains(u)).ifPresent(u ->
        issues.add(PlanIssueCode.PLAN_ITEM_UNKNOWN_UNIT.issue(at("items[%d].leadUnitId", i), item.getId() + " → " + u)));
    refs(item, item.getCooperatingUnitIds(), units, "items[%d].cooperatingUnitIds[%d]", i,
        PlanIssueCode.PLAN_ITEM_UNKNOWN_UNIT, issues);
    refs(item, item.getTargetIds(), targets, "items[%d].targetIds[%d]", i, PlanIssueCode.PLAN_ITEM_UNKNOWN_TARGET, issues);
    refs(item, item.getServesItemIds(), items, "items[%d].servesItemIds[%d]", i, PlanIssueCode.PLAN_ITEM_UNKNOWN_ITEM, issues);
    refs(item, item.getEventIds(), events, "items[%d].eventIds[%d]", i, PlanIssueCode.PLAN_ITEM_UNKNOWN_EVENT, issues);
    for (int c = 0; c < item.getCitationCorrections().size(); c++) {
      if (!item.getTextVi().contains(item.getCitationCorrections().get(c).getAsWritten())) {
        issues.add(PlanIssueCode.PLAN_CITATION_NOT_IN_TEXT.issue(at("items[%d].citationCorrections[%d].asWritten", i, c),
            item.getId()));
      }
    }
  }

  private static void refs(PlanItem item, List<String> ids, Set<String> known, String path, int i, PlanIssueCode code,
      List<Issue> issues) {
    for (int k = 0; k < ids.size(); k++) {
      if (!known.contains(ids.get(k))) {
        issues.add(code.issue(at(path, i, k), item.getId() + " → " + ids.get(k)));
      }
    }
  }

  /** Reports each cycle of the "serves" relation once, at its first item in the plan's order. */
  private static void checkCycles(Plan plan, Map<String, PlanItem> items, List<Issue> issues) {
    Map<String, Integer> state = new HashMap<>(); // 1 on the path, 2 done
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < plan.getItems().size(); i++) {
      index.putIfAbsent(plan.getItems().get(i).getId(), i);
    }
    for (PlanItem start : items.values()) {
      if (state.containsKey(start.getId())) {
        continue;
      }
      // iterative depth-first walk: a stack of (item, next edge)
      List<String> path = new ArrayList<>();
      List<Integer> next = new ArrayList<>();
      path.add(start.getId());
      next.add(0);
      state.put(start.getId(), 1);
      while (!path.isEmpty()) {
        int top = path.size() - 1;
        PlanItem item = Objects.requireNonNull(items.get(path.get(top)));
        List<String> edges = item.getServesItemIds();
        int k = next.get(top);
        if (k >= edges.size()) {
          state.put(item.getId(), 2);
          path.remove(top);
          next.remove(top);
          continue;
        }
        next.set(top, k + 1);
        String to = edges.get(k);
        if (!items.containsKey(to)) {
          continue;
        }
        Integer s = state.get(to);
        if (s == null) {
          state.put(to, 1);
          path.add(to);
          next.add(0);
        } else if (s == 1) {
          List<String> cycle = new ArrayList<>(path.subList(path.indexOf(to), path.size()));
          String first = cycle.stream().min((a, b) -> Integer.compare(Objects.requireNonNull(index.get(a)), Objects.requireNonNull(index.get(b)))).orElseThrow();
          cycle.add(to);
          issues.add(PlanIssueCode.PLAN_ITEM_CYCLE.issue(at("items[%d].servesItemIds", Objects.requireNonNull(index.get(first))),
              String.join(" → ", cycle)));
        }
      }
    }
  }

  private static void checkFunding(Plan plan, Set<String> items, List<Issue> issues) {
    Map<String, FundingSource> sources = new LinkedHashMap<>();
    for (int s = 0; s < plan.getFundingSources().size(); s++) {
      FundingSource source = plan.getFundingSources().get(s);
      if (sources.putIfAbsent(source.getId(), source) != null) {
        issues.add(PlanIssueCode.PLAN_FUNDING_DUPLICATE_SOURCE.issue(at("fundingSources[%d].id", s), source.getId()));
      }
      if (source.getPlannedDong().isPresent() && source.getPlannedDong().getAsLong() < 0) {
        issues.add(PlanIssueCode.PLAN_FUNDING_NEGATIVE.issue(at("fundingSources[%d].plannedDong", s), source.getId()));
      }
    }
    Map<String, Long> allocated = new HashMap<>();
    Set<String> overflowed = new HashSet<>();
    Set<String> pairs = new HashSet<>();
    for (int a = 0; a < plan.getFundingAllocations().size(); a++) {
      FundingAllocation alloc = plan.getFundingAllocations().get(a);
      String detail = alloc.getSourceId() + " → " + alloc.getItemId();
      if (!sources.containsKey(alloc.getSourceId())) {
        issues.add(PlanIssueCode.PLAN_FUNDING_UNKNOWN_SOURCE.issue(at("fundingAllocations[%d].sourceId", a), detail));
      }
      if (!items.contains(alloc.getItemId())) {
        issues.add(PlanIssueCode.PLAN_FUNDING_UNKNOWN_ITEM.issue(at("fundingAllocations[%d].itemId", a), detail));
      }
      if (!pairs.add(alloc.getSourceId() + "\u0000" + alloc.getItemId())) {
        issues.add(PlanIssueCode.PLAN_FUNDING_DUPLICATE_ALLOCATION.issue(at("fundingAllocations[%d]", a), detail));
      }
      if (alloc.getPlannedDong() < 0) {
        issues.add(PlanIssueCode.PLAN_FUNDING_NEGATIVE.issue(at("fundingAllocations[%d].plannedDong", a), detail));
        continue;
      }
      if (overflowed.contains(alloc.getSourceId())) {
        continue;
      }
      try {
        allocated.merge(alloc.getSourceId(), alloc.getPlannedDong(), Math::addExact);
      } catch (ArithmeticException e) {
        overflowed.add(alloc.getSourceId());
        issues.add(PlanIssueCode.PLAN_FUNDING_OVERFLOW.issue(at("fundingAllocations[%d].plannedDong", a),
            alloc.getSourceId()));
      }
    }
    int s = 0;
    for (FundingSource source : plan.getFundingSources()) {
      Long sum = allocated.get(source.getId());
      if (sum != null && !overflowed.contains(source.getId()) && source.getPlannedDong().isPresent()
          && sum > source.getPlannedDong().getAsLong() && source.getPlannedDong().getAsLong() >= 0
          && sources.get(source.getId()) == source) {
        issues.add(PlanIssueCode.PLAN_FUNDING_OVER_TOTAL.issue(at("fundingSources[%d].plannedDong", s),
            source.getId() + " (" + sum + " > " + source.getPlannedDong().getAsLong() + " đồng)"));
      }
      s++;
    }
  }

  private static void checkReporting(Plan plan, Map<String, PlanItem> items, Set<String> units, List<Issue> issues) {
    for (int r = 0; r < plan.getReportingDuties().size(); r++) {
      ReportingDuty duty = plan.getReportingDuties().get(r);
      PlanItem item = items.get(duty.getItemId());
      if (item == null) {
        issues.add(PlanIssueCode.PLAN_REPORTING_UNKNOWN_ITEM.issue(at("reportingDuties[%d].itemId", r), duty.getItemId()));
      }
      if (!units.contains(duty.getReporterUnitId())) {
        issues.add(PlanIssueCode.PLAN_REPORTING_UNKNOWN_UNIT.issue(at("reportingDuties[%d].reporterUnitId", r),
            duty.getReporterUnitId()));
      } else if (item != null && !item.involves(duty.getReporterUnitId())) {
        issues.add(PlanIssueCode.PLAN_REPORTING_UNIT_NOT_ON_ITEM.issue(at("reportingDuties[%d].reporterUnitId", r),
            duty.getReporterUnitId() + " / " + duty.getItemId()));
      }
    }
  }

  private static void checkDraft(Plan plan, Set<String> targets, List<Issue> issues) {
    if (plan.getDraft().isEmpty()) {
      return;
    }
    PlanDraft draft = plan.getDraft().get();
    if (draft.getBasedOnYear() >= plan.getYear()) {
      issues.add(PlanIssueCode.PLAN_DRAFT_YEAR.issue(Location.ofPath("draft.basedOnYear"),
          draft.getBasedOnYear() + " / " + plan.getYear()));
    }
    for (int c = 0; c < draft.getCarriedTargets().size(); c++) {
      String id = draft.getCarriedTargets().get(c).getTargetId();
      if (!targets.contains(id)) {
        issues.add(PlanIssueCode.PLAN_DRAFT_UNKNOWN_TARGET.issue(at("draft.carriedTargets[%d].targetId", c), id));
      }
    }
  }

  private static Location at(String pathFormat, Object... indexes) {
    return Location.ofPath(String.format(java.util.Locale.ROOT, pathFormat, indexes));
  }
}
