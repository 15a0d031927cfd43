package io.github.treem.indicators;

import org.apiguardian.api.API;
import java.util.Locale;
import java.util.Optional;

/**
 * A dimension by which an indicator is broken down. Each cell of a breakdown carries its own
 * numerator and denominator; a child whose datum is missing goes to the cell
 * {@value #UNKNOWN}, so that the cells add up to the total. The one exception is
 * {@link #GROUP}: a child in several special-circumstance groups counts once in each of them
 * (and a child in none counts in {@value #NONE}), so its cells may add up to more than the total.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum BreakdownDimension {
  /** Village (thôn, tổ dân phố) of residence, as written. */
  VILLAGE("village", "thôn", "village"),
  /** Sex: {@code MALE}, {@code FEMALE}. */
  SEX("sex", "giới tính", "sex"),
  /** Ethnic group: the enum name of {@link io.github.treem.core.taxonomy.Ethnicity}, e.g. {@code KINH}. */
  ETHNICITY("ethnicity", "dân tộc", "ethnicity"),
  /** Disability: {@code ANY} (any degree other than none) or {@code NONE}. */
  DISABILITY("disability", "khuyết tật", "disability"),
  /** Age by the indicator's {@link AgeBasis} (WHO age groups for the under-5 indicators). */
  AGE("age", "nhóm tuổi", "age group"),
  /** Special-circumstance group {@code A}..{@code O} active at R, or {@code NONE}. */
  GROUP("group", "nhóm hoàn cảnh đặc biệt", "special-circumstance group"),
  /** The area (register, commune) the caller named when adding the child. */
  AREA("area", "địa bàn", "area");

  /** The key of the cell of children whose datum is missing. */
  public static final String UNKNOWN = "UNKNOWN";
  /** The key of the {@link #GROUP} cell of children in no special circumstance. */
  public static final String NONE = "NONE";

  private final String key;
  private final String nameVi;
  private final String nameEn;

  BreakdownDimension(String key, String nameVi, String nameEn) {
    this.key = key;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the key used in reports and on the command line, e.g. {@code "village"}} */
  public String getKey() {
    return key;
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
   * Finds a dimension by its key (case-insensitive, surrounding spaces ignored; the enum name is
   * accepted too).
   *
   * @param key the key, e.g. {@code "village"}
   * @return the dimension, or empty
   */
  public static Optional<BreakdownDimension> fromKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    String k = key.strip().toLowerCase(Locale.ROOT);
    for (BreakdownDimension d : values()) {
      if (d.key.equals(k)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
