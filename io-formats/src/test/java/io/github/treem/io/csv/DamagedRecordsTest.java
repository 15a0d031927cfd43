package io.github.treem.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Nothing after a damaged record is lost (docs/register-format.md, "Damaged records"): each case
 * is a record over a limit or with an unclosed quote between good rows; every good row is read,
 * the damaged one is rejected with its code, line and column, and rows read = accepted + rejected.
 */
class DamagedRecordsTest {
  private static final String HEADER = "child_id,sex,date_of_birth,village\n";

  /** The records as {@code LINE id|CODE@LINE:COLUMN}, then the stats. */
  private static List<String> read(String body, ReadOptions options) {
    List<String> out = new ArrayList<>();
    try (RegisterCsvReader r = RegisterCsvReader.open(
        new ByteArrayInputStream((HEADER + body).getBytes(StandardCharsets.UTF_8)), options)) {
      for (RegisterRecord rec : r.stream().collect(Collectors.toList())) {
        if (rec.isAccepted()) {
          out.add(rec.getLine() + " " + rec.getChild().orElseThrow().getId());
        } else {
          Issue i = rec.getIssues().get(0);
          out.add(rec.getLine() + " " + i.getCode() + "@" + i.getLocation().getLine().getAsLong() + ":"
              + i.getLocation().getColumn().orElse("-"));
        }
      }
      DataQuality q = r.getStats();
      assertThat(q.getRowsRead()).isEqualTo(q.getRowsAccepted() + q.getRowsRejected());
      out.add("stats " + q.getRowsRead() + " " + q.getRowsAccepted() + " " + q.getRowsRejected() + " "
          + q.isMalformed());
    }
    return out;
  }

  private static List<String> read(String body) {
    return read(body, limits(50, 200));
  }

  private static ReadOptions limits(int field, int line) {
    return ReadOptions.builder().reportingYear(2020).maxFieldLength(field).maxLineLength(line).build();
  }

  @Test
  void anUnquotedFieldOverTheLimitRejectsItsRowOnly() {
    assertThat(read("A,F,2015-01-01,v\nB,F,2015-01-01," + "x".repeat(51) + "\nC,M,2015-01-01,w\n"))
        .containsExactly("2 A", "3 CSV_FIELD_TOO_LONG@3:village", "4 C", "stats 3 2 1 true");
  }

  @Test
  void aFieldOfExactlyTheLimitIsRead() {
    assertThat(read("A,F,2015-01-01," + "x".repeat(50) + "\n")).containsExactly("2 A", "stats 1 1 0 false");
  }

  @Test
  void aQuotedFieldOverTheLimitClosedOnItsLineRejectsItsRowOnly() {
    assertThat(read("A,F,2015-01-01,\"" + "x".repeat(80) + "\"\nC,M,2015-01-01,w\n"))
        .containsExactly("2 CSV_FIELD_TOO_LONG@2:village", "3 C", "stats 2 1 1 true");
    // an over-long field before the last column: the rest of the record is skipped too
    assertThat(read("A,\"" + "y".repeat(80) + "\",2015-01-01,v\nC,M,2015-01-01,w\n"))
        .containsExactly("2 CSV_FIELD_TOO_LONG@2:sex", "3 C", "stats 2 1 1 true");
  }

  @Test
  void aRecordOverTheLimitRejectsItsRowOnly() {
    String row = "B,F,2015-01-01," + "v".repeat(40) + ",," + "w".repeat(40) + "\n";
    assertThat(read("A,F,2015-01-01,v\n" + row + "C,M,2015-01-01,w\n", limits(50, 60)))
        .containsExactly("2 A", "3 CSV_LINE_TOO_LONG@3:-", "4 C", "stats 3 2 1 false");
  }

  @Test
  void anUnclosedQuoteAtTheEndOfTheFileGivesBackTheRowsItSwallowed() {
    assertThat(read("A,F,2015-01-01,v\nB,F,2015-01-01,\"w\nC,M,2015-01-01,w\nD,M,2016-01-01,z\n"))
        .containsExactly("2 A", "3 CSV_UNCLOSED_QUOTE@3:village", "4 C", "5 D", "stats 4 3 1 true");
  }

  @Test
  void anUnclosedQuoteInAMultiLineRecordIsLocatedWhereItOpened() {
    // the record starts on line 2 (a closed quoted value over two lines), the unclosed quote opens on line 3
    assertThat(read("A,F,\"2015-\n01-01\",\"v\nC,M,2015-01-01,w\n", limits(50, 200)))
        .containsExactly("2 CSV_UNCLOSED_QUOTE@3:village", "4 C", "stats 2 1 1 true");
  }

