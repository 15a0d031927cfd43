package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.DisclosureRule;
import io.github.treem.indicators.ValueState;
import io.github.treem.indicators.cases.CaseAccumulator;
import io.github.treem.indicators.cases.CaseFigureCalculator;
import io.github.treem.indicators.cases.MedianDaysToPlan;
import io.github.treem.indicators.synthetic.CaseGenerator;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.report.ReportJson;
import io.github.treem.xlsx.WorkbookRow;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The median days from receipt to an approved plan is one figure ({@link MedianDaysToPlan}) in
 * every output: each output of {@code treem report} (table, CSV, HTML, workbook), the DHIS2 export
 * and {@code treem cases report} (JSON, CSV) is read back and compared with the report JSON's
 * {@code daysToPlan}: the same median, the same counts, the same hidden or excluded state. On the
 * bundled demo and on seeded generated case files chosen for each state: a median hidden (1 to 4
 * cases), an even count (the mean of the two middle days), counts hidden beside a published
 * median (1 to 4 cases excluded) and no case with an approved plan.
 */
class MedianDaysToPlanOutputsTest {
  @TempDir Path dir;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String MEDIAN_DE = "tmDeMedian1";
  private static final String CASES_DE = "tmDeMedCas1";

  @Test
  void theBundledDemoShowsTheSameMedianEverywhere() throws IOException {
    MedianDaysToPlan json = checkEveryOutput(null);
    assertThat(json.getState()).isEqualTo(ValueState.VALUE);
    assertThat(json.getMedian()).contains(new BigDecimal("6.0"));
    assertThat(json.getCases()).hasValue(29);
    assertThat(json.getExcluded()).hasValue(11);
    // treem cases report on the bundled file gives the same figure
    Path bundled = dir.resolve("bundled.jsonl");
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(ReportInputs.BUNDLED_CASES))) {
      Files.copy(in, bundled);
    }
    assertThat(casesReport(bundled)).isEqualTo(json);
  }

  @Test
  void aHiddenMedianIsHiddenEverywhere() throws IOException {
    Path f = generated("hidden", 6, m -> m.getState() == ValueState.SUPPRESSED);
    MedianDaysToPlan json = checkEveryOutput(f);
    assertThat(json.getMedian()).isEmpty();
    assertThat(json.getCases()).isEmpty();
    assertThat(casesReport(f)).isEqualTo(json);
  }

  @Test
  void anEvenCountGivesTheMeanOfTheTwoMiddleDaysEverywhere() throws IOException {
    Path f = generated("even", 30, m -> m.getState() == ValueState.VALUE && m.getCases().isPresent()
        && m.getCases().getAsLong() % 2 == 0 && m.getMedian().orElseThrow().stripTrailingZeros().scale() > 0);
    MedianDaysToPlan json = checkEveryOutput(f);
    assertThat(json.getMedian().orElseThrow().remainder(BigDecimal.ONE)).isEqualByComparingTo("0.5");
    assertThat(casesReport(f)).isEqualTo(json);
  }

  @Test
  void countsHiddenBesideAPublishedMedianAreHiddenEverywhere() throws IOException {
    Path f = generated("counts", 12, m -> m.getState() == ValueState.VALUE && m.getCases().isEmpty());
    MedianDaysToPlan json = checkEveryOutput(f);
    assertThat(json.getMedian()).isPresent();
    assertThat(json.getExcluded()).isEmpty();
    assertThat(casesReport(f)).isEqualTo(json);
  }

  @Test
  void noCaseWithAnApprovedPlanIsNoDataEverywhere() throws IOException {
    // every plan late at the end of the year is not approved yet: cases received in late December
    Path f = dir.resolve("none.jsonl");
    Files.writeString(f, ReportCasesCommandTest.emergency(1, 10) + "\n" + ReportCasesCommandTest.emergency(2, 11) + "\n"
        + ReportCasesCommandTest.emergency(3, 12) + "\n" + ReportCasesCommandTest.emergency(4, 13) + "\n"
        + ReportCasesCommandTest.emergency(5, 14) + "\n");
    MedianDaysToPlan json = checkEveryOutput(f);
    assertThat(json.getState()).isEqualTo(ValueState.NO_DATA);
    assertThat(json.getCases()).hasValue(0);
    assertThat(json.getExcluded()).hasValue(5);
    assertThat(casesReport(f)).isEqualTo(json);
  }

  // ------------------------------------------------------------------ the outputs

  /**
   * Runs every output of {@code treem report} (with the case file, or the bundled demo) and checks
   * each against the report JSON's figure.
   *
   * @return the JSON's figure
   */
  private MedianDaysToPlan checkEveryOutput(Path cases) throws IOException {
    List<String> input = cases == null ? List.of() : List.of("--cases", cases.toString());
    CliRun jsonRun = run(input, "report", "--format", "json", "--lang", "en");
    MedianDaysToPlan m = ReportJson.of(Language.EN).read(jsonRun.out()).getDaysToPlan().orElseThrow();
    assertThat(m.isSuppressed()).isTrue();

    // CSV
    String csv = run(input, "report", "--format", "csv").out();
    assertThat(csv).contains("DAYS_TO_PLAN,median,," + count(m.getCases()) + ",," + m.getMedian().map(BigDecimal::toPlainString)
        .orElse("") + "," + m.getState().name() + "\n");
    assertThat(csv).contains("DAYS_TO_PLAN,exclusion,NO_APPROVED_PLAN," + count(m.getExcluded()) + ",,,\n");

    // table
    String table = run(input, "report", "--lang", "en").out();
    assertThat(table).contains("  " + (m.getState() == ValueState.SUPPRESSED ? "x"
        : m.getMedian().map(v -> v.toPlainString() + " days").orElse("-")) + " (cases: " + count(m.getCases()) + ")\n")
        .contains("  excluded: no approved plan " + count(m.getExcluded()) + "\n");

    // HTML, both languages
    for (Language lang : Language.values()) {
      boolean en = lang == Language.EN;
      String html = run(input, "report", "--format", "html", "--lang", en ? "en" : "vi").out();
      String label = en ? "Median days from information received to an approved intervention plan"
          : "Số ngày trung vị từ khi nhận thông tin đến khi kế hoạch hỗ trợ, can thiệp được phê duyệt";
      List<String> median = htmlRow(html, label);
      String shown = m.getState() == ValueState.SUPPRESSED ? "x"
          : m.getMedian().map(v -> (en ? v.toPlainString() : v.toPlainString().replace('.', ',')) + (en ? " days" : " ngày"))
              .orElse("–");
      assertThat(median).as(lang + " median row").containsExactly(
          m.getState() == ValueState.SUPPRESSED || m.getCases().isEmpty() ? "suppressed" : "", label,
          count(m.getCases()), "–", shown, en ? m.getState().getNameEn() : m.getState().getNameVi());
      String excludedLabel = en ? "Excluded from the median days: no approved plan"
          : "Loại trừ khỏi số ngày trung vị: chưa có kế hoạch được phê duyệt";
      assertThat(htmlRow(html, excludedLabel)).as(lang + " exclusion row").containsExactly(
          m.getExcluded().isEmpty() ? "suppressed" : "", excludedLabel, count(m.getExcluded()), "–", "–", "");
      if (m.getState() == ValueState.SUPPRESSED || m.getCases().isEmpty()) {
        assertThat(html).contains(en ? DisclosureControl.NOTE_EN : DisclosureControl.NOTE_VI);
      }
    }

    // the workbook
    Path book = dir.resolve("report-" + System.nanoTime() + ".xlsx");
    CliRun x = run(input, "report", "--format", "xlsx", "-o", book.toString(), "--lang", "en");
    assertThat(x.code()).as(x.err()).isZero();
    WorkbookRow row = WorkbookCommandsTest.rows(book, "Indicators").stream().filter(r -> r.text(0).equals("DAYS_TO_PLAN"))
        .findFirst().orElseThrow();
    assertThat(row.text(3)).isEqualTo(count(m.getCases()));
    if (m.getState() == ValueState.SUPPRESSED) {
      assertThat(row.text(5)).isEqualTo("x");
    } else if (m.getMedian().isPresent()) {
      assertThat(new BigDecimal(row.text(5))).isEqualByComparingTo(m.getMedian().get());
    } else {
      assertThat(row.text(5)).isEmpty();
    }
    assertThat(row.text(6)).isEqualTo(switch (m.getState()) {
      case VALUE -> "value";
      case NO_DATA -> "no data";
      default -> "hidden";
    });
    WorkbookRow excluded = WorkbookCommandsTest.rows(book, "Exclusions").stream()
        .filter(r -> r.text(0).equals("DAYS_TO_PLAN")).findFirst().orElseThrow();
    assertThat(excluded.text(2)).isEqualTo("NO_APPROVED_PLAN");
    assertThat(excluded.text(4)).isEqualTo(count(m.getExcluded()));

    // DHIS2
    Path mapping = dir.resolve("mapping.json");
    Files.writeString(mapping, "{\"version\":1,\"dataSet\":\"tmDsPlan001\",\"period\":\"2020\",\"orgUnit\":\"tmOuQVinh01\","
        + "\"values\":[{\"indicator\":\"DAYS_TO_PLAN\",\"numerator\":{\"dataElement\":\"" + MEDIAN_DE + "\"},"
        + "\"denominator\":{\"dataElement\":\"" + CASES_DE + "\"}}]}");
    Path values = dir.resolve("values-" + System.nanoTime() + ".json");
    CliRun d = run(input, "export", "dhis2", "--mapping", mapping.toString(), "-o", values.toString(), "--lang", "en");
    assertThat(d.code()).as(d.err()).isZero();
    JsonNode set = JSON.readTree(Files.readString(values));
    List<String> medians = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    for (JsonNode v : set.get("dataValues")) {
      (v.get("dataElement").asString().equals(MEDIAN_DE) ? medians : counts).add(v.get("value").asString());
    }
    assertThat(medians).isEqualTo(m.getState() == ValueState.VALUE ? List.of(m.getMedian().orElseThrow().toPlainString())
        : List.of());
    assertThat(counts).isEqualTo(m.getCases().isPresent() ? List.of(Long.toString(m.getCases().getAsLong())) : List.of());
    if (m.getState() == ValueState.SUPPRESSED || m.getCases().isEmpty()) {
      assertThat(d.err()).contains("DHIS2_SUPPRESSED_NOT_EXPORTED");
    }
    return m;
  }

  /** {@code treem cases report FILE --year 2020} as JSON, its {@code daysToPlan} as the figure, the CSV checked with it. */
  private static MedianDaysToPlan casesReport(Path file) {
    CliRun r = CliRun.of("cases", "report", file.toString(), "--year", "2020", "--format", "json");
    JsonNode days = JSON.readTree(r.out()).get("daysToPlan");
    OptionalLong cases = days.get("cases").isNumber() ? OptionalLong.of(days.get("cases").asLong()) : OptionalLong.empty();
    OptionalLong excluded = days.get("excluded").isNumber() ? OptionalLong.of(days.get("excluded").asLong())
        : OptionalLong.empty();
    java.util.Optional<BigDecimal> median = days.get("median").isNumber()
        ? java.util.Optional.of(days.get("median").decimalValue()) : java.util.Optional.empty();
    MedianDaysToPlan m = MedianDaysToPlan.of(ValueState.valueOf(days.get("state").asString()), cases, excluded, median, true);
    String csv = CliRun.of("cases", "report", file.toString(), "--year", "2020", "--format", "csv").out();
    assertThat(csv).contains("DAYS_TO_PLAN,median,," + count(m.getCases()) + ",," + m.getMedian().map(BigDecimal::toPlainString)
        .orElse("") + "," + m.getState().name() + "\n");
    assertThat(csv).contains("DAYS_TO_PLAN,exclusion,NO_APPROVED_PLAN," + count(m.getExcluded()) + ",,,\n");
    return m;
  }

  // ------------------------------------------------------------------ inputs

  /**
   * A seeded generated case file (the generator of {@code treem generate --cases}) whose figure has
   * the property: the first seed from 1 that gives it (the search is bounded and must succeed).
   */
  private Path generated(String name, int count, Predicate<MedianDaysToPlan> property) throws IOException {
    for (long seed = 1; seed <= 400; seed++) {
      CommuneGenerator register = CommuneGenerator.builder().seed(seed).year(2020).children(200).build();
      List<ProtectionCase> cases = CaseGenerator.builder().seed(seed).year(2020).cases(count).lateShare(0.3).build()
          .generate(register.iterator());
      CaseAccumulator acc = CaseFigureCalculator.builder().year(2020).build().newAccumulator();
      cases.forEach(acc::add);
      if (property.test(acc.medianDaysToPlan(DisclosureRule.DEFAULT))) {
        Path f = dir.resolve(name + "-" + seed + ".jsonl");
        GenerateCommand.writeCases(register, seed, 2020, count, 0.3, f);
        return f;
      }
    }
    throw new AssertionError("no seed from 1 to 400 gives a " + name + " case file");
  }

  private static CliRun run(List<String> input, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(input);
    all.add("--quiet");
    CliRun r = CliRun.of(all.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    return r;
  }

  private static String count(OptionalLong n) {
    return n.isPresent() ? Long.toString(n.getAsLong()) : "x";
  }

  /** A row of the HTML report by its label: the row's class, then the text of each cell. */
  private static List<String> htmlRow(String html, String label) {
    int th = html.indexOf("<th scope=\"row\">" + label + "</th>");
    assertThat(th).as("row " + label).isNotNegative();
    int tr = html.lastIndexOf("<tr", th);
    String open = html.substring(tr, html.indexOf('>', tr));
    List<String> cells = new ArrayList<>();
    cells.add(open.contains("class=\"suppressed\"") ? "suppressed" : "");
    String body = html.substring(th, html.indexOf("</tr>", th));
    for (String part : body.split("</t[hd]>")) {
      int gt = part.lastIndexOf('>');
      if (gt >= 0) {
        cells.add(part.substring(gt + 1));
      }
    }
    return cells;
  }
}
