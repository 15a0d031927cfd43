package io.github.treem.io.internal;

import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReader;
import java.io.InputStream;

/**
 * Opens a register kept in a workbook ({@link io.github.treem.io.RegisterFormat#XLSX}): the
 * service that the treem-xlsx module provides, so that {@link io.github.treem.io.Registers} reads
 * workbooks when that module is present while io-formats keeps no Excel dependency (internal:
 * not API; found with {@link java.util.ServiceLoader}).
 */
public interface WorkbookRegisterOpener {
  /**
   * Opens the register of a workbook. Never throws on a bad workbook: a refused one gives a reader
   * with one file issue and no record.
   *
   * @param in the bytes (read to the end and closed by the reader)
   * @param options the read options
   * @return the reader
   */
  RegisterReader open(InputStream in, ReadOptions options);
}
