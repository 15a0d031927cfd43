package io.github.treem.planreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.ReportingPeriod;
import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.Publication;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.planreport.docx.WordPlanReport;
import io.github.treem.planreport.html.HtmlPlanReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The plan report with case figures (one publication with the register's), the synthetic-data
 * banner and the indicators' caveats: read in the Word document's XML and in the HTML.
 */
class CaseFiguresBannerCaveatsTest {
  /** 12 cases received, 6 of 7 emergencies and 5 of 5 plans in time, 3 referrals (a small total: hidden). */
  static Publication published() {
    List<IndicatorResult> results = List.of(
        IndicatorResult.of(CaseIndicators.CASES_RECEIVED, 12, 0, Map.of(), Map.of()),
        IndicatorResult.of(CaseIndicators.EMERGENCY_WITHIN_12_HOURS, 6, 7,
            Map.of(ExclusionReason.DEADLINE_NOT_APPLICABLE, 5L), Map.of()),
        IndicatorResult.of(CaseIndicators.PLAN_APPROVED_IN_TIME, 5, 5,
            Map.of(ExclusionReason.DEADLINE_NOT_APPLICABLE, 7L), Map.of()),
        IndicatorResult.of(CaseIndicators.SEVERE_CASES_PLAN_IN_TIME, 0, 0, Map.of(), Map.of()),
        IndicatorResult.of(CaseIndicators.CASES_REFERRED, 3, 0, Map.of(), Map.of()));
    return DisclosureControl.publish(IndicatorReport.of(2020, LocalDate.of(2020, 12, 31), results), List.of());
  }

  /** Last year: 8 cases received, the referrals hidden. */
  static IndicatorReport lastYear() {
    return IndicatorReport.of(2019, LocalDate.of(2019, 12, 31), List.of(
        IndicatorResult.of(CaseIndicators.CASES_RECEIVED, 8, 0, Map.of(), Map.of()),
        IndicatorResult.of(CaseIndicators.CASES_REFERRED, 1, 0, Map.of(), Map.of()).withSuppressedTotal()));
  }

  static ImplementationReport report(boolean synthetic) {
    return ImplementationReport.of(QuangVinh2020.plan(), ReportingPeriod.parse("2020"), DemoLog.activities(),
        DemoLog.assessments(), ReportInputs.builder().targets(DemoLog.targets())
            .cases(CaseFigures.of(published(), Optional.of(lastYear()))).syntheticData(synthetic).build());
  }

  static String documentXml(ImplementationReport r) throws IOException {
    byte[] bytes = WordPlanReport.of(r).toBytes();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }

  /** The texts of the document's runs, in order. */
  static List<String> texts(String xml) {
    return java.util.regex.Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>").matcher(xml).results()
        .map(m -> m.group(1)).toList();
  }

  @Test
  void theCaseFiguresAreTheLinesOfThePublicationWithHiddenTotalsHidden() {
    List<FigureLine> lines = CaseFigures.of(published(), Optional.of(lastYear())).figuresFor(ReportingPeriod.parse("2020"));
    assertThat(lines).extracting(FigureLine::getLabelVi).containsExactly(
        CaseIndicators.CASES_RECEIVED.getNameVi(), CaseIndicators.EMERGENCY_WITHIN_12_HOURS.getNameVi() + " (%)",
        CaseIndicators.PLAN_APPROVED_IN_TIME.getNameVi() + " (%)", CaseIndicators.SEVERE_CASES_PLAN_IN_TIME.getNameVi() + " (%)",
        CaseIndicators.CASES_REFERRED.getNameVi());
    assertThat(lines).extracting(l -> l.getValue().toString()).containsExactly("12", "85.71", "100.00", "—", "x");
    assertThat(lines).extracting(l -> l.getPreviousValue().toString()).containsExactly("8", "—", "—", "—", "x");
    // another year's period: none
    assertThat(CaseFigures.of(published(), Optional.empty()).figuresFor(ReportingPeriod.parse("2021"))).isEmpty();
  }

  @Test
  void theWordDocumentOpensWithTheBannerAndShowsTheCaseFiguresAndTheCaveats() throws IOException {
    String xml = documentXml(report(true));
    List<String> texts = texts(xml);
    // the banner is the first text of the document, before the issuing body and the Quốc hiệu
    assertThat(texts.get(0)).isEqualTo(ReportManifest.SYNTHETIC_VI);
    assertThat(texts.indexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).isGreaterThan(0);
    // the case figures: label, this period, last year
    int received = texts.indexOf(CaseIndicators.CASES_RECEIVED.getNameVi());
    assertThat(received).isPositive();
    assertThat(texts.subList(received + 1, received + 3)).containsExactly("12", "8");
    int referred = texts.indexOf(CaseIndicators.CASES_REFERRED.getNameVi());
    assertThat(texts.subList(referred + 1, referred + 3)).containsExactly("x", "x");
    // the caveats: the indicators' own texts, once each, under the targets
    for (Indicators i : List.of(Indicators.HI_U6, Indicators.INJURY_SKILLS, Indicators.WELFARE_COVERAGE)) {
      String line = "Lưu ý: " + i.getCode() + ": " + i.getCaveatVi().orElseThrow();
      assertThat(texts.stream().filter(t -> t.equals(line)).count()).as(i.getCode()).isEqualTo(1);
    }
    assertThat(texts.indexOf("Lưu ý: HI_U6: " + Indicators.HI_U6.getCaveatVi().orElseThrow()))
        .isLessThan(texts.indexOf(CaseIndicators.CASES_RECEIVED.getNameVi()));
  }

  @Test
  void realFiguresHaveNoBanner() throws IOException {
    assertThat(documentXml(report(false))).doesNotContain(ReportManifest.SYNTHETIC_VI);
    assertThat(HtmlPlanReport.of(report(false)).render()).doesNotContain(ReportManifest.SYNTHETIC_VI);
  }

  @Test
  void theHtmlShowsTheSameBannerFiguresAndCaveats() {
    String html = HtmlPlanReport.of(report(true)).render();
    assertThat(html).contains("<p class=\"synthetic\" role=\"note\">" + ReportManifest.SYNTHETIC_VI + "</p>");
    assertThat(html.indexOf(ReportManifest.SYNTHETIC_VI)).isLessThan(html.indexOf("<header class=\"head\">"));
    assertThat(html).contains(CaseIndicators.CASES_RECEIVED.getNameVi())
        .contains("Lưu ý: WELFARE_COVERAGE: " + Indicators.WELFARE_COVERAGE.getCaveatVi().orElseThrow());
  }
}
