package io.github.treem.indicators.cfc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled table of QĐ 06 (what is confirmed, what is provisional), the text form, and replacement. */
class ScoringTableTest {
  private static final ScoringTable QD06 = ScoringTable.qd06();

  /** One line per band: the golden file pins the bundled table, so that a change to it is deliberate. */
  static String summary(ScoringTable t) {
    StringBuilder b = new StringBuilder();
    b.append(t.getId()).append(' ').append(t.getVersion()).append(" valid ").append(t.getValidFrom()).append(" max ")
        .append(t.getMaximumTotal()).append('\n');
    b.append("thresholds ").append(new TreeMap<>(t.getRecognitionRule().getThresholds())).append(' ')
        .append(t.getRecognitionRule().getThresholdCertainty().getMark()).append(" conditions ")
        .append(t.getRecognitionRule().getConditionsCertainty().getMark()).append('\n');
    for (Criterion c : t.getCriteria()) {
      b.append("criterion ").append(c.getNumber()).append(" max ").append(c.getMaximum()).append(' ')
          .append(c.getMaximumCertainty().getMark()).append(" met>=").append(c.getMetMinimum()).append(' ')
          .append(c.getMetCertainty().getMark()).append(' ').append(c.getNameEn()).append('\n');
      for (ScoringItem i : c.getItems()) {
        b.append("  item ").append(i.getId()).append(' ').append(i.getUnit()).append(' ').append(i.getInput())
            .append(i.getInputCode().map(x -> ":" + x).orElse("")).append(' ').append(i.getCertainty().getMark())
            .append(i.isSensitive() ? " sensitive" : "").append('\n');
        for (PointBand p : i.getBands()) {
          b.append("    ").append(p.getNotation()).append(" -> ").append(p.getPoints()).append(' ')
              .append(p.getCertainty().getMark()).append('\n');
        }
      }
    }
    return b.toString();
  }

  @Test
  void theBundledTableMatchesItsGoldenSummary() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/golden/cfc/qd-06-2019-summary.txt")) {
      assertThat(summary(QD06)).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theBundledTableHasTheThirteenCriteriaOfTheDecision() {
    assertThat(QD06.getCriteria()).hasSize(13);
    assertThat(QD06.getMaximumTotal()).isEqualTo(1000);
    assertThat(QD06.criterion(2).orElseThrow().getNameVi()).isEqualTo("Trẻ em được khai sinh đúng quy định");
    assertThat(QD06.criterion(13).orElseThrow().getNameVi())
        .isEqualTo("Mức độ hài lòng của trẻ em và người dân về việc thực hiện quyền trẻ em");
    assertThat(QD06.getLegalBasis().getDocument()).isEqualTo("Quyết định 06/QĐ-TTg ngày 03/01/2019 của Thủ tướng Chính phủ");
    assertThat(QD06.getLegalBasis().toString()).isEqualTo("Quyết định 06/QĐ-TTg ngày 03/01/2019 của Thủ tướng Chính phủ, Điều 2");
    assertThat(QD06.isValidOn(LocalDate.of(2019, 1, 3))).isTrue();
    assertThat(QD06.isValidOn(LocalDate.of(2019, 1, 2))).isFalse();
    assertThat(QD06.isProvisional()).isTrue();
    assertThat(QD06.getRecognitionRule().getThresholds()).isEqualTo(Map.of(CommuneType.CITY_WARD, 900,
        CommuneType.MOUNTAIN_ISLAND_OR_DISADVANTAGED, 800, CommuneType.OTHER, 850));
    assertThat(QD06.getSources()).containsKeys("cuuchienbinh", "baodansinh", "tvpl", "treem");
  }

