package io.github.treem.core.taxonomy;

import static io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The mapping from the 11 groups of the 2004 law ({@link LegacyCircumstanceGroup}) to the groups
 * and sub-groups of the 2016 law (docs/domain.md §1.6). The mapping is <em>analytical, not
 * legal</em>: no legal text maps the two taxonomies. It helps to import old data and to read old
 * plans; it does not decide which 2016 group a child is in.
 *
 * <pre>{@code
 * LegacyMappingEntry e = LegacyMapping.of(LegacyCircumstanceGroup.ABANDONED);
 * e.getKind();    // ONE_TO_ONE
 * e.getTargets(); // [B1, B2]
 * LegacyMapping.legacyGroupsOf(SpecialCircumstanceGroup.D); // [DISABLED, TOXIC_CHEMICAL_VICTIM]
 * }</pre>
 *
 * <p>Implementation requirements: stateless, thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class LegacyMapping {
  private static final Map<LegacyCircumstanceGroup, LegacyMappingEntry> ENTRIES = new EnumMap<>(LegacyCircumstanceGroup.class);

  static {
    put(LegacyCircumstanceGroup.ORPHAN_WITHOUT_SUPPORT, MappingKind.SPLIT,
        "2016 splits double orphans (group A, A1-A4) from children without support (group C: C1-C3 when one parent"
            + " is dead; domain-vn.md also points at C10 and further C sub-groups)",
        A1, A2, A3, A4, C1, C2, C3, C10);
    put(LegacyCircumstanceGroup.ABANDONED, MappingKind.ONE_TO_ONE, "1:1", B1, B2);
    put(LegacyCircumstanceGroup.DISABLED, MappingKind.ONE_TO_ONE, "1:1; 2016 adds the degree of disability", D1, D2, D3);
    put(LegacyCircumstanceGroup.TOXIC_CHEMICAL_VICTIM, MappingKind.CONDITIONAL,
        "group D if the child is disabled; otherwise no equivalent (group dropped in 2016)", D1, D2, D3);
    put(LegacyCircumstanceGroup.HIV_AIDS, MappingKind.ONE_TO_ONE, "1:1", DD1);
    put(LegacyCircumstanceGroup.HEAVY_DANGEROUS_WORK, MappingKind.CONDITIONAL,
        "now \"exploitation\": K1 when the work is unlawful labour", K1);
    put(LegacyCircumstanceGroup.WORKING_AWAY_FROM_FAMILY, MappingKind.CONDITIONAL,
        "no direct equivalent: K1 (unlawful labour) or H1/H2 (dropped out of school to earn a living) depending on facts",
        K1, H1, H2);
    put(LegacyCircumstanceGroup.STREET_CHILDREN, MappingKind.CONDITIONAL,
        "group dropped in 2016: group H, K or O depending on facts",
        SpecialCircumstanceGroup.H, SpecialCircumstanceGroup.K, SpecialCircumstanceGroup.O);
    put(LegacyCircumstanceGroup.SEXUALLY_ABUSED, MappingKind.ONE_TO_ONE, "1:1", L1, L2, L3, L4, L5);
    put(LegacyCircumstanceGroup.DRUG_ADDICTED, MappingKind.ONE_TO_ONE, "1:1", G1, G2);
    put(LegacyCircumstanceGroup.IN_CONFLICT_WITH_LAW, MappingKind.ONE_TO_ONE, "1:1", E1, E2, E3, E4);
  }

  private static final List<SpecialCircumstanceGroup> NEW_IN_2016 = List.of(
      SpecialCircumstanceGroup.H, SpecialCircumstanceGroup.I, SpecialCircumstanceGroup.K,
      SpecialCircumstanceGroup.M, SpecialCircumstanceGroup.N, SpecialCircumstanceGroup.O);

  /** Per legacy group, the 2016 sub-groups its targets cover (a whole-group target: all of them). */
  private static final Map<LegacyCircumstanceGroup, Set<SpecialCircumstanceSubgroup>> COVERED =
      new EnumMap<>(LegacyCircumstanceGroup.class);

  static {
    for (LegacyMappingEntry e : ENTRIES.values()) {
      Set<SpecialCircumstanceSubgroup> s = EnumSet.noneOf(SpecialCircumstanceSubgroup.class);
      for (CircumstanceCode c : e.getTargets()) {
        if (c instanceof SpecialCircumstanceSubgroup sub) {
          s.add(sub);
        } else {
          s.addAll(c.getGroup().getSubgroups());
        }
      }
      COVERED.put(e.getLegacyGroup(), Collections.unmodifiableSet(s));
    }
  }

  private LegacyMapping() {}

  private static void put(LegacyCircumstanceGroup g, MappingKind kind, String note, CircumstanceCode... targets) {
    ENTRIES.put(g, LegacyMappingEntry.builder().legacyGroup(g).kind(kind).note(note).addTargets(targets).build());
  }

  /**
   * The mapping of a legacy group. Never null: a group without equivalent has kind
   * {@link MappingKind#NO_EQUIVALENT}.
   *
   * @param legacy the group of the 2004 law
   * @return its mapping row
   */
  public static LegacyMappingEntry of(LegacyCircumstanceGroup legacy) {
    Objects.requireNonNull(legacy, "legacy must not be null");
    return Objects.requireNonNull(ENTRIES.get(legacy));
  }

  /** {@return all mapping rows, in the order of the 2004 law} */
  public static List<LegacyMappingEntry> entries() {
    return Collections.unmodifiableList(new ArrayList<>(ENTRIES.values()));
  }

  /**
   * The legacy groups whose mapping names the group or one of its sub-groups (the reverse
   * mapping).
   *
   * @param group a group of the 2016 law
   * @return the legacy groups, in the order of the 2004 law; empty when none
   */
  public static List<LegacyCircumstanceGroup> legacyGroupsOf(SpecialCircumstanceGroup group) {
    Objects.requireNonNull(group, "group must not be null");
    return ENTRIES.values().stream()
        .filter(e -> e.getTargetGroups().contains(group))
        .map(LegacyMappingEntry::getLegacyGroup)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The 2016 sub-groups that a legacy group's targets cover: the sub-group targets, and every
   * sub-group of a whole-group target. A child whose 2016 code is one of them {@linkplain
   * #legacyGroupsContaining(CircumstanceCode) maps to} the legacy group.
   *
   * @param legacy the group of the 2004 law
   * @return the sub-groups, in their order; empty for {@link MappingKind#NO_EQUIVALENT}
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static Set<SpecialCircumstanceSubgroup> coveredSubgroups(LegacyCircumstanceGroup legacy) {
    Objects.requireNonNull(legacy, "legacy must not be null");
    return Objects.requireNonNull(COVERED.get(legacy));
  }

  /**
   * The legacy groups that a child with a 2016 code maps to (the reverse of the mapping, for
   * counting children by the 2004 groups): those whose targets cover the code, that is a
   * sub-group code among the {@linkplain #coveredSubgroups covered sub-groups}, or a group code
   * (sub-group not recorded) all of whose sub-groups are covered. Every kind is followed as
   * written: a {@link MappingKind#CONDITIONAL} group counts every child of its targets, who
   * <em>may</em> be in it (the register does not record the facts that decide), so a count by
   * the legacy groups is exact for {@code ONE_TO_ONE} and {@code SPLIT} groups and an upper bound
   * for {@code CONDITIONAL} ones; a {@code NO_EQUIVALENT} group covers no code.
   *
   * @param code a 2016 code (sub-group, or group when the sub-group is not recorded)
   * @return the legacy groups, in the order of the 2004 law; empty when none
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static Set<LegacyCircumstanceGroup> legacyGroupsContaining(CircumstanceCode code) {
    Objects.requireNonNull(code, "code must not be null");
    Set<LegacyCircumstanceGroup> out = EnumSet.noneOf(LegacyCircumstanceGroup.class);
    for (Map.Entry<LegacyCircumstanceGroup, Set<SpecialCircumstanceSubgroup>> e : COVERED.entrySet()) {
      Set<SpecialCircumstanceSubgroup> covered = e.getValue();
      boolean in = code instanceof SpecialCircumstanceSubgroup sub
          ? covered.contains(sub)
          : !code.getGroup().getSubgroups().isEmpty() && covered.containsAll(code.getGroup().getSubgroups());
      if (in) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /**
   * Whether a 2016 code leaves its legacy groups undecided: a group code (sub-group not recorded)
   * of which some legacy group covers some sub-groups but not all, so that the sub-group would
   * decide (group C: group 1 covers C1-C3 and C10 only). A count by the legacy groups puts such a
   * child in its unknown cell.
   *
   * @param code a 2016 code
   * @return true when the sub-group would decide a legacy group
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static boolean needsSubgroup(CircumstanceCode code) {
    Objects.requireNonNull(code, "code must not be null");
    if (code instanceof SpecialCircumstanceSubgroup) {
      return false;
    }
    List<SpecialCircumstanceSubgroup> subs = code.getGroup().getSubgroups();
    for (Set<SpecialCircumstanceSubgroup> covered : COVERED.values()) {
      boolean some = subs.stream().anyMatch(covered::contains);
      if (some && !covered.containsAll(subs)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the 2016 groups that docs/domain.md §1.6 calls new in 2016 (no 2004 equivalent, except
   * partly K and H): H, I, K, M, N, O}
   */
  public static List<SpecialCircumstanceGroup> groupsNewIn2016() {
    return NEW_IN_2016;
  }
}
