package io.github.treem.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.indicators.DisclosureControl;
import java.io.File;
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
 * Opens the report workbook with LibreOffice Calc (headless) and saves every sheet as CSV with the
 * cells as shown: the figures a person sees in a spreadsheet are those treem decided (99.99 for
 * 19,999 of 20,000, never 100.00; 9.01, never 9.00; 12.50), hidden figures are {@code x}, and a
 * village named like a formula stays text.
 *
 * <p>Runs in CI ({@code .ci/run} installs LibreOffice Calc): under {@code CI=true} a missing
 * LibreOffice fails the test; elsewhere the test is skipped with a message.
 */
class ReportXlsxLibreOfficeTest {
  @TempDir
  static Path dir;

  @BeforeAll
  static void convert() throws IOException, InterruptedException {
    String soffice = findSoffice();
    if (soffice == null) {
      String message = "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(message + " (required under CI=true)");
      }
      Assumptions.abort(message);
    }
    Path xlsx = dir.resolve("bao-cao.xlsx");
    ReportXlsxWriter.of(ReportFixtures.edges()).withManifest(ReportFixtures.manifest()).writeTo(xlsx);
    Path profile = dir.resolve("profile");
    // CSV filter options: comma, double quote, UTF-8 (76), from line 1, default cell formats, en-US
    // (1033), then: quoted fields as text, detect special numbers, cells as shown, no formulas,
    // no space trimming, every sheet (-1) to its own file bao-cao-<sheet>.csv
    String filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1";
    Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
        "--convert-to", filter, "--outdir", dir.toString(), xlsx.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("LibreOffice did not convert the workbook within 180 s");
    }
    assertThat(dir.resolve("bao-cao-Mục tiêu.csv"))
        .as("LibreOffice's CSV (exit %d: %s)", p.exitValue(), Files.readString(dir.resolve("soffice.log"))).exists();
  }

  static String findSoffice() {
    for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
      for (String name : List.of("soffice", "libreoffice")) {
        File f = new File(d, name);
        if (f.canExecute()) {
          return f.getPath();
        }
      }
    }
    return null;
  }

  /** The rows of one sheet's CSV, split on commas outside quotes, quotes removed. */
  static List<List<String>> sheet(String name) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("bao-cao-" + name + ".csv"), StandardCharsets.UTF_8)) {
      List<String> cells = new ArrayList<>();
      StringBuilder b = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"') {
          if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            b.append('"');
            i++;
          } else {
            quoted = !quoted;
          }
        } else if (c == ',' && !quoted) {
          cells.add(b.toString());
          b.setLength(0);
        } else {
          b.append(c);
        }
      }
      cells.add(b.toString());
      rows.add(cells);
    }
    return rows;
  }

  static List<String> row(List<List<String>> rows, String... first) {
    return rows.stream().skip(ReportXlsxWriter.HEADER_ROW).filter(r -> {
      for (int i = 0; i < first.length; i++) {
        if (r.size() <= i || !r.get(i).equals(first[i])) {
          return false;
        }
      }
      return true;
    }).findFirst().orElseThrow(() -> new AssertionError("no row " + List.of(first)));
  }

  @Test
  void targetsAreShownAsTreemDecided() throws IOException {
    List<List<String>> targets = sheet("Mục tiêu");
    assertThat(targets.get(0).get(0)).startsWith("Báo cáo chỉ tiêu trẻ em năm 2020");
    assertThat(targets.get(1).get(0)).contains(DisclosureControl.NOTE_VI);
    assertThat(targets.get(2).get(0)).isEqualTo("Mã mục tiêu");
    assertThat(row(targets, "T1").subList(3, 11)).containsExactly("≥ ít nhất", "100", "99.99", "19,999", "20,000",
        "không đạt", "-0.01", "NOT_MET");
    assertThat(row(targets, "T2").subList(4, 6)).containsExactly("9", "9.01");
    assertThat(row(targets, "T3").subList(4, 8)).containsExactly("3000", "2345", "2,345", "");
  }

  @Test
  void breakdownsShowHiddenCellsAsXAndFormulasAsText() throws IOException {
    List<List<String>> hi = sheet("HI_U6");
    assertThat(row(hi, "Tổng").subList(3, 7)).containsExactly("19,999", "20,000", "99.99", "có số liệu");
    assertThat(row(hi, "thôn", "village", "=HYPERLINK(\"http://x\")").subList(3, 6))
        .containsExactly("9,999", "10,000", "99.99");
    assertThat(row(hi, "nhóm hoàn cảnh đặc biệt", "group", "DD").subList(3, 7)).containsExactly("x", "x", "x", "ẩn");
    List<List<String>> uw = sheet("UNDERWEIGHT_U5");
    assertThat(row(uw, "giới tính", "sex", "FEMALE").subList(3, 6)).containsExactly("1", "8", "12.50");
    assertThat(row(uw, "Tổng").get(5)).isEqualTo("9.01");
    List<List<String>> quality = sheet("Chất lượng dữ liệu");
    assertThat(row(quality, "rowsRead").get(2)).isEqualTo("122,350");
    List<List<String>> manifest = sheet("Nguồn");
    assertThat(row(manifest, "option note").get(1)).isEqualTo("=1+1");
  }
}