  @Test
  void anUnclosedQuoteReachingTheFieldLimitGivesBackTheRowsItSwallowed() {
    StringBuilder body = new StringBuilder("A,F,2015-01-01,\"v\n");
    for (int i = 0; i < 30; i++) {
      body.append("R").append(i).append(",M,2015-01-01,w\n");
    }
    List<String> out = read(body.toString(), limits(50, 2000));
    assertThat(out.get(0)).isEqualTo("2 CSV_UNCLOSED_QUOTE@2:village");
    assertThat(out.subList(1, 31)).allMatch(s -> s.matches("\\d+ R\\d+"));
    assertThat(out.get(1)).isEqualTo("3 R0");
    assertThat(out.get(30)).isEqualTo("32 R29");
    assertThat(out.get(31)).isEqualTo("stats 31 30 1 true");
  }

  @Test
  void anUnclosedQuoteReachingTheRecordLimitGivesBackTheRowsItSwallowed() {
    StringBuilder body = new StringBuilder("A,F,2015-01-01,\"v\n");
    for (int i = 0; i < 10; i++) {
      body.append("R").append(i).append(",M,2015-01-01,w\n");
    }
    List<String> out = read(body.toString(), limits(1000, 60));
    assertThat(out).startsWith("2 CSV_UNCLOSED_QUOTE@2:village", "3 R0", "4 R1").endsWith("12 R9",
        "stats 11 10 1 true");
  }

  @Test
  void aQuoteOverTheLimitOnItsOwnLineAndNotClosedThereResumesAtTheNextLine() {
    assertThat(read("A,F,2015-01-01,\"" + "x".repeat(80) + "\nC,M,2015-01-01,w\n"))
        .containsExactly("2 CSV_UNCLOSED_QUOTE@2:village", "3 C", "stats 2 1 1 true");
  }

  @Test
  void crLfLineEndingsKeepTheLinesRight() {
    assertThat(read("A,F,2015-01-01,v\r\nB,F,2015-01-01,\"w\r\nC,M,2015-01-01,w\r\n\r\nD,M,2016-01-01,z\r\n"))
        .containsExactly("2 A", "3 CSV_UNCLOSED_QUOTE@3:village", "4 C", "6 D", "stats 4 3 1 true");
  }

  @Test
  void aQuoteInTheRowsSwallowedClosesTheFirstOne() {
    // the quote of line 3 closes the one of line 2 (RFC 4180), the "w" after it is a syntax error
    assertThat(read("A,F,2015-01-01,\"v\nB,F,2015-01-01,\"w\nC,M,2015-01-01,w\n"))
        .containsExactly("2 CSV_SYNTAX@2:village", "4 C", "stats 2 1 1 true");
  }

  @Test
  void twoUnclosedQuotesEachGiveBackTheirRows() {
    StringBuilder body = new StringBuilder("A,F,2015-01-01,\"v\n");
    for (int i = 0; i < 5; i++) {
      body.append("R").append(i).append(",M,2015-01-01,w\n");
    }
    body.append("Z,M,2015-01-01,\"q\nY,M,2015-01-01,w\n");
    assertThat(read(body.toString())).containsExactly("2 CSV_UNCLOSED_QUOTE@2:village", "3 R0", "4 R1", "5 R2",
        "6 R3", "7 R4", "8 CSV_UNCLOSED_QUOTE@8:village", "9 Y", "stats 8 6 2 true");
  }

  @Test
  void aCharacterAfterAClosingQuoteRejectsItsRowOnly() {
    assertThat(read("A,F,2015-01-01,\"v\"x\nC,M,2015-01-01,w\n"))
        .containsExactly("2 CSV_SYNTAX@2:village", "3 C", "stats 2 1 1 true");
  }

  @Test
  void quotedValuesOverLinesWithinTheLimitsAreStillOneRecord() {
    assertThat(read("A,F,2015-01-01,\"v\nw\"\"x\"\" \"\nC,M,2015-01-01, \"w\" \n"))
        .containsExactly("2 A", "4 C", "stats 2 2 0 false");
  }

  @Test
  void theRowTextOfARejectedRecordIsWhatWasReadBeforeTheProblem() {
    try (RegisterCsvReader r = RegisterCsvReader.open(new ByteArrayInputStream(
        (HEADER + "A,F,2015-01-01," + "x".repeat(80) + "\n").getBytes(StandardCharsets.UTF_8)), limits(50, 200))) {
      assertThat(r.next().orElseThrow().isAccepted()).isFalse();
      assertThat(r.getLastRecordText()).isEqualTo("A,F,2015-01-01");
    }
  }
}
