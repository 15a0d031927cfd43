package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.validation.TreemException;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Registers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data never leaks: a register whose names and identifiers are unique marker strings
 * goes through every command and error path; the markers may appear only in the data output the
 * user asked for (convert's output file, the ids in zscores' output, village names in a report
 * broken down by village), never in messages, logs, exceptions or {@code toString()}.
 */
class CanaryTest {
  static final String ID = "QXCANARYID";
  static final String NAME = "QXCANARYNAME";
  static final String VILLAGE = "QXCANARYVILLAGE";
  static final String PID = "001316987654";
  static final String CARD = "TE1019876543219";
  static final String BAD_PID = "99887766554";
  static final String BAD_CARD = "QXCANARYCARD";
  static final List<String> MARKERS = List.of(ID, NAME, VILLAGE, PID, CARD, BAD_PID, BAD_CARD, "987654", "9876543219");

  @TempDir Path dir;
  private final List<String> captured = new ArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord r) {
      captured.add(r.getMessage() + " " + java.util.Arrays.toString(r.getParameters()) + " " + r.getThrown());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level level;
  private PrintStream out;
  private PrintStream err;
  private final ByteArrayOutputStream system = new ByteArrayOutputStream();

  @BeforeEach
  void capture() {
    Logger root = Logger.getLogger("");
    level = root.getLevel();
    root.setLevel(Level.ALL);
    root.addHandler(handler);
    out = System.out;
    err = System.err;
    PrintStream p = new PrintStream(system, true, StandardCharsets.UTF_8);
    System.setOut(p);
    System.setErr(p);
  }

  @AfterEach
  void release() {
    System.setOut(out);
    System.setErr(err);
    Logger.getLogger("").removeHandler(handler);
    Logger.getLogger("").setLevel(level);
    assertClean("System.out/err", system.toString(StandardCharsets.UTF_8));
    assertClean("logs", String.join("\n", captured));
  }

  static void assertClean(String where, String text) {
    for (String m : MARKERS) {
      assertThat(text).as(where).doesNotContain(m);
    }
  }

  static String row(String id, String name, String dob, String pid, String village, String card, String extra) {
    return String.join(",", id, name, "F", dob, pid, village, card, extra);
  }

  Path register() throws IOException {
    String h = "child_id,full_name,sex,date_of_birth,personal_id,village,hi_card_number,"
        + "hi_card_issued_on,hi_card_valid_to,weight_kg,measured_on\n";
    StringBuilder b = new StringBuilder(h);
    for (int i = 0; i < 6; i++) {
      b.append(row(ID + i, NAME + i, "2016-03-0" + (i + 1), i == 0 ? PID : "", VILLAGE + (i % 2), CARD, ",,,")).append('\n');
    }
    b.append(row(ID + "6", NAME + "6", "31/02/2016", "", VILLAGE, CARD, ",,,")).append('\n'); // bad date
    b.append(row(ID + "7", NAME + "7", "2016-03-01", BAD_PID, VILLAGE, CARD, ",,,")).append('\n'); // bad personal id
    b.append(row(ID + "8", NAME + "8", "2016-03-01", "", VILLAGE, BAD_CARD, ",,,")).append('\n'); // bad card
    b.append(row(ID + "1", NAME + "9", "2016-03-01", "", VILLAGE, CARD, ",,,")).append('\n'); // duplicate id
    b.append(row(ID + "10", NAME + "10", "2016-03-01", "", VILLAGE, CARD, "2020-05-01,2019-01-01,,")).append('\n');
    b.append(row(ID + "11", NAME + "11", "2016-03-01", "001216987654", VILLAGE, CARD, ",,,")).append('\n'); // mismatch
    b.append(row(ID + "12", NAME + "12", "2016-03-01", "", VILLAGE, CARD, "," + ID + ",")).append('\n'); // ragged
    b.append(row(ID + "13", NAME + "13", "2016-03-01", "", VILLAGE, CARD, ",,," + NAME)).append('\n'); // bad date
    b.append(row(ID + "14", NAME + "14", "2016-03-01", "", VILLAGE, CARD, ",," + NAME + ",2020-01-01")).append('\n');
    Path p = dir.resolve("canary.csv");
    Files.writeString(p, b.toString(), StandardCharsets.UTF_8);
    return p;
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Treem.run(args, new PrintWriter(o), new PrintWriter(e));
    return new Run(code, o.toString(), e.toString());
  }

  @Test
  void validateNeverEchoesPersonalData() throws IOException {
    String f = register().toString();
    for (String lang : List.of("vi", "en")) {
      for (String format : List.of("text", "json")) {
        for (String mode : List.of("--year=2020", "--lenient")) {
          Run r = run("validate", "--lang", lang, "--format", format, mode, f);
          assertThat(r.code()).isEqualTo(1);
          assertThat(r.out()).contains(lang.equals("en") ? "INVALID_DATE" : "INVALID_DATE");
          assertClean("validate " + lang + " " + format + " " + mode, r.out() + r.err());
        }
      }
    }
  }

  @Test
  void convertWritesThePersonalDataOnlyToTheOutputFile() throws IOException {
    String f = register().toString();
    for (String ext : List.of("csv")) { // convert writes CSV only in this build
      Path out = dir.resolve("out." + ext);
      Run r = run("convert", f, out.toString());
      assertClean("convert " + ext, r.out() + r.err());
      assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains(ID + "0", NAME + "0", PID, VILLAGE, CARD);
      Run back = run("validate", out.toString());
      assertClean("validate " + ext, back.out() + back.err());
    }
    Run r = run("convert", f, dir.resolve("missing-dir/x.csv").toString());
    assertClean("convert error", r.out() + r.err());
  }

  @Test
  void reportShowsVillagesOnlyWhenBrokenDownByVillage() throws IOException {
    String f = register().toString();
    for (String format : List.of("table", "json", "csv")) {
      Run bySex = run("report", "--register", f, "--format", format, "--by", "sex,age");
      assertThat(bySex.code()).isEqualTo(1);
      assertClean("report " + format, bySex.out() + bySex.err());
      Run byVillage = run("report", "--register", f, "--format", format);
      assertClean("report by village (err)", byVillage.err());
      assertThat(byVillage.out().replace(VILLAGE, "")).doesNotContain(ID).doesNotContain(NAME).doesNotContain(PID)
          .doesNotContain(CARD);
    }
  }

  @Test
  void zscoresEchoesOnlyTheIdsAskedFor() throws IOException {
    Path in = dir.resolve("z.csv");
    Files.writeString(in, "id,sex,age_days,weight_kg,lenhei_cm,measure,oedema\n" + ID + "0,1,400,9.5,75,l,n\n"
        + ID + "1,1,abc,9.5,75,l,n\n" + ID + "2,9,400," + NAME + ",75,l,n\n" + ID + "3,1\n", StandardCharsets.UTF_8);
    Run r = run("zscores", in.toString());
    assertClean("zscores err", r.err());
    assertThat(r.out()).contains(ID + "0");
    assertThat(r.out()).doesNotContain(NAME);
  }

  @Test
  void libraryObjectsExceptionsAndIssuesHoldNoMarker() throws IOException {
    List<Object> objects = new ArrayList<>();
    List<Child> children = new ArrayList<>();
    for (ReadMode mode : ReadMode.values()) {
      try (TreemValidator v = TreemValidator.of(LocalDate.of(2020, 12, 31));
          RegisterReader r = Registers.open(register(),
              ReadOptions.builder().reportingYear(2020).mode(mode).validator(v::validate).build())) {
        Optional<RegisterRecord> rec;
        while ((rec = r.next()).isPresent()) {
          objects.add(rec.get());
          objects.addAll(rec.get().getIssues());
          rec.get().getChild().ifPresent(c -> {
            children.add(c);
            objects.add(c);
            objects.addAll(c.getHealthInsuranceCards());
            c.getPersonalId().ifPresent(objects::add);
            ValidationReport vr = v.validate(c);
            objects.add(vr);
            objects.addAll(vr.getIssues());
          });
        }
        objects.addAll(r.getFileIssues());
        objects.add(r.getStats());
        objects.add(r);
      }
    }
    assertThat(children).isNotEmpty();
    IndicatorReport report = IndicatorCalculator.builder().year(2020).referenceDate(LocalDate.of(2020, 12, 31))
        .build().compute(children, "a");
    objects.add(report);
    objects.add(io.github.treem.indicators.DisclosureControl.publish(report, java.util.List.of()).report());
    objects.addAll(report.getResults());
    // builders that throw: the exception says nothing about the person
    try {
      Child.builder().id(ID).fullName(NAME).village(VILLAGE).dateOfBirth(LocalDate.of(2016, 1, 1))
          .birthRegistration(io.github.treem.core.BirthRegistration.builder().registeredOn(LocalDate.of(2015, 1, 1))
              .build()).build();
    } catch (TreemException | IllegalStateException | IllegalArgumentException e) {
      objects.add(e);
      objects.add(e.getMessage());
    }
    try {
      Child.builder().id(" ").fullName(NAME).build();
    } catch (RuntimeException e) {
      objects.add(e);
      objects.add(e.getMessage());
    }
    try {
      io.github.treem.core.id.PersonalIdNumber.parse(BAD_PID);
    } catch (RuntimeException e) {
      objects.add(e);
      objects.add(e.getMessage());
    }
    assertThat(objects).hasSizeGreaterThan(40);
    for (Object o : objects) {
      assertClean(o.getClass().getSimpleName(), String.valueOf(o));
    }
  }
}
