package io.github.treem.jackson2;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.treem.io.json.TreemJacksonModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The golden files of io-formats and the mappers the tests compare. */
final class Goldens {
  /** A Jackson 2 mapper as a host makes it: defaults, the module, trailing tokens refused. */
  static final ObjectMapper J2 = JsonMapper.builder().addModule(new TreemJackson2Module())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  /** A Jackson 3 mapper as a host makes it: defaults, treem's Jackson 3 module, trailing tokens refused. */
  static final tools.jackson.databind.json.JsonMapper J3 = tools.jackson.databind.json.JsonMapper.builder()
      .addModule(new TreemJacksonModule())
      .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private Goldens() {}

  /** {@return Jackson 2's form of treem's indentation: two spaces, {@code \n}} */
  static DefaultPrettyPrinter prettyPrinter() {
    return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
  }

  static Path dir() {
    return Path.of(System.getProperty("treem.project.dir", ".."), "io-formats", "src", "test", "resources", "golden");
  }

  static String golden(String name) {
    try {
      return Files.readString(dir().resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
