package io.github.treem.core.taxonomy;

import static io.github.treem.core.taxonomy.LegacyCircumstanceGroup.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The reverse of the 2004→2016 mapping, as a count by the 11 groups uses it: each kind. */
class LegacyMappingReverseTest {

  @Test
  void oneToOneSubgroupMapsToItsGroupOnly() {
    assertThat(LegacyMapping.legacyGroupsContaining(SpecialCircumstanceSubgroup.B1)).containsExactly(ABANDONED);
    assertThat(LegacyMapping.legacyGroupsContaining(SpecialCircumstanceSubgroup.L3)).containsExactly(SEXUALLY_ABUSED);
    assertThat(LegacyMapping.legacyGroupsContaining(SpecialCircumstanceSubgroup.E4)).containsExactly(IN_CONFLICT_WITH_LAW);
  }

  @Test
  void splitGroupIsReachedFromEachOfItsParts() {
    assertThat(LegacyMapping.of(ORPHAN_WITHOUT_SUPPORT).getKind()).isEqualTo(MappingKind.SPLIT);
    assertThat(LegacyMapping.legacyGroupsContaining(SpecialCircumstanceSubgroup.A2)).containsExactly(ORPHAN_WITHOUT_SUPPORT);
    assertThat(LegacyMapping.legacyGroupsContaining(SpecialCircumstanceSubgroup.C10)).containsExactly(ORPHAN_WITHOUT_SUPPORT);
    // C4 is not one of group 1's targets: no 2004 group
    assertThat(LegacyMapping.legacyGroupsContaining(SpecialCircumstanceSubgroup.C4)).isEmpty();
    // a whole-group code of A: every sub-group of A is covered, so the group decides
    assertThat(LegacyMapping.legacyGroupsContaining(SpecialCircumstanceGroup.A)).containsExactly(ORPHAN_WITHOUT_SUPPORT);
  }

  @Test
  void conditionalGroupsCountEveryChildWhoMayBeInThem() {
    // a disabled child: group 3 (one to one) and group 4 (toxic chemicals, conditional)
    assertThat(LegacyMapping.legacyGroupsContaining(SpecialCircumstanceSubgroup.D2))
        .containsExactly(DISABLED, TOXIC_CHEMICAL_VICTIM);
    // K1: heavy work, working away from family, street children (all conditional)
    assertThat(LegacyMapping.legacyGroupsContaining(SpecialCircumstanceSubgroup.K1))
        .containsExactly(HEAVY_DANGEROUS_WORK, WORKING_AWAY_FROM_FAMILY, STREET_CHILDREN);
    // K2 is not K1: only the whole-group target of street children covers it
    assertThat(LegacyMapping.legacyGroupsContaining(SpecialCircumstanceSubgroup.K2)).containsExactly(STREET_CHILDREN);
    assertThat(LegacyMapping.legacyGroupsContaining(SpecialCircumstanceSubgroup.O1)).containsExactly(STREET_CHILDREN);
  }

  @Test
  void groupsNewIn2016MapToNone() {
    for (SpecialCircumstanceGroup g : EnumSet.of(SpecialCircumstanceGroup.I, SpecialCircumstanceGroup.M,
        SpecialCircumstanceGroup.N)) {
      for (SpecialCircumstanceSubgroup s : g.getSubgroups()) {
        assertThat(LegacyMapping.legacyGroupsContaining(s)).as(s.getCode()).isEmpty();
      }
      assertThat(LegacyMapping.needsSubgroup(g)).isFalse();
    }
  }

  @Test
  void aGroupCodeNeedsItsSubgroupWhenALegacyGroupCoversPartOfIt() {
    assertThat(LegacyMapping.needsSubgroup(SpecialCircumstanceGroup.C)).isTrue();
    assertThat(LegacyMapping.legacyGroupsContaining(SpecialCircumstanceGroup.C)).isEmpty();
    assertThat(LegacyMapping.needsSubgroup(SpecialCircumstanceGroup.K)).isTrue(); // K1 only in groups 6 and 7
    assertThat(LegacyMapping.legacyGroupsContaining(SpecialCircumstanceGroup.K)).containsExactly(STREET_CHILDREN);
    assertThat(LegacyMapping.needsSubgroup(SpecialCircumstanceGroup.D)).isFalse();
    assertThat(LegacyMapping.legacyGroupsContaining(SpecialCircumstanceGroup.D))
        .containsExactly(DISABLED, TOXIC_CHEMICAL_VICTIM);
    assertThat(LegacyMapping.needsSubgroup(SpecialCircumstanceSubgroup.C1)).isFalse();
  }

  @Test
  void coveredSubgroupsExpandWholeGroupTargets() {
    assertThat(LegacyMapping.coveredSubgroups(STREET_CHILDREN)).containsAll(SpecialCircumstanceGroup.H.getSubgroups())
        .containsAll(SpecialCircumstanceGroup.K.getSubgroups()).containsAll(SpecialCircumstanceGroup.O.getSubgroups())
        .hasSize(2 + 5 + 3);
    assertThat(LegacyMapping.coveredSubgroups(HEAVY_DANGEROUS_WORK)).containsExactly(SpecialCircumstanceSubgroup.K1);
  }
}
