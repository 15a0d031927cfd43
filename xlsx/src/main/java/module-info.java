/**
 * treem xlsx: Excel workbooks (.xlsx) in and out. A streaming reader of a sheet that refuses old
 * (.xls), encrypted and hostile workbooks with coded errors in bounded memory and time, and the
 * register and the indicator report written as workbooks. A module of its own so that the core formats keep no Excel
 * dependency; it uses FastExcel (reader and writer).
 */
module io.github.treem.xlsx {
  requires static transitive org.jspecify; // @NullMarked, @Nullable: the API's nullness, for callers' checkers
  requires transitive io.github.treem.io;
  requires static org.immutables.value.annotations;
  requires org.dhatim.fastexcel.reader;
  requires org.dhatim.fastexcel;

  exports io.github.treem.xlsx; // WorkbookReader, RegisterXlsxReader, RegisterXlsxWriter, ReportXlsxWriter

  // Registers.open reads workbooks through this module when it is present
  provides io.github.treem.io.internal.WorkbookRegisterOpener with io.github.treem.xlsx.internal.WorkbookRegisters;
}
