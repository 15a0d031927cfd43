package io.github.treem.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.testing.GoldenFiles;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.cfc.ChildFriendlyScorer;
import io.github.treem.indicators.cfc.ItemValue;
import io.github.treem.indicators.cfc.ScoreCard;
import io.github.treem.indicators.cfc.ScoringInput;
import io.github.treem.indicators.cfc.ScoringItem;
import io.github.treem.indicators.cfc.ScoringTable;
import io.github.treem.indicators.cfc.SelfAssessment;
import io.github.treem.indicators.cfc.SelfAssessmentEntry;
import io.github.treem.indicators.synthetic.SyntheticSelfAssessment;
import io.github.treem.io.TextEncoding;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CSV self-assessment form: the same self-assessment as the JSON file (equal objects, the same
 * score card), its golden files (the filled demonstration form and the blank form of the bundled
 * table), the register's guarantees (every row accepted or rejected, located and coded; rows after a
 * damaged one read; no evidence in a message), and the officer's spreadsheet habits (a byte-order
 * mark, {@code ;} and decimal commas, Vietnamese column names, Windows-1258, trailing empty rows).
 * Golden files change only on purpose, with {@code -Dtreem.golden.update=true}.
 */
class SelfAssessmentCsvTest {
  private static final ScoringTable TABLE = ScoringTable.qd06();
  private static final SelfAssessment DEMO = SyntheticSelfAssessment.quangVinh(2020);

  private static SelfAssessmentCsvReading read(String csv) {
    return read(csv.getBytes(StandardCharsets.UTF_8));
  }

  private static SelfAssessmentCsvReading read(byte[] bytes) {
    SelfAssessmentCsvReading r = SelfAssessmentCsv.read(new ByteArrayInputStream(bytes), "sa.csv", TABLE);
    assertThat(r.getRowsRead()).isEqualTo(r.getAccepted() + r.getRejected());
    return r;
  }

  private static ScoreCard score(SelfAssessment sa) {
    return ChildFriendlyScorer.qd06().score(ScoringInput.builder().year(sa.getYear()).selfAssessment(sa).build());
  }

  @Test
  void theDemoFormMatchesItsGoldenFileAndReadsBackAsTheJsonFileDoesWithTheSameScoreCard() {
    String csv = SelfAssessmentCsv.write(DEMO, TABLE, ',');
    assertThat(csv).isEqualTo(GoldenFiles.expected(Path.of("src/test/resources/golden/cfc/quang-vinh-2020.self-assessment.csv"), csv));
    SelfAssessmentCsvReading r = read(csv);
    assertThat(r.isClean()).as("%s", r.getIssues()).isTrue();
    SelfAssessment fromCsv = r.getSelfAssessment().orElseThrow();
    SelfAssessment fromJson = SelfAssessmentJson.read(SelfAssessmentJson.write(DEMO));
    assertThat(fromCsv).isEqualTo(fromJson).isEqualTo(DEMO);
    assertThat(fromCsv.isSynthetic()).isTrue();
    assertThat(score(fromCsv)).isEqualTo(score(fromJson));
    assertThat(score(fromCsv).getTotal()).isEqualTo(score(fromJson).getTotal());
    // 11 form rows, 21 item rows of the table; the 4 register items are left blank
    assertThat(r.getRowsRead()).isEqualTo(11 + TABLE.items().size());
    assertThat(r.getUnanswered()).isEqualTo(TABLE.items().size() - DEMO.getEntries().size());
    assertThat(r.getEncoding()).isEqualTo(TextEncoding.UTF_8);
  }

