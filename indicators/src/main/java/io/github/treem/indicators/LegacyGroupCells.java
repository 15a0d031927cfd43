package io.github.treem.indicators;

import io.github.treem.core.taxonomy.LegacyCircumstanceGroup;
import io.github.treem.core.taxonomy.LegacyMapping;
import io.github.treem.core.taxonomy.MappingKind;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cells of the {@link BreakdownDimension#LEGACY_GROUP} breakdown (package-private): keys,
 * names, sensitivity and the relations the mapping fixes between cells. One home for what the
 * accumulator, disclosure control, the audit and the outputs need of the 11 groups.
 */
final class LegacyGroupCells {

  private LegacyGroupCells() {}

  /** {@return the cell key of a legacy group: its number} */
  static String key(LegacyCircumstanceGroup g) {
    return Integer.toString(g.getNumber());
  }

  /** {@return the legacy group of a cell key, or empty for NONE, UNKNOWN or another key} */
  static Optional<LegacyCircumstanceGroup> group(String key) {
    if (key == null || key.isEmpty() || key.length() > 2 || !key.chars().allMatch(Character::isDigit)
        || key.charAt(0) == '0') {
      return Optional.empty();
    }
    return LegacyCircumstanceGroup.fromNumber(Integer.parseInt(key));
  }

  static String name(String key, boolean vi) {
    if (BreakdownDimension.NONE.equals(key)) {
      return vi ? "Không thuộc nhóm nào của Luật 2004" : "In none of the 2004-law groups";
    }
    if (BreakdownDimension.UNKNOWN.equals(key)) {
      return vi ? "Không rõ (chưa ghi nhóm nhỏ)" : "Unknown (sub-group not recorded)";
    }
    Optional<LegacyCircumstanceGroup> g = group(key);
    if (g.isEmpty()) {
      return key;
    }
    String name = g.get().getNumber() + ". " + (vi ? g.get().getNameVi() : g.get().getNameEn());
    if (g.get().getMapping().getKind() == MappingKind.CONDITIONAL) {
      name += vi ? " (tối đa: tương ứng có điều kiện)" : " (at most: conditional mapping)";
    }
    return name;
  }

  /**
   * Whether a legacy group's cell is sensitive: one of the 2016 groups it covers is
   * ({@link SpecialCircumstanceGroup#isSensitive()}): groups 5 to 11.
   */
  static boolean isSensitive(String key) {
    return group(key).map(g -> LegacyMapping.coveredSubgroups(g).stream()
        .anyMatch(s -> s.getGroup().isSensitive())).orElse(false);
  }

  /** {@return the 2016 groups that a legacy group's cell draws children from} */
  static Set<SpecialCircumstanceGroup> groupsOf(LegacyCircumstanceGroup g) {
    Set<SpecialCircumstanceGroup> out = EnumSet.noneOf(SpecialCircumstanceGroup.class);
    for (SpecialCircumstanceSubgroup s : LegacyMapping.coveredSubgroups(g)) {
      out.add(s.getGroup());
    }
    return out;
  }

  /** {@return whether every child counted in legacy group a is counted in b} */
  static boolean within(LegacyCircumstanceGroup a, LegacyCircumstanceGroup b) {
    return LegacyMapping.coveredSubgroups(b).containsAll(LegacyMapping.coveredSubgroups(a));
  }

  /** {@return whether every child of 2016 group g is counted in legacy group a} */
  static boolean groupWithin(SpecialCircumstanceGroup g, LegacyCircumstanceGroup a) {
    return LegacyMapping.coveredSubgroups(a).containsAll(g.getSubgroups());
  }

  /** {@return whether every child counted in legacy group a is in 2016 group g} */
  static boolean withinGroup(LegacyCircumstanceGroup a, SpecialCircumstanceGroup g) {
    Set<SpecialCircumstanceSubgroup> c = LegacyMapping.coveredSubgroups(a);
    return !c.isEmpty() && g.getSubgroups().containsAll(c);
  }

  /** {@return whether a 2016 group has a sub-group that no 2004 group covers (C, I, M, N)} */
  static boolean hasUncoveredSubgroup(SpecialCircumstanceGroup g) {
    return g.getSubgroups().stream().anyMatch(s -> LegacyMapping.legacyGroupsContaining(s).isEmpty());
  }

  /** {@return the legacy groups in their order} */
  static List<LegacyCircumstanceGroup> all() {
    return List.of(LegacyCircumstanceGroup.values());
  }
}