  @Test
  void onlyThePointsQuotedBySourcesAreMarkedSecondary() {
    List<String> decisive = new ArrayList<>();
    for (ScoringItem i : QD06.items()) {
      for (PointBand b : i.getBands()) {
        if (b.getCertainty().isDecisive()) {
          decisive.add(i.getId() + " " + b.getNotation() + " " + b.getPoints());
        }
      }
    }
    assertThat(decisive).containsExactly("1.1 [1,1] 50", "1.1 [0,0] 0", "1.2 [1,1] 15", "1.2 [0,0] 0",
        "1.3 [1,1] 15", "1.3 [0,0] 0", "6.1 [95,100] 50", "6.2 [100,100] 75", "7.1 [98,100] 50");
    assertThat(QD06.getCriteria().stream().filter(c -> c.getMaximumCertainty().isDecisive()).map(Criterion::getNumber))
        .containsExactly(1, 6, 7);
    assertThat(QD06.getRecognitionRule().getThresholdCertainty()).isEqualTo(Certainty.SECONDARY);
    assertThat(QD06.getRecognitionRule().getConditionsCertainty()).isEqualTo(Certainty.SECONDARY);
    assertThat(QD06.getCriteria()).allSatisfy(c -> assertThat(c.getMetCertainty()).isEqualTo(Certainty.PROVISIONAL));
  }

  static final String SMALL = String.join("\n",
      "# a province's table",
      "table\tTTH-2021\t2\tBảng điểm tỉnh\tProvince table",
      "legal\tQuyết định 1/QĐ-UBND\tDecision 1\t-\t-\t2021-01-01\t-",
      "valid\t2021-01-01\t2025-12-31",
      "source\tp\tQuyết định 1/QĐ-UBND",
      "thresholds\tCITY_WARD=90;MOUNTAIN_ISLAND_OR_DISADVANTAGED=80;OTHER=85\tC\tp",
      "conditions\tALL_CRITERIA_MET;NO_CRITERION_AT_ZERO\tC\tp",
      "criterion\t1\t100\tC\t50\tC\tMột\tOne\tp",
      "item\t1.1\tPERCENT\tREGISTER\tBIRTH_REG_ON_TIME\tC\tN\tKhai sinh\tBirths\tp",
      "band\t[90,100]\t100\tC\tp",
      "band\t[50,90)\t50\tC\tp",
      "band\t[0,50)\t0\tC\tp",
      "");

