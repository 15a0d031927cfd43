package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CSV treem writes is safe to open in a spreadsheet: no cell starts with {@code = + - @},
 * tab or CR unless it is a number (a single quote is prepended instead). {@code treem validate}
 * writes text or JSON only, never CSV.
 */
class FormulaInjectionTest {
  static final List<String> TRIGGERS = List.of("=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1",
      "=HYPERLINK(\"http://x\",\"y\")", "-cmd|' /C calc'!A0");

  @TempDir Path dir;

  static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Treem.run(args, new PrintWriter(out), new PrintWriter(err));
    return out.toString();
  }

  /** Parses RFC 4180 CSV (separator {@code ,}). */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  static void assertSafe(String csv) {
    for (List<String> row : parse(csv)) {
      for (String cell : row) {
        if (cell.isEmpty()) {
          continue;
        }
        char c = cell.charAt(0);
        boolean number = cell.matches("-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?");
        assertThat("=+@\t\r".indexOf(c) < 0 && (c != '-' || number)).as("cell %s", cell).isTrue();
      }
    }
  }

  private String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private Path register() throws IOException {
    StringBuilder b = new StringBuilder("child_id,full_name,sex,date_of_birth,village,hi_card_number\n");
    for (int i = 0; i < TRIGGERS.size(); i++) {
      String t = TRIGGERS.get(i);
      // one village per trigger, six children each (so that report cells are not suppressed)
      for (int k = 0; k < 6; k++) {
        b.append(quote(t + "#" + i + "." + k)).append(',').append(quote(t)).append(",F,2016-01-0").append(1 + k)
            .append(',').append(quote(t)).append(',').append("\n");
      }
    }
    Path p = dir.resolve("reg.csv");
    Files.writeString(p, b.toString(), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void theParserAndTheCheckCatchAnInjection() {
    assertThat(parse("a,\"b\"\"c\",d\r\ne,,\"\n\"\n")).containsExactly(List.of("a", "b\"c", "d"), List.of("e", "", "\n"));
    for (String t : TRIGGERS) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertSafe("x," + quote(t) + "\n"))
          .isInstanceOf(AssertionError.class);
    }
    assertSafe("'=1,-1.5,0,'\t\n");
  }

  @Test
  void convertToCsvNeutralisesEveryTextCell() throws IOException {
    Path out = dir.resolve("out.csv");
    run("convert", register().toString(), out.toString(), "--lf");
    String csv = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(parse(csv)).hasSize(1 + 6 * TRIGGERS.size());
    assertThat(csv).contains("'=1+1#0.0").contains(",'@SUM(A1),");
    assertSafe(csv);
    // and back: the neutralising quote is removed on reading
    try (io.github.treem.io.RegisterReader r = io.github.treem.io.Registers.open(out,
        io.github.treem.io.ReadOptions.of(2020))) {
      assertThat(r.next().orElseThrow().getChild().orElseThrow().getFullName()).contains("=1+1");
    }
  }

  @Test
  void convertFromJsonLinesKeepsTabAndCrAndNeutralisesThem() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\": \"\\t=1\", \"fullName\": \"\\r=2\", \"village\": \"-3+3\", \"sex\": \"FEMALE\","
        + " \"dateOfBirth\": \"2016-01-01\"}\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.csv");
    run("convert", in.toString(), out.toString(), "--lf");
    String csv = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(parse(csv).get(1)).startsWith("'\t=1", "'\r=2");
    assertThat(parse(csv).get(1)).contains("'-3+3");
    assertSafe(csv);
  }

  @Test
  void zscoresNeutralisesTheIds() throws IOException {
    StringBuilder b = new StringBuilder("id,sex,age_days,weight_kg,lenhei_cm,measure,oedema\n");
    for (String t : TRIGGERS) {
      b.append(quote(t)).append(",1,400,9.5,75,l,n\n");
    }
    Path in = dir.resolve("z.csv");
    Files.writeString(in, b.toString(), StandardCharsets.UTF_8);
    String csv = run("zscores", in.toString());
    assertThat(parse(csv)).hasSize(1 + TRIGGERS.size());
    assertThat(parse(csv).get(1).get(0)).isEqualTo("'=1+1");
    assertSafe(csv);
  }

  @Test
  void reportCsvNeutralisesVillageAndAreaKeys() throws IOException {
    Path reg = register();
    Path area = dir.resolve("=2+3.csv");
    Files.copy(reg, area);
    String csv = run("report", "--register", reg.toString(), "--register", area.toString(), "--format", "csv",
        "--by", "village", "--no-suppression");
    assertThat(csv).contains("'=1+1").contains("'=2+3");
    assertSafe(csv);
  }

  @Test
  void convertNeutralisesTheRejectedRowsFile() throws IOException {
    StringBuilder b = new StringBuilder("child_id,full_name,sex,date_of_birth,village\n");
    for (int i = 0; i < TRIGGERS.size(); i++) {
      // an impossible date rejects every row; its text cells carry the triggers
      b.append(quote("R" + i)).append(',').append(quote(TRIGGERS.get(i))).append(",F,31/02/2016,")
          .append(quote(TRIGGERS.get(i))).append("\n");
    }
    Path in = dir.resolve("bad.csv");
    Files.writeString(in, b.toString(), StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    run("convert", in.toString(), out.toString());
    Path rejected = dir.resolve("out.jsonl.rejected.csv");
    assertThat(rejected).exists();
    String text = Files.readString(rejected, StandardCharsets.UTF_8);
    assertThat(parse(text)).hasSize(TRIGGERS.size() + 1);
    assertSafe(text);
  }
}
