package io.github.treem.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.Child;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.validation.Language;
import io.github.treem.io.html.HtmlReport;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.http.MockHttpOutputMessage;

class HttpMessageConvertersTest {
  private static final Plan PLAN = TreemJson.bundledPlan("quang-vinh-2020");

  private static TreemReport report(Language language) throws IOException {
    TreemProperties p = new TreemProperties();
    p.setLanguage(language);
    return TreemReports.of(p).read(PLAN, new ByteArrayInputStream(Registers.csv(8, 150)), "qv.csv");
  }

  @Test
  void theHtmlReportIsWrittenAsUtf8Html() throws IOException {
    TreemReport report = report(Language.VI);
    TreemReportHttpMessageConverter converter = new TreemReportHttpMessageConverter(Language.VI);
    assertThat(converter.canWrite(HtmlReport.class, MediaType.TEXT_HTML)).isTrue();
    assertThat(converter.canWrite(HtmlReport.class, MediaType.APPLICATION_JSON)).isFalse();
    MockHttpOutputMessage out = new MockHttpOutputMessage();
    converter.write(report.getHtml(), null, out);
    assertThat(out.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/html;charset=UTF-8"));
    assertThat(out.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo(report.getHtml().render());
  }

  @Test
  void theDocumentIsWrittenAsTheCommandLineWritesItAndReadBack() throws IOException {
    TreemReport report = report(Language.EN);
    TreemReportHttpMessageConverter converter = new TreemReportHttpMessageConverter(Language.EN);
    assertThat(converter.canWrite(ReportDocument.class, MediaType.APPLICATION_JSON)).isTrue();
    assertThat(converter.canWrite(ReportDocument.class, MediaType.TEXT_HTML)).isFalse();
    MockHttpOutputMessage out = new MockHttpOutputMessage();
    converter.write(report.getDocument(), MediaType.APPLICATION_JSON, out);
    String json = out.getBodyAsString(StandardCharsets.UTF_8);
    assertThat(json).isEqualTo(ReportJson.of(Language.EN).write(report.getDocument()));

    assertThat(converter.canRead(ReportDocument.class, MediaType.APPLICATION_JSON)).isTrue();
    Object back = converter.read(ReportDocument.class, new MockHttpInputMessage(json.getBytes(StandardCharsets.UTF_8)));
    // a document of the same JSON (the one computed in memory holds more than its JSON)
    assertThat(back).isInstanceOf(ReportDocument.class);
    assertThat(ReportJson.of(Language.EN).write((ReportDocument) back)).isEqualTo(json);
    assertThatThrownBy(() -> converter.read(ReportDocument.class,
        new MockHttpInputMessage("{\"year\":".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(HttpMessageNotReadableException.class);
  }

  @Test
  void treemJsonConverterTakesOnlyTreemCoreTypesAndIsStrict() throws IOException {
    TreemJsonHttpMessageConverter converter = new TreemJsonHttpMessageConverter(TreemJson.strict());
    assertThat(converter.canRead(Child.class, MediaType.APPLICATION_JSON)).isTrue();
    assertThat(converter.canWrite(Plan.class, MediaType.APPLICATION_JSON)).isTrue();
    assertThat(converter.canRead(String.class, MediaType.APPLICATION_JSON)).isFalse();
    assertThat(converter.canRead(ReportDocument.class, MediaType.APPLICATION_JSON)).isFalse();

    Child child = Child.builder().id("QV-1").sex(Sex.MALE).dateOfBirth(LocalDate.of(2018, 3, 1)).build();
    MockHttpOutputMessage out = new MockHttpOutputMessage();
    converter.write(child, MediaType.APPLICATION_JSON, out);
    String json = out.getBodyAsString(StandardCharsets.UTF_8);
    assertThat(json).isEqualTo(TreemJson.strict().writeChild(child));
    assertThat(converter.read(Child.class, new MockHttpInputMessage(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(child);

    String unknown = json.replaceFirst("\\{", "{\"nickname\":\"x\",");
    assertThatThrownBy(() -> converter.read(Child.class, new MockHttpInputMessage(unknown.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(HttpMessageNotReadableException.class)
        .hasMessageNotContaining("QV-1");
    String duplicate = json.replaceFirst("\\{", "{\"id\":\"QV-2\",");
    assertThatThrownBy(() -> converter.read(Child.class, new MockHttpInputMessage(duplicate.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(HttpMessageNotReadableException.class);
  }
}
