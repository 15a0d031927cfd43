package io.github.treem.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EthnicityGoldenTest {

  @Test
  void all54GroupsWithBothCodes() {
    List<String[]> rows = Golden.rows("ethnicities.txt");
    assertThat(rows).hasSize(54);
    assertThat(Ethnicity.values()).hasSize(54);
    for (String[] r : rows) {
      Ethnicity e = Ethnicity.fromName(r[2]).orElseThrow(() -> new AssertionError(r[2]));
      assertThat(e.getCode(EthnicityCodeList.QD_121_1979)).as(r[2]).isEqualTo(r[0]);
      assertThat(e.getCode(EthnicityCodeList.QD_1019_2008)).as(r[2]).isEqualTo(r[1]);
      assertThat(Ethnicity.fromCode(EthnicityCodeList.QD_121_1979, r[0])).contains(e);
      assertThat(Ethnicity.fromCode(EthnicityCodeList.QD_1019_2008, r[1])).contains(e);
      assertThat(Ethnicity.parse(r[0])).contains(e);
    }
    assertThat(rows.stream().map(r -> r[0]).distinct()).hasSize(54);
    assertThat(rows.stream().map(r -> r[1]).distinct()).hasSize(54);
  }

  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(delimiter = ';', value = {
      "KINH; 01; 01", "TAY; 02; 02", "THAI; 03; 03", "HOA; 04; 06", "KHO_ME; 05; 05", "MUONG; 06; 04",
      "HMONG; 08; 08", "NGAI; 11; 43", "E_DE; 12; 11", "XO_DANG; 14; 16", "THO; 24; 21", "KHANG; 33; 37",
      "PA_THEN; 46; 41", "CONG; 48; 49", "BO_Y; 49; 48", "BRAU; 52; 53", "O_DU; 53; 54", "RO_MAM; 54; 52",
  })
  void sampleCodes(Ethnicity e, String code1979, String code2008) {
    assertThat(e.getCode(EthnicityCodeList.QD_121_1979)).isEqualTo(code1979);
    assertThat(e.getCode(EthnicityCodeList.QD_1019_2008)).isEqualTo(code2008);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Khmer; KHO_ME", "kho me; KHO_ME", "Khơ-me; KHO_ME", "KHO-ME; KHO_ME",
      "H'Mông; HMONG", "HMông; HMONG", "Mông; HMONG", "hmong; HMONG",
      "Mường; MUONG", "muong; MUONG", "Rơ Măm; RO_MAM", "ro mam; RO_MAM",
      "Ngái; NGAI", "ngai; NGAI", "Hoa; HOA", "Ê-đê; E_DE", "ede; E_DE", "Ơ Đu; O_DU", "o du; O_DU",
  })
  void namesWithAndWithoutDiacritics(String name, Ethnicity expected) {
    assertThat(Ethnicity.fromName(name)).contains(expected);
    assertThat(Ethnicity.parse(name)).contains(expected);
  }

  @Test
  void codesMeanNothingWithoutTheirList() {
    assertThat(Ethnicity.fromCode(EthnicityCodeList.QD_121_1979, "04")).contains(Ethnicity.HOA);
    assertThat(Ethnicity.fromCode(EthnicityCodeList.QD_1019_2008, "04")).contains(Ethnicity.MUONG);
    assertThat(Ethnicity.fromCode(EthnicityCodeList.QD_121_1979, "55")).isEmpty();
    assertThat(Ethnicity.fromCode(EthnicityCodeList.QD_121_1979, "56")).isEmpty();
    assertThat(Ethnicity.fromName("Klingon")).isEmpty();
  }
}
