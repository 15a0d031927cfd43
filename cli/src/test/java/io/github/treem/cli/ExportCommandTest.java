package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

  @TempDir Path dir;

  static final String MAPPING = "{\"version\":1,\"dataSet\":\"tmDsPlan001\",\"period\":\"2020\",\"orgUnit\":\"tmOuQVinh01\","
      + "\"orgUnits\":{\"Thôn 1\":\"tmOuThon001\",\"Thôn 2\":\"tmOuThon002\"},\"values\":["
      + "{\"indicator\":\"HI_U6\",\"numerator\":{\"dataElement\":\"tmDeNum0001\"},\"denominator\":{\"dataElement\":\"tmDeDen0001\"}},"
      + "{\"indicator\":\"HI_U6\",\"breakdown\":\"village\",\"numerator\":{\"dataElement\":\"tmDeNum0001\"},"
      + "\"denominator\":{\"dataElement\":\"tmDeDen0001\"}}]}";

  @Test
  void dhis2Formats() throws Exception {
    Path m = dir.resolve("mapping.json");
    Files.writeString(m, MAPPING, StandardCharsets.UTF_8);
    Path f = dir.resolve("a.csv");
    Files.writeString(f, ReportCommandTest.HEADER
        + "1,F,2020-01-01,Thôn 1,2020-03-01,TE1464620012345,2021-09-30,,,,\n"
        + "2,M,2020-01-01,Thôn 1,2020-03-02,,,,,,\n"
        + "3,M,2019-11-15,Thôn 2,,TE3464620012346,2021-01-01,,,,\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.csv");
    String[] r = ReportCommandTest.run("export", "dhis2", "--mapping", m.toString(), "--register", f.toString(),
        "--format", "csv", "-o", out.toString());
    assertThat(r[0]).isEqualTo("0");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(
        "dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup,deleted\n"
            + "tmDeNum0001,2020,tmOuQVinh01,HllvX50cXC0,HllvX50cXC0,2,,,,,\n"
            + "tmDeDen0001,2020,tmOuQVinh01,HllvX50cXC0,HllvX50cXC0,3,,,,,\n"
            + "tmDeNum0001,2020,tmOuThon001,HllvX50cXC0,HllvX50cXC0,1,,,,,\n"
            + "tmDeDen0001,2020,tmOuThon001,HllvX50cXC0,HllvX50cXC0,2,,,,,\n"
            + "tmDeNum0001,2020,tmOuThon002,HllvX50cXC0,HllvX50cXC0,1,,,,,\n"
            + "tmDeDen0001,2020,tmOuThon002,HllvX50cXC0,HllvX50cXC0,1,,,,,\n");
    Path adx = dir.resolve("out.adx.xml");
    r = ReportCommandTest.run("export", "dhis2", "--mapping", m.toString(), "--register", f.toString(),
        "--format", "adx", "-o", adx.toString());
    assertThat(r[0]).isEqualTo("0");
    assertThat(Files.readString(adx, StandardCharsets.UTF_8)).contains(
        "<group orgUnit=\"tmOuThon001\" period=\"2020-01-01/P1Y\" dataSet=\"tmDsPlan001\" attributeOptionCombo=\"HllvX50cXC0\">");
  }

  @Test
  void errorsWriteNothing() throws Exception {
    Path m = dir.resolve("mapping.json");
    Files.writeString(m, MAPPING.replace("\"2020\"", "\"2020Q5\""), StandardCharsets.UTF_8);
    Path out = dir.resolve("out.json");
    String[] r = ReportCommandTest.run("export", "dhis2", "--mapping", m.toString(), "-o", out.toString(), "--lang",
        "en");
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[2]).contains("treem export dhis2: ERROR period: period \"2020Q5\" is not a DHIS2 period")
        .contains("[DHIS2_INVALID_PERIOD]").contains("1 errors: nothing written");
    assertThat(out).doesNotExist();
    r = ReportCommandTest.run("export", "dhis2", "--mapping", dir.resolve("none.json").toString(), "-o", out.toString());
    assertThat(r[0]).isEqualTo("2");
  }

  @Test
  void reportAsHtml() throws Exception {
    Path out = dir.resolve("report.html");
    String[] r = ReportCommandTest.run("report", "--format", "html", "--lang", "en", "-o", out.toString());
    assertThat(r[0]).isIn("0", "1");
    assertThat(r[1]).isEmpty();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("id=\"target-T1\"")
        .contains("<svg class=\"chart\"");
  }
}