  @Test
  void aProvinceTableIsReadAndReplacesTheBundledOne() throws IOException {
    ScoringTable t = ScoringTable.parse(new StringReader(SMALL), "tth.tsv");
    assertThat(t.getId()).isEqualTo("TTH-2021");
    assertThat(t.getVersion()).isEqualTo("2");
    assertThat(t.getValidTo()).contains(LocalDate.of(2025, 12, 31));
    assertThat(t.isProvisional()).isFalse();
    assertThat(t.getMaximumTotal()).isEqualTo(100);
    ScoreCard card = ChildFriendlyScorer.of(t).score(ScoringInput.builder().year(2021).communeType(CommuneType.OTHER)
        .report(ChildFriendlyScorerTest.report(2021,
            ChildFriendlyScorerTest.result(io.github.treem.indicators.Indicators.BIRTH_REG_ON_TIME, 9, 10))).build());
    assertThat(card.getTotal()).isEqualTo(100);
    assertThat(card.getThreshold()).isEqualTo(85);
    assertThat(card.getStatus()).isEqualTo(RecognitionStatus.RECOGNISED);
    // and one criterion of the bundled table can be replaced
    Criterion c7 = QD06.criterion(7).orElseThrow();
    ScoringItem epi = c7.getItems().get(0).withBands(List.of(PointBand.of("[95,100]", 50, Certainty.CONFIRMED),
        PointBand.of("[0,95)", 0, Certainty.CONFIRMED)));
    ScoringTable changed = QD06.withCriterion(c7.withItem(epi)).withIdentity("QD-06-2019-TTH", "1");
    assertThat(changed.item("7.1").orElseThrow().bandOf(ItemValue.fraction(19, 20)).orElseThrow().getPoints()).isEqualTo(50);
    assertThat(changed.getId()).isEqualTo("QD-06-2019-TTH");
    assertThat(QD06.item("7.1").orElseThrow().bandOf(ItemValue.fraction(19, 20)).orElseThrow().getPoints()).isEqualTo(30);
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("unknown record", "# a province's table", "frob\tx",
            "TREEM-CFC-0010: t.tsv:1: unknown record \"frob\""),
        Arguments.of("gap between bands", "band\t[50,90)\t50\tC\tp", "band\t[50,89)\t50\tC\tp",
            "TREEM-CFC-0003: t.tsv:9: item 1.1: no band covers the values just below 90"),
        Arguments.of("overlap", "band\t[50,90)\t50\tC\tp", "band\t[50,90]\t50\tC\tp",
            "TREEM-CFC-0003: t.tsv:9: item 1.1: the band [90,100] overlaps another"),
        Arguments.of("no band at 0", "band\t[0,50)\t0\tC\tp", "band\t(0,50)\t0\tC\tp",
            "TREEM-CFC-0003: t.tsv:9: item 1.1: no band covers the values just at 0"),
        Arguments.of("beyond 100", "band\t[90,100]\t100\tC\tp", "band\t[90,*)\t100\tC\tp",
            "TREEM-CFC-0003: t.tsv:9: item 1.1: the bands must end at 100] for PERCENT"),
        Arguments.of("maxima do not add up", "criterion\t1\t100\t", "criterion\t1\t90\t",
            "TREEM-CFC-0004: t.tsv:8: criterion 1: the items' maxima add up to 100, not the maximum 90"),
        Arguments.of("source not declared", "band\t[0,50)\t0\tC\tp", "band\t[0,50)\t0\tC\tq",
            "TREEM-CFC-0006: t.tsv: table TTH-2021: the source q is not declared"),
        Arguments.of("bad interval", "band\t[0,50)\t0\tC\tp", "band\t[0;50)\t0\tC\tp",
            "TREEM-CFC-0002: t.tsv:12: not a band"),
        Arguments.of("bad certainty", "band\t[0,50)\t0\tC\tp", "band\t[0,50)\t0\tX\tp",
            "TREEM-CFC-0010: t.tsv:12: not a certainty (C, S or U): X"),
        Arguments.of("missing threshold", "CITY_WARD=90;MOUNTAIN_ISLAND_OR_DISADVANTAGED=80;OTHER=85",
            "CITY_WARD=90;OTHER=85",
            "TREEM-CFC-0005: t.tsv: the recognition rule needs a threshold (0 or more) for MOUNTAIN_ISLAND_OR_DISADVANTAGED"),
        Arguments.of("too few cells", "band\t[0,50)\t0\tC\tp", "band\t[0,50)\t0",
            "TREEM-CFC-0010: t.tsv:12: expected band <interval> <points> <certainty> <sources> (tab-separated), found 3 cells"),
        Arguments.of("a band before any item", "item\t1.1\t", "band\t[0,1]\t0\tC\tp\nitem\t1.1\t",
            "TREEM-CFC-0010: t.tsv:9: a band follows its item"),
        Arguments.of("none for a yes/no", "band\t[0,50)\t0\tC\tp", "band\t[0,50)\t0\tC\tp\n"
            + "item\t1.2\tYES_NO\tSELF_ASSESSMENT\t-\tC\tN\tCó\tYes\tp\nband\tyes\t0\tC\tp\nband\tnone\t0\tC\tp",
            "TREEM-CFC-0003: t.tsv:13: item 1.2: the band \"none\" is for a rate only"),
        Arguments.of("a register item without its indicator", "REGISTER\tBIRTH_REG_ON_TIME", "REGISTER\t-",
            "TREEM-CFC-0003: t.tsv:9: item 1.1: an input from REGISTER needs an input code"),
        Arguments.of("sensitive not Y or N", "BIRTH_REG_ON_TIME\tC\tN", "BIRTH_REG_ON_TIME\tC\tyes",
            "TREEM-CFC-0010: t.tsv:9: not Y or N: yes"),
        Arguments.of("a record twice", "valid\t2021-01-01\t2025-12-31", "valid\t2021-01-01\t2025-12-31\nvalid\t2021-01-01\t-",
            "TREEM-CFC-0010: t.tsv:5: the record valid is given twice"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedTablesAreRefusedWithTheLine(String what, String from, String to, String message) {
    String text = SMALL.replace(from, to);
    assertThat(text).as(what).isNotEqualTo(SMALL);
    assertThatThrownBy(() -> ScoringTable.parse(new StringReader(text), "t.tsv")).as(what)
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith(message);
  }
}
