package io.github.treem.indicators;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

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
  /**
   * The 11 groups of children in special circumstances of the 2004 law
   * ({@link io.github.treem.core.taxonomy.LegacyCircumstanceGroup}), the plan's "11 nhóm": cell
   * keys are the groups' numbers {@code 1}..{@code 11}, named by {@link #cellNameVi(String)} and
   * {@link #cellNameEn(String)}. A child counts once in every 2004 group its special-circumstance
   * codes active at R map to through {@link io.github.treem.core.taxonomy.LegacyMapping} (exact
   * for the one-to-one and split groups, an upper bound for the conditional ones 4, 6, 7 and 8:
   * the register does not record the facts that decide), in {@value #NONE} when they map to
   * none, and in {@value #UNKNOWN} when a code without sub-group leaves a group undecided. Like
   * {@link #GROUP}, the cells may add up to more than the total.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  LEGACY_GROUP("legacy_group", "11 nhóm trẻ em có hoàn cảnh đặc biệt (Luật 2004)",
      "the 11 groups of the 2004 law"),
  /** The area (register, commune) the caller named when adding the child. */
  AREA("area", "địa bàn", "area"),
  /**
   * Protection cases only: where the information came from, the enum name of
   * {@link io.github.treem.core.protection.InformationSource}, e.g. {@code NATIONAL_HOTLINE_111}.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  SOURCE("source", "nguồn thông tin", "information source"),
  /**
   * Protection cases only: the kind of harm, the enum name of an
   * {@link io.github.treem.core.protection.AbuseForm} or
   * {@link io.github.treem.core.protection.ProhibitedAct}, or {@code NONE} when none is recorded.
   * Like {@link #GROUP}, a case counts once in each of its kinds, so the cells may add up to more
   * than the total.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  HARM("harm", "hình thức xâm hại", "kind of harm"),
  /** Protection cases only: {@code OPEN} or {@code CLOSED} at the reference date. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  STATUS("status", "tình trạng hồ sơ", "case status");

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

  /**
   * Whether a record counts once in each of its cells rather than in exactly one
   * ({@link #GROUP}, {@link #LEGACY_GROUP}, {@link #HARM}): the cells of such a breakdown may add up to more than the
   * total, and a record in none counts in {@value #NONE}.
   *
   * @return true for an overlapping breakdown
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public boolean isOverlapping() {
    return this == GROUP || this == LEGACY_GROUP || this == HARM;
  }

  /**
   * Whether the dimension applies to protection cases only ({@link #SOURCE}, {@link #HARM},
   * {@link #STATUS}): the register's calculator gives no breakdown by it.
   *
   * @return true for a case-only dimension
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public boolean isCaseOnly() {
    return this == SOURCE || this == HARM || this == STATUS;
  }

  /**
   * The Vietnamese name of a cell, for the human-readable outputs: for {@link #LEGACY_GROUP}, the
   * group's number and name as in the 2004 law ("1. Trẻ em mồ côi không nơi nương tựa"; a
   * conditional group marked as an upper bound), and names for {@value #NONE} and
   * {@value #UNKNOWN}; for the other dimensions the key itself, which is its own name (a village,
   * a code).
   *
   * @param key a cell key
   * @return the name
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public String cellNameVi(String key) {
    return this == LEGACY_GROUP ? LegacyGroupCells.name(key, true) : key;
  }

  /**
   * The English name of a cell (see {@link #cellNameVi(String)}).
   *
   * @param key a cell key
   * @return the name
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public String cellNameEn(String key) {
    return this == LEGACY_GROUP ? LegacyGroupCells.name(key, false) : key;
  }

  /**
   * Whether the cells have names other than their keys ({@link #LEGACY_GROUP}): the outputs write
   * the names beside the keys.
   *
   * @return true when {@link #cellNameVi(String)} names the cells
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public boolean hasCellNames() {
    return this == LEGACY_GROUP;
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
