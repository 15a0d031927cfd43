/**
 * A commune application as a named module: it requires the treem modules it uses and nothing
 * else (no flag at run time, no opens).
 */
module org.example.commune {
  requires io.github.treem.core;
  requires io.github.treem.indicators;
  requires io.github.treem.io;
  requires io.github.treem.report.html; // the report as an HTML page
  requires io.github.treem.synthetic; // the synthetic commune register
  requires io.github.treem.xlsx; // the register as a workbook
  requires io.github.treem.jackson2; // treem's JSON for a Jackson 2 mapper
  requires io.github.treem.planreport; // the plan's report in Word and HTML
}
