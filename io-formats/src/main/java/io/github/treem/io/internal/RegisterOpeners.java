package io.github.treem.io.internal;

import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterFormat;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.csv.RegisterCsvReader;
import io.github.treem.io.json.RegisterJsonLinesReader;
import io.github.treem.io.json.RegisterJsonReader;
import java.io.InputStream;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The reader of each register format, for {@link io.github.treem.io.Registers}: the CSV and JSON
 * readers of this module, the workbook reader of treem-xlsx when it is present
 * ({@link WorkbookRegisterOpener}, found with {@link ServiceLoader}).
 *
 * <p>Here rather than in {@code Registers} so that the API package {@code io.github.treem.io}
 * (the reader contract, the options, the records) does not depend on the format packages
 * {@code io.csv} and {@code io.json}, which depend on it: the API packages form a hierarchy
 * without a cycle (issue 22; the module's architecture test), the facade's dispatch being an
 * implementation detail below it.
 */
public final class RegisterOpeners {
  /** The workbook reader of the treem-xlsx module, when it is present. */
  private static final Optional<WorkbookRegisterOpener> WORKBOOKS =
      ServiceLoader.load(WorkbookRegisterOpener.class, RegisterOpeners.class.getClassLoader()).findFirst();

  private RegisterOpeners() {}

  /**
   * Opens a register of a known format.
   *
   * @param format the format, as {@code Registers.detect} tells it
   * @param in the bytes, positioned at the start (closed by the reader)
   * @param options the read options
   * @return the format's reader, or empty when this build cannot read the format (a workbook
   *     without treem-xlsx)
   */
  public static Optional<RegisterReader> open(RegisterFormat format, InputStream in, ReadOptions options) {
    return switch (format) {
      case CSV -> Optional.of(RegisterCsvReader.open(in, options));
      case JSON -> Optional.of(RegisterJsonReader.open(in, options));
      case JSON_LINES -> Optional.of(RegisterJsonLinesReader.open(in, options));
      case XLSX -> WORKBOOKS.map(w -> w.open(in, options));
      default -> Optional.empty();
    };
  }
}
