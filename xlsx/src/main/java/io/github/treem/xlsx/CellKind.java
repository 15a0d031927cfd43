package io.github.treem.xlsx;

import org.apiguardian.api.API;

/**
 * What a cell holds, as the spreadsheet stored it.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum CellKind {
  /** Nothing. */
  EMPTY,
  /** Text (a shared or inline string, or a formula's text value). A decimal comma stays text. */
  TEXT,
  /** A number that is not formatted as a date. */
  NUMBER,
  /** A number formatted as a date (an Excel serial date in the 1900 or 1904 system). */
  DATE,
  /** TRUE or FALSE. */
  BOOLEAN,
  /** An error value ({@code #N/A}, {@code #DIV/0!}, ...), or a formula without a saved value. */
  ERROR
}
