package io.github.treem.spring;

import io.github.treem.io.json.TreemJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apiguardian.api.API;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Reads and writes treem core's types (a {@code Child}, a {@code ValidationReport}, a
 * {@code Plan}, ...) as {@code application/json} with {@link TreemJson}: exactly treem's JSON,
 * strict (an unknown property, a duplicate key or input beyond treem's read limits is a
 * {@code 400 Bad Request}), whatever the application's own JSON mapper is.
 *
 * <p>For hosts whose JSON mapper has no treem module: Spring Boot 3 applications (Jackson 2)
 * without {@code treem-jackson2}, where {@code treem-spring-boot3-starter} registers it ahead of
 * the Jackson 2 converter. Types of the host, and collections, are left to the host's converters.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TreemJsonHttpMessageConverter extends AbstractHttpMessageConverter<Object> {
  private static final String CORE = "io.github.treem.core";

  private final TreemJson json;

  /**
   * A converter with a {@link TreemJson}.
   *
   * @param json the JSON codec, usually {@link TreemJson#strict()}
   */
  public TreemJsonHttpMessageConverter(TreemJson json) {
    super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    this.json = Objects.requireNonNull(json, "json must not be null");
  }

  /** {@return the JSON codec} */
  public TreemJson getJson() {
    return json;
  }

  @Override
  protected boolean supports(Class<?> clazz) {
    String pkg = clazz.getPackageName();
    return !clazz.isArray() && (pkg.equals(CORE) || pkg.startsWith(CORE + "."));
  }

  @Override
  protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
    try {
      return json.read(input.getBody(), clazz);
    } catch (RuntimeException e) {
      // treem's messages carry the location and a stable id, never a value of the input
      throw new HttpMessageNotReadableException(e.getMessage(), e, input);
    }
  }

  @Override
  protected void writeInternal(Object value, HttpOutputMessage output) throws IOException {
    json.write(output.getBody(), value);
  }
}
