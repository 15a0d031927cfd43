package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.taxonomy.LegalReference;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Indicator.Definition}: every built-in indicator is described by its one value, the
 * getters read it, and an implementation that gives only {@link Indicator#definition()} is a
 * whole indicator.
 */
class IndicatorDescriptionTest {

  static List<Indicator> all() {
    List<Indicator> all = new ArrayList<>(List.of(Indicators.values()));
    all.addAll(List.of(CaseIndicators.values()));
    return all;
  }

  @Test
  void everyConstantIsItsDefinition() {
    for (Indicator i : all()) {
      Indicator.Definition d = i.definition();
      assertThat(d.code()).isEqualTo(((Enum<?>) i).name()).isEqualTo(i.getCode());
      assertThat(i.getNameVi()).isEqualTo(d.nameVi()).isNotBlank();
      assertThat(i.getNameEn()).isEqualTo(d.nameEn()).isNotBlank();
      assertThat(i.getUnit()).isEqualTo(d.unit());
      assertThat(i.getNumeratorVi()).isEqualTo(d.numeratorVi()).isNotBlank();
      assertThat(i.getNumeratorEn()).isEqualTo(d.numeratorEn()).isNotBlank();
      assertThat(i.getDenominatorVi()).isEqualTo(d.denominatorVi());
      assertThat(i.getDenominatorEn()).isEqualTo(d.denominatorEn());
      // a count has no denominator, a percentage one in both languages
      assertThat(d.denominatorVi().isEmpty()).isEqualTo(d.unit() == IndicatorUnit.COUNT);
      assertThat(d.denominatorEn().isEmpty()).isEqualTo(d.unit() == IndicatorUnit.COUNT);
      assertThat(i.getAgeBasis()).isEqualTo(d.ageBasis());
      assertThat(i.getLegalBases()).isEqualTo(d.legalBases()).isNotEmpty();
      assertThat(i.getLegalBasis()).isEqualTo(d.legalBases().get(d.legalBases().size() - 1));
      assertThat(i.getCaveatVi().isPresent()).isEqualTo(i.getCaveatEn().isPresent());
    }
  }

  @Test
  void theBuiltInCaveatsAreThoseOfDocsIndicators() {
    assertThat(Stream.of(Indicators.values()).filter(i -> i.getCaveatVi().isPresent()))
        .containsExactly(Indicators.HI_U6, Indicators.INJURY_SKILLS, Indicators.WELFARE_COVERAGE);
    assertThat(Indicators.HI_U6.getCaveatEn())
        .contains("Counts children holding a valid card; the timely issue the plan asks for is not measured.");
    assertThat(Indicators.WELFARE_COVERAGE.getLegalBases()).hasSize(2);
    assertThat(CaseIndicators.CASES_RECEIVED.getAgeBasis()).isEqualTo(AgeBasis.COMPLETED_YEARS_AT_RECEIPT);
    assertThat(Indicators.EPI_U1.getUnit()).isEqualTo(IndicatorUnit.PERCENT);
  }

  @Test
  void anImplementationGivesOnlyItsDefinition() {
    LegalReference law = LegalReference.of("Luật Trẻ em 2016", "Law on Children 2016");
    Indicator.Definition d = new Indicator.Definition("LEGAL_AID", "Trẻ em được trợ giúp pháp lý",
        "Children given legal aid", IndicatorUnit.PERCENT, "trẻ được trợ giúp", "those given aid",
        "trẻ cần trợ giúp", "children needing aid", AgeBasis.COMPLETED_YEARS_AT_REFERENCE, List.of(law));
    Indicator custom = () -> d;
    assertThat(custom.getCode()).isEqualTo("LEGAL_AID");
    assertThat(custom.getLegalBasis()).isEqualTo(law);
    assertThat(custom.getCaveatVi()).isEmpty();
    Indicator.Definition withCaveat = d.withCaveat("Lưu ý", "Caveat");
    assertThat(((Indicator) () -> withCaveat).getCaveatEn()).contains("Caveat");
    assertThat(withCaveat.nameEn()).isEqualTo(d.nameEn());
    assertThat(d.toString()).isEqualTo("Indicator.Definition{LEGAL_AID, Children given legal aid}");
  }

  @Test
  void aDefinitionRestsOnALegalTextAndCopiesItsList() {
    List<LegalReference> bases = new ArrayList<>();
    assertThatThrownBy(() -> new Indicator.Definition("X", "x", "x", IndicatorUnit.COUNT, "x", "x", "", "",
        AgeBasis.SCHOOL_AGE, bases)).isInstanceOf(IllegalArgumentException.class);
    bases.add(LegalReference.of("a", "a"));
    Indicator.Definition d = new Indicator.Definition("X", "x", "x", IndicatorUnit.COUNT, "x", "x", "", "",
        AgeBasis.SCHOOL_AGE, bases);
    bases.add(LegalReference.of("b", "b"));
    assertThat(d.legalBases()).hasSize(1);
    assertThatThrownBy(() -> d.withCaveat(null, "x")).isInstanceOf(NullPointerException.class);
  }
}
