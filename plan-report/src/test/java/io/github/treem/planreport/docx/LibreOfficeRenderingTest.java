package io.github.treem.planreport.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.planreport.Reports;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the Word document with LibreOffice Writer (headless) to PDF and reads page one: an A4
 * page with the national title, the motto and the title on it. Times New Roman is not installed on
 * Debian: LibreOffice uses the metric-compatible Liberation Serif ({@code fonts-liberation2}), with
 * the same line breaks.
 *
 * <p>Runs in CI ({@code .ci/run} installs LibreOffice Writer): under {@code CI=true} a missing
 * LibreOffice fails the test; elsewhere the test is skipped with a message.
 */
class LibreOfficeRenderingTest {
  @TempDir
  static Path dir;
  static File pdf;

  @BeforeAll
  static void render() throws IOException, InterruptedException {
    String soffice = findSoffice();
    if (soffice == null) {
      String message = "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer-nogui fonts-liberation2";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(message + " (required under CI=true)");
      }
      Assumptions.abort(message);
    }
    Path docx = dir.resolve("bao-cao-2020.docx");
    Files.write(docx, WordPlanReport.of(Reports.year()).toBytes());
    // a profile of its own, so that a LibreOffice already running (or another test) does not interfere
    Path profile = dir.resolve("profile");
    Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
        "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("LibreOffice did not convert the document within 180 s");
    }
    pdf = dir.resolve("bao-cao-2020.pdf").toFile();
    assertThat(pdf).as("LibreOffice's PDF (exit %d: %s)", p.exitValue(), Files.readString(dir.resolve("soffice.log"))).exists();
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

  static String normalise(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ");
  }

  @Test
  void pageOneIsA4WithTheNationalTitleTheMottoAndTheTitle() throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      assertThat(d.getNumberOfPages()).isGreaterThan(1);
      PDRectangle box = d.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f)); // 595 pt
      assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f)); // 842 pt
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      String page1 = normalise(stripper.getText(d));
      assertThat(page1).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      assertThat(page1).contains("Độc lập - Tự do - Hạnh phúc");
      assertThat(page1).contains("ỦY BAN NHÂN DÂN").contains("XÃ QUẢNG VINH").contains("/BC-UBND");
      assertThat(page1).contains("BÁO CÁO");
      assertThat(page1).contains("Kết quả thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2020");
      // the national title sits above the title, on the same page
      assertThat(page1.indexOf("CỘNG HÒA")).isLessThan(page1.indexOf("BÁO CÁO"));
      // no page number on page one; page two has one at the top
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      assertThat(normalise(stripper.getText(d)).trim()).startsWith("2");
      for (PDPage page : d.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
      }
    }
  }

  @Test
  void theFontIsTimesNewRomanOrItsMetricTwin() throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      List<String> fonts = new ArrayList<>();
      for (COSName name : d.getPage(0).getResources().getFontNames()) {
        fonts.add(d.getPage(0).getResources().getFont(name).getName());
      }
      assertThat(fonts).isNotEmpty();
      assertThat(fonts).allMatch(f -> f.contains("LiberationSerif") || f.contains("TimesNewRoman"), "serif, metric-compatible");
    }
  }
}
