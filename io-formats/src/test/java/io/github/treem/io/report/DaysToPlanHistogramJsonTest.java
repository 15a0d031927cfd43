package io.github.treem.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.cases.DayHistogram;
import io.github.treem.indicators.cases.MedianDaysToPlan;
import io.github.treem.io.json.TreemJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day-count histogram of the median days to plan in the report JSON: unsuppressed only, checked when read. */
class DaysToPlanHistogramJsonTest {
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(TreemJson.schemaText("report-v1.schema.json"), InputFormat.JSON);

  private static ReportDocument internal() throws Exception {
    return ReportWithCasesTest.pipeline(2020).cases(ReportWithCasesTest.accumulated(2020)).unsuppressedForInternalUse()
        .build().run(List.of(ReportPipelineTest.csv("register", ReportPipelineTest.HEADER)));
  }

  @Test
  void theUnsuppressedReportCarriesTheHistogramAndReadsItBack() throws Exception {
    ReportDocument doc = internal();
    MedianDaysToPlan m = doc.getDaysToPlan().orElseThrow();
    DayHistogram h = m.getHistogram().orElseThrow();
    assertThat(h.count()).isEqualTo(10);
    assertThat(h.median()).isEqualTo(m.getMedian());
    String json = ReportJson.of(Language.EN).write(doc);
    assertThat(json).contains("\"state\":\"VALUE\",\"histogram\":{\"counts\":[").contains("\"overflow\":0}");
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    MedianDaysToPlan back = ReportJson.of(Language.EN).read(json).getDaysToPlan().orElseThrow();
    assertThat(back).isEqualTo(m);
    assertThat(back.getHistogram()).contains(h);
  }

  @Test
  void countsOrAMedianThatAreNotTheHistogramsAreRefused() throws Exception {
    String json = ReportJson.of(Language.EN).write(internal());
    MedianDaysToPlan m = internal().getDaysToPlan().orElseThrow();
    String median = "\"median\":" + m.getMedian().orElseThrow().toPlainString();
    // another median beside the same histogram
    assertThatThrownBy(() -> ReportJson.of(Language.EN).read(json.replace(median, "\"median\":99.0")))
        .isInstanceOf(ReportReadException.class);
    // another count
    assertThatThrownBy(() -> ReportJson.of(Language.EN).read(json.replace("\"cases\":10,", "\"cases\":11,")))
        .isInstanceOf(ReportReadException.class);
    // a negative count, or more counts than the bound
    int at = json.indexOf("\"counts\":[") + "\"counts\":[".length();
    assertThatThrownBy(() -> ReportJson.of(Language.EN).read(json.substring(0, at) + "-1," + json.substring(at)))
        .isInstanceOf(ReportReadException.class);
    String zeros = "0,".repeat(DayHistogram.MAX_DAYS + 1);
    String tooLong = json.substring(0, at) + zeros + json.substring(at);
    assertThatThrownBy(() -> ReportJson.of(Language.EN).read(tooLong)).isInstanceOf(ReportReadException.class);
    assertThat(SCHEMA.validate(tooLong, InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void aPublishedReportNeverCarriesAHistogram() throws Exception {
    ReportDocument published = ReportWithCasesTest.document(2020);
    String json = ReportJson.of(Language.EN).write(published);
    assertThat(json).contains("\"daysToPlan\":{").doesNotContain("histogram");
    String forged = json.replace("\"state\":\"VALUE\"}", "\"state\":\"VALUE\",\"histogram\":{\"counts\":[0,0,0,10],\"overflow\":0}}");
    assertThat(forged).contains("histogram");
    assertThatThrownBy(() -> ReportJson.of(Language.EN).read(forged)).isInstanceOf(ReportReadException.class);
    assertThat(SCHEMA.validate(forged, InputFormat.JSON)).isNotEmpty();
  }
}
