package io.github.treem.core.taxonomy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A child's sex as recorded in civil status. The WHO growth standards are sex-specific; their
 * tables code male 1 and female 2, as does this enum's {@link #getCode()}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Sex {
  /** Male (nam), code 1. */
  MALE(1, "Nam", "Male"),
  /** Female (nữ), code 2. */
  FEMALE(2, "Nữ", "Female");

  private final int code;
  private final String nameVi;
  private final String nameEn;

  Sex(int code, String nameVi, String nameEn) {
    this.code = code;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return 1 for male, 2 for female (the WHO tables' coding)} */
  public int getCode() {
    return code;
  }

  /** {@return the Vietnamese name} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  public String getNameEn() {
    return nameEn;
  }

  /**
   * Reads the forms the register and the WHO software use: {@code M}/{@code F}, {@code 1}/{@code 2},
   * {@code Nam}/{@code Nữ} (also without diacritics), {@code male}/{@code female}; case and
   * surrounding spaces are ignored.
   *
   * @param text the text
   * @return the sex, or empty when the text is none of these
   */
  public static Optional<Sex> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    return switch (t) {
      case "m", "1", "nam", "male" -> Optional.of(MALE);
      case "f", "2", "nu", "female" -> Optional.of(FEMALE);
      default -> Optional.empty();
    };
  }
}
