package io.github.treem.planreport.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.ReportingPeriod;
import io.github.treem.planreport.ImplementationReport;
import io.github.treem.planreport.ReportInputs;
import io.github.treem.planreport.Reports;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlPlanReportTest {
  static String html;

  @BeforeAll
  static void render() throws IOException {
    html = HtmlPlanReport.of(Reports.year()).render();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "bao-cao-2020.html"), html); // for people to open
  }

  @Test
  void theDocumentsParts() {
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">");
    assertThat(html).contains("<p class=\"nation\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>");
    assertThat(html).contains("<span class=\"rule\">Độc lập - Tự do - Hạnh phúc</span>");
    assertThat(html).contains("<p class=\"issuer\">ỦY BAN NHÂN DÂN</p>").contains("<p class=\"issuer\">XÃ QUẢNG VINH</p>");
    assertThat(html).contains("<p class=\"number\">Số:       /BC-UBND</p>");
    assertThat(html).contains("<h1>BÁO CÁO</h1>");
    assertThat(html).contains("<p class=\"label\">Nơi nhận:</p>").contains("<p>- UBND huyện (để báo cáo);</p>").contains("<p>- Lưu: VT.</p>");
    assertThat(html).contains("<p>TM. ỦY BAN NHÂN DÂN</p>").contains("<p>CHỦ TỊCH</p>");
    assertThat(html).contains("font-family: \"Times New Roman\"").contains("@page { size: A4;");
  }

  @Test
  void theSameSectionsAndFiguresAsTheWordDocument() {
    Matcher m = Pattern.compile("<h2>([^<]+)</h2>").matcher(html);
    List<String> headings = m.results().map(r -> r.group(1)).toList();
    assertThat(headings).containsExactly("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CỦA CÁC ĐƠN VỊ",
        "III. HOẠT ĐỘNG VÀ SỐ NGƯỜI ĐƯỢC TIẾP CẬN", "IV. KINH PHÍ THỰC HIỆN", "V. NHỮNG VIỆC CHƯA THỰC HIỆN ĐƯỢC VÀ NGUYÊN NHÂN",
        "VI. ĐỀ XUẤT, KIẾN NGHỊ");
    assertThat(html).contains("<td class=\"text\">Trao học bổng</td>\n<td class=\"num\">1</td>\n<td class=\"num\">x</td>");
    assertThat(html).contains("<td class=\"num\">1.779</td>");
    assertThat(html).contains("<p class=\"placeholder\">[Cán bộ ghi các đề xuất");
    // the citation of task 4 verbatim, its correction beside it
    assertThat(html).contains("06/2019/QĐ-TTg ngày 03/01/2019 của Thủ tướng Chính phủ. [đính chính: “Quyết định số 06/2019/QĐ-TTg"
        + " ngày 03/01/2019” là Quyết định 06/QĐ-TTg ngày 03/01/2019 của Thủ tướng Chính phủ]");
  }

  @Test
  void everyTextIsEscapedAndNoEvidenceNoteLeaks() throws IOException {
    ImplementationReport r = ImplementationReport.of(io.github.treem.planreport.QuangVinhPlans.plan(), ReportingPeriod.parse("2020"),
        List.of(), List.of(), ReportInputs.builder().proposalsVi("<script>alert(1)</script> & \"quote\"").build());
    String page = HtmlPlanReport.of(r).render();
    assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quote\"");
    assertThat(html).doesNotContain("Bí Mật").doesNotContain("Biên bản số");
    StringWriter w = new StringWriter();
    HtmlPlanReport.of(Reports.year()).writeTo(w);
    assertThat(w.toString()).isEqualTo(html); // the same report gives the same text
  }
}
