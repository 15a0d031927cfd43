package io.github.treem.core.taxonomy;

import org.apiguardian.api.API;

/**
 * How a group of the 2004 law relates to the taxonomy of the 2016 law (see {@link LegacyMapping}).
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum MappingKind {
  /** The legacy group corresponds to one 2016 group (possibly detailed into its sub-groups). */
  ONE_TO_ONE("Tương ứng một – một", "One to one"),
  /**
   * The legacy group divides into several 2016 groups: every child of the legacy group is in one
   * of the targets, which one depending on facts the 2016 taxonomy records.
   */
  SPLIT("Tách thành nhiều nhóm", "Split"),
  /**
   * A child of the legacy group is in one of the targets only if facts hold (e.g. a victim of toxic
   * chemicals who is disabled); otherwise the child has no 2016 equivalent.
   */
  CONDITIONAL("Tương ứng có điều kiện", "Conditional"),
  /** The legacy group has no 2016 equivalent: the list of targets is empty. */
  NO_EQUIVALENT("Không có nhóm tương ứng", "No equivalent");

  private final String nameVi;
  private final String nameEn;

  MappingKind(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the Vietnamese name} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  public String getNameEn() {
    return nameEn;
  }
}
