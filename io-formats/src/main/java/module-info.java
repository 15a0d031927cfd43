/**
 * treem io-formats: JSON, JSON Lines and CSV codecs for treem's model (Jackson 3), the commune
 * child register format, and the published JSON Schemas.
 */
module io.github.treem.io {
  requires transitive io.github.treem.core;
  requires transitive io.github.treem.indicators;
  requires io.github.treem.codec; // the descriptions of treem's types that the Jackson module adapts
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires static org.immutables.value.annotations;
  requires gg.jte.runtime; // runs the HTML report's templates, precompiled at build time
  requires java.xml; // ADX (StAX)
  requires static java.compiler; // @Generated on the precompiled templates (source retention)

  provides tools.jackson.databind.JacksonModule with io.github.treem.io.json.TreemJacksonModule;
  // the report document's description, for JSON modules that do not depend on this one (Jackson 2)
  provides io.github.treem.codec.internal.CodecProvider with io.github.treem.io.internal.codec.ReportCodecProvider;

  exports io.github.treem.io; // RegisterReader, RegisterRecord, ReadOptions, Registers, RegisterSource
  exports io.github.treem.io.anthro; // AnthroCsv
  exports io.github.treem.io.cases; // CaseFiles, CaseReader, CaseWriter (child-protection case files)
  exports io.github.treem.io.dhis2; // Dhis2Export, Dhis2Mapping
  exports io.github.treem.io.html; // HtmlReport
  exports io.github.treem.io.csv; // RegisterCsvReader, RegisterCsvWriter
  exports io.github.treem.io.json; // TreemJacksonModule, TreemJson, RegisterJsonReader
  exports io.github.treem.io.plan; // ActivityLogReader, ActivityLogWriter, ActivityLog
  exports io.github.treem.io.report; // ReportJson, ReportCsv, ReportDocument
  exports io.github.treem.io.submission; // CommuneSubmission, SubmissionJson, ProvinceRollUp
  // the register's columns and rows, and the text decoders, for the workbook module
  exports io.github.treem.io.internal.csv to io.github.treem.xlsx;
  exports io.github.treem.io.internal.text to io.github.treem.xlsx;
  // the one record assembler and the workbook service, for the workbook register reader
  exports io.github.treem.io.internal to io.github.treem.xlsx;
  uses io.github.treem.io.internal.WorkbookRegisterOpener;
}
