package io.github.treem.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityValidatorTest {
  static final Plan PLAN = Plans.small().build();
  static final LocalDate END = LocalDate.of(2020, 12, 31);

  static List<String> codes(List<Issue> issues) {
    return issues.stream().map(Issue::getCode).toList();
  }

  static List<Issue> check(Activity a) {
    return ActivityValidator.of(PLAN, END).check(a, Location.ofLine("log.csv", 7, null));
  }

  @Test
  void aGoodActivityHasNoIssue() {
    assertThat(check(Plans.full())).isEmpty();
  }

  @Test
  void datesAreInThePlansYearAndNotInTheFuture() {
    assertThat(codes(check(Plans.activity("A", "2019-12-31", "LDTBXH", "NV1").build()))).containsExactly("ACTIVITY_OUTSIDE_PLAN_PERIOD");
    assertThat(codes(check(Plans.activity("A", "2020-12-30", "LDTBXH", "NV1").endDate(LocalDate.of(2021, 1, 2)).build())))
        .containsExactly("ACTIVITY_OUTSIDE_PLAN_PERIOD", "ACTIVITY_IN_FUTURE");
    assertThat(codes(check(Plans.activity("A", "2020-05-02", "LDTBXH", "NV1").endDate(LocalDate.of(2020, 5, 1)).build())))
        .containsExactly("ACTIVITY_ENDS_BEFORE_START");
    List<Issue> future = ActivityValidator.of(PLAN, LocalDate.of(2020, 6, 30))
        .check(Plans.activity("A", "2020-07-01", "LDTBXH", "NV1").build(), Location.ofLine("log.csv", 3, null));
    assertThat(codes(future)).containsExactly("ACTIVITY_IN_FUTURE");
    Issue i = future.get(0);
    assertThat(i.getLocation().getFile()).contains("log.csv");
    assertThat(i.getLocation().getLine()).hasValue(3);
    assertThat(i.getLocation().getPath()).contains("date");
  }

  @Test
  void referencesToThePlan() {
    Activity a = Plans.activity("A", "2020-04-01", "GHOST", "NV1", "NV404").addCooperatingUnitIds("HEALTH", "PHANTOM")
        .eventId("TET").addCosts(ActivityCost.of("NS_XA", 1_000)).build();
    assertThat(codes(check(a))).containsExactly("ACTIVITY_UNKNOWN_UNIT", "ACTIVITY_UNKNOWN_UNIT", "ACTIVITY_UNKNOWN_ITEM",
        "ACTIVITY_UNKNOWN_EVENT", "ACTIVITY_COST_UNKNOWN_SOURCE");
    assertThat(codes(check(Activity.builder().from(Plans.full()).itemIds(List.of()).build()))).containsExactly("ACTIVITY_NO_ITEM");
    // the health station has no part in task NV1
    List<Issue> notOnItem = check(Plans.activity("A", "2020-04-01", "HEALTH", "NV1", "GP1").build());
    assertThat(codes(notOnItem)).containsExactly("ACTIVITY_UNIT_NOT_ON_ITEM");
    assertThat(notOnItem.get(0).getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(notOnItem.get(0).getMessageEn()).endsWith(": A: HEALTH / NV1");
  }

  @Test
  void eventActivitiesFallInTheEventsWindow() {
    // Tết Trung thu 2020 is 1 October; its window opens 14 days before
    assertThat(check(Activity.builder().from(Plans.full()).date(LocalDate.of(2020, 9, 17)).build())).isEmpty();
    List<Issue> early = check(Activity.builder().from(Plans.full()).date(LocalDate.of(2020, 9, 16)).build());
    assertThat(codes(early)).containsExactly("ACTIVITY_OUTSIDE_EVENT");
    assertThat(early.get(0).getMessageEn()).endsWith("A1 2020-09-16 ∉ MID_AUTUMN_FESTIVAL 2020-09-17..2020-10-01");
    assertThat(codes(check(Activity.builder().from(Plans.full()).date(LocalDate.of(2020, 10, 2)).build())))
        .containsExactly("ACTIVITY_OUTSIDE_EVENT");
  }

  @Test
  void counts() {
    Activity negative = Activity.builder().from(Plans.full()).putReach(Audience.COLLABORATORS, Headcount.of(-1)).build();
    List<Issue> n = check(negative);
    assertThat(codes(n)).containsExactly("ACTIVITY_COUNT_NEGATIVE");
    assertThat(n.get(0).getLocation().getPath()).contains("reach.COLLABORATORS");
    assertThat(codes(check(Activity.builder().from(Plans.full()).putReach(Audience.CHILDREN, Headcount.of(10, 6, 5)).build())))
        .containsExactly("ACTIVITY_SEX_EXCEEDS_TOTAL");
    assertThat(codes(check(Activity.builder().from(Plans.full())
        .putReach(Audience.CHILDREN, Headcount.builder().total(10).female(11).build()).build())))
        .containsExactly("ACTIVITY_SEX_EXCEEDS_TOTAL");
    assertThat(codes(check(Activity.builder().from(Plans.full())
        .putReach(Audience.CHILDREN, Headcount.builder().total(10).male(-2).build()).build())))
        .containsExactly("ACTIVITY_COUNT_NEGATIVE");
    // part of the sex breakdown unknown: fine
    assertThat(check(Activity.builder().from(Plans.full()).putReach(Audience.CHILDREN, Headcount.of(10, 3, 4)).build())).isEmpty();
    assertThat(check(Activity.builder().from(Plans.full()).putReach(Audience.CHILDREN, Headcount.of(0)).build())).isEmpty();
  }

  @Test
  void costs() {
    assertThat(codes(check(Activity.builder().from(Plans.full()).costs(List.of(ActivityCost.of("NS_HUYEN", -1))).build())))
        .containsExactly("ACTIVITY_COST_NEGATIVE");
    assertThat(codes(check(Activity.builder().from(Plans.full())
        .costs(List.of(ActivityCost.of("NS_HUYEN", 400_000_000L), ActivityCost.of("HUY_DONG", 100_000_001L))).build())))
        .containsExactly("ACTIVITY_COST_IMPLAUSIBLE");
    assertThat(check(Activity.builder().from(Plans.full())
        .costs(List.of(ActivityCost.of("NS_HUYEN", 400_000_000L), ActivityCost.of("HUY_DONG", 100_000_000L))).build())).isEmpty();
    assertThat(codes(check(Activity.builder().from(Plans.full())
        .costs(List.of(ActivityCost.of("NS_HUYEN", Long.MAX_VALUE), ActivityCost.of("HUY_DONG", 1))).build())))
        .containsExactly("ACTIVITY_COST_OVERFLOW");
    ActivityValidator strict = ActivityValidator.of(PLAN, END).withCostCeiling(1_000_000L);
    assertThat(codes(strict.check(Plans.full(), Location.unknown()))).containsExactly("ACTIVITY_COST_IMPLAUSIBLE");
    assertThatThrownBy(() -> ActivityValidator.of(PLAN, END).withCostCeiling(-1)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void theWholeLog() {
    List<Activity> log = List.of(
        Plans.full(),
        Activity.builder().from(Plans.full()).id("A2").date(LocalDate.of(2020, 6, 1)).eventId("ACTION_MONTH_FOR_CHILDREN")
            .costs(List.of(ActivityCost.of("NS_HUYEN", 8_000_000L))).build(), // NV2: 13 > 12 million
        Activity.builder().from(Plans.full()).id("A2").date(LocalDate.of(2020, 6, 2)).eventId("ACTION_MONTH_FOR_CHILDREN")
            .itemIds(List.of("NV1")).costs(List.of(ActivityCost.of("NS_HUYEN", 8_000_000L))).build()); // NV1: 8 > 5 million; the source: 21 > 20 million
    List<ItemAssessment> assessments = List.of(
        ItemAssessment.builder().itemId("GP1").date(LocalDate.of(2020, 12, 1)).status(ItemStatus.DONE).build(),
        ItemAssessment.builder().itemId("NV3").date(LocalDate.of(2020, 12, 1)).status(ItemStatus.NOT_DONE).reasonVi(" ").build(),
        ItemAssessment.builder().itemId("NV7").date(LocalDate.of(2019, 12, 1)).status(ItemStatus.NOT_DONE).reasonVi("x").build(),
        ItemAssessment.builder().itemId("NV1").date(LocalDate.of(2021, 1, 5)).status(ItemStatus.DONE).build());
    ValidationReport r = ActivityValidator.validate(PLAN, END, log, assessments);
    assertThat(codes(r.getIssues())).containsExactly(
        "ACTIVITY_DUPLICATE_ID",
        "ASSESSMENT_NOT_DONE_WITHOUT_REASON",
        "ASSESSMENT_UNKNOWN_ITEM", "ASSESSMENT_BEFORE_PLAN_PERIOD",
        "ASSESSMENT_IN_FUTURE",
        "ACTIVITY_SOURCE_OVERSPENT", "ACTIVITY_ITEM_OVERSPENT", "ACTIVITY_ITEM_OVERSPENT", "ASSESSMENT_DONE_WITHOUT_ACTIVITY");
    assertThat(r.getIssues().get(0).getLocation().getPath()).contains("activities[2].id");
    assertThat(r.getIssues().get(5).getMessageEn()).endsWith(": NS_HUYEN (21000000 > 20000000 đồng)");
    assertThat(r.getIssues().get(6).getMessageEn()).endsWith(": NS_HUYEN → NV2 (13000000 > 12000000 đồng)");
    assertThat(r.getIssues().get(7).getMessageEn()).endsWith(": NS_HUYEN → NV1 (8000000 > 5000000 đồng)");
    assertThat(r.getIssues().get(8).getMessageEn()).endsWith(": GP1");
    assertThat(r.getIssues().get(8).getLocation().getPath()).contains("assessments[0].status");
    assertThat(r.isValid()).isFalse();
  }

  @Test
  void noMessageEverHoldsTheEvidenceNoteOrTheTitle() {
    Activity bad = Activity.builder().from(Plans.full()).id("A9").unitId("GHOST").date(LocalDate.of(2019, 1, 1))
        .eventId("NOPE").putReach(Audience.CHILDREN, Headcount.of(-1)).addCosts(ActivityCost.of("Z", -1)).build();
    List<Issue> issues = check(bad);
    assertThat(issues).hasSizeGreaterThan(4);
    for (Issue i : issues) {
      assertThat(i.getMessageVi() + i.getMessageEn() + i).doesNotContain("Bí Mật").doesNotContain("Hạ Lang")
          .doesNotContain("Vui Tết");
    }
  }
}
