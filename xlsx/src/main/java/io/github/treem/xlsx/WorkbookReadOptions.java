package io.github.treem.xlsx;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.io.TextEncoding;
import io.github.treem.xlsx.internal.XlsxStyle;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How to read a workbook: which sheet, the file name put in issue locations, the encoding of text
 * typed in a legacy font, and the limits that keep a hostile workbook in bounded memory and time.
 *
 * <p>Limits (defaults): the file {@link #getMaxFileSize()} 256 MiB; {@link #getMaxEntries()}
 * 1,000 parts; the XML parts together {@link #getMaxExpandedSize()} 1 GiB once expanded; a part
 * of more than 1 MiB expanded may not expand more than {@link #getMaxCompressionRatio()} 100 times
 * (real sheets expand 5 to 30 times, zip bombs thousands); the shared-strings table
 * {@link #getMaxSharedStrings()} 1,000,000 strings and {@link #getMaxSharedStringsSize()} 64 MiB
 * of XML (the table is held in the heap: some two to three times its XML); a row
 * {@link #getMaxColumns()} 1,000 columns; a cell {@link #getMaxCellLength()} 32,767 characters
 * (Excel's own limit). A workbook past a limit is refused with a coded error
 * ({@link WorkbookIssueCode}); a cell or row past one gets an issue.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.2.0
 */
@Value.Immutable
@XlsxStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public abstract class WorkbookReadOptions {
  WorkbookReadOptions() {}

  /**
   * {@return the sheet to read: its name (case does not count), or its position counted from 1
   * ({@code "2"}) when no sheet has that name; by default (empty) the first sheet. A workbook
   * without it is refused ({@code WORKBOOK_SHEET_NOT_FOUND}, naming the sheets it has)}
   */
  public abstract Optional<String> getSheetName();

  /** {@return the file name put in issue locations, if any} */
  public abstract Optional<String> getFileName();

  /**
   * {@return the encoding of the text cells: {@link TextEncoding#TCVN3} or {@link TextEncoding#VNI}
   * re-read text typed in those fonts; any other (the default, UTF-8) takes the text as it is}
   */
  @Value.Default
  public TextEncoding getTextEncoding() {
    return TextEncoding.UTF_8;
  }

  /** {@return the largest workbook file read, in bytes (default 256 MiB)} */
  @Value.Default
  public long getMaxFileSize() {
    return 256L << 20;
  }

  /** {@return the most parts (zip entries) accepted (default 1,000)} */
  @Value.Default
  public int getMaxEntries() {
    return 1_000;
  }

  /** {@return the most bytes that the XML parts may expand to, together (default 1 GiB)} */
  @Value.Default
  public long getMaxExpandedSize() {
    return 1L << 30;
  }

  /** {@return the highest ratio of expanded to compressed size of a part of more than 1 MiB (default 100)} */
  @Value.Default
  public int getMaxCompressionRatio() {
    return 100;
  }

  /** {@return the most strings of the shared-strings table (default 1,000,000)} */
  @Value.Default
  public int getMaxSharedStrings() {
    return 1_000_000;
  }

  /** {@return the largest shared-strings table, in bytes of XML (default 64 MiB)} */
  @Value.Default
  public long getMaxSharedStringsSize() {
    return 64L << 20;
  }

  /** {@return the most columns read in a row (default 1,000)} */
  @Value.Default
  public int getMaxColumns() {
    return 1_000;
  }

  /** {@return the longest cell accepted, in characters (default 32,767)} */
  @Value.Default
  public int getMaxCellLength() {
    return 32_767;
  }

  /** {@return the options with every default} */
  public static WorkbookReadOptions defaults() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getMaxFileSize() < 1 || getMaxEntries() < 1 || getMaxExpandedSize() < 1 || getMaxCompressionRatio() < 1
        || getMaxSharedStrings() < 1 || getMaxSharedStringsSize() < 1 || getMaxColumns() < 1
        || getMaxCellLength() < 1) {
      throw new InvalidValueException("TREEM-XLSX-0001", "limits must be > 0");
    }
  }

  @Override
  public String toString() {
    return "WorkbookReadOptions{sheet=" + getSheetName().orElse("(first)") + ", encoding=" + getTextEncoding() + "}";
  }

  /** Builds {@link WorkbookReadOptions}. */
  public static final class Builder extends ImmutableWorkbookReadOptions.Builder {
    Builder() {}
  }
}
