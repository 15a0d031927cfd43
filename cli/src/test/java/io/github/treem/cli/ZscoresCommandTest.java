package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code treem zscores} end to end, through {@link Treem#run}. */
class ZscoresCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Treem.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static String golden(String name) throws IOException {
    try (InputStream in = ZscoresCommandTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  Path file(String content) throws IOException {
    Path p = dir.resolve("in.csv");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void who2006GoldenVectors() throws IOException {
    Run r = run("zscores", file(golden("zscores-who2006-input.csv")).toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(golden("zscores-who2006-expected.csv"));
  }

  @Test
  void theVersionOneHeaderIsTheFirstLineWithNoCommentOrExtraColumn() throws IOException {
    // the header row is the format's version marker (version 1: anthro's and anthroplus's names):
    // nothing before it, nothing added to it, so spreadsheets and CSV importers read a plain table
    assertThat(io.github.treem.io.anthro.AnthroCsv.VERSION).isEqualTo(1);
    Run a = run("zscores", file("id,sex,age_days,weight_kg,lenhei_cm,measure,oedema\nA,2,400,9.1,74.5,l,n\n").toString());
    assertThat(a.out()).startsWith("id,clenhei,cmeasure,c9mo_flag,cbmi,zlen,flen,zwei,fwei,zwfl,fwfl,zbmi,fbmi\nA,");
    Run b = run("zscores", "--standard", "who2007",
        file("id,sex,age_months,height_cm,weight_kg,oedema\nB,1,120,140,33,n\n").toString());
    assertThat(b.out()).startsWith("id,cbmi,zhfa,fhfa,zwfa,fwfa,zbfa,fbfa\nB,");
    for (Run r : java.util.List.of(a, b)) {
      String[] lines = r.out().split("\n");
      assertThat(lines).hasSize(2);
      // every row has the header's columns: a generic CSV reader sees one table
      assertThat(lines[1].split(",", -1)).hasSameSizeAs(lines[0].split(",", -1));
    }
  }

  @Test
  void who2007GoldenVectors() throws IOException {
    Run r = run("zscores", "--standard", "who2007", file(golden("zscores-who2007-input.csv")).toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(golden("zscores-who2007-expected.csv"));
  }

  @Test
  void malformedRowsAreLocatedAndKeepTheirId() throws IOException {
    String in = "id,sex,age_days,weight_kg,lenhei_cm,measure,oedema\n"
        + "a1,1,987,,72.86,l,n\n"
        + "a2,3,100,5,60,l,n\n"
        + "a3,1,100,abc,60,l,n\n"
        + "a4,1,100,5\n"
        + "a5,1,100,5,60,x,n\n"
        + "a6,1,100,5,60,l,maybe\n"
        + "a7,1,-3,5,60,l,n\n"
        + "\"a,8\",F,,11,86.9,,N\n";
    Path f = file(in);
    Run r = run("zscores", f.toString(), "--lang", "en");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("id,clenhei,cmeasure,c9mo_flag,cbmi,zlen,flen,zwei,fwei,zwfl,fwfl,zbmi,fbmi\n"
        + "a1,72.16,l,0,,-6.09,1,,,,,,\n"
        + "a2,,,,,,,,,,,,\n"
        + "a3,,,,,,,,,,,,\n"
        + "a4,,,,,,,,,,,,\n"
        + "a5,,,,,,,,,,,,\n"
        + "a6,,,,,,,,,,,,\n"
        + "a7,,,,,,,,,,,,\n"
        + "\"a,8\",86.9,,0,14.5664302049497,,,,,-0.70,0,,\n");
    assertThat(r.err().lines()).containsExactly(
        "treem zscores: " + f + ": line 3, column sex: sex must be 1, 2, m or f [TREEM-IO-0403]",
        "treem zscores: " + f + ": line 4, column weight_kg: not a number [TREEM-IO-0403]",
        "treem zscores: " + f + ": line 5: expected 7 values, found 4 [TREEM-IO-0403]",
        "treem zscores: " + f + ": line 6, column measure: measure must be l or h [TREEM-IO-0403]",
        "treem zscores: " + f + ": line 7, column oedema: oedema must be y or n [TREEM-IO-0403]",
        "treem zscores: " + f + ": line 8, column age_days: age must not be negative [TREEM-IO-0403]");
  }

  @Test
  void who2007FromStandardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(("id,sex,age_months,height_cm,weight_kg,oedema\n"
          + "b1,2,60.32,113.8,18.7,n\n"
          + "b2,1,100,130,25,y\n").getBytes(StandardCharsets.UTF_8)));
      Run r = run("zscores", "--standard", "who2007", "-");
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEqualTo("id,cbmi,zhfa,fhfa,zwfa,fwfa,zbfa,fbfa\n"
          + "b1,14.4396638260939,0.96,0,0.21,0,-0.58,0\n"
          + "b2,14.792899408284,0.17,0,,,,\n");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void columnsByNameAndCrlf() throws IOException {
    Run r = run("zscores", file("oedema,measure,lenhei_cm,weight_kg,age_days,sex,id\r\nn,l,72.86,,987,1,x\r\n").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).endsWith("x,72.16,l,0,,-6.09,1,,,,,,\n");
  }

  @Test
  void missingColumnAndUsageErrors() throws IOException {
    Run missing = run("zscores", file("id,sex,age_days,weight_kg\nx,1,2,3\n").toString(), "--lang", "en");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("line 1, column lenhei_cm: missing column lenhei_cm");
    Run vi = run("zscores", file("id,sex,age_days,weight_kg\nx,1,2,3\n").toString());
    assertThat(vi.err()).contains("dòng 1, cột lenhei_cm: thiếu cột lenhei_cm");
    assertThat(run("zscores", "--standard", "who2020", "x.csv").code()).isEqualTo(2);
    assertThat(run("zscores", dir.resolve("nope.csv").toString()).code()).isEqualTo(2);
    assertThat(run("zscores").code()).isEqualTo(2);
  }
}
