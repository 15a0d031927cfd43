/**
 * treem io-formats: JSON, JSON Lines and CSV codecs for treem's model (Jackson 3), the commune
 * child register format, report JSON and CSV, the report pipeline, and the published JSON Schemas.
 * The HTML report (treem-report-html), the DHIS2 export (treem-dhis2) and the z-score CSV (the
 * command line) live in modules of their own.
 */
module io.github.treem.io {
  requires transitive io.github.treem.core;
  requires transitive io.github.treem.indicators;
  requires io.github.treem.codec; // the descriptions of treem's types that the Jackson module adapts
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify; // @NullMarked, @Nullable: the API's nullness, for callers' checkers

  provides tools.jackson.databind.JacksonModule with io.github.treem.io.json.TreemJacksonModule;
  // the report document's description, for JSON modules that do not depend on this one (Jackson 2)
  provides io.github.treem.codec.internal.CodecProvider with io.github.treem.io.internal.codec.ReportCodecProvider;

  exports io.github.treem.io; // RegisterReader, RegisterRecord, ReadOptions, Registers, RegisterSource
  exports io.github.treem.io.cases; // CaseFiles, CaseReader, CaseWriter (child-protection case files)
  exports io.github.treem.io.csv; // RegisterCsvReader, RegisterCsvWriter
  exports io.github.treem.io.json; // TreemJacksonModule, TreemJson, RegisterJsonReader
  exports io.github.treem.io.plan; // ActivityLogReader, ActivityLogWriter, ActivityLog
  exports io.github.treem.io.report; // ReportJson, ReportCsv, ReportDocument
  exports io.github.treem.io.submission; // CommuneSubmission, SubmissionJson, ProvinceRollUp
  // the register's columns and rows, and the text decoders, for the workbook module; the one CSV
  // writing policy (Text) and the issue codes (IoErrorCode) for the DHIS2 export and the command
  // line's z-score CSV
  exports io.github.treem.io.internal to io.github.treem.dhis2, io.github.treem.cli, io.github.treem.xlsx;
  exports io.github.treem.io.internal.csv to io.github.treem.xlsx, io.github.treem.dhis2, io.github.treem.cli;
  exports io.github.treem.io.internal.text to io.github.treem.xlsx;
  // the one record assembler and the workbook service, for the workbook register reader
  uses io.github.treem.io.internal.WorkbookRegisterOpener;
}
