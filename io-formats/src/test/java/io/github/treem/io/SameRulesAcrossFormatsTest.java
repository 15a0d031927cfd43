package io.github.treem.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.json.RegisterJsonLinesWriter;
import io.github.treem.io.json.RegisterJsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reading rules are the same in every format: the same children, written by treem's own CSV,
 * JSON and JSON Lines writers with the same defects (a value that is no date, a duplicate
 * {@code child_id}, a validator error, a validator warning, the identifier of a rejected record
 * used again), read with the default options (treem's validator) in both modes, give the same
 * accepted children and the same codes and severities on the same records, each issue at its
 * record's line with the format's own column or path.
 */
class SameRulesAcrossFormatsTest {
  /** The formats io-formats writes and reads; workbooks are checked in treem-xlsx (RegisterXlsxReaderTest). */
  static final RegisterFormat[] TEXT_FORMATS = {RegisterFormat.CSV, RegisterFormat.JSON, RegisterFormat.JSON_LINES};

  private static final int YEAR = 2020;
  /** The date of birth of the child whose date is made invalid in the written text. */
  private static final String DOB_TO_BREAK = "2017-02-03";
  private static final String BROKEN_DOB = "2017-02-30";

  /** One record expected: the child's id, accepted or not, and its issues as "CODE SEVERITY". */
  record Expected(String id, boolean accepted, List<String> issues) {}

  static List<Child> children() {
    return List.of(
        child("C-1", "2016-05-10", "2016-06-01", 18.0), // clean
        child("C-2", DOB_TO_BREAK, "2017-03-01", 14.0), // its date of birth is broken in the text
        child("C-1", "2015-01-20", "2015-02-01", 19.5), // duplicate of an accepted record
        child("C-4", "2018-07-01", "2018-06-01", 12.0), // registered before birth: validator error
        child("C-5", "2017-09-09", "2017-10-01", 200.0), // 200 kg: validator warning
        child("C-4", "2018-07-01", "2018-08-01", 12.0)); // the rejected C-4's id: accepted
  }

  static Child child(String id, String dob, String registered, double weightKg) {
    return Child.builder().id(id).sex(Sex.FEMALE).dateOfBirth(LocalDate.parse(dob)).village("Thôn Đông")
        .birthRegistration(BirthRegistration.of(LocalDate.parse(registered)))
        .addMeasurements(GrowthMeasurement.builder().measuredOn(LocalDate.of(YEAR, 6, 1)).weightKg(weightKg).build())
        .build();
  }

  static List<Expected> expected(ReadMode mode) {
    boolean lenient = mode == ReadMode.LENIENT;
    return List.of(
        new Expected("C-1", true, List.of()),
        new Expected("C-2", lenient, List.of("INVALID_DATE " + (lenient ? "WARNING" : "ERROR"))),
        new Expected("C-1", false, List.of("DUPLICATE_CHILD_ID ERROR")),
        new Expected("C-4", false, List.of("CHILD_DATES_ORDER ERROR")),
        new Expected("C-5", true, List.of("MEASUREMENT_WEIGHT_IMPLAUSIBLE WARNING")),
        new Expected("C-4", true, List.of()));
  }

  static Stream<Arguments> cases() {
    List<Arguments> a = new ArrayList<>();
    for (RegisterFormat f : TEXT_FORMATS) {
      for (ReadMode m : ReadMode.values()) {
        a.add(Arguments.of(f, m));
      }
    }
    return a.stream();
  }

  /** The register in a format, written by treem's writer, with the one date broken. */
  static String write(RegisterFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Consumer<Consumer<Child>> each = w -> children().forEach(w);
    switch (format) {
      case CSV:
        try (RegisterCsvWriter w = RegisterCsvWriter.open(out, CsvWriteOptions.of(YEAR))) {
          each.accept(w::write);
        }
        break;
      case JSON:
        try (RegisterJsonWriter w = RegisterJsonWriter.open(out, OptionalInt.of(YEAR))) {
          each.accept(w::write);
        }
        break;
      default:
        try (RegisterJsonLinesWriter w = RegisterJsonLinesWriter.open(out)) {
          each.accept(w::write);
        }
        break;
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.split(DOB_TO_BREAK, -1)).as("the date to break appears once").hasSize(2);
    return text.replace(DOB_TO_BREAK, BROKEN_DOB);
  }

  /** The line where each record starts, found in the text as each format lays it out. */
  static List<Long> recordLines(RegisterFormat format, String text) {
    String[] lines = text.split("\n", -1);
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      boolean starts = format == RegisterFormat.CSV ? i > 0 && !lines[i].isEmpty()
          // JSON Lines: every line after the header line (the one with "format")
          : format == RegisterFormat.JSON_LINES ? !lines[i].isEmpty() && !lines[i].contains("\"format\"")
          // indented JSON: the object opens on the line before its "id"
          : lines[i].strip().startsWith("\"id\"");
      if (starts) {
        out.add(format == RegisterFormat.JSON ? (long) i : (long) i + 1);
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void sameRecordsCodesSeveritiesAndLines(RegisterFormat format, ReadMode mode) throws Exception {
    String text = write(format);
    String file = "register." + format.name().toLowerCase(java.util.Locale.ROOT);
    ReadOptions options = ReadOptions.builder().reportingYear(YEAR).mode(mode).fileName(file).build();
    List<RegisterRecord> records = new ArrayList<>();
    DataQuality stats;
    try (RegisterReader r = Registers.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), options)) {
      r.stream().forEach(records::add);
      stats = r.getStats();
      assertThat(r.getFileIssues()).isEmpty();
    }
    List<Expected> expected = expected(mode);
    assertThat(records).hasSameSizeAs(expected);
    assertThat(stats).isEqualTo(DataQuality.of(6, expected.stream().filter(Expected::accepted).count(),
        expected.stream().filter(e -> !e.accepted()).count(), false));
    List<Long> lines = recordLines(format, text);
    for (int i = 0; i < expected.size(); i++) {
      RegisterRecord rec = records.get(i);
      Expected e = expected.get(i);
      assertThat(rec.getIndex()).isEqualTo(i);
      assertThat(rec.getLine()).as("line of record %d", i).isEqualTo(lines.get(i));
      assertThat(rec.isAccepted()).as("record %d accepted", i).isEqualTo(e.accepted());
      assertThat(rec.getIssues()).extracting(x -> x.getCode() + " " + x.getSeverity()).as("record %d", i)
          .containsExactlyElementsOf(e.issues());
      for (Issue issue : rec.getIssues()) {
        assertThat(issue.getLocation().getFile()).contains(file);
        assertThat(issue.getLocation().getLine()).hasValue(rec.getLine());
        assertThat(issue.getMessageVi()).isNotBlank();
        assertThat(issue.getMessageEn()).isNotBlank();
      }
      rec.getChild().ifPresent(c -> assertThat(c.getId()).isEqualTo(e.id()));
    }
    // where the problems are, in each format's own terms
    String prefix = format == RegisterFormat.JSON ? "children[%d]." : "";
    assertThat(records.get(1).getIssues().get(0).getLocation().getColumn().orElse(null))
        .isEqualTo(format == RegisterFormat.CSV ? "date_of_birth" : null);
    assertThat(records.get(1).getIssues().get(0).getLocation().getPath().orElse(null))
        .isEqualTo(format == RegisterFormat.CSV ? null : String.format(prefix, 1) + "dateOfBirth");
    assertThat(records.get(2).getIssues().get(0).getLocation().getColumn().orElse(null))
        .isEqualTo(format == RegisterFormat.CSV ? "child_id" : null);
    assertThat(records.get(2).getIssues().get(0).getLocation().getPath().orElse(null))
        .isEqualTo(format == RegisterFormat.CSV ? null : String.format(prefix, 2) + "id");
    assertThat(records.get(3).getIssues().get(0).getLocation().getPath())
        .contains(String.format(prefix, 3) + "birthRegistration.registeredOn");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modes")
  void everyFormatAcceptsEqualChildren(ReadMode mode) throws Exception {
    List<List<Child>> byFormat = new ArrayList<>();
    for (RegisterFormat format : TEXT_FORMATS) {
      try (RegisterReader r = Registers.open(new ByteArrayInputStream(write(format).getBytes(StandardCharsets.UTF_8)),
          ReadOptions.builder().reportingYear(YEAR).mode(mode).build())) {
        byFormat.add(r.stream().flatMap(rec -> rec.getChild().stream()).collect(Collectors.toList()));
      }
    }
    assertThat(byFormat.get(0)).isNotEmpty();
    assertThat(byFormat.get(1)).isEqualTo(byFormat.get(0));
    assertThat(byFormat.get(2)).isEqualTo(byFormat.get(0));
    if (mode == ReadMode.LENIENT) {
      // the broken date of birth is dropped, nothing else
      Child c2 = byFormat.get(0).get(1);
      assertThat(c2.getId()).isEqualTo("C-2");
      assertThat(c2.getDateOfBirth()).isEmpty();
      assertThat(c2.getBirthRegistration()).isPresent();
    }
  }

  static Stream<ReadMode> modes() {
    return Stream.of(ReadMode.values());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modes")
  void withoutValidationOnlyTheFormatsRulesApply(ReadMode mode) throws Exception {
    for (RegisterFormat format : TEXT_FORMATS) {
      try (RegisterReader r = Registers.open(new ByteArrayInputStream(write(format).getBytes(StandardCharsets.UTF_8)),
          ReadOptions.builder().reportingYear(YEAR).mode(mode).validation(Validation.NONE).build())) {
        List<RegisterRecord> recs = r.stream().collect(Collectors.toList());
        // the validator's error and warning are gone; so the first C-4 is accepted and the second
        // is a duplicate of it
        assertThat(recs).extracting(rec -> rec.getIssues().stream().map(Issue::getCode)
            .collect(Collectors.joining(","))).as(format.name())
            .containsExactly("", "INVALID_DATE", "DUPLICATE_CHILD_ID", "", "", "DUPLICATE_CHILD_ID");
        assertThat(recs.get(1).getIssues().get(0).getSeverity())
            .isEqualTo(mode == ReadMode.LENIENT ? Severity.WARNING : Severity.ERROR);
      }
    }
  }
}
