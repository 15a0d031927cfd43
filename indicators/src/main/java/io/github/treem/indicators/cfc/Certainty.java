package io.github.treem.indicators.cfc;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How well a part of a scoring table is established: the marks of docs/domain.md. A score, a
 * criterion's status or a recognition decision that rests on a {@link #PROVISIONAL} part is
 * itself provisional, and a commune is never declared recognised on it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Certainty {
  /** [C] Taken from the legal text itself (the decision and its annex). */
  CONFIRMED("C", "xác nhận từ văn bản", "confirmed from the legal text"),
  /** [S] Taken from a secondary source (law portal, press) that quotes the text; decisive. */
  SECONDARY("S", "theo nguồn thứ cấp", "from a secondary source"),
  /** [U] Not confirmed: a placeholder until the text is obtained; never decisive. */
  PROVISIONAL("U", "tạm tính, chưa xác nhận", "provisional, unconfirmed");

  private final String mark;
  private final String nameVi;
  private final String nameEn;

  Certainty(String mark, String nameVi, String nameEn) {
    this.mark = mark;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the one-letter mark: {@code C}, {@code S} or {@code U}} */
  public String getMark() {
    return mark;
  }

  /** {@return the Vietnamese name} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  public String getNameEn() {
    return nameEn;
  }

  /** {@return true for {@link #CONFIRMED} and {@link #SECONDARY}: a decision may rest on it} */
  public boolean isDecisive() {
    return this != PROVISIONAL;
  }

  /**
   * The certainty of a mark or a name.
   *
   * @param text {@code C}, {@code S}, {@code U} or a constant's name (case-insensitive)
   * @return the certainty
   * @throws IllegalArgumentException when the text is neither
   */
  public static Certainty parse(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    for (Certainty c : values()) {
      if (c.mark.equals(t) || c.name().equals(t)) {
        return c;
      }
    }
    throw new IllegalArgumentException("not a certainty (C, S or U): " + text);
  }
}
