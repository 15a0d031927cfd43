package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.testing.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code treem merge --dhis2 MAPPING}: the DHIS2 dataValueSet of a merge, one org unit per commune,
 * district and province, byte for byte (golden; regenerate on purpose with
 * {@code -Dtreem.golden.update=true}); a bad org-unit mapping is a coded error and nothing is written.
 */
class MergeDhis2CommandTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/merge");
  private static final String VALUES = "\"values\":[{\"indicator\":\"HI_U6\",\"numerator\":{\"dataElement\":\"tmDeNum0001\"},"
      + "\"denominator\":{\"dataElement\":\"tmDeDen0001\"}},{\"indicator\":\"BIRTH_REG_ON_TIME\","
      + "\"numerator\":{\"dataElement\":\"tmDeBrNum01\"},\"denominator\":{\"dataElement\":\"tmDeBrDen01\"}}]}";
  /** Org units by GSO code: no orgUnits. */
  static final String BY_CODE = "{\"version\":1,\"dataSet\":\"tmDsPlan001\",\"period\":\"2024\","
      + "\"orgUnit\":\"tmOuHue0001\"," + VALUES;

  @TempDir static Path dir;

  @BeforeAll
  static void province() throws IOException {
    MergeCommandTest.province(dir);
  }

  private static Path mapping(String name, String json) throws IOException {
    Path m = dir.resolve(name);
    Files.writeString(m, json, StandardCharsets.UTF_8);
    return m;
  }

  @Test
  void theMergeIsExportedWithOneOrgUnitPerCommuneDistrictAndProvince() throws IOException {
    for (String format : new String[] {"json", "csv"}) {
      Path out = dir.resolve("merge-dhis2." + format);
      CliRun r = CliRun.of("merge", dir.resolve("submissions").toString(), "--by", "district", "--lang", "en",
          "--dhis2", mapping("by-code.json", BY_CODE).toString(), "--dhis2-format", format, "-o", out.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.err()).contains("[DHIS2_ORG_UNIT_BY_CODE]").contains("orgUnitIdScheme=CODE")
          .contains("4 submissions read, 4 merged, 0 refused");
      String written = Files.readString(out, StandardCharsets.UTF_8);
      // communes, the district Quảng Điền (477 before 2025) and the province, by GSO code
      assertThat(written).contains("19885").contains("477").contains("46");
      assertThat(written).isEqualTo(GoldenFiles.expected(GOLDEN.resolve("dhis2-by-code." + format), written));
    }
  }

  @Test
  void aMixOfUidsAndCodesIsRefusedAndNothingIsWritten() throws IOException {
    String mixed = BY_CODE.replace("\"orgUnit\":\"tmOuHue0001\",",
        "\"orgUnit\":\"tmOuHue0001\",\"orgUnits\":{\"46\":\"tmOuHue0001\"},");
    Path out = dir.resolve("mixed.json");
    CliRun r = CliRun.of("merge", dir.resolve("submissions").toString(), "--lang", "en", "--dhis2",
        mapping("mixed-map.json", mixed).toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("[DHIS2_MIXED_ORG_UNIT_SCHEME]").contains("errors: nothing written")
        .doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  void aMalformedUidIsACodedErrorAndUsageErrorsAreRefused() throws IOException {
    String bad = BY_CODE.replace("\"orgUnit\":\"tmOuHue0001\",",
        "\"orgUnit\":\"tmOuHue0001\",\"orgUnits\":{\"46\":\"not-a-uid\"},");
    Path out = dir.resolve("bad.json");
    CliRun r = CliRun.of("merge", dir.resolve("submissions").toString(), "--lang", "en", "--dhis2",
        mapping("bad-map.json", bad).toString(), "-o", out.toString());
    assertThat(r.code()).as(r.err()).isIn(1, 2);
    assertThat(r.err()).contains("DHIS2_INVALID_UID").doesNotContain("Exception");
    assertThat(out).doesNotExist();

    CliRun withFormat = CliRun.of("merge", dir.resolve("submissions").toString(), "--lang", "en", "--format", "json",
        "--dhis2", mapping("m.json", BY_CODE).toString());
    assertThat(withFormat.code()).isEqualTo(2);
    assertThat(withFormat.err()).contains("not with --format or --no-suppression");
    CliRun unsuppressed = CliRun.of("merge", dir.resolve("submissions").toString(), "--lang", "en",
        "--no-suppression", "--dhis2", mapping("m.json", BY_CODE).toString());
    assertThat(unsuppressed.code()).isEqualTo(2);
    CliRun noMapping = CliRun.of("merge", dir.resolve("submissions").toString(), "--lang", "en", "--dhis2",
        dir.resolve("none.json").toString());
    assertThat(noMapping.code()).isEqualTo(2);
    assertThat(noMapping.err()).contains("no such file");
    CliRun formatAlone = CliRun.of("merge", dir.resolve("submissions").toString(), "--dhis2-format", "csv");
    assertThat(formatAlone.code()).isEqualTo(2);
  }
}
