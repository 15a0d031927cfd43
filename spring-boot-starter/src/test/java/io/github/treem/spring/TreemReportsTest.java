package io.github.treem.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TreemReportsTest {
  private static final Plan PLAN = TreemJson.bundledPlan("quang-vinh-2020");

  private static TreemReports reports(LocalDate ref, Language language, boolean suppression) {
    TreemProperties p = new TreemProperties();
    p.setReferenceDate(ref);
    p.setLanguage(language);
    p.setSuppression(suppression);
    return TreemReports.of(p);
  }

  @Test
  void everyRowIsCountedAndRowsAfterABadOneAreRead() throws IOException {
    byte[] register = Registers.withBadSecondRow(Registers.csv(3, 120));
    TreemReport report = reports(null, Language.VI, true)
        .read(PLAN, new ByteArrayInputStream(register), "uploads/qv-2020.csv");
    assertThat(report.getDataQuality().getRowsRead()).isEqualTo(121);
    assertThat(report.getDataQuality().getRowsRejected()).isEqualTo(1);
    assertThat(report.getDataQuality().getRowsAccepted()).isEqualTo(120);
    assertThat(report.getDocument().getReport().getDataQuality())
        .hasValueSatisfying(q -> assertThat(q.getRowsAccepted()).isEqualTo(120));
  }

  @Test
  void theReportFollowsThePropertiesAndNamesItsInput() throws IOException {
    byte[] register = Registers.csv(4, 200);
    TreemReport report = reports(LocalDate.of(2020, 12, 31), Language.EN, false)
        .read(PLAN, new ByteArrayInputStream(register), "C:\\data\\qv.csv");
    assertThat(report.getDocument().getReport().getYear()).isEqualTo(PLAN.getYear());
    assertThat(report.getDocument().getReport().isSuppressed()).isFalse();
    assertThat(report.getDocument().getTargets()).hasSize(PLAN.getTargets().size());
    ReportManifest manifest = report.getDocument().getManifest().orElseThrow();
    assertThat(manifest.getInputs()).containsEntry("qv.csv", ReportManifest.sha256(register));
    assertThat(manifest.getOptions()).containsEntry("suppression", "false").containsEntry("lang", "en");
    assertThat(report.getHtml().render()).contains("lang=\"en\"");
  }

  @Test
  void smallNumbersAreHiddenByDefault() throws IOException {
    TreemReport report = reports(null, Language.VI, true).read(PLAN, new ByteArrayInputStream(Registers.csv(5, 60)), null);
    assertThat(report.getDocument().getReport().isSuppressed()).isTrue();
    assertThat(report.getDocument().getManifest().orElseThrow().getInputs()).containsKey("register");
    // the JSON of the document reads back as the same document
    ReportJson json = ReportJson.of(Language.VI);
    assertThat(json.read(json.write(report.getDocument()))).isEqualTo(report.getDocument());
  }
}
