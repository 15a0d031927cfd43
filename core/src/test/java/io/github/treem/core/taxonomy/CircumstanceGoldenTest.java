package io.github.treem.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Golden;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CircumstanceGoldenTest {

  @Test
  void exactlyFourteenGroupsInOrder() {
    List<String[]> rows = Golden.rows("circumstance-groups.txt");
    assertThat(rows).hasSize(14);
    assertThat(SpecialCircumstanceGroup.values()).hasSize(14);
    assertThat(Arrays.stream(SpecialCircumstanceGroup.values()).map(SpecialCircumstanceGroup::getCode))
        .containsExactly("A", "B", "C", "D", "DD", "E", "G", "H", "I", "K", "L", "M", "N", "O");
    assertThat(Arrays.stream(SpecialCircumstanceGroup.values()).map(SpecialCircumstanceGroup::getSubgroupCount))
        .containsExactly(4, 2, 12, 3, 1, 4, 2, 2, 1, 5, 5, 2, 2, 3);
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      SpecialCircumstanceGroup g = SpecialCircumstanceGroup.values()[i];
      assertThat(g.getCode()).isEqualTo(r[0]);
      assertThat(g.getPointLetter()).isEqualTo(r[1]);
      assertThat(g.getDecreeArticle()).isEqualTo(Integer.parseInt(r[2]));
      assertThat(g.getSubgroupCount()).isEqualTo(Integer.parseInt(r[3]));
      assertThat(g.getSubgroups()).hasSize(Integer.parseInt(r[3]));
      assertThat(g.getNameVi()).isEqualTo(r[4]);
      assertThat(SpecialCircumstanceGroup.fromCode(r[0])).contains(g);
    }
    assertThat(SpecialCircumstanceGroup.fromCode("đ")).contains(SpecialCircumstanceGroup.DD);
  }

  @Test
  void exactlyFortyEightSubgroups() {
    List<String[]> rows = Golden.rows("circumstance-subgroups.txt");
    assertThat(rows).hasSize(48);
    assertThat(Arrays.stream(SpecialCircumstanceSubgroup.values()).map(SpecialCircumstanceSubgroup::getCode))
        .containsExactly(rows.stream().map(r -> r[0]).toArray(String[]::new));
    assertThat(Arrays.stream(SpecialCircumstanceSubgroup.values()).map(SpecialCircumstanceSubgroup::getCode)
        .collect(Collectors.joining(",")))
        .isEqualTo("A1,A2,A3,A4,B1,B2,C1,C2,C3,C4,C5,C6,C7,C8,C9,C10,C11,C12,D1,D2,D3,DD1,E1,E2,E3,E4,"
            + "G1,G2,H1,H2,I1,K1,K2,K3,K4,K5,L1,L2,L3,L4,L5,M1,M2,N1,N2,O1,O2,O3");
    for (String[] r : rows) {
      SpecialCircumstanceSubgroup s = SpecialCircumstanceSubgroup.fromCode(r[0]).orElseThrow();
      assertThat(s.getGroup().getCode()).isEqualTo(r[1]);
      assertThat(s.getNumber()).isEqualTo(Integer.parseInt(r[2]));
      assertThat(CircumstanceCode.parse(r[0].toLowerCase(java.util.Locale.ROOT))).contains(s);
    }
  }

  @Test
  void elevenLegacyGroups() {
    List<String[]> rows = Golden.rows("legacy-groups.txt");
    assertThat(rows).hasSize(11);
    assertThat(LegacyCircumstanceGroup.values()).hasSize(11);
    for (String[] r : rows) {
      LegacyCircumstanceGroup g = LegacyCircumstanceGroup.fromNumber(Integer.parseInt(r[0])).orElseThrow();
      assertThat(g.name()).isEqualTo(r[1]);
      assertThat(g.getNameVi()).isEqualTo(r[2]);
      assertThat(g.getNameEn()).isEqualTo(r[3]);
      assertThat(g.getLegalReference().getDocument()).isEqualTo("Luật Bảo vệ, chăm sóc và giáo dục trẻ em 25/2004/QH11");
      assertThat(g.getLegalReference().getArticle()).contains("40");
      assertThat(g.getLegalReference().getInForceTo()).isEqualTo(LegalReference.LAW_ON_CHILDREN_2004.getInForceTo());
    }
    assertThat(LegacyCircumstanceGroup.fromNumber(0)).isEmpty();
    assertThat(LegacyCircumstanceGroup.fromNumber(12)).isEmpty();
  }

  @Test
  void mappingRows() {
    List<String[]> rows = Golden.rows("legacy-mapping.txt");
    assertThat(rows).hasSize(11);
    assertThat(LegacyMapping.entries()).hasSize(11);
    for (String[] r : rows) {
      LegacyCircumstanceGroup g = LegacyCircumstanceGroup.fromNumber(Integer.parseInt(r[0])).orElseThrow();
      LegacyMappingEntry e = LegacyMapping.of(g);
      assertThat(e).isNotNull();
      assertThat(e).isSameAs(g.getMapping());
      assertThat(e.getLegacyGroup()).isEqualTo(g);
      assertThat(e.getKind().name()).isEqualTo(r[1]);
      assertThat(e.getTargets().stream().map(CircumstanceCode::getCode).collect(Collectors.joining(","))).isEqualTo(r[2]);
      assertThat(e.getTargetGroups().stream().map(SpecialCircumstanceGroup::getCode).collect(Collectors.joining(",")))
          .isEqualTo(r[3]);
      assertThat(e.getNote()).isNotBlank();
    }
    assertThat(LegacyMapping.entries()).extracting(LegacyMappingEntry::getLegacyGroup)
        .containsExactly(LegacyCircumstanceGroup.values());
  }

  @Test
  void reverseMapping() {
    List<String[]> rows = Golden.rows("legacy-mapping-reverse.txt");
    assertThat(rows).hasSize(14);
    for (String[] r : rows) {
      SpecialCircumstanceGroup g = SpecialCircumstanceGroup.fromCode(r[0]).orElseThrow();
      assertThat(LegacyMapping.legacyGroupsOf(g).stream().map(l -> String.valueOf(l.getNumber()))
          .collect(Collectors.joining(","))).as("group %s", r[0]).isEqualTo(r[1]);
    }
    assertThat(LegacyMapping.groupsNewIn2016()).extracting(SpecialCircumstanceGroup::getCode)
        .containsExactly("H", "I", "K", "M", "N", "O");
  }

  @Test
  void noEquivalentIsExplicitAndHasNoTargets() {
    LegacyMappingEntry none = LegacyMappingEntry.builder().legacyGroup(LegacyCircumstanceGroup.STREET_CHILDREN)
        .kind(MappingKind.NO_EQUIVALENT).note("none").build();
    assertThat(none.getTargets()).isEmpty();
    assertThat(none.isEquivalentUncertain()).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LegacyMappingEntry.builder()
        .legacyGroup(LegacyCircumstanceGroup.STREET_CHILDREN).kind(MappingKind.ONE_TO_ONE).note("x").build())
        .hasMessageStartingWith("TREEM-CORE-0801");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LegacyMappingEntry.builder()
        .legacyGroup(LegacyCircumstanceGroup.STREET_CHILDREN).kind(MappingKind.NO_EQUIVALENT)
        .addTargets(SpecialCircumstanceGroup.H).note("x").build())
        .hasMessageStartingWith("TREEM-CORE-0801");
    assertThat(LegacyMapping.of(LegacyCircumstanceGroup.ABANDONED).isEquivalentUncertain()).isFalse();
    assertThat(LegacyMapping.of(LegacyCircumstanceGroup.TOXIC_CHEMICAL_VICTIM).isEquivalentUncertain()).isTrue();
  }
}
