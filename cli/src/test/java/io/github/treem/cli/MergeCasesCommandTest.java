package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * treem submit --cases and treem merge, end to end: the merged median days to plan is that of
 * treem report --cases over every commune's cases at once (issues 16, 19).
 */
class MergeCasesCommandTest {
  private static final String[] COMMUNES = {"19885", "19888", "19891"};

  @Test
  void theMergedMedianDaysToPlanIsTheReportsOverAllTheCases(@TempDir Path dir) throws IOException {
    List<String> report = new ArrayList<>(List.of("report", "--register", dir.resolve("registers").toString(),
        "--format", "json", "--no-suppression", "-q", "--year", "2024"));
    Path registers = Files.createDirectories(dir.resolve("registers"));
    Path sent = Files.createDirectories(dir.resolve("submissions"));
    for (int k = 0; k < COMMUNES.length; k++) {
      String c = COMMUNES[k];
      Path cases = dir.resolve(c + "-cases.jsonl");
      CliRun g = CliRun.of("generate", "--commune", c, "--seed", Integer.toString(k + 3), "--year", "2024",
          "--children", "400", "--cases", cases.toString(), "--case-count", Integer.toString(6 + 9 * k),
          registers.resolve(c + ".csv").toString());
      assertThat(g.code()).as(g.err()).isZero();
      CliRun s = CliRun.of("submit", "--commune", c, "--register", registers.resolve(c + ".csv").toString(),
          "--cases", cases.toString(), "--year", "2024", "-q", "-o", sent.resolve(c + ".json").toString());
      assertThat(s.code()).as(s.err()).isIn(0, 1);
      assertThat(Files.readString(sent.resolve(c + ".json"))).contains("\"histogram\":{\"counts\":[");
      report.add("--cases");
      report.add(cases.toString());
    }
    CliRun merged = CliRun.of("merge", sent.toString(), "--by", "commune", "--format", "json", "--no-suppression",
        "--lang", "en");
    assertThat(merged.code()).as(merged.err()).isZero();
    CliRun all = CliRun.of(report.toArray(String[]::new));
    assertThat(all.code()).as(all.err()).isIn(0, 1);
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode m = mapper.readTree(merged.out()).get("daysToPlan");
    JsonNode a = mapper.readTree(all.out()).get("daysToPlan");
    assertThat(a).isNotNull();
    assertThat(a.get("histogram")).isNotNull();
    assertThat(m).isEqualTo(a);

    // published: the same median, no histogram
    CliRun published = CliRun.of("merge", sent.toString(), "--format", "json", "--lang", "en");
    assertThat(published.code()).as(published.err()).isZero();
    JsonNode p = mapper.readTree(published.out()).get("daysToPlan");
    assertThat(p.get("median")).isEqualTo(a.get("median"));
    assertThat(p.get("histogram")).isNull();
  }
}
