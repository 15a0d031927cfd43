package io.github.treem.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.taxonomy.Sex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The writers' exact bytes, against golden files. */
class RegisterGoldenTest {
  static final Child MINIMAL = Child.builder().id("QV-0002").sex(Sex.MALE).dateOfBirth(LocalDate.of(2015, 9, 1)).build();

  @Test
  void registerDocument() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterJsonWriter w = RegisterJsonWriter.open(out, OptionalInt.of(2020))) {
      w.write(TreemJacksonModuleTest.fullChild());
      w.write(MINIMAL);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(TreemJacksonModuleTest.golden("register.json"));
  }

  @Test
  void registerJsonLines() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterJsonLinesWriter w = RegisterJsonLinesWriter.open(out)) {
      w.write(TreemJacksonModuleTest.fullChild());
      w.write(MINIMAL);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(TreemJacksonModuleTest.golden("register.jsonl"));
  }
}
