package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir Path dir;

  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Treem.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  static final String HEADER = "child_id,sex,date_of_birth,village,birth_registered_on,hi_card_number,hi_card_valid_to,"
      + "school_level,grade,can_swim,circumstances\n";

  @Test
  void handMadeRegisterAsJson() throws Exception {
    Path f = dir.resolve("xa-a.csv");
    Files.writeString(f, HEADER
        + "1,F,2020-01-01,Thôn 1,2020-03-01,TE1464620012345,2021-09-30,,,,\n"    // BR on time (day 60), HI ok
        + "2,M,2020-01-01,Thôn 1,2020-03-03,,,,,,\n"                 // BR late (day 60 a Sunday: due Mon 2 March), no card
        + "3,M,2020-11-15,Thôn 2,,,,,,,\n"                           // not yet due
        + "4,F,2014-01-01,Thôn 2,,,,PRIMARY,1,Y,L4\n"               // grade 1 at 6, swims, L4
        + "5,F,2014-06-01,Thôn 2,,,,PRIMARY,,N,\n",                  // grade missing
        StandardCharsets.UTF_8);
    String[] r = run("report", "--register", f.toString(), "--format", "json", "--no-suppression");
    assertThat(r[2]).isEmpty();
    assertThat(r[0]).isEqualTo("0");
    String json = r[1];
    assertThat(json).startsWith("{\"format\":\"treem-report\",\"version\":1,\"year\":2020,\"referenceDate\":\"2020-12-31\",\"suppressed\":false,");
    assertThat(json).contains("{\"code\":\"BIRTH_REG_ON_TIME\",\"name\":\"Trẻ em sinh ra được đăng ký khai sinh đúng hạn\","
        + "\"unit\":\"PERCENT\",\"numerator\":1,\"denominator\":2,\"value\":50.00,\"state\":\"VALUE\","
        + "\"exclusions\":{\"NOT_YET_DUE\":1}");
    assertThat(json).contains("\"code\":\"HI_U6\"").contains("\"numerator\":1,\"denominator\":3,\"value\":33.33");
    assertThat(json).contains("{\"code\":\"GRADE1_AT_6\"").contains("\"numerator\":1,\"denominator\":1,\"value\":100.00,"
        + "\"state\":\"VALUE\",\"exclusions\":{\"MISSING_GRADE\":1}");
    assertThat(json).contains("\"code\":\"CAN_SWIM\"").contains("\"numerator\":1,\"denominator\":2,\"value\":50.00");
    assertThat(json).contains("{\"key\":\"L\",\"numerator\":1,");
    assertThat(json).contains("\"dataQuality\":{\"rowsRead\":5,\"rowsAccepted\":5,\"rowsRejected\":0}");
    assertThat(json).contains("{\"id\":\"T8\",\"indicator\":\"BIRTH_REG_ON_TIME\",\"comparator\":\"AT_LEAST\","
        + "\"threshold\":100.0,\"value\":50.00,\"status\":\"NOT_MET\",\"gap\":-50.00}");
    // published: one child in special circumstances, so no complement could protect the lone L
    // cell: the group breakdown is withheld (DisclosureControl, "Small totals")
    String published = run("report", "--register", f.toString(), "--format", "json")[1];
    assertThat(published).doesNotContain("{\"key\":\"L\"").doesNotContain("\"group\":");
  }

  @Test
  void severalRegistersMergeWithAreas() throws Exception {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Files.writeString(a, HEADER + "1,F,2018-01-01,Thôn 1,,TE1464620012345,,,,,\n", StandardCharsets.UTF_8);
    Files.writeString(b, HEADER + "1,F,2018-01-01,Thôn 1,,,,,,,\nx,F,not-a-date,,,,,,,,\n", StandardCharsets.UTF_8);
    String[] r = run("report", "--register", a.toString(), "--register", b.toString(), "--format", "csv", "--by", "sex",
        "--lang", "en");
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[2]).contains("b.csv").contains("line 3");
    assertThat(r[1]).contains("HI_U6,total,,1,2,50.00,VALUE\n").contains("HI_U6,area,a,1,1,100.00,VALUE\n")
        .contains("HI_U6,area,b,0,1,0.00,VALUE\n").contains("HI_U6,sex,FEMALE,1,2,50.00,VALUE\n");
  }

  @Test
  void bundledDefaults() {
    String[] r = run("report");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("UNDERWEIGHT_U5").contains("Thôn 1").contains("Mục tiêu");
    String[] en = run("report", "--lang", "en", "--by", "age,group");
    assertThat(en[1]).contains("Plan targets").contains("48-59");
  }

  @Test
  void planFromAFile() throws Exception {
    Path plan = dir.resolve("plan.json");
    io.github.treem.core.plan.Plan p = io.github.treem.core.plan.Plan.builder()
        .from(io.github.treem.io.json.TreemJson.bundledPlan("quang-vinh-2020"))
        .targets(java.util.List.of(io.github.treem.core.plan.Target.builder().id("X1").indicatorCode("HI_U6")
            .comparator(io.github.treem.core.plan.TargetComparator.AT_LEAST).threshold(java.math.BigDecimal.valueOf(80)).year(2020)
            .leadUnitId("LDTBXH").textVi("80%").build()))
        .build();
    Files.writeString(plan, io.github.treem.io.json.TreemJson.strict().writePlan(p), StandardCharsets.UTF_8);
    String[] r = run("report", "--plan", plan.toString(), "--format", "json");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("\"targets\":[\n{\"id\":\"X1\",\"indicator\":\"HI_U6\",\"comparator\":\"AT_LEAST\","
        + "\"threshold\":80,").contains("\"status\":\"MET\",\"gap\":null}]");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"number\": 1", StandardCharsets.UTF_8);
    String[] rb = run("report", "--plan", bad.toString(), "--lang", "en");
    assertThat(rb[0]).isEqualTo("2");
    assertThat(rb[2]).contains("cannot read the plan");
  }

  @Test
  void usageErrors() {
    assertThat(run("report", "--format", "xml")[0]).isEqualTo("2");
    assertThat(run("report", "--by", "planet")[0]).isEqualTo("2");
    assertThat(run("report", "--register", dir.resolve("none.csv").toString())[0]).isEqualTo("2");
    assertThat(run("report", "--reference-date", "31/12/2020")[0]).isEqualTo("2");
  }

  @Test
  void generateIsDeterministicAndReadable() throws Exception {
    Path one = dir.resolve("one.csv");
    Path two = dir.resolve("two.csv");
    assertThat(run("generate", "--children", "300", "--seed", "9", "--year", "2020", one.toString())[0]).isEqualTo("0");
    assertThat(run("generate", "--children", "300", "--seed", "9", "--year", "2020", two.toString())[0]).isEqualTo("0");
    assertThat(Files.readAllBytes(one)).isEqualTo(Files.readAllBytes(two));
    assertThat(Files.readAllLines(one)).hasSize(301);
    String[] r = run("report", "--register", one.toString(), "--format", "json");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("\"rowsRead\":300,\"rowsAccepted\":300,\"rowsRejected\":0");
    Path bad = dir.resolve("bad.csv");
    assertThat(run("generate", "--children", "400", "--seed", "9", "--error-rate", "0.2", bad.toString())[0]).isEqualTo("0");
    String[] rb = run("report", "--register", bad.toString(), "--format", "json");
    assertThat(rb[0]).isEqualTo("1");
    assertThat(rb[1]).contains("\"rowsRead\":400,");
    Path jsonl = dir.resolve("one.jsonl");
    assertThat(run("generate", "--children", "50", "--seed", "9", jsonl.toString())[0]).isEqualTo("0");
    // the header line (marked synthetic), then 50 children
    assertThat(Files.readAllLines(jsonl)).hasSize(51).first().asString().contains("\"syntheticData\":true");
    // the same commune as JSON Lines and as CSV gives the same report
    Files.createDirectories(dir.resolve("j"));
    Path j = dir.resolve("j").resolve("one.jsonl");
    assertThat(run("generate", "--children", "300", "--seed", "9", j.toString())[0]).isEqualTo("0");
    String[] fromJsonl = run("report", "--register", j.toString(), "--format", "json", "--by", "village,age,group");
    assertThat(fromJsonl[2]).isEmpty();
    // the same figures; only the manifest differs (the input files' names and checksums)
    assertThat(withoutManifest(fromJsonl[1])).isEqualTo(withoutManifest(run("report", "--register", one.toString(),
        "--format", "json", "--by", "village,age,group")[1]));
  }

  @Test
  void theBundledRegisterIsTheGeneratorsCommuneThroughCsv() throws Exception {
    io.github.treem.indicators.IndicatorCalculator calc = io.github.treem.indicators.IndicatorCalculator.builder()
        .year(2020).breakdowns(io.github.treem.indicators.BreakdownDimension.values()).build();
    io.github.treem.indicators.IndicatorReport direct = calc.compute(io.github.treem.indicators.synthetic.CommuneGenerator
        .builder().seed(2020).year(2020).children(2500).build().stream(), "quang-vinh-2020-register");
    io.github.treem.indicators.Accumulator acc = calc.newAccumulator();
    try (io.github.treem.io.RegisterReader r = io.github.treem.io.Registers.open(
        ReportInputs.class.getResourceAsStream(ReportInputs.BUNDLED_REGISTER), io.github.treem.io.ReadOptions.of(2020))) {
      r.stream().forEach(rec -> acc.add(rec.getChild().orElseThrow(), "quang-vinh-2020-register"));
      assertThat(r.getStats().getRowsAccepted()).isEqualTo(2500);
    }
    assertThat(acc.result()).isEqualTo(direct);
  }

  private static String withoutManifest(String json) {
    int m = json.lastIndexOf(",\"manifest\":");
    assertThat(m).isPositive();
    return json.substring(0, m);
  }
}
