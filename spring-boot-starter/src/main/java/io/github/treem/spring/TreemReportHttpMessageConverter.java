package io.github.treem.spring;

import io.github.treem.core.validation.Language;
import io.github.treem.io.html.HtmlReport;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportJson;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;

/**
 * Writes treem's reports in HTTP responses: an {@link HtmlReport} as {@code text/html} (UTF-8),
 * and a {@link ReportDocument} as {@code application/json}, byte for byte what
 * {@code treem report --format json} writes (indicator names in the configured language); reads a
 * {@link ReportDocument} from {@code application/json}.
 *
 * <pre>{@code
 * @GetMapping(path = "/report", produces = MediaType.TEXT_HTML_VALUE)
 * HtmlReport html() { return last.getHtml(); }
 *
 * @GetMapping(path = "/report", produces = MediaType.APPLICATION_JSON_VALUE)
 * ReportDocument json() { return last.getDocument(); }
 * }</pre>
 *
 * <p>Auto-configured as a bean, which Spring Boot adds ahead of its default converters (Boot 3.5
 * and 4.0).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TreemReportHttpMessageConverter extends AbstractHttpMessageConverter<Object> {
  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final ReportJson json;

  /**
   * A converter writing report JSON with indicator names in a language.
   *
   * @param language the language of the indicator names
   */
  public TreemReportHttpMessageConverter(Language language) {
    super(StandardCharsets.UTF_8, HTML, MediaType.APPLICATION_JSON);
    this.json = ReportJson.of(Objects.requireNonNull(language, "language must not be null"));
  }

  @Override
  protected boolean supports(Class<?> clazz) {
    return HtmlReport.class.isAssignableFrom(clazz) || ReportDocument.class.isAssignableFrom(clazz);
  }

  @Override
  public boolean canRead(Class<?> clazz, MediaType mediaType) {
    return ReportDocument.class.isAssignableFrom(clazz) && canRead(mediaType)
        && (mediaType == null || !HTML.isCompatibleWith(mediaType));
  }

  @Override
  public boolean canWrite(Class<?> clazz, MediaType mediaType) {
    if (HtmlReport.class.isAssignableFrom(clazz)) {
      return mediaType == null || MediaType.ALL.equalsTypeAndSubtype(mediaType) || HTML.isCompatibleWith(mediaType);
    }
    return ReportDocument.class.isAssignableFrom(clazz)
        && (mediaType == null || MediaType.ALL.equalsTypeAndSubtype(mediaType)
            || MediaType.APPLICATION_JSON.isCompatibleWith(mediaType));
  }

  @Override
  public List<MediaType> getSupportedMediaTypes(Class<?> clazz) {
    return List.of(HtmlReport.class.isAssignableFrom(clazz) ? HTML : MediaType.APPLICATION_JSON);
  }

  @Override
  protected MediaType getDefaultContentType(Object value) {
    return value instanceof HtmlReport ? HTML : MediaType.APPLICATION_JSON;
  }

  @Override
  protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
    try {
      return json.read(input.getBody(), null);
    } catch (RuntimeException e) {
      // the message is treem's coded one (location, never a value of the input)
      throw new HttpMessageNotReadableException("not a treem report: " + e.getMessage(), e, input);
    }
  }

  @Override
  protected void writeInternal(Object value, HttpOutputMessage output) throws IOException {
    if (value instanceof HtmlReport html) {
      Writer w = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
      html.writeTo(w);
      w.flush();
    } else if (value instanceof ReportDocument document) {
      json.write(document, output.getBody());
    } else {
      throw new HttpMessageNotWritableException("not a treem report: " + value.getClass().getName());
    }
  }
}
