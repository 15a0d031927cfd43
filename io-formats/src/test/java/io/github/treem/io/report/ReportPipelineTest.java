package io.github.treem.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.Accumulator;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.ExactValue;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.indicators.growth.WhoGrowth;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.ReadProgress;
import io.github.treem.io.ReadSink;
import io.github.treem.io.RegisterRead;
import io.github.treem.io.RegisterReading;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.json.TreemJson;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report pipeline: the same document, reads and sink calls for every number of threads. */
class ReportPipelineTest {
  static final String HEADER = "child_id,sex,date_of_birth,village,birth_registered_on,hi_card_number,"
      + "hi_card_valid_to,school_level,grade,can_swim,circumstances,weight_kg\n";
  static final LocalDate REF = LocalDate.of(2020, 12, 31);

  static RegisterSource csv(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return RegisterSource.of(name + ".csv", () -> new ByteArrayInputStream(bytes));
  }

  /** A register with rejected rows (a bad date) and accepted ones, half of them pupils. */
  static String register(SplittableRandom random, int rows) {
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 0; i < rows; i++) {
      boolean pupil = random.nextBoolean();
      b.append(i).append(random.nextBoolean() ? ",F," : ",M,")
          .append(random.nextInt(5) == 0 ? "not-a-date"
              : (pupil ? "2012" : "2018") + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10))
          .append(",Thôn ").append(1 + random.nextInt(4)).append(",,")
          .append(random.nextBoolean() ? "TE" + i : "").append(",,")
          .append(pupil ? "PRIMARY,3," : ",,").append(random.nextBoolean() ? "Y" : "N")
          .append(",,\n");
    }
    return b.toString();
  }

  static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  static IndicatorCalculator calculator() {
    return IndicatorCalculator.builder().year(2020).referenceDate(REF)
        .breakdowns(BreakdownDimension.AREA, BreakdownDimension.VILLAGE).build();
  }

  /** Records every call of the sink, as text, in order. */
  static final class Recorder implements ReadSink {
    final List<String> calls = new ArrayList<>();

    @Override
    public synchronized void issue(Issue issue) {
      calls.add(issue.getLocation().getFile().orElse("?") + ":" + issue.getLocation().getLine().orElse(0) + " "
          + issue.getSeverity() + " " + issue.getCode());
    }

    @Override
    public synchronized void sourceRead(RegisterRead read) {
      calls.add("done " + read.getSource().getName() + " " + read.getQuality().getRowsRead());
    }
  }

  static ReportPipeline pipeline(int threads, ReadSink sink, ReadProgress progress) {
    return ReportPipeline.builder().calculator(calculator()).plan(TreemJson.bundledPlan("quang-vinh-2020"))
        .reading(RegisterReading.builder().options(ReadOptions.of(2020)).threads(threads).sink(sink)
            .progress(progress).build())
        .putManifestOption("plan", "bundled:quang-vinh-2020").build();
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 8})
  void manyRegistersGiveTheSameDocumentReadsAndSinkCallsForEveryThreadCount(int threads) throws Exception {
    SplittableRandom random = new SplittableRandom(40 + threads);
    List<RegisterSource> sources = new ArrayList<>();
    List<String> digests = new ArrayList<>();
    long rows = 0;
    for (int i = 0; i < 40; i++) {
      int n = random.nextInt(60);
      rows += n;
      String text = register(random, n);
      // the sixth register is large enough for its issues to spill to a temporary file
      if (i == 5) {
        text = register(random, 6000);
        rows += 6000 - n;
      }
      sources.add(csv(String.format("f%02d", i), text));
      digests.add(sha256(text));
    }
    Recorder one = new Recorder();
    ReportDocument d1 = pipeline(1, one, ReadProgress.NONE).run(sources);
    Recorder many = new Recorder();
    AtomicLong progressRows = new AtomicLong();
    AtomicLong progressDone = new AtomicLong();
    ReportDocument dn = pipeline(threads, many, new ReadProgress() {
      @Override
      public void rowsRead(long count) {
        progressRows.addAndGet(count);
      }

      @Override
      public void sourceDone() {
        progressDone.incrementAndGet();
      }
    }).run(sources);
    assertThat(dn).isEqualTo(d1);
    assertThat(ReportJson.of(Language.EN).write(dn)).isEqualTo(ReportJson.of(Language.EN).write(d1));
    assertThat(many.calls).isEqualTo(one.calls);
    assertThat(progressRows.get()).isEqualTo(rows);
    assertThat(progressDone.get()).isEqualTo(40);
    assertThat(d1.getManifest().orElseThrow().getInputs().values()).containsExactlyInAnyOrderElementsOf(digests);
    assertThat(d1.getManifest().orElseThrow().getInputs()).containsEntry("f05.csv", digests.get(5));
    DataQuality q = d1.getReport().getDataQuality().orElseThrow();
    assertThat(q.getRowsRead()).isEqualTo(rows);
    assertThat(q.getRowsRejected()).isPositive()
        .isEqualTo(one.calls.stream().filter(c -> c.contains(" ERROR ")).count());
    // in the order of the registers: each one's issues, then its end
    List<String> ends = one.calls.stream().filter(c -> c.startsWith("done ")).toList();
    assertThat(ends).hasSize(40).startsWith("done f00.csv " + ends.get(0).split(" ")[2]);
    for (int i = 0; i < 40; i++) {
      assertThat(ends.get(i)).startsWith("done " + String.format("f%02d.csv", i) + " ");
    }
    assertThat(d1.getReport().result(Indicators.HI_U6).orElseThrow().getBreakdowns().get(BreakdownDimension.AREA))
        .hasSizeLessThanOrEqualTo(40);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5})
  void aRegisterThatCannotBeReadStopsAfterTheIssuesOfTheRegistersBeforeIt(int threads) {
    SplittableRandom random = new SplittableRandom(threads);
    List<RegisterSource> sources = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sources.add(csv("f" + i, register(random, 50)));
    }
    sources.add(RegisterSource.of("gone.csv", () -> {
      throw new FileNotFoundException("gone");
    }));
    sources.add(csv("f4", register(random, 50)));
    Recorder expected = new Recorder();
    assertThatThrownBy(() -> pipeline(1, expected, ReadProgress.NONE).run(sources))
        .isInstanceOf(FileNotFoundException.class);
    assertThat(String.join("\n", expected.calls)).contains("f0.csv:").contains("done f2.csv")
        .doesNotContain("f4.csv");
    Recorder actual = new Recorder();
    assertThatThrownBy(() -> pipeline(threads, actual, ReadProgress.NONE).run(sources))
        .isInstanceOf(FileNotFoundException.class);
    assertThat(actual.calls).isEqualTo(expected.calls);
  }

  @Test
  void theDocumentIsPublishedUnlessTheInternalFormIsAskedForByName() throws IOException {
    List<RegisterSource> sources = List.of(csv("a", register(new SplittableRandom(1), 30)));
    ReportDocument published = pipeline(1, ReadSink.NONE, ReadProgress.NONE).run(sources);
    assertThat(published.getReport().isSuppressed()).isTrue();
    assertThat(published.getManifest().orElseThrow().getOptions()).containsEntry("suppression", "true")
        .containsEntry("by", "area,village").containsEntry("plan", "bundled:quang-vinh-2020");
    assertThat(published.getManifest().orElseThrow().getGrowthTables())
        .isEqualTo(WhoGrowth.standards().getTableChecksums());
    ReportDocument internal = ReportPipeline.builder().calculator(calculator())
        .plan(TreemJson.bundledPlan("quang-vinh-2020")).unsuppressedForInternalUse().build().run(sources);
    assertThat(internal.getReport().isSuppressed()).isFalse();
    assertThat(internal.getManifest().orElseThrow().getOptions()).containsEntry("suppression", "false");
    assertThat(io.github.treem.indicators.DisclosureControl.publish(internal.getReport(), List.of()).report()).isEqualTo(published.getReport());
    // the targets are assessed on the published figures
    assertThat(published.getTargets())
        .isEqualTo(TargetAssessment.assessAll(TreemJson.bundledPlan("quang-vinh-2020"), published.getReport(),
            Optional.empty()));
    assertThatThrownBy(() -> ReportPipeline.builder().putManifestOption("suppression", "false"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportPipeline.builder().build()).isInstanceOf(NullPointerException.class);
  }

  @Test
  void increaseTargetsAreAssessedAgainstThePreviousReport() throws IOException {
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    List<RegisterSource> sources = List.of(csv("a", register(new SplittableRandom(2), 400)));
    ReportDocument withoutPrevious = ReportPipeline.builder().calculator(calculator()).plan(plan).build().run(sources);
    TargetAssessment t6 = withoutPrevious.getTargets().stream().filter(t -> t.getTargetId().equals("T6")).findFirst()
        .orElseThrow();
    assertThat(t6.getStatus()).isEqualTo(TargetStatus.NO_DATA); // INCREASE without a baseline
    assertThat(withoutPrevious.getPrevious()).isEmpty();
    // the same registers reported for 2019 (no plan: the plan is of 2020)
    IndicatorCalculator y2019 = IndicatorCalculator.builder().year(2019).referenceDate(LocalDate.of(2019, 12, 31))
        .build();
    ReportDocument lastYear = ReportPipeline.builder().calculator(y2019).commune(CommuneCode.parse("19885"))
        .build().run(sources);
    assertThat(lastYear.getManifest().orElseThrow().getOptions()).containsEntry("commune", "19885");
    ReportDocument withPrevious = ReportPipeline.builder().calculator(calculator()).plan(plan)
        .previousReport(lastYear, "2019.json").build().run(sources);
    TargetAssessment t6b = withPrevious.getTargets().stream().filter(t -> t.getTargetId().equals("T6")).findFirst()
        .orElseThrow();
    IndicatorResult swim2019 = lastYear.getReport().result(Indicators.CAN_SWIM).orElseThrow();
    IndicatorResult swim2020 = withPrevious.getReport().result(Indicators.CAN_SWIM).orElseThrow();
    assertThat(t6b.getExactReference()).isEqualTo(ExactValue.of(swim2019));
    assertThat(t6b.getStatus()).isEqualTo(swim2020.getValue().orElseThrow()
        .compareTo(swim2019.getValue().orElseThrow()) > 0 ? TargetStatus.MET : TargetStatus.NOT_MET);
    // last year's totals travel with the document, with the change since
    assertThat(withPrevious.getPrevious()).hasSize(1);
    assertThat(withPrevious.previous(2019, "CAN_SWIM").orElseThrow().getNumerator())
        .isEqualTo(swim2019.getNumerator());
    assertThat(withPrevious.changeSince(2019, "CAN_SWIM")).contains(
        swim2020.getValue().orElseThrow().subtract(swim2019.getValue().orElseThrow()));
    assertThat(withPrevious.previous(2019, "CAN_SWIM").orElseThrow().getBreakdowns()).isEmpty();
    // written and read back whole
    String json = ReportJson.of(Language.EN).write(withPrevious);
    assertThat(json).contains("\"previous\":[\n{\"year\":2019,\"referenceDate\":\"2019-12-31\",\"indicators\":[");
    ReportDocument back = ReportJson.of(Language.EN).read(json);
    assertThat(back.getPrevious()).isEqualTo(withPrevious.getPrevious());
    assertThat(ReportJson.of(Language.EN).write(back)).isEqualTo(json);
    // a changeSince that does not follow is refused
    String bad = json.replaceFirst("\"changeSince\":(-?[0-9.]+|null)", "\"changeSince\":99.99");
    assertThatThrownBy(() -> ReportJson.of(Language.EN).read(bad)).isInstanceOf(ReportReadException.class);
    assertThat(ReportCsv.write(withPrevious)).contains("CAN_SWIM,previous,2019," + swim2019.getNumerator() + ","
        + swim2019.getDenominator() + "," + swim2019.getValue().orElseThrow().toPlainString() + ",VALUE\n"
        + "CAN_SWIM,change,2019,,,");
  }

  @Test
  void aPreviousReportOfTheSameOrALaterYearOrAnotherCommuneIsRefused() throws IOException {
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    List<RegisterSource> sources = List.of(csv("a", register(new SplittableRandom(3), 60)));
    ReportDocument same = ReportPipeline.builder().calculator(calculator()).plan(plan).build().run(sources);
    assertThatThrownBy(() -> ReportPipeline.builder().calculator(calculator()).plan(plan).previousReport(same, "x.json")
        .build()).isInstanceOfSatisfying(ReportSeriesException.class, e -> {
          assertThat(e.getCode()).isEqualTo("TREEM-IO-0802");
          assertThat(e.getIssue().getCode()).isEqualTo("SERIES_NOT_EARLIER");
          assertThat(e.getIssue().getLocation().getFile()).contains("x.json");
        });
    IndicatorCalculator y2019 = IndicatorCalculator.builder().year(2019).referenceDate(LocalDate.of(2019, 12, 31))
        .build();
    ReportDocument other = ReportPipeline.builder().calculator(y2019).commune(CommuneCode.parse("00001")).build()
        .run(sources);
    assertThatThrownBy(() -> ReportPipeline.builder().calculator(calculator()).plan(plan).previousReport(other, "o.json")
        .build()).isInstanceOfSatisfying(ReportSeriesException.class,
            e -> assertThat(e.getIssue().getCode()).isEqualTo("SERIES_OTHER_COMMUNE"));
    ReportDocument ours = ReportPipeline.builder().calculator(y2019).commune(CommuneCode.parse("19885")).build()
        .run(sources);
    assertThatThrownBy(() -> ReportPipeline.builder().calculator(calculator()).plan(plan).previousReport(ours, "a")
        .previousReport(ours, "b").build()).isInstanceOfSatisfying(ReportSeriesException.class,
            e -> assertThat(e.getIssue().getCode()).isEqualTo("SERIES_DUPLICATE_YEAR"));
    assertThatThrownBy(() -> ReportPipeline.builder().calculator(y2019).plan(plan).build())
        .isInstanceOfSatisfying(ReportSeriesException.class,
            e -> assertThat(e.getIssue().getCode()).isEqualTo("SERIES_PLAN_OTHER_YEAR"));
  }

  @Test
  void theManifestRecordsTheEncodingEachRegisterWasReadIn() throws IOException {
    // the golden files of golden/encodings (made by tools independent of treem)
    byte[] cp1258;
    byte[] utf8;
    try (java.io.InputStream a = getClass().getResourceAsStream("/golden/encodings/sample.windows-1258.csv");
        java.io.InputStream b = getClass().getResourceAsStream("/golden/encodings/sample.tcvn3.expected.utf8.csv")) {
      cp1258 = a.readAllBytes();
      utf8 = b.readAllBytes();
    }
    byte[] utf16 = ("\uFEFF" + new String(utf8, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_16LE);
    byte[] json = ("{\"format\":\"treem-register\",\"version\":1,\"children\":[{\"id\":\"9\",\"sex\":\"F\","
        + "\"dateOfBirth\":\"2019-01-02\"}]}").getBytes(StandardCharsets.UTF_8);
    List<RegisterSource> sources = List.of(RegisterSource.of("cu.csv", () -> new ByteArrayInputStream(cp1258)),
        RegisterSource.of("unicode.csv", () -> new ByteArrayInputStream(utf16)),
        RegisterSource.of("so.json", () -> new ByteArrayInputStream(json)));
    ReportPipeline auto = ReportPipeline.builder().calculator(calculator())
        .reading(RegisterReading.builder().options(ReadOptions.builder().reportingYear(2020)
            .textEncoding(io.github.treem.io.TextEncoding.AUTO).build()).build()).build();
    ReportDocument d = auto.run(sources);
    assertThat(d.getReport().getDataQuality().orElseThrow().isMalformed()).isFalse();
    assertThat(ReportCsv.write(d)).contains("Thôn Đồng Tâm").doesNotContain("\uFFFD");
    io.github.treem.indicators.ReportManifest m = d.getManifest().orElseThrow();
    assertThat(m.getInputEncodings()).containsExactly(java.util.Map.entry("cu.csv", "windows-1258"),
        java.util.Map.entry("so.json", "utf-8"), java.util.Map.entry("unicode.csv", "utf-16"));
    assertThat(m.toLines()).contains("input cu.csv: encoding windows-1258");
    // asked for by name: recorded as asked, except that a UTF-16 byte-order mark wins
    ReportPipeline named = ReportPipeline.builder().calculator(calculator())
        .reading(RegisterReading.builder().options(ReadOptions.builder().reportingYear(2020)
            .textEncoding(io.github.treem.io.TextEncoding.WINDOWS_1258).build()).build()).build();
    assertThat(named.run(sources.subList(0, 2)).getManifest().orElseThrow().getInputEncodings())
        .containsExactly(java.util.Map.entry("cu.csv", "windows-1258"), java.util.Map.entry("unicode.csv", "utf-16"));
    // through JSON and CSV and back
    String written = ReportJson.of(Language.EN).write(d);
    assertThat(written).contains("\"inputEncodings\":{\"cu.csv\":\"windows-1258\",\"so.json\":\"utf-8\","
        + "\"unicode.csv\":\"utf-16\"}");
    assertThat(ReportJson.of(Language.EN).read(written).getManifest()).contains(m);
    assertThat(ReportCsv.write(d)).contains("manifest,encoding:cu.csv,windows-1258");
    // a manifest cannot name the encoding of a file that is not an input
    assertThatThrownBy(() -> io.github.treem.indicators.ReportManifest.builder().from(m).putInputEncodings("x.csv", "vni")
        .build()).hasMessageContaining("not an input");
  }

  @Test
  void readIntoAndFinishAreTheSameStepsAsRun() throws IOException {
    SplittableRandom random = new SplittableRandom(9);
    List<RegisterSource> sources = List.of(csv("a", register(random, 80)), csv("b", register(random, 70)));
    ReportPipeline pipeline = pipeline(2, ReadSink.NONE, ReadProgress.NONE);
    ReportDocument whole = pipeline.run(sources);
    Accumulator acc = pipeline.getCalculator().newAccumulator();
    List<RegisterRead> reads = new ArrayList<>();
    for (RegisterSource s : sources) {
      reads.add(pipeline.getReading().readInto(s, acc));
    }
    assertThat(pipeline.finish(acc, reads)).isEqualTo(whole);
    DataQuality q = reads.get(0).getQuality().plus(reads.get(1).getQuality());
    ReportDocument noDigests = pipeline.finish(acc, q);
    assertThat(noDigests.getReport()).isEqualTo(whole.getReport());
    assertThat(noDigests.getManifest().orElseThrow().getInputs()).isEmpty();
  }

  @Test
  void checkReadsWithoutComputingAndGivesAcceptedRowIssuesWhenAsked() throws IOException {
    String text = "child_id,sex,date_of_birth,measured_on,weight_kg,extra\nA,F,2015-01-01,2019-06-01,12,x\n"
        + "B,M,31/02/2016,,,\n";
    RegisterSource s = csv("w", text);
    Recorder rejectedOnly = new Recorder();
    RegisterReading.builder().options(ReadOptions.of(2020)).sink(rejectedOnly).build().check(List.of(s));
    Recorder all = new Recorder();
    List<RegisterRead> reads = RegisterReading.builder().options(ReadOptions.of(2020)).sink(all)
        .acceptedRowIssues(true).build().check(List.of(s));
    assertThat(reads).singleElement().satisfies(r -> {
      assertThat(r.getQuality()).isEqualTo(DataQuality.of(2, 1, 1));
      assertThat(r.getSha256()).hasSize(64);
    });
    // the unknown column (a file issue) first, then row 2's warning (a measurement outside the year), then row 3
    assertThat(rejectedOnly.calls).containsExactly("w.csv:1 WARNING CSV_UNKNOWN_COLUMN", "w.csv:3 ERROR INVALID_DATE",
        "done w.csv 2");
    assertThat(all.calls).containsExactly("w.csv:1 WARNING CSV_UNKNOWN_COLUMN",
        "w.csv:2 WARNING MEASUREMENT_OUTSIDE_YEAR", "w.csv:3 ERROR INVALID_DATE", "done w.csv 2");
    assertThat(all.calls.stream().filter(c -> c.contains(" " + Severity.ERROR + " "))).hasSize(1);
  }
}
