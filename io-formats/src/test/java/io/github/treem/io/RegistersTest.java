package io.github.treem.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.csv.RegisterCsvReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistersTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "child_id,sex,date_of_birth\\nA,F,2015-01-01|CSV",
      "\\uFEFFchild_id;sex|CSV",
      "|CSV",
      "[{\"id\":\"A\"}]|JSON",
      "  \\n {\\n  \"children\": []\\n}|JSON",
      "{\"id\":\"A\"}\\n{\"id\":\"B\"}|JSON_LINES",
      "\\uFEFF {\"id\":\"{\\\\\"}\"}  \\r\\n|JSON_LINES",
      "{\"id\":\"A\"} x|JSON",
      // the header line of a JSON Lines register names the format, but holds no children
      "{\"format\":\"treem-register\",\"version\":1}\\n{\"id\":\"A\"}|JSON_LINES",
      "\\uFEFF{\"format\": \"treem-register\", \"version\": 1, \"syntheticData\": true}\\r\\n|JSON_LINES",
      "{\"format\":\"treem-register\",\"version\":1,\"children\":[{\"id\":\"A\"}]}|JSON",
      "{\"format\": \"treem-register\",\\n \"version\": 1, \"children\": []}|JSON"})
  void tellsFormatsApartByContent(String text, RegisterFormat expected) throws IOException {
    String t = text == null ? "" : text.replace("\\n", "\n").replace("\\r", "\r").replace("\\uFEFF", "\uFEFF")
        .replace("\\\\", "\\");
    assertThat(Registers.detect(new ByteArrayInputStream(t.getBytes(StandardCharsets.UTF_8)))).isEqualTo(expected);
  }

  @Test
  void opensCsvWithTheFileNameInLocations() throws IOException {
    Path f = dir.resolve("qv.csv");
    Files.writeString(f, "child_id,sex,date_of_birth\nA,F,31/02/2015\n");
    try (RegisterReader r = Registers.open(f, ReadOptions.of(2020))) {
      assertThat(r).isInstanceOf(RegisterCsvReader.class);
      Issue i = r.next().orElseThrow().getIssues().get(0);
      assertThat(i.getLocation().getFile()).contains("qv.csv");
      assertThat(r.getStats()).isEqualTo(DataQuality.of(1, 0, 1, false));
    }
  }

  @Test
  void jsonAndJsonLinesGoToTheJsonReaders() throws IOException {
    Path f = dir.resolve("r.jsonl");
    Files.writeString(f, "{\"id\":\"A\"}\n{\"id\":\"B\",\"x\":1}\n");
    try (RegisterReader r = Registers.open(f, ReadOptions.of(2020))) {
      assertThat(r).isInstanceOf(io.github.treem.io.json.RegisterJsonLinesReader.class);
      assertThat(r.next().orElseThrow().isAccepted()).isTrue();
      Issue i = r.next().orElseThrow().getIssues().get(0);
      assertThat(i.getCode()).isEqualTo("JSON_UNKNOWN_PROPERTY");
      assertThat(i.getLocation().getFile()).contains("r.jsonl");
      assertThat(i.getLocation().getLine()).hasValue(2);
      assertThat(r.getStats()).isEqualTo(DataQuality.of(2, 1, 1, false));
    }
    try (RegisterReader r = Registers.open(f, ReadOptions.builder().reportingYear(2020).mode(ReadMode.LENIENT).build())) {
      assertThat(r.stream().filter(RegisterRecord::isAccepted).count()).isEqualTo(2);
    }
    Path d = dir.resolve("r.json");
    Files.writeString(d, "{\"format\":\"treem-register\",\"version\":1,\"children\":[\n{\"id\":\"A\"}]}");
    try (RegisterReader r = Registers.open(d, ReadOptions.of(2020))) {
      assertThat(r).isInstanceOf(io.github.treem.io.json.RegisterJsonReader.class);
      assertThat(r.stream().count()).isEqualTo(1);
      assertThat(r.getStats()).isEqualTo(DataQuality.of(1, 1, 0, false));
    }
  }

  @Test
  void opensJsonLinesAndJsonByContent() throws IOException {
    Path f = dir.resolve("r.jsonl");
    Files.writeString(f, "{\"id\":\"A\", \"sex\": \"F\", \"dateOfBirth\": \"2015-02-31\"}\n");
    try (RegisterReader r = Registers.open(f, ReadOptions.of(2020))) {
      assertThat(r).isInstanceOf(io.github.treem.io.json.RegisterJsonLinesReader.class);
      assertThat(r.next().orElseThrow().isAccepted()).isFalse();
      assertThat(r.getStats()).isEqualTo(DataQuality.of(1, 0, 1, false));
    }
    Path g = dir.resolve("r.json");
    Files.writeString(g, "{\"format\": \"treem-register\", \"version\": 1,\n \"children\": []}");
    try (RegisterReader r = Registers.open(g, ReadOptions.of(2020))) {
      assertThat(r).isInstanceOf(io.github.treem.io.json.RegisterJsonReader.class);
      assertThat(r.next()).isEmpty();
      assertThat(r.getStats()).isEqualTo(DataQuality.of(0, 0, 0, false));
    }
  }

}
