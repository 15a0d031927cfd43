package io.github.treem.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.indicators.IndicatorReport;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The report CSV: golden file, byte identity with the hand-written writer it replaced, formula
 * neutralisation, and that a CSV reader gets every cell back. Regenerate the golden file only on
 * purpose, with {@code -Dtreem.golden.update=true}.
 */
class ReportCsvTest {

  static List<Long> seeds() {
    return ReportJsonTest.seeds();
  }

  @Test
  void theSmallReportIsStable() throws IOException {
    String csv = ReportCsv.write(ReportFixtures.small());
    assertThat(csv).isEqualTo(ReportJsonTest.golden("small.csv", csv));
  }

  @Test
  void theEdgesAreShownOnTheirSideAndHiddenCountsAreWrittenHidden() throws IOException {
    String csv = ReportCsv.write(ReportFixtures.edges());
    assertThat(csv).isEqualTo(ReportJsonTest.golden("edges.csv", csv));
    assertThat(csv).contains("\nHI_U6,total,,19999,20000,99.99,VALUE\n")
        .contains("\nUNDERWEIGHT_U5,total,,9001,100000,9.01,VALUE\n")
        .contains("\nSTUNTING_U5,total,,8996,100000,8.99,VALUE\n")
        .contains("\nSPECIAL_CIRCUMSTANCES,total,,74,,74,VALUE\n")
        .contains("\nWELFARE_COVERAGE,exclusion,MISSING_POVERTY,x,,,\n")
        .contains("\nnote,vi,\"" + io.github.treem.indicators.DisclosureControl.NOTE_VI + "\",,,,\n")
        .doesNotContain("100.00").doesNotContain("<5");
  }

  @Test
  void anUnsuppressedReportIsSuppressedAndAuditedBeforeItIsWritten() {
    ReportDocument given = ReportDocument.of(ReportFixtures.smallUnsuppressed(), List.of());
    assertThat(ReportCsv.write(given)).isEqualTo(ReportCsv.write(given.published()))
        .contains("\nHI_U6,group,DD,x,x,,SUPPRESSED\n");
    assertThat(ReportCsv.write(ReportDocument.unsuppressedForInternalUse(given.getReport(), List.of())))
        .contains("\nHI_U6,group,DD,1,2,50.00,VALUE\n").contains("\nnote,unsuppressed,");
  }

  @Test
  void theGoldenFileShowsEveryKindOfRow() throws IOException {
    String csv = ReportJsonTest.golden("small.csv");
    assertThat(csv).startsWith("indicator,dimension,key,numerator,denominator,value,state\n"
        + "HI_U6,total,,7,9,77.78,VALUE\nHI_U6,exclusion,MISSING_DOB,1,,,\nHI_U6,exclusion,MISSING_SEX,2,,,\n"
        + "HI_U6,village,Bản Mới,0,0,,NO_DATA\nHI_U6,village,\"Thôn \"\"Đông\"\", xóm 1\",3,4,75.00,VALUE\n")
        .contains("\nHI_U6,village,\"'=HYPERLINK(\"\"x\"\")\",2,3,66.67,VALUE\n")
        .contains("\nHI_U6,group,DD,x,x,,SUPPRESSED\n")
        .contains("\nUNDERWEIGHT_U5,total,,0,0,,NO_DATA\n")
        .contains("\nSPECIAL_CIRCUMSTANCES,total,,12,,12,VALUE\n")
        .contains("\nSPECIAL_CIRCUMSTANCES,village,'-Thôn 3,12,,12,VALUE\n")
        .contains("\nSPECIAL_CIRCUMSTANCES,village,'@Thôn\t4,0,,0,VALUE\n")
        .contains("\nHI_U6,target,AT_LEAST,,,-12.22,NOT_MET\n")
        .contains("\nUNDERWEIGHT_U5,target,BELOW,,,,NO_DATA\n")
        .contains("\nSPECIAL_CIRCUMSTANCES,target,AT_MOST,,,,MET\n")
        // the version marker of this output opens the manifest rows (issue 13)
        .contains("\nmanifest,format,treem-report-csv,,,,\nmanifest,version,1,,,,\nmanifest,treemVersion,")
        .contains("\nmanifest,option:note,'=1+1,,,,\n")
        .contains("\nmanifest,table:who2006-weianthro.txt," + ReportFixtures.SHA_W + ",,,,\n")
        .endsWith("\nmanifest,syntheticData,false,,,,\n");
  }

  @Test
  void formulaCellsAreNeutralisedAndNumbersAreNot() {
    assertThat(List.of("=1", "+1", "-x", "@x", "\tx", "\rx", "-1.50", "-12", "x=1", "", "'=x"))
        .map(io.github.treem.io.internal.csv.Text::neutraliseForDisplay)
        .containsExactly("'=1", "'+1", "'-x", "'@x", "'\tx", "'\rx", "-1.50", "-12", "x=1", "", "'=x");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aCsvReaderGetsEveryCellBack(long seed) {
    ReportDocument doc = ReportFixtures.random(seed);
    String csv = ReportCsv.write(doc);
    List<List<String>> rows = read(csv);
    assertThat(rows.get(0)).isEqualTo(ReportCsv.COLUMNS);
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(7));
    IndicatorReport r = doc.getReport();
    assertThat(csv).doesNotContain("<5");
    long expected = 1 + doc.getTargets().size() + r.getResults().stream().mapToLong(x -> 1 + x.getExclusions().size()
        + x.getSuppressedExclusions().size() + x.getBreakdowns().values().stream().mapToLong(List::size).sum()).sum()
        + (doc.published().hasHiddenFigures() ? 2 : 0) + (doc.isUnsuppressedForInternalUse() ? 1 : 0)
        + doc.getManifest().map(m -> 6 + m.getOptions().size() + m.getInputs().size() + m.getGrowthTables().size()).orElse(0)
        // two name rows (vi, en) for each distinct key of a dimension whose keys are codes (legacy_group)
        + 2L * r.getResults().stream().flatMap(x -> x.getBreakdowns().entrySet().stream())
            .filter(e -> e.getKey().hasCellNames()).flatMap(e -> e.getValue().stream().map(c -> e.getKey() + ":" + c.getKey()))
            .distinct().count();
    assertThat(rows).hasSize((int) expected);
    // every key cell is the key, neutralised
    List<String> keys = new ArrayList<>();
    r.getResults().forEach(x -> x.getBreakdowns().values().forEach(cells -> cells.forEach(c -> keys.add(c.getKey()))));
    assertThat(rows.stream().filter(row -> !List.of("total", "exclusion", "target").contains(row.get(1))
        && !row.get(0).equals("manifest") && !row.get(0).equals("note") && !row.get(0).equals("indicator")
        && !row.get(0).equals("name")).map(row -> row.get(2)))
        .containsExactlyElementsOf(keys.stream().map(io.github.treem.io.internal.csv.Text::neutraliseForDisplay).toList());
  }

  private static List<List<String>> read(String csv) {
    CsvMapper mapper = new CsvMapper();
    List<List<String>> rows = new ArrayList<>();
    try (JsonParser p = mapper.reader().with(CsvSchema.emptySchema()).with(CsvReadFeature.WRAP_AS_ARRAY)
        .createParser(new StringReader(csv))) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new AssertionError("not an array");
      }
      while (p.nextToken() == JsonToken.START_ARRAY) {
        List<String> row = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          row.add(p.getString());
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
