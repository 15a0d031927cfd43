package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An indicator cites the legal text in force on the reference date (issue 14). */
class LegalBasisOnDateTest {

  @Test
  void welfareCoverageCitesDecree136BeforeJuly2021AndDecree20From() {
    Indicator w = Indicators.WELFARE_COVERAGE;
    assertThat(w.legalBasisOn(LocalDate.of(2020, 12, 31)).getDocument()).isEqualTo("Nghị định 136/2013/NĐ-CP");
    assertThat(w.legalBasisOn(LocalDate.of(2021, 6, 30)).getDocument()).isEqualTo("Nghị định 136/2013/NĐ-CP");
    assertThat(w.legalBasisOn(LocalDate.of(2021, 7, 1)).getDocument()).isEqualTo("Nghị định 20/2021/NĐ-CP");
    assertThat(w.legalBasisOn(LocalDate.of(2025, 12, 31)).toString()).isEqualTo("Nghị định 20/2021/NĐ-CP, Điều 5, khoản 1, 3, 6");
    // today's basis is the latest
    assertThat(w.getLegalBasis().getDocument()).isEqualTo("Nghị định 20/2021/NĐ-CP");
    assertThat(w.getLegalBases()).hasSize(2);
    assertThat(w.getLegalBases().get(0).getInForceTo()).contains(LocalDate.of(2021, 6, 30));
  }

  @Test
  void singleBasisIndicatorsCiteItOnEveryDate() {
    Indicator sc = Indicators.SPECIAL_CIRCUMSTANCES;
    assertThat(sc.legalBasisOn(LocalDate.of(2010, 1, 1))).isEqualTo(sc.getLegalBasis());
    assertThat(sc.legalBasisOn(LocalDate.of(2020, 12, 31)).getDocument()).isEqualTo("Luật Trẻ em 102/2016/QH13");
  }
}
