/**
 * Excel workbooks: {@link io.github.treem.xlsx.WorkbookReader} (a sheet as rows of cells, with
 * their references such as {@code Sổ trẻ em!D17}) and {@link io.github.treem.xlsx.RegisterXlsxWriter}
 * (the register as a workbook). Errors are coded ({@link io.github.treem.xlsx.WorkbookIssueCode}).
 */
@NullMarked
package io.github.treem.xlsx;

import org.jspecify.annotations.NullMarked;
