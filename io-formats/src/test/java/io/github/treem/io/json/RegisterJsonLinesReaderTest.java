package io.github.treem.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Validation;
import io.github.treem.io.internal.IdIndex;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegisterJsonLinesReaderTest {

  static List<RegisterRecord> read(byte[] bytes, DataQuality expected) {
    return read(bytes, expected, options().build());
  }

  /** Options without validation: these tests are about decoding. */
  static ReadOptions.Builder options() {
    return ReadOptions.builder().reportingYear(2020).fileName("reg.jsonl").validation(Validation.NONE);
  }

  static List<RegisterRecord> read(byte[] bytes, DataQuality expected, ReadOptions options) {
    List<RegisterRecord> out = new ArrayList<>();
    try (RegisterJsonLinesReader r = RegisterJsonLinesReader.open(new ByteArrayInputStream(bytes), options)) {
      r.stream().forEach(out::add);
      assertThat(r.getStats()).isEqualTo(expected);
      assertThat(r.getFileIssues()).isEmpty();
    }
    return out;
  }

  static List<String> codes(List<RegisterRecord> rs) {
    return rs.stream().map(r -> r.isAccepted() ? "OK"
        : r.getIssues().stream().map(Issue::getCode).collect(Collectors.joining(","))).collect(Collectors.toList());
  }

  @Test
  void everyLineIsARecordAndErrorsStayOnTheirLine() {
    String text = "\uFEFF{\"id\": \"a\"}\r\n"
        + "\n"
        + "{\"id\": \"b\" \"sex\": 1}\n"
        + "{\"id\": \"c\", \"id\": \"d\"}\n"
        + "{\"id\": \"e\"\n"
        + "[1]\n"
        + "{\"id\": \"f\"} {\"id\": \"g\"}\n"
        + "[".repeat(10_000) + "\n"
        + "{\"id\": \"i\", \"sex\": \"FEMALE\"}\n"
        + "{\"id\": \"j\", \"sex\": \"F\"}\n"
        + "{\"id\": 12}\n"
        + "{\"id\": \"k\", \"measurements\": [{\"measuredOn\": \"2020-01-01\", \"weightKg\": " + "1".repeat(1000) + "}]}\n"
        + "{\"id\": \"l\"}";
    List<RegisterRecord> rs = read(text.getBytes(StandardCharsets.UTF_8), DataQuality.of(12, 3, 9, false));
    assertThat(codes(rs)).containsExactly("OK", "JSON_SYNTAX", "JSON_DUPLICATE_KEY", "JSON_TRUNCATED",
        "JSON_WRONG_TYPE", "JSON_SYNTAX", "JSON_LIMIT_EXCEEDED", "OK", "INVALID_CODE", "JSON_WRONG_TYPE",
        "JSON_LIMIT_EXCEEDED", "OK");
    assertThat(rs).extracting(RegisterRecord::getLine).containsExactly(1L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L);
    assertThat(rs.get(8).getIssues().get(0).getLocation())
        .isEqualTo(Location.builder().file("reg.jsonl").line(10).path("sex").build());
    assertThat(rs.get(1).getIssues().get(0).getLocation().getLine()).hasValue(3);
  }

  @Test
  void writerOutputReadsBack() {
    TreemGen gen = new TreemGen(77);
    List<Child> children = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterJsonLinesWriter w = RegisterJsonLinesWriter.open(out)) {
      for (int i = 0; i < 300; i++) {
        Child c = gen.child();
        children.add(c);
        w.write(c);
      }
    }
    String text = out.toString(StandardCharsets.UTF_8);
    // the header line, 300 children, and the empty string after the last line feed
    assertThat(text.split("\n", -1)).hasSize(302);
    assertThat(text).startsWith("{\"format\":\"treem-register\",\"version\":1}\n{\"id\":");
    List<RegisterRecord> rs = read(out.toByteArray(), DataQuality.of(300, 300, 0, false));
    assertThat(rs).extracting(r -> r.getChild().orElseThrow()).containsExactlyElementsOf(children);
    assertThat(rs.get(0).getLine()).isEqualTo(2L);
  }

  /** Reads a file, returning the reader (closed) for its file issues and marker. */
  static RegisterJsonLinesReader readAll(String text, List<RegisterRecord> out, ReadOptions options) {
    try (RegisterJsonLinesReader r = RegisterJsonLinesReader.open(new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8)), options)) {
      r.stream().forEach(out::add);
      return r;
    }
  }

  @Test
  void theHeaderLineIsNotARecordAndCarriesTheSyntheticDataMarker() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterJsonLinesWriter w = RegisterJsonLinesWriter.open(out, true)) {
      w.write(Child.builder().id("a").build());
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).isEqualTo("{\"format\":\"treem-register\",\"version\":1,\"syntheticData\":true}\n{\"id\":\"a\"}\n");
    List<RegisterRecord> rs = new ArrayList<>();
    RegisterJsonLinesReader r = readAll("\n" + text, rs, options().build());
    assertThat(r.isSyntheticData()).isTrue();
    assertThat(r.getFileIssues()).isEmpty();
    assertThat(r.getStats()).isEqualTo(DataQuality.of(1, 1, 0, false));
    assertThat(rs).extracting(RegisterRecord::getLine).containsExactly(3L);
    // not marked: a header without the marker, or no header at all (treem 0.1's files: version 1)
    for (String unmarked : List.of("{\"format\":\"treem-register\",\"version\":1,\"syntheticData\":false}\n{\"id\":\"a\"}\n",
        "{\"id\":\"a\"}\n", "{\"id\":\"a\",\"fullName\":\"format\"}\n")) {
      List<RegisterRecord> u = new ArrayList<>();
      RegisterJsonLinesReader ur = readAll(unmarked, u, options().build());
      assertThat(ur.isSyntheticData()).as(unmarked).isFalse();
      assertThat(ur.getFileIssues()).as(unmarked).isEmpty();
      assertThat(u).as(unmarked).hasSize(1).allMatch(RegisterRecord::isAccepted);
    }
  }

  @Test
  void aHeaderOfAnotherFormatOrVersionRefusesTheFileAndABadHeaderIsAFileError() {
    record Case(String header, String code, int records) {}
    for (Case c : List.of(
        new Case("{\"format\":\"treem-report\",\"version\":1}", "JSON_NOT_A_REGISTER", 0),
        new Case("{\"format\":\"treem-register\",\"version\":2}", "JSON_UNSUPPORTED_VERSION", 0),
        new Case("{\"format\":\"treem-register\",\"version\":\"1\"}", "JSON_UNSUPPORTED_VERSION", 0),
        new Case("{\"format\":\"treem-register\"}", "JSON_MISSING_PROPERTY", 1),
        new Case("{\"format\":\"treem-register\",\"version\":1,\"syntheticData\":\"yes\"}", "JSON_WRONG_TYPE", 1),
        new Case("{\"format\":\"treem-register\",\"version\":1,\"comment\":\"x\"}", "JSON_UNKNOWN_PROPERTY", 1))) {
      List<RegisterRecord> rs = new ArrayList<>();
      RegisterJsonLinesReader r = readAll(c.header() + "\n{\"id\":\"a\"}\n", rs, options().build());
      assertThat(r.getFileIssues()).as(c.header()).extracting(Issue::getCode).containsExactly(c.code());
      assertThat(r.getFileIssues().get(0).getLocation().getLine()).hasValue(1);
      assertThat(r.getStats().isMalformed()).isTrue();
      assertThat(rs).as(c.header()).hasSize(c.records());
      assertThat(r.next()).as("after the end").isEmpty();
      assertThat(r.getStats().getRowsRead()).isEqualTo(c.records());
    }
    // lenient: an unknown header property is a warning, the file is not malformed
    List<RegisterRecord> rs = new ArrayList<>();
    RegisterJsonLinesReader r = readAll("{\"format\":\"treem-register\",\"version\":1,\"comment\":\"x\"}\n{\"id\":\"a\"}\n",
        rs, options().mode(io.github.treem.io.ReadMode.LENIENT).build());
    assertThat(r.getFileIssues()).extracting(i -> i.getSeverity().name()).containsExactly("WARNING");
    assertThat(r.getStats().isMalformed()).isFalse();
  }

  @Test
  void rejectsADuplicateSeenAfterTheIdentifiersLeftTheHeap() {
    // the readers' index keeps 4 MiB in the heap (its smallest default budget, as under -Xmx64m)
    ReadOptions small = options().idHeapBudget(IdIndex.DEFAULT_HEAP_BUDGET).build();
    {
      // 300 identifiers of 20,000 characters (60 KB each in the index): past its 4 MiB heap budget
      String body = "ễ".repeat(20_000);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 300; i++) {
        text.append("{\"id\": \"").append(body).append(i).append("\"}\n");
      }
      for (int i : new int[] {0, 250, 300, 299}) {
        text.append("{\"id\": \"").append(body).append(i).append("\"}\n");
      }
      List<RegisterRecord> rs = read(text.toString().getBytes(StandardCharsets.UTF_8), DataQuality.of(304, 301, 3, false),
          small);
      assertThat(codes(rs.subList(300, 304))).containsExactly("DUPLICATE_CHILD_ID", "DUPLICATE_CHILD_ID", "OK",
          "DUPLICATE_CHILD_ID");
      assertThat(rs.subList(0, 300)).allMatch(RegisterRecord::isAccepted);
    }
  }
}
