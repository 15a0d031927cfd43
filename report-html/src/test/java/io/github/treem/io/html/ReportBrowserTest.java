package io.github.treem.io.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.Target;
import io.github.treem.io.json.TreemJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report of a small generated commune in headless Chromium: the DOM has every target
 * card, the page logs no console error, and a screenshot is saved to target/report.png. Skipped
 * when Chromium is absent, unless the environment variable CI is "true" (GitHub Actions and
 * {@code .ci/run} set it): there it fails, saying how to get Chromium.
 */
class ReportBrowserTest {
  static final Path TARGET = Path.of("target");
  static final String HOW_TO_GET_CHROMIUM = "install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM to"
      + " a Chromium or Chrome executable; checked: $CHROMIUM, /usr/bin/chromium, /usr/bin/chromium-browser";
  static Path chromium;
  static Path html;
  static Plan plan = TreemJson.bundledPlan("quang-vinh-2020");

  @BeforeAll
  static void setUp() throws IOException {
    String env = System.getenv("CHROMIUM");
    for (String c : new String[] {env, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
      if (c != null && Files.isExecutable(Path.of(c))) {
        chromium = Path.of(c);
        break;
      }
    }
    if (chromium == null) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but Chromium is not installed: " + HOW_TO_GET_CHROMIUM);
      }
      Assumptions.abort("Chromium is not installed, browser test skipped: " + HOW_TO_GET_CHROMIUM);
    }
    Files.createDirectories(TARGET);
    html = TARGET.resolve("report.html").toAbsolutePath();
    HtmlReport.of(plan, Fixtures.commune()).withManifest(Fixtures.manifest()).writeTo(html);
  }

  static List<String> command(Path profile, String... extra) {
    return command(profile, html, extra);
  }

  static List<String> command(Path profile, Path page, String... extra) {
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    cmd.addAll(List.of(extra));
    cmd.add(page.toUri().toString());
    return cmd;
  }

  static String[] run(List<String> cmd, Path dir) throws IOException, InterruptedException {
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish within 180 s");
    }
    return new String[] {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)};
  }

  @Test
  void domHasEveryTargetCard(@TempDir Path tmp) throws Exception {
    String[] r = run(command(tmp.resolve("profile"), "--dump-dom"), tmp);
    String dom = r[0];
    assertThat(dom).contains("<html lang=\"vi\">");
    for (Target t : plan.getTargets()) {
      assertThat(dom).as("card of " + t.getId()).contains("id=\"target-" + t.getId() + "\"");
    }
    assertThat(dom).contains("id=\"data-quality\"").contains("id=\"manifest\"");
  }

  /** The report of a merge with the province's view: its sections and charts are in the DOM, no console error. */
  @Test
  void theProvinceViewRenders(@TempDir Path tmp) throws Exception {
    Path page = TARGET.resolve("province.html").toAbsolutePath();
    io.github.treem.io.submission.ProvinceRollUp.Result merged = ProvinceFixtures.merged();
    HtmlReport.of(plan, merged.getDocument().orElseThrow()).withProvinceStanding(merged.getStanding().orElseThrow())
        .writeTo(page);
    String[] r = run(command(tmp.resolve("profile"), page, "--enable-logging=stderr", "--v=0", "--dump-dom"), tmp);
    assertThat(r[0]).contains("id=\"province\"").contains("class=\"stack\"").contains("class=\"areas\"");
    for (Target t : plan.getTargets()) {
      assertThat(r[0]).contains("id=\"province-" + t.getId() + "\"");
    }
    assertThat(r[1].lines().filter(l -> l.contains("CONSOLE")).toList()).isEmpty();
  }

  @Test
  void loadsWithoutConsoleErrorsAndSavesAScreenshot(@TempDir Path tmp) throws Exception {
    Path png = TARGET.resolve("report.png").toAbsolutePath();
    Files.deleteIfExists(png);
    String[] r = run(command(tmp.resolve("profile"), "--enable-logging=stderr", "--v=0",
        "--screenshot=" + png, "--window-size=1280,4000", "--hide-scrollbars"), tmp);
    List<String> consoleErrors = r[1].lines().filter(l -> l.contains("CONSOLE")).toList();
    assertThat(consoleErrors).isEmpty();
    assertThat(png).exists();
    byte[] head = Files.readAllBytes(png);
    assertThat(head.length).isGreaterThan(10_000);
    assertThat(new String(head, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }
}
