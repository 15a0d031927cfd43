/**
 * treem plan-report: the commune's report on its plan (báo cáo kết quả thực hiện kế hoạch), built
 * from the plan, the activity log, the officer's assessments and figures already published; written
 * as a Word document in the administrative format of Decree 30/2020/NĐ-CP (Apache POI) and as HTML;
 * and next year's draft plan.
 */
module io.github.treem.planreport {
  requires static transitive org.jspecify; // @NullMarked, @Nullable: the API's nullness, for callers' checkers
  requires transitive io.github.treem.core;
  requires transitive io.github.treem.indicators;
  requires static org.immutables.value.annotations;
  requires org.apache.poi.ooxml; // XWPF, the Word document
  requires org.apache.poi.ooxml.schemas; // the WordprocessingML beans (page size, margins, borders)
  requires org.apache.xmlbeans;
  requires gg.jte.runtime; // runs the HTML report's template, precompiled at build time
  requires static java.compiler; // @Generated on the precompiled template (source retention)

  exports io.github.treem.planreport; // ImplementationReport, ReportInputs, PlanDrafts, ChildFigureDisclosure
  exports io.github.treem.planreport.docx; // WordPlanReport
  exports io.github.treem.planreport.html; // HtmlPlanReport
}
