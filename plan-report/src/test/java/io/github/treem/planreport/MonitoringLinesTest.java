package io.github.treem.planreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.DesiredDirection;
import io.github.treem.core.plan.MonitoringLine;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.ReportingPeriod;
import io.github.treem.indicators.MonitoringAssessment;
import io.github.treem.indicators.ValueState;
import io.github.treem.planreport.html.HtmlPlanReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The plan's aims without a number in the report on the plan: a table after the targets, the
 * plan's words, last year's and this year's values, the change and its direction, never "đạt";
 * a line of another plan is left out.
 */
class MonitoringLinesTest {
  private static final MonitoringLine STUNTING = MonitoringLine.builder().id("M1").indicatorCode("STUNTING_U5")
      .direction(DesiredDirection.DECREASE)
      .textVi("đảm bảo tình trạng suy dinh dưỡng trẻ em được cải thiện, nhất là suy dinh dưỡng chiều cao theo tuổi")
      .textEn("child malnutrition to improve, above all stunting").build();
  private static final MonitoringLine OVERWEIGHT = MonitoringLine.builder().id("M2").indicatorCode("OVERWEIGHT_U5")
      .direction(DesiredDirection.DECREASE)
      .textVi("khống chế không để tình trạng thừa cân, béo phì gia tăng nhanh ở trẻ em")
      .textEn("keep overweight and obesity from rising quickly").build();

  @Test
  void theLinesAreATableAfterTheTargetsWithTheirDirectionAndAHiddenChange() {
    Plan plan = Plan.builder().from(QuangVinh2020.plan()).monitoring(List.of(STUNTING, OVERWEIGHT)).build();
    MonitoringAssessment down = MonitoringAssessment.of(STUNTING, ValueState.VALUE, Optional.of(new BigDecimal("12.50")),
        OptionalInt.of(2019), Optional.of(ValueState.VALUE), Optional.of(new BigDecimal("13.10")));
    MonitoringAssessment hidden = MonitoringAssessment.of(OVERWEIGHT, ValueState.VALUE, Optional.of(new BigDecimal("7.50")),
        OptionalInt.of(2019), Optional.of(ValueState.SUPPRESSED), Optional.empty());
    MonitoringLine other = MonitoringLine.builder().from(STUNTING).id("M9").build();
    MonitoringAssessment ofAnotherPlan = MonitoringAssessment.of(other, ValueState.NO_DATA, Optional.empty(),
        OptionalInt.empty(), Optional.empty(), Optional.empty());
    ImplementationReport r = ImplementationReport.of(plan, ReportingPeriod.parse("2020"), DemoLog.activities(),
        DemoLog.assessments(), ReportInputs.builder()
            .targets(TargetResults.of(List.of(), List.of(hidden, ofAnotherPlan, down))).build());
    // in the plan's order, the other plan's line left out
    assertThat(r.getMonitoring()).containsExactly(down, hidden);
    String html = HtmlPlanReport.of(r).render();
    int at = html.indexOf("Các mục tiêu kế hoạch nêu nhưng không đặt số");
    assertThat(at).isGreaterThan(html.indexOf("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"));
    String table = html.substring(html.indexOf("<tbody>", at), html.indexOf("</table>", at));
    assertThat(table).contains(STUNTING.getTextVi() + " (mong muốn: giảm)").contains("13,1%").contains("12,5%")
        .contains("-0,6").contains("theo hướng mong muốn").contains("ẩn (x)").contains("7,5%")
        .doesNotContain("không đạt").doesNotContain(">đạt<");
  }

  @Test
  void withoutFiguresBoundThereIsNoTable() {
    Plan plan = Plan.builder().from(QuangVinh2020.plan()).monitoring(List.of(STUNTING)).build();
    ImplementationReport r = ImplementationReport.of(plan, ReportingPeriod.parse("2020"), DemoLog.activities(),
        DemoLog.assessments(), ReportInputs.none());
    assertThat(r.getMonitoring()).isEmpty();
    assertThat(HtmlPlanReport.of(r).render()).doesNotContain("không đặt số");
  }
}
