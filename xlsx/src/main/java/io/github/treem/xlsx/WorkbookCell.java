package io.github.treem.xlsx;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One cell of a sheet as text, with what it held and where it is.
 *
 * <p>The text of each kind: {@link CellKind#TEXT} the text, composed to NFC (and re-read from a
 * legacy font when {@link WorkbookReadOptions#getTextEncoding()} says so); {@link CellKind#NUMBER}
 * the number in plain decimal notation with a point, rounded to 15 significant digits as Excel
 * shows it ({@code 12.300000000000001} is {@code 12.3}); {@link CellKind#DATE} the day as
 * {@code yyyy-MM-dd}, followed by {@code THH:mm:ss} when it has a time of day;
 * {@link CellKind#BOOLEAN} {@code TRUE} or {@code FALSE}; {@link CellKind#ERROR} the error value
 * ({@code #N/A}), empty for a formula without a saved value; {@link CellKind#EMPTY} empty.
 *
 * <p>{@link #toString()} never shows the text (it may be personal data).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @param reference where the cell is
 * @param kind what it holds
 * @param text its text
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record WorkbookCell(CellReference reference, CellKind kind, String text) {
  /**
   * A cell.
   *
   * @param reference where the cell is
   * @param kind what it holds
   * @param text its text
   */
  public WorkbookCell {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }

  /** {@return whether the cell holds nothing, or only spaces} */
  public boolean isBlank() {
    return kind == CellKind.EMPTY || (kind == CellKind.TEXT && text.isBlank());
  }

  @Override
  public String toString() {
    return reference + " " + kind;
  }
}
