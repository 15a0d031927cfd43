package io.github.treem.xlsx.internal;

import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.internal.WorkbookRegisterOpener;
import io.github.treem.xlsx.RegisterXlsxReader;
import io.github.treem.xlsx.WorkbookReadOptions;
import java.io.InputStream;

/**
 * The workbook register reader as the service {@link io.github.treem.io.Registers} looks for:
 * the first sheet, the workbook's default limits (internal: not API).
 */
public final class WorkbookRegisters implements WorkbookRegisterOpener {
  /** The service (found by {@link java.util.ServiceLoader}). */
  public WorkbookRegisters() {
    // stateless
  }

  @Override
  public RegisterReader open(InputStream in, ReadOptions options) {
    return RegisterXlsxReader.open(in, options, WorkbookReadOptions.defaults());
  }
}
