package io.github.treem.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ChildValidator;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegisterJsonReaderTest {

  static final class Result {
    final List<RegisterRecord> records = new ArrayList<>();
    List<Issue> fileIssues;
    DataQuality stats;
    OptionalInt year;

    List<String> codes() {
      return records.stream().map(r -> r.isAccepted() ? "OK"
          : r.getIssues().stream().map(Issue::getCode).collect(Collectors.joining(","))).collect(Collectors.toList());
    }

    List<String> fileCodes() {
      return fileIssues.stream().map(Issue::getCode).collect(Collectors.toList());
    }
  }

  /** Reads with a validator, or (null) without any: these tests are about decoding. */
  static Result read(String text, ReadMode mode, ChildValidator validator) {
    Result res = new Result();
    ReadOptions.Builder o = ReadOptions.builder().reportingYear(2020).fileName("reg.json").mode(mode);
    if (validator == null) {
      o.validation(Validation.NONE);
    } else {
      o.validator(validator);
    }
    try (RegisterJsonReader r = RegisterJsonReader.open(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), o.build())) {
      r.stream().forEach(res.records::add);
      res.fileIssues = r.getFileIssues();
      res.stats = r.getStats();
      res.year = r.getReportingYear();
    }
    assertThat(res.stats.getRowsRead()).isEqualTo(res.records.size());
    return res;
  }

  static Result read(String text) {
    return read(text, ReadMode.STRICT, null);
  }

  static String doc(String... children) {
    return "{\"format\": \"treem-register\", \"version\": 1, \"reportingYear\": 2020, \"children\": [\n"
        + String.join(",\n", children) + "\n]}";
  }

  @Test
  void readsEveryChildWithItsLine() {
    Result r = read(doc("{\"id\": \"a\"}", "{\"id\": \"b\",\n \"sex\": \"MALE\"}", "{\"id\": \"c\"}"));
    assertThat(r.codes()).containsExactly("OK", "OK", "OK");
    assertThat(r.records).extracting(RegisterRecord::getLine).containsExactly(2L, 3L, 5L);
    assertThat(r.records).extracting(RegisterRecord::getIndex).containsExactly(0L, 1L, 2L);
    assertThat(r.stats).isEqualTo(DataQuality.of(3, 3, 0, false));
    assertThat(r.fileIssues).isEmpty();
    assertThat(r.year).hasValue(2020);
  }

  @Test
  void aBrokenChildIsRejectedAndReadingGoesOn() {
    Result r = read(doc(
        "{\"id\": \"a\", \"sex\": 3}",
        "{\"id\": \"b\", \"dateOfBirth\": \"2020-13-01\"}",
        "{\"id\": \"c\", \"extra\": {\"deep\": [1, 2, {\"x\": 1}]}, \"sex\": \"MALE\"}",
        "{\"sex\": \"MALE\", \"measurements\": []}",
        "[1, 2]",
        "{\"id\": \"f\", \"enrolments\": [{\"schoolYear\": 2020, \"level\": \"NONE\", \"grade\": 0}]}",
        "{\"id\": \"g\"}"));
    assertThat(r.codes()).containsExactly("JSON_WRONG_TYPE", "INVALID_DATE", "JSON_UNKNOWN_PROPERTY",
        "MISSING_VALUE", "JSON_WRONG_TYPE", "INVALID_VALUE", "OK");
    assertThat(r.stats).isEqualTo(DataQuality.of(7, 1, 6, false));
    Issue bad = r.records.get(1).getIssues().get(0);
    assertThat(bad.getLocation()).isEqualTo(Location.builder().file("reg.json").line(3).path("children[1].dateOfBirth").build());
    assertThat(bad.getMessageEn()).isEqualTo("Invalid date (yyyy-MM-dd or dd/MM/yyyy): TREEM-IO-1002: not a date of the form yyyy-MM-dd")
        .doesNotContain("2020-13-01");
    assertThat(r.records.get(2).getIssues().get(0).getLocation().getPath()).contains("children[2].extra");
    assertThat(r.records.get(5).getIssues().get(0).getMessageEn()).contains("TREEM-CORE-0030");
  }

  @Test
  void lenientWarnsOnUnknownPropertiesAndAccepts() {
    Result r = read("{\"format\": \"treem-register\", \"version\": 1, \"producer\": \"x\", \"children\": [{\"id\": \"a\", \"note\": 1}]}",
        ReadMode.LENIENT, null);
    assertThat(r.codes()).containsExactly("OK");
    assertThat(r.records.get(0).getIssues()).extracting(Issue::getCode, Issue::getSeverity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("JSON_UNKNOWN_PROPERTY", Severity.WARNING));
    assertThat(r.records.get(0).getIssues().get(0).getLocation().getPath()).contains("children[0].note");
    assertThat(r.fileIssues).extracting(Issue::getCode, Issue::getSeverity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("JSON_UNKNOWN_PROPERTY", Severity.WARNING));
    assertThat(r.stats.isMalformed()).isFalse();
  }

  @Test
  void aSyntaxErrorStopsTheDocument() {
    Result r = read(doc("{\"id\": \"a\"}", "{\"id\": \"b\" \"sex\": \"MALE\"}", "{\"id\": \"c\"}"));
    assertThat(r.codes()).containsExactly("OK", "JSON_SYNTAX");
    assertThat(r.fileCodes()).containsExactly("JSON_DOCUMENT_STOPPED");
    assertThat(r.stats).isEqualTo(DataQuality.of(2, 1, 1, true));
  }

  @Test
  void duplicateKeysTruncationAndLimitsStopTheDocument() {
    assertThat(read(doc("{\"id\": \"a\", \"id\": \"b\"}")).codes()).containsExactly("JSON_DUPLICATE_KEY");
    Result t = read(doc("{\"id\": \"a\"}").substring(0, doc("{\"id\": \"a\"}").length() - 8));
    assertThat(t.codes()).containsExactly("JSON_TRUNCATED");
    assertThat(t.stats.isMalformed()).isTrue();
    Result t2 = read("{\"format\": \"treem-register\", \"version\": 1, \"children\": [{\"id\": \"a\"}");
    assertThat(t2.codes()).containsExactly("OK");
    assertThat(t2.fileCodes()).containsExactly("JSON_TRUNCATED", "JSON_DOCUMENT_STOPPED");
    Result deep = read(doc("{\"id\": \"a\", \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}", "{\"id\": \"b\"}"),
        ReadMode.LENIENT, null);
    // lenient mode reads the child whole before binding it: the limit stops it before its unknown
    // property is seen
    assertThat(deep.codes()).containsExactly("JSON_LIMIT_EXCEEDED");
    assertThat(deep.stats).isEqualTo(DataQuality.of(1, 0, 1, true));
    Result deep2 = read(doc("{\"id\": \"a\"}", "[".repeat(10_000) + "]".repeat(10_000), "{\"id\": \"b\"}"));
    assertThat(deep2.codes()).containsExactly("OK", "JSON_LIMIT_EXCEEDED");
    assertThat(deep2.fileCodes()).containsExactly("JSON_DOCUMENT_STOPPED");
    assertThat(deep2.stats).isEqualTo(DataQuality.of(2, 1, 1, true));
    Result num = read(doc("{\"id\": \"a\", \"measurements\": [{\"measuredOn\": \"2020-01-01\", \"weightKg\": " + "9".repeat(1000) + "}]}"));
    assertThat(num.codes()).containsExactly("JSON_LIMIT_EXCEEDED");
    Result str = read(doc("{\"id\": \"" + "x".repeat(TreemJson.MAX_STRING_LENGTH + 1) + "\"}"));
    assertThat(str.codes()).containsExactly("JSON_LIMIT_EXCEEDED");
  }

  @Test
  void notARegister() {
    Result a = read("[1, 2, 3]");
    assertThat(a.fileCodes()).containsExactly("JSON_NOT_A_REGISTER");
    assertThat(a.stats).isEqualTo(DataQuality.of(0, 0, 0, true));
    assertThat(read("{\"format\": \"other\", \"children\": [{\"id\": \"a\"}]}").fileCodes())
        .containsExactly("JSON_NOT_A_REGISTER");
    assertThat(read("{\"format\": \"treem-register\", \"version\": 2, \"children\": []}").fileCodes())
        .containsExactly("JSON_UNSUPPORTED_VERSION");
    assertThat(read("{\"children\": [{\"id\": \"a\"}]}").fileCodes()).containsExactly("JSON_NOT_A_REGISTER");
    assertThat(read("[1, 2,]").fileCodes()).containsExactly("JSON_NOT_A_REGISTER", "JSON_SYNTAX", "JSON_DOCUMENT_STOPPED");
    assertThat(read("").fileCodes()).containsExactly("JSON_SYNTAX");
    assertThat(read(" \n").stats).isEqualTo(DataQuality.of(0, 0, 0, true));
    assertThat(read(doc("{\"id\": \"a\"}") + " {}").fileCodes()).containsExactly("JSON_SYNTAX");
    assertThat(read(doc() .replace("\n\n", "\n")).stats).isEqualTo(DataQuality.of(0, 0, 0, false));
  }

  @Test
  void invalidUtf8IsAnEncodingProblem() {
    byte[] head = doc("{\"id\": \"a\"}", "{\"id\": \"").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length - 3 + 6];
    System.arraycopy(head, 0, bytes, 0, head.length - 3);
    byte[] tail = {(byte) 0xC3, (byte) 0x28, '"', '}', ']', '}'};
    System.arraycopy(tail, 0, bytes, head.length - 3, 6);
    List<RegisterRecord> out = new ArrayList<>();
    try (RegisterJsonReader r = RegisterJsonReader.open(new ByteArrayInputStream(bytes),
        ReadOptions.builder().reportingYear(2020).validation(Validation.NONE).build())) {
      r.stream().forEach(out::add);
      assertThat(r.getStats()).isEqualTo(DataQuality.of(2, 1, 1, true));
    }
    assertThat(out.get(1).getIssues().get(0).getCode()).isEqualTo("JSON_ENCODING");
  }

  @Test
  void theValidatorHookRejectsOnErrorsAndKeepsWarnings() {
    ChildValidator v = c -> ValidationReport.of(List.of(
        Issue.of("RULE", c.getId().equals("bad") ? Severity.ERROR : Severity.WARNING, Location.ofPath("sex"), "vi", "en")));
    Result r = read(doc("{\"id\": \"good\"}", "{\"id\": \"bad\"}"), ReadMode.STRICT, v);
    assertThat(r.records).extracting(RegisterRecord::isAccepted).containsExactly(true, false);
    assertThat(r.records.get(0).getIssues().get(0).getLocation())
        .isEqualTo(Location.builder().file("reg.json").line(2).path("children[0].sex").build());
    assertThat(r.stats).isEqualTo(DataQuality.of(2, 1, 1, false));
  }

  @Test
  void writerOutputReadsBack() {
    TreemGen gen = new TreemGen(5);
    List<Child> children = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterJsonWriter w = RegisterJsonWriter.open(out, OptionalInt.of(2020))) {
      for (int i = 0; i < 200; i++) {
        Child c = gen.child();
        children.add(c);
        w.write(c);
      }
      assertThat(w.getCount()).isEqualTo(200);
    }
    Result r = read(out.toString(StandardCharsets.UTF_8));
    assertThat(r.records).extracting(rec -> rec.getChild().orElseThrow()).containsExactlyElementsOf(children);
    assertThat(r.stats).isEqualTo(DataQuality.of(200, 200, 0, false));
    assertThat(r.year).hasValue(2020);
  }

  @Test
  void theSyntheticDataMarkerIsARootProperty() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterJsonWriter w = RegisterJsonWriter.open(out, OptionalInt.of(2020), true)) {
      w.write(Child.builder().id("a").build());
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("\"reportingYear\" : 2020,\n  \"syntheticData\" : true,\n  \"children\"");
    for (String[] c : new String[][] {{text, "true", ""}, {doc("{\"id\": \"a\"}"), "false", ""},
        {doc("{\"id\": \"a\"}").replace("\"version\": 1,", "\"version\": 1, \"syntheticData\": false,"), "false", ""},
        {doc("{\"id\": \"a\"}").replace("\"version\": 1,", "\"version\": 1, \"syntheticData\": 1,"), "false",
            "JSON_WRONG_TYPE"}}) {
      try (RegisterJsonReader r = RegisterJsonReader.open(new ByteArrayInputStream(c[0].getBytes(StandardCharsets.UTF_8)),
          ReadOptions.builder().reportingYear(2020).fileName("reg.json").validation(Validation.NONE).build())) {
        assertThat(r.stream().filter(RegisterRecord::isAccepted).count()).isEqualTo(1);
        assertThat(r.isSyntheticData()).as(c[0]).isEqualTo(Boolean.parseBoolean(c[1]));
        assertThat(r.getFileIssues()).extracting(Issue::getCode).containsExactlyElementsOf(
            c[2].isEmpty() ? List.of() : List.of(c[2]));
      }
    }
  }
}
