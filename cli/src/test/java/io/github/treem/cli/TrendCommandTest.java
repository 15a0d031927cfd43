package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code treem trend}: reports of several years side by side, in every format. */
class TrendCommandTest {
  @TempDir Path dir;

  private Path report(int year) {
    Path p = dir.resolve(year + ".json");
    CliRun r = CliRun.of("report", "--year", Integer.toString(year), "--format", "json", "-o", p.toString(), "-q");
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    assertThat(p).exists();
    return p;
  }

  @Test
  void seriesOfEachIndicatorInEveryFormatAndAnyOrder() throws IOException {
    Path y2020 = report(2020);
    Path y2019 = report(2019);
    CliRun json = CliRun.of("trend", y2020.toString(), y2019.toString(), "--format", "json", "--lang", "en");
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(json.out()).startsWith("{\"years\":[\n2019,\n2020],\"series\":[\n")
        .contains("{\"indicator\":\"CAN_SWIM\",\"name\":\"")
        .containsPattern("\"indicator\":\"CAN_SWIM\"[^\\n]*\"dimension\":null,\"key\":null,\"points\":\\[\\{\"year\":2019,"
            + "[^\\n]*\"change\":null,\"changeFrom\":null\\},\\{\"year\":2020,[^\\n]*\"changeFrom\":2019\\}");
    // figures hidden in a year stay hidden: the hidden cells of the reports are hidden in the trend
    long hiddenInReports = Files.readString(y2019).split("\"state\":\"SUPPRESSED\"", -1).length - 1
        // (the demo's 2020 report repeats the bundled 2019 report's totals under "previous": not counted twice)
        + Files.readString(y2020).replaceAll("\"previous\":\\[[^\\]]*\\]", "")
            .split("\"state\":\"SUPPRESSED\"", -1).length - 1;
    long hiddenInTrend = json.out().split("\"numerator\":null,\"denominator\":null,\"value\":null,\"state\":\"SUPPRESSED\"", -1).length - 1;
    assertThat(hiddenInTrend).isEqualTo(hiddenInReports).isPositive();
    CliRun csv = CliRun.of("trend", y2019.toString(), y2020.toString(), "--format", "csv");
    assertThat(csv.out()).startsWith("indicator,dimension,key,year,numerator,denominator,value,state,change\n")
        .containsPattern("\nCAN_SWIM,total,,2019,[0-9]+,[0-9]+,[0-9.]+,VALUE,\n")
        .containsPattern("\nCAN_SWIM,total,,2020,[0-9]+,[0-9]+,[0-9.]+,VALUE,-?[0-9.]+\n")
        .contains("\nSPECIAL_CIRCUMSTANCES,group,DD,2020,x,,,SUPPRESSED,\n");
    CliRun table = CliRun.of("trend", y2019.toString(), y2020.toString());
    assertThat(table.out()).startsWith("Xu hướng các chỉ tiêu, năm 2019, 2020").contains("CAN_SWIM")
        .containsPattern("\n  2020  [0-9]+/[0-9]+ = [0-9.]+%  \\([+-]?[0-9.]+ điểm % so với 2019\\)\n");
    Path html = dir.resolve("trend.html");
    assertThat(CliRun.of("trend", y2019.toString(), y2020.toString(), "--format", "html", "-o", html.toString())
        .code()).isZero();
    String page = Files.readString(html);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">")
        .contains("<section id=\"trend-CAN_SWIM\">").contains("<polyline class=\"line\" points=\"")
        .contains("<svg class=\"chart\" role=\"img\"").doesNotContain("<script");
  }

  @Test
  void twoReportsOfOneYearOrAnotherCommuneAreRefused() throws IOException {
    Path y2020 = report(2020);
    CliRun twice = CliRun.of("trend", y2020.toString(), y2020.toString(), "--lang", "en");
    assertThat(twice.code()).isEqualTo(1);
    assertThat(twice.err()).contains("[SERIES_DUPLICATE_YEAR]");
    Path y2019 = report(2019);
    Path other = dir.resolve("other.json");
    Files.writeString(other, Files.readString(y2019).replace("\"commune\":\"19885\"", "\"commune\":\"00004\""));
    CliRun otherCommune = CliRun.of("trend", other.toString(), y2020.toString(), "--lang", "en");
    assertThat(otherCommune.code()).isEqualTo(1);
    assertThat(otherCommune.err()).contains("[SERIES_OTHER_COMMUNE]");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "[]");
    assertThat(CliRun.of("trend", bad.toString()).code()).isEqualTo(1);
    assertThat(CliRun.of("trend", dir.resolve("none.json").toString()).code()).isEqualTo(2);
  }
}
