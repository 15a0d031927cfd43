package io.github.treem.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanProgressTest {
  static final Plan PLAN = Plans.small().build();

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  static ItemProgress status(PlanProgress p, String item, String date) {
    return p.statusOf(item, d(date)).orElseThrow();
  }

  @Test
  void nothingRecorded() {
    PlanProgress p = PlanProgress.of(PLAN);
    assertThat(status(p, "NV1", "2020-06-30").getStatus()).isEqualTo(ItemStatus.NOT_STARTED);
    assertThat(status(p, "NV1", "2020-12-30").getStatus()).isEqualTo(ItemStatus.NOT_STARTED);
    assertThat(status(p, "NV1", "2020-12-31").getStatus()).isEqualTo(ItemStatus.NOT_DONE);
    ItemProgress after = status(p, "NV1", "2021-01-01");
    assertThat(after.getStatus()).isEqualTo(ItemStatus.NOT_DONE);
    assertThat(after.getBasis()).isEqualTo(ProgressBasis.NO_RECORD);
    assertThat(after.getReasonVi()).isEmpty();
    assertThat(p.statusAt(d("2020-06-30"))).extracting(ItemProgress::getItemId)
        .containsExactly("NV1", "NV2", "NV3", "GP1", "TC1.1", "TC2.1", "TC3.1");
    assertThat(p.statusOf("NOPE", d("2020-06-30"))).isEmpty();
  }

  @Test
  void activitiesOnOrBeforeTheDateCount() {
    PlanProgress p = PlanProgress.of(PLAN)
        .add(Plans.activity("A", "2020-03-15", "LDTBXH", "NV1").build())
        .add(Plans.activity("B", "2020-08-01", "LDTBXH", "NV1", "NV3").build());
    assertThat(status(p, "NV1", "2020-03-14").getStatus()).isEqualTo(ItemStatus.NOT_STARTED);
    ItemProgress mid = status(p, "NV1", "2020-03-15");
    assertThat(mid.getStatus()).isEqualTo(ItemStatus.UNDER_WAY);
    assertThat(mid.getBasis()).isEqualTo(ProgressBasis.ACTIVITIES);
    assertThat(mid.getActivityCount()).isEqualTo(1);
    ItemProgress end = status(p, "NV1", "2021-01-15");
    assertThat(end.getStatus()).isEqualTo(ItemStatus.UNDER_WAY); // treem does not decide ongoing work is finished
    assertThat(end.getActivityCount()).isEqualTo(2);
    assertThat(end.getFirstActivity()).contains(d("2020-03-15"));
    assertThat(end.getLastActivity()).contains(d("2020-08-01"));
    assertThat(status(p, "NV3", "2020-12-31").getActivityCount()).isEqualTo(1);
  }

  @Test
  void anItemNamingEventsIsDoneWhenEveryEventWasHeld() {
    PlanProgress p = PlanProgress.of(PLAN).add(Plans.activity("A", "2020-06-01", "LDTBXH", "NV2").build());
    assertThat(status(p, "NV2", "2020-07-01").getStatus()).isEqualTo(ItemStatus.UNDER_WAY);
    p.add(Plans.activity("B", "2020-09-30", "LDTBXH", "NV2").build());
    // Tết Trung thu 2020 is 1 October: the window is not over on 30 September
    assertThat(status(p, "NV2", "2020-09-30").getStatus()).isEqualTo(ItemStatus.UNDER_WAY);
    ItemProgress done = status(p, "NV2", "2020-10-01");
    assertThat(done.getStatus()).isEqualTo(ItemStatus.DONE);
    assertThat(done.getBasis()).isEqualTo(ProgressBasis.EVENTS_HELD);
    // an activity outside the window does not hold the event
    PlanProgress late = PlanProgress.of(PLAN).add(Plans.activity("A", "2020-06-01", "LDTBXH", "NV2").build())
        .add(Plans.activity("B", "2020-11-20", "LDTBXH", "NV2").build());
    assertThat(status(late, "NV2", "2020-12-31").getStatus()).isEqualTo(ItemStatus.UNDER_WAY);
  }

  @Test
  void theOfficersLatestAssessmentDecides() {
    PlanProgress p = PlanProgress.of(PLAN)
        .add(Plans.activity("A", "2020-03-15", "LDTBXH", "NV3").build())
        .add(ItemAssessment.builder().itemId("NV3").date(d("2020-06-30")).status(ItemStatus.UNDER_WAY).noteVi("đang lập hồ sơ").build())
        .add(ItemAssessment.builder().itemId("NV3").date(d("2020-12-15")).status(ItemStatus.NOT_DONE)
            .reasonVi("Chưa đạt tiêu chí 8").build())
        .add(ItemAssessment.builder().itemId("NV3").date(d("2020-06-30")).status(ItemStatus.DONE).build());
    assertThat(status(p, "NV3", "2020-06-29").getBasis()).isEqualTo(ProgressBasis.ACTIVITIES);
    // two on the same day: the one added last
    assertThat(status(p, "NV3", "2020-07-01").getStatus()).isEqualTo(ItemStatus.DONE);
    ItemProgress end = status(p, "NV3", "2020-12-31");
    assertThat(end.getStatus()).isEqualTo(ItemStatus.NOT_DONE);
    assertThat(end.getBasis()).isEqualTo(ProgressBasis.OFFICER);
    assertThat(end.getReasonVi()).contains("Chưa đạt tiêu chí 8");
    assertThat(end.getActivityCount()).isEqualTo(1);
  }

  @Test
  void unknownItemsAreIgnored() {
    PlanProgress p = PlanProgress.of(PLAN).add(Plans.activity("A", "2020-03-15", "LDTBXH", "XX").build())
        .add(ItemAssessment.builder().itemId("YY").date(d("2020-06-30")).status(ItemStatus.DONE).build());
    assertThat(p.statusAt(d("2020-12-30"))).extracting(ItemProgress::getStatus).containsOnly(ItemStatus.NOT_STARTED);
    assertThat(List.of(p.statusAt(d("2020-12-31")).get(0).getStatus())).containsExactly(ItemStatus.NOT_DONE);
  }
}
