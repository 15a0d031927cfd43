/**
 * treem report-html: the commune report ({@code HtmlReport}) and the trend of several years'
 * reports ({@code TrendHtml}) as self-contained HTML pages, from templates precompiled at build
 * time (jte).
 */
module io.github.treem.report.html {
  requires static transitive org.jspecify; // @NullMarked, @Nullable: the API's nullness, for callers' checkers
  requires transitive io.github.treem.core;
  requires transitive io.github.treem.indicators;
  requires transitive io.github.treem.io; // TrendReport
  requires gg.jte.runtime; // runs the templates, precompiled at build time
  requires static java.compiler; // @Generated on the precompiled templates (source retention)

  exports io.github.treem.io.html; // HtmlReport, TrendHtml
}