  @Test
  void theBlankFormListsEveryItemOfTheTableAndReadsAsNoSelfAssessmentUntilFilled() {
    String csv = SelfAssessmentCsv.template(TABLE, 2021, ',');
    assertThat(csv).isEqualTo(GoldenFiles.expected(Path.of("src/test/resources/golden/cfc/blank-form-qd-06-2019.csv"), csv));
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", SelfAssessmentCsv.COLUMNS));
    for (ScoringItem i : TABLE.items()) {
      assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("item," + i.getId().substring(0, i.getId().indexOf('.')) + ","
          + i.getId() + ","));
    }
    SelfAssessmentCsvReading blank = read(csv);
    assertThat(blank.getSelfAssessment()).isEmpty();
    assertThat(blank.getUnanswered()).isEqualTo(TABLE.items().size());
    // the five fields the officer must fill are rejected as missing, each on its own line
    assertThat(blank.getIssues()).filteredOn(i -> i.getCode().equals("MISSING_VALUE")).hasSize(5)
        .allSatisfy(i -> assertThat(i.getLocation().getLine()).isPresent());
    // filled: the fields, two items
    String filled = fill(csv, "commune_code", "19885");
    filled = fill(filled, "commune_name", "Quảng Vinh");
    filled = fill(filled, "commune_type", "OTHER");
    filled = fill(filled, "assessed_on", "15/12/2021");
    filled = fill(filled, "assessed_by", "UBND xã");
    filled = row(filled, "item,1,1.1,", "item,1,1.1,,có/không,1,,,QĐ số 12");
    assertThat(filled).contains("QĐ số 12");
    SelfAssessmentCsvReading r = read(filled);
    assertThat(r.isClean()).as("%s", r.getIssues()).isTrue();
    SelfAssessment sa = r.getSelfAssessment().orElseThrow();
    assertThat(sa.getYear()).isEqualTo(2021);
    assertThat(sa.getTableId()).contains(TABLE.getId());
    assertThat(sa.getEntries()).containsExactly(SelfAssessmentEntry.of("1.1", ItemValue.yes(), "QĐ số 12"));
    // the items only a self-assessment gives are missing: warnings on the file
    assertThat(r.check(TABLE)).filteredOn(i -> i.getCode().equals("CFC_ITEM_MISSING")).isNotEmpty()
        .allMatch(i -> i.getSeverity() == Severity.WARNING);
  }

  /** The form with the row that starts with a prefix replaced (the rows hold no line break). */
  private static String row(String csv, String prefix, String replacement) {
    StringBuilder out = new StringBuilder();
    int found = 0;
    for (String line : csv.split("\r\n", -1)) {
      if (line.startsWith(prefix)) {
        line = replacement;
        found++;
      }
      out.append(line).append("\r\n");
    }
    assertThat(found).as(prefix).isEqualTo(1);
    return out.substring(0, out.length() - 2);
  }

  /** The form's field row with its value filled in (the template's value cell is empty). */
  private static String fill(String csv, String field, String value) {
    StringBuilder out = new StringBuilder();
    for (String line : csv.split("\r\n", -1)) {
      if (line.startsWith("form,," + field + ",")) {
        // record,criterion,item,label_vi,unit,value,numerator,denominator,evidence: value is 6th
        List<String> cells = new java.util.ArrayList<>(List.of(line.split(",", -1)));
        int n = cells.size();
        cells.set(n - 4, value);
        line = String.join(",", cells);
      }
      out.append(line).append("\r\n");
    }
    return out.substring(0, out.length() - 2);
  }

  @Test
  void everyRowIsAcceptedOrRejectedLocatedAndCodedAndTheRowsAfterADamagedOneAreRead() {
    String good = SelfAssessmentCsv.write(DEMO, TABLE, ',');
    String bad = good;
    // two values at once
    bad = row(bad, "item,1,1.1,", "item,1,1.1,,,có,1,2,QĐ");
    // a numerator without its denominator
    bad = row(bad, "item,6,6.1,", "item,6,6.1,,,,46,,Danh sách");
    // a quote left open on one line: that row is rejected, the next ones are read again
    bad = row(bad, "item,7,7.1,", "item,7,7.1,,,,38,39,\"Sổ tiêm chủng");
    // a count that is no number, a numerator over the denominator
    bad = row(bad, "item,9,9.1,", "item,9,9.1,,,,1890,abc,Kết quả");
    bad = row(bad, "item,12,12.2,", "item,12,12.2,,,,12,11,Danh sách");
    // an unknown record kind, an unknown field, a value for a yes/no item that is none
    bad = row(bad, "form,,year,", "forms,,year,,,2020,,,");
    bad = row(bad, "item,11,11.1,", "item,11,11.1,,,perhaps,,,Biên bản");
    bad = bad + "form,,assessor,,,X,,,\r\nitem,12,12.1,,,có,,,Bí mật của Nguyễn Văn A\r\n";
    SelfAssessmentCsvReading r = read(bad);
    assertThat(r.getRejected()).isEqualTo(8);
    assertThat(r.getIssues()).extracting(Issue::getCode).containsExactlyInAnyOrder("CFC_CSV_TWO_VALUES",
        "CFC_CSV_HALF_FRACTION", "CSV_UNCLOSED_QUOTE", "INVALID_NUMBER", "INVALID_VALUE", "CFC_CSV_UNKNOWN_RECORD",
        "INVALID_YES_NO", "CFC_CSV_UNKNOWN_FIELD", "CFC_CSV_MISSING_FIELD");
    assertThat(r.getIssues()).filteredOn(i -> !i.getCode().equals("CFC_CSV_MISSING_FIELD"))
        .allSatisfy(i -> assertThat(i.getLocation().getLine()).isPresent())
        .allSatisfy(i -> assertThat(i.getLocation().getFile()).contains("sa.csv"));
    assertThat(r.getIssues()).filteredOn(i -> i.getCode().equals("CFC_CSV_TWO_VALUES"))
        .singleElement().satisfies(i -> assertThat(i.getLocation().getColumn()).contains("value"));
    // the year's row was rejected: no self-assessment, and the last row (after every damaged one) was read
    assertThat(r.getSelfAssessment()).isEmpty();
    assertThat(r.isClean()).isFalse();
    assertThat(r.getRowsRead()).isEqualTo(11 + TABLE.items().size() + 2);
    assertThat(r.getIssues()).filteredOn(i -> i.getCode().equals("CSV_UNCLOSED_QUOTE")).singleElement()
        .satisfies(i -> assertThat(i.getLocation().getLine()).hasValue(good.lines()
            .takeWhile(l -> !l.startsWith("item,7,7.1,")).count() + 1));
    for (Issue i : r.getIssues()) {
      assertThat(i.getMessageVi() + i.getMessageEn() + i.getLocation()).doesNotContain("Nguyễn", "Sổ tiêm", "Danh sách",
          "abc", "assessor", "perhaps");
    }
  }

  @Test
  void aFormRowKeepsTheSelfAssessmentWhenOnlyItemsAreRejectedAndCheckPlacesTheTablesIssuesOnTheirRows() {
    String csv = SelfAssessmentCsv.write(DEMO, TABLE, ',');
    csv = row(csv, "item,6,6.1,", "item,6,6.1,,,,46,,Danh sách");
    csv = row(csv, "item,11,11.1,", "item,11,11.1,,,có,,,");
    csv = row(csv, "item,12,12.1,", "item,12,99.9,,,có,,,Điểm vui chơi");
    SelfAssessmentCsvReading r = read(csv);
    assertThat(r.getRejected()).isEqualTo(1);
    SelfAssessment sa = r.getSelfAssessment().orElseThrow();
    assertThat(sa.entry("6.1")).isEmpty();
    List<Issue> checked = r.check(TABLE);
    Issue evidence = checked.stream().filter(i -> i.getCode().equals("CFC_EVIDENCE_MISSING")).findFirst().orElseThrow();
    long line11 = csv.lines().takeWhile(l -> !l.startsWith("item,11,11.1,")).count() + 1;
    assertThat(evidence.getLocation().getLine()).hasValue(line11);
    assertThat(evidence.getLocation().getColumn()).contains("evidence");
    assertThat(evidence.getLocation().getFile()).contains("sa.csv");
    Issue unknown = checked.stream().filter(i -> i.getCode().equals("CFC_UNKNOWN_ITEM")).findFirst().orElseThrow();
    assertThat(unknown.getLocation().getColumn()).contains("item");
    assertThat(checked).anySatisfy(i -> assertThat(i.getCode()).isEqualTo("CFC_ITEM_MISSING"));
  }

  @Test
  void anExcelFormInAVietnameseLocaleReadsTheSame() {
    // ; separator and decimal commas, as Excel saves in a Vietnamese locale; a byte-order mark
    String semi = SelfAssessmentCsv.write(DEMO, TABLE, ';');
    assertThat(semi).contains(";42,5;");
    byte[] bom = SelfAssessmentCsv.toBytes(semi);
    assertThat(bom[0] & 0xFF).isEqualTo(0xEF);
    assertThat(read(bom).getSelfAssessment()).contains(DEMO);
    // Vietnamese column names, 1 for yes, a percent sign, ISO and d/M/yyyy dates
    String vi = SelfAssessmentCsv.write(DEMO, TABLE, ',')
        .replaceFirst("record,criterion,item,label_vi,unit,value,numerator,denominator,evidence",
            "Loại dòng,Tiêu chí,Mục,Nội dung,Đơn vị,Giá trị,Tử số,Mẫu số,Minh chứng")
        .replace(",có/không,có,", ",có/không,1,")
        .replace(",%,42.5,", ",%,42.5%,")
        .replace(",2020-11-20,", ",20/11/2020,")
        + ",,,,,,,,\r\n,,,,,,,,\r\n";
    SelfAssessmentCsvReading r = read(vi);
    assertThat(r.isClean()).as("%s", r.getIssues()).isTrue();
    assertThat(r.getSelfAssessment()).contains(DEMO);
    // Windows-1258 (Excel's "CSV (Comma delimited)" on a Vietnamese Windows): read, with a warning
    byte[] cp1258 = windows1258(SelfAssessmentCsv.write(DEMO, TABLE, ','));
    SelfAssessmentCsvReading legacy = read(cp1258);
    assertThat(legacy.getEncoding()).isEqualTo(TextEncoding.WINDOWS_1258);
    assertThat(legacy.getIssues()).extracting(Issue::getCode).containsExactly("CFC_CSV_ENCODING_GUESSED");
    assertThat(legacy.getSelfAssessment()).contains(DEMO);
  }

  /**
   * Text in Windows-1258 as Vietnamese Windows writes it: the letters it has precomposed (â, ơ, đ,
   * ...) as such, and a tone mark as a combining character after them.
   */
  private static byte[] windows1258(String text) {
    Charset cp = Charset.forName("windows-1258");
    CharsetEncoder enc = cp.newEncoder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      String c = String.valueOf(text.charAt(i));
      if (enc.canEncode(c)) {
        b.append(c);
        continue;
      }
      String d = Normalizer.normalize(c, Normalizer.Form.NFD);
      // the base letter with the mark that Windows-1258 has precomposed with it (â, ơ, ...), then the tone
      String out = d;
      for (int m = 1; m < d.length(); m++) {
        String base = Normalizer.normalize(d.charAt(0) + d.substring(m, m + 1), Normalizer.Form.NFC);
        if (base.length() == 1 && enc.canEncode(base)) {
          out = base + d.substring(1, m) + d.substring(m + 1);
          break;
        }
      }
      b.append(out);
    }
    ByteBuffer bytes = cp.encode(b.toString());
    byte[] out = new byte[bytes.remaining()];
    bytes.get(out);
    return out;
  }

  @Test
  void anotherFormatOrVersionIsRefusedAndAnEmptyOrHeaderlessFileSaysSo() {
    String good = SelfAssessmentCsv.write(DEMO, TABLE, ',');
    SelfAssessmentCsvReading other = read(good.replace(SelfAssessmentCsv.FORMAT, "treem-register"));
    assertThat(other.getSelfAssessment()).isEmpty();
    assertThat(other.getIssues()).extracting(Issue::getCode).contains("CFC_CSV_NOT_A_FORM");
    SelfAssessmentCsvReading v2 = read(good.replace("form,,version,Phiên bản định dạng (không sửa),,1,",
        "form,,version,Phiên bản định dạng (không sửa),,2,"));
    assertThat(v2.getSelfAssessment()).isEmpty();
    assertThat(v2.getIssues()).extracting(Issue::getCode).contains("CFC_CSV_UNSUPPORTED_VERSION");
    // without the marker rows: version 1
    String unmarked = good.lines().filter(l -> !l.startsWith("form,,format,") && !l.startsWith("form,,version,"))
        .reduce((a, b) -> a + "\r\n" + b).orElseThrow();
    assertThat(read(unmarked).getSelfAssessment()).contains(DEMO);
    assertThat(read("").getIssues()).extracting(Issue::getCode).containsExactly("CSV_EMPTY_FILE");
    SelfAssessmentCsvReading noColumns = read("a,b\r\nform,x\r\n");
    assertThat(noColumns.getIssues()).extracting(Issue::getCode).contains("CSV_MISSING_COLUMN", "CSV_UNKNOWN_COLUMN");
    assertThat(noColumns.getRejected()).isEqualTo(1);
    assertThat(noColumns.getSelfAssessment()).isEmpty();
  }

  @Test
  void aFieldLongerThanTheLimitRejectsItsRowOnly() {
    String good = SelfAssessmentCsv.write(DEMO, TABLE, ',');
    String huge = "x".repeat(SelfAssessmentCsvReader.MAX_FIELD + 1);
    SelfAssessmentCsvReading r = read(row(good, "item,11,11.1,", "item,11,11.1,,,có,,," + huge));
    assertThat(r.getRejected()).isEqualTo(1);
    assertThat(r.getIssues()).extracting(Issue::getCode).containsExactly("CSV_FIELD_TOO_LONG");
    assertThat(r.getSelfAssessment().orElseThrow().entry("11.1")).isEmpty();
    assertThat(r.getSelfAssessment().orElseThrow().entry("11.2")).isPresent();
  }

  @Test
  void aCsvFormIsToldFromAJsonFileByNameThenByContent() {
    byte[] json = SelfAssessmentJson.write(DEMO).getBytes(StandardCharsets.UTF_8);
    byte[] csv = SelfAssessmentCsv.write(DEMO, TABLE, ',').getBytes(StandardCharsets.UTF_8);
    assertThat(SelfAssessmentCsv.isCsv("a.csv", json)).isTrue();
    assertThat(SelfAssessmentCsv.isCsv("a.JSON", csv)).isFalse();
    assertThat(SelfAssessmentCsv.isCsv("a.txt", json)).isFalse();
    assertThat(SelfAssessmentCsv.isCsv(null, csv)).isTrue();
    assertThat(SelfAssessmentCsv.isCsv(null, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '{'})).isFalse();
    assertThatThrownBy(() -> SelfAssessmentCsv.template(TABLE, 2020, '|')).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decimalsKeepTheirScaleAndNothingToCountIsZeroOfZero() {
    SelfAssessment sa = SelfAssessment.builder().from(DEMO).entries(List.of(
        SelfAssessmentEntry.of("13.1", ItemValue.decimal(new BigDecimal("86.00")), "khảo sát"),
        SelfAssessmentEntry.of("6.2", ItemValue.nothingToCount(), "không có"),
        SelfAssessmentEntry.of("4.1", ItemValue.fraction(0, 2480), "công an"))).build();
    String csv = SelfAssessmentCsv.write(sa, TABLE, ',');
    assertThat(csv).contains(",86.00,").contains(",,0,0,không có");
    // entries come back in the table's order
    SelfAssessment back = read(csv).getSelfAssessment().orElseThrow();
    assertThat(back.getEntries()).containsExactlyInAnyOrderElementsOf(sa.getEntries());
    assertThat(read(csv.replace(",,0,0,không có", ",không có trường hợp,,,không có")).getSelfAssessment().orElseThrow()
        .entry("6.2").orElseThrow().getValue()).isEqualTo(ItemValue.nothingToCount());
  }
}
