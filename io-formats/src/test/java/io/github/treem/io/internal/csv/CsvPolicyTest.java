package io.github.treem.io.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** treem's one CSV writing policy ({@link Text}): each kind of cell, each kind of file. */
class CsvPolicyTest {

  @Test
  void textCellsOfFilesTreemReadsBackAreNeutralisedReversibly() {
    for (String s : List.of("=1", "+1", "-x", "@x", "\tx", "\rx", "-5", "'=x", "''+1", "x=1", "", "'", "a'b")) {
      String written = Text.neutraliseText(s);
      assertThat(Text.unneutralise(written)).as(s).isEqualTo(s);
      // nothing a spreadsheet would run is left once the quotes are skipped
      assertThat(Text.needsNeutralising(written) && !written.startsWith("'")).as(s).isFalse();
    }
    assertThat(Text.neutraliseText("-5")).isEqualTo("'-5");
    assertThat(Text.neutraliseText("'=x")).isEqualTo("''=x");
  }

  @Test
  void cellsOfAnyColumnKeepTheNumbersTheReaderReads() {
    assertThat(List.of("-1.5", "+3", "-0,25", "-x", "'=x", "-1.2.3"))
        .map(Text::neutraliseCell).containsExactly("-1.5", "+3", "-0,25", "'-x", "''=x", "'-1.2.3");
  }

  @Test
  void exportCellsAreNeutralisedByTheirFirstCharacterNumbersAsTreemWritesThemKept() {
    assertThat(List.of("=1", "+1", "-x", "@x", "\tx", "\rx", "-1.50", "-12", "x=1", "", "'=x", "+10"))
        .map(Text::neutraliseForDisplay)
        .containsExactly("'=1", "'+1", "'-x", "'@x", "'\tx", "'\rx", "-1.50", "-12", "x=1", "", "'=x", "'+10");
  }

  @Test
  void quotingIsRfc4180AndKeepsSpaceOnlyWhereTheReaderStripsIt() {
    assertThat(Text.quote("a,b", ',', false)).isEqualTo("\"a,b\"");
    assertThat(Text.quote("a;b", ',', false)).isEqualTo("a;b");
    assertThat(Text.quote("a;b", ';', false)).isEqualTo("\"a;b\"");
    assertThat(Text.quote("say \"hi\"", ',', false)).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Text.quote("a\nb", ',', false)).isEqualTo("\"a\nb\"");
    assertThat(Text.quote("a\rb", ',', false)).isEqualTo("\"a\rb\"");
    assertThat(Text.quote(" a ", ',', false)).isEqualTo(" a ");
    assertThat(Text.quote(" a ", ',', true)).isEqualTo("\" a \"");
    assertThat(Text.quote("#a", ',', true)).isEqualTo("#a");
    assertThat(Text.quote("", ',', true)).isEmpty();
  }

  @Test
  void recordsOfEachKindOfFile() {
    List<String> cells = Arrays.asList("=x", " v ", null, "-1.5", "a,b");
    assertThat(Text.record(cells, ',')).isEqualTo("=x,\" v \",,-1.5,\"a,b\"");
    assertThat(Text.neutralisedRecord(cells, ',')).isEqualTo("'=x,\" v \",,-1.5,\"a,b\"");
    assertThat(Text.exportRecord(cells, ',')).isEqualTo("'=x, v ,,-1.5,\"a,b\"");
    assertThat(Text.join(cells, ';', false)).isEqualTo("=x; v ;;-1.5;a,b");
  }

  @Test
  void numbersArePlainWithTheDecimalSeparatorOfTheFile() {
    assertThat(Text.decimal(new BigDecimal("1E+3"), ',')).isEqualTo("1000");
    assertThat(Text.decimal(new BigDecimal("-0.000001"), ',')).isEqualTo("-0.000001");
    assertThat(Text.decimal(new BigDecimal("12.5"), ';')).isEqualTo("12,5");
    assertThat(Text.decimal(BigDecimal.valueOf(88.0), ',')).isEqualTo("88.0");
  }
}
