package io.github.treem.io.cases;

import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.DisclosureRule;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.Publication;
import io.github.treem.indicators.ValueState;
import io.github.treem.indicators.cases.CaseAccumulator;
import io.github.treem.indicators.cases.CaseFigureCalculator;
import io.github.treem.indicators.cases.MedianDaysToPlan;
import io.github.treem.io.report.ReportCsv;
import io.github.treem.io.report.ReportDocument;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of case files as published: the one entry point of {@code treem cases report} and
 * {@code treem cases validate}. {@link #read(Path, CaseReadOptions, Consumer, Consumer)} reads a
 * file once, streaming, giving every issue and every accepted case;
 * {@link #of(CaseAccumulator, DataQuality)} publishes the figures of an accumulator through
 * {@link DisclosureControl} (every figure of a case indicator is sensitive: a total, cell or count
 * of 1 to 4 is hidden, and its audit has passed); the writers give the publication as a table,
 * JSON or CSV. No writer sees a case: only the published figures.
 *
 * <pre>{@code
 * CaseAccumulator acc = CaseFigureCalculator.builder().year(2024)
 *     .breakdowns(BreakdownDimension.SOURCE).build().newAccumulator();
 * DataQuality q = CaseReport.read(file, CaseReadOptions.defaults(), issue -> {}, acc::add);
 * CaseReport report = CaseReport.of(acc, q);
 * String csv = report.toCsv();
 * }</pre>
 *
 * <p>The median days from receipt to the plan's approval is the one figure of
 * {@link MedianDaysToPlan} (its rule, its exclusions and its disclosure: hidden from 1 to τ
 * cases, the two counts hidden together), the same figure as {@code treem report --cases}
 * publishes; every writer here takes it from that figure.
 *
 * @param publication the published figures (suppressed and audited), with the data quality of
 *     the files read
 * @param daysToPlan the median days from receipt to the plan's approval, as published
 *     ({@link MedianDaysToPlan#isSuppressed()} true)
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CaseReport(Publication publication, MedianDaysToPlan daysToPlan) {

  /**
   * Checks the components.
   *
   * @param publication the publication
   * @param daysToPlan the median as published
   * @throws IllegalArgumentException when the median is the unsuppressed internal form
   */
  public CaseReport {
    Objects.requireNonNull(publication, "publication must not be null");
    Objects.requireNonNull(daysToPlan, "daysToPlan must not be null");
    if (!daysToPlan.isSuppressed()) {
      throw new IllegalArgumentException("a case report publishes the median under the disclosure rule");
    }
  }

  /**
   * Reads a case file once, streaming.
   *
   * @param file the file ({@code .json}, {@code .jsonl}, {@code .ndjson}, {@code .csv})
   * @param options the read options (validator, strictness)
   * @param issues receives every issue, the file's and the records', located
   * @param accepted receives every accepted case
   * @return the counts: rows read, accepted, rejected
   * @throws java.io.UncheckedIOException when the file cannot be opened or read
   * @throws IllegalArgumentException when the file's extension is not a case file's
   */
  public static DataQuality read(Path file, CaseReadOptions options, Consumer<Issue> issues,
      Consumer<ProtectionCase> accepted) {
    return read(CaseFiles.open(file, options), issues, accepted);
  }

  /**
   * Reads a case stream once, streaming (a file hashed as it is read, for example; name the file
   * in the options for the issues' locations).
   *
   * @param in the stream, closed when read
   * @param form its form
   * @param options the read options (validator, strictness, file name)
   * @param issues receives every issue, the file's and the records', located
   * @param accepted receives every accepted case
   * @return the counts: rows read, accepted, rejected
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  public static DataQuality read(java.io.InputStream in, CaseFiles.Form form, CaseReadOptions options,
      Consumer<Issue> issues, Consumer<ProtectionCase> accepted) {
    return read(CaseFiles.open(in, form, options), issues, accepted);
  }

  /**
   * Reads an opened case file once, streaming, and closes it. The reader still answers
   * {@link CaseReader#isSyntheticData()} afterwards: a caller that builds a report from the file
   * asks it, and marks the report synthetic when it is
   * ({@code ReportPipeline.Builder#syntheticData(boolean)}).
   *
   * <pre>{@code
   * CaseReader reader = CaseFiles.open(file, CaseReadOptions.defaults());
   * DataQuality q = CaseReport.read(reader, issue -> {}, acc::add);
   * pipeline.cases(acc).syntheticData(reader.isSyntheticData());
   * }</pre>
   *
   * @param opened the reader, closed when read
   * @param issues receives every issue, the file's and the records', located
   * @param accepted receives every accepted case
   * @return the counts: rows read, accepted, rejected
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  public static DataQuality read(CaseReader opened, Consumer<Issue> issues, Consumer<ProtectionCase> accepted) {
    try (CaseReader reader = opened) {
      int fileIssues = 0;
      for (Optional<CaseRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
        List<Issue> fi = reader.getFileIssues();
        for (; fileIssues < fi.size(); fileIssues++) {
          issues.accept(fi.get(fileIssues));
        }
        CaseRecord record = r.get();
        record.getIssues().forEach(issues);
        if (record.isAccepted()) {
          record.getProtectionCase().ifPresent(accepted);
        }
      }
      List<Issue> fi = reader.getFileIssues();
      for (; fileIssues < fi.size(); fileIssues++) {
        issues.accept(fi.get(fileIssues));
      }
      return reader.getStats();
    }
  }

  /**
   * Publishes the figures of an accumulator.
   *
   * @param accumulator the accumulator, all files added
   * @param quality the counts of the files read
   * @return the report, audited
   */
  public static CaseReport of(CaseAccumulator accumulator, DataQuality quality) {
    Publication p = DisclosureControl.publish(accumulator.report().withDataQuality(quality), List.of());
    return new CaseReport(p, accumulator.medianDaysToPlan(DisclosureRule.DEFAULT));
  }

  /**
   * Reads case files and publishes their figures (the files one after the other, each once).
   *
   * @param files the files
   * @param options the read options
   * @param calculator the calculator (year, R, rules, breakdowns)
   * @param issues receives every issue
   * @return the report
   * @throws java.io.UncheckedIOException when a file cannot be read
   */
  public static CaseReport of(List<Path> files, CaseReadOptions options, CaseFigureCalculator calculator,
      Consumer<Issue> issues) {
    CaseAccumulator acc = calculator.newAccumulator();
    DataQuality q = DataQuality.empty();
    for (Path f : files) {
      q = q.plus(read(f, options, issues, acc::add));
    }
    return of(acc, q);
  }

  /** {@return the median days from receipt to the plan's approval as published (from more than τ cases), or empty} */
  public Optional<BigDecimal> publishedMedianDaysToPlan() {
    return daysToPlan.getMedian();
  }

  /**
   * The figures as a report document: the publication with the median days to the plan, as
   * {@code treem report --cases} gives them to every writer.
   *
   * @return the document
   */
  public ReportDocument toDocument() {
    return ReportDocument.builder().from(ReportDocument.of(publication)).daysToPlan(daysToPlan).build();
  }

  /**
   * The figures as CSV: the columns and rows of {@link ReportCsv}, written by it (a hidden total
   * shows {@link DisclosureControl#SYMBOL}), with its two rows of the median,
   * {@code DAYS_TO_PLAN,median,,<cases>,,<median>,<state>} and
   * {@code DAYS_TO_PLAN,exclusion,NO_APPROVED_PLAN,<excluded>,,,} (a hidden count or median shows
   * {@code x} as count and an empty value).
   *
   * @return the CSV text
   */
  public String toCsv() {
    StringWriter w = new StringWriter();
    ReportCsv.write(toDocument(), w);
    return w.toString();
  }

  /**
   * The figures as one JSON object: {@code year}, {@code referenceDate}, {@code rowsRead},
   * {@code rowsAccepted}, {@code rowsRejected}, {@code indicators} (per indicator: {@code code},
   * {@code name}, {@code unit}, {@code numerator}, {@code denominator}, {@code value},
   * {@code state}; {@code exclusions}: reason to count; {@code breakdowns}: dimension to cells),
   * {@code daysToPlan} ({@code cases}, {@code excluded}, {@code median}, {@code state}, from
   * {@link MedianDaysToPlan}) and {@code notes}. A hidden figure is {@code "x"}; a figure without
   * value is {@code null}.
   *
   * @param language the language of names and notes
   * @return the JSON text
   */
  public String toJson(Language language) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("year", publication.report().getYear());
    doc.put("referenceDate", publication.report().getReferenceDate().toString());
    publication.report().getDataQuality().ifPresent(q -> {
      doc.put("rowsRead", q.getRowsRead());
      doc.put("rowsAccepted", q.getRowsAccepted());
      doc.put("rowsRejected", q.getRowsRejected());
    });
    List<Object> indicators = new ArrayList<>();
    for (IndicatorResult r : publication.report().getResults()) {
      boolean count = r.getIndicator().getUnit() == IndicatorUnit.COUNT;
      boolean hidden = r.getState() == ValueState.SUPPRESSED;
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("code", r.getCode());
      i.put("name", language == Language.EN ? r.getIndicator().getNameEn() : r.getIndicator().getNameVi());
      i.put("unit", r.getIndicator().getUnit().name());
      i.put("numerator", hidden ? DisclosureControl.SYMBOL : r.getNumerator());
      i.put("denominator", count ? null : hidden ? DisclosureControl.SYMBOL : r.getDenominator());
      i.put("value", publication.format(r).format(r).orElse(null));
      i.put("state", r.getState().name());
      Map<String, Object> excl = new LinkedHashMap<>();
      for (ExclusionReason reason : ExclusionReason.values()) {
        if (r.getSuppressedExclusions().contains(reason)) {
          excl.put(reason.name(), DisclosureControl.SYMBOL);
        } else if (r.getExclusions().containsKey(reason)) {
          excl.put(reason.name(), r.getExclusions().get(reason));
        }
      }
      i.put("exclusions", excl);
      Map<String, Object> bd = new LinkedHashMap<>();
      for (Map.Entry<BreakdownDimension, List<BreakdownCell>> e : r.getBreakdowns().entrySet()) {
        List<Object> cells = new ArrayList<>();
        for (BreakdownCell c : e.getValue()) {
          boolean h = c.getState() == ValueState.SUPPRESSED;
          Map<String, Object> cell = new LinkedHashMap<>();
          cell.put("key", c.getKey());
          cell.put("numerator", h ? DisclosureControl.SYMBOL : c.getNumerator().getAsLong());
          cell.put("denominator", count ? null : h ? DisclosureControl.SYMBOL : c.getDenominator().getAsLong());
          cell.put("value", publication.format(r).format(c).orElse(null));
          cell.put("state", c.getState().name());
          cells.add(cell);
        }
        bd.put(e.getKey().getKey(), cells);
      }
      i.put("breakdowns", bd);
      indicators.add(i);
    }
    doc.put("indicators", indicators);
    Map<String, Object> days = new LinkedHashMap<>();
    MedianDaysToPlan m = daysToPlan;
    days.put("cases", m.getCases().isPresent() ? (Object) m.getCases().getAsLong() : DisclosureControl.SYMBOL);
    days.put("excluded", m.getExcluded().isPresent() ? (Object) m.getExcluded().getAsLong() : DisclosureControl.SYMBOL);
    days.put("median", m.getState() == ValueState.SUPPRESSED ? DisclosureControl.SYMBOL : m.getMedian().orElse(null));
    days.put("state", m.getState().name());
    doc.put("daysToPlan", days);
    doc.put("notes", toDocument().hasHiddenFigures()
        ? List.of(language == Language.EN ? DisclosureControl.NOTE_EN : DisclosureControl.NOTE_VI) : List.of());
    return JsonMapper.builder().build().writeValueAsString(doc);
  }

  /**
   * The figures as a text table, one line per figure: indicator totals, exclusions, breakdown
   * cells, and the median days to the plan; hidden figures as {@link DisclosureControl#SYMBOL}.
   *
   * @param language the language of names and notes
   * @return the table text, lines ending in {@code \n}
   */
  public String toTable(Language language) {
    boolean en = language == Language.EN;
    StringBuilder out = new StringBuilder();
    out.append(en ? "Protection case figures " : "Số liệu bảo vệ trẻ em (vụ việc) ").append(publication.report().getYear())
        .append(en ? ", reference date " : ", ngày tham chiếu ").append(publication.report().getReferenceDate()).append('\n');
    for (IndicatorResult r : publication.report().getResults()) {
      boolean count = r.getIndicator().getUnit() == IndicatorUnit.COUNT;
      boolean hidden = r.getState() == ValueState.SUPPRESSED;
      out.append(String.format(java.util.Locale.ROOT, "%-28s %s%n", r.getCode(), en ? r.getIndicator().getNameEn() : r.getIndicator().getNameVi()));
      String figures = hidden ? DisclosureControl.SYMBOL
          : count ? Long.toString(r.getNumerator())
          : r.getNumerator() + "/" + r.getDenominator() + publication.format(r).format(r).map(v -> " = " + v.toPlainString() + "%")
              .orElse(en ? " (no data)" : " (không có số liệu)");
      out.append("  ").append(en ? "total: " : "tổng: ").append(figures).append('\n');
      for (ExclusionReason reason : ExclusionReason.values()) {
        String v = r.getSuppressedExclusions().contains(reason) ? DisclosureControl.SYMBOL
            : r.getExclusions().containsKey(reason) ? Long.toString(r.getExclusions().get(reason)) : null;
        if (v != null) {
          out.append("  ").append(en ? "excluded, " : "loại trừ, ").append(en ? reason.getNameEn() : reason.getNameVi())
              .append(": ").append(v).append('\n');
        }
      }
      for (Map.Entry<BreakdownDimension, List<BreakdownCell>> e : r.getBreakdowns().entrySet()) {
        StringBuilder line = new StringBuilder("  ").append(en ? e.getKey().getNameEn() : e.getKey().getNameVi()).append(":");
        for (BreakdownCell c : e.getValue()) {
          line.append(' ').append(c.getKey()).append('=');
          if (c.getState() == ValueState.SUPPRESSED) {
            line.append(DisclosureControl.SYMBOL);
          } else {
            line.append(c.getNumerator().getAsLong());
            if (!count) {
              line.append('/').append(c.getDenominator().getAsLong());
            }
          }
        }
        out.append(line).append('\n');
      }
    }
    MedianDaysToPlan m = daysToPlan;
    out.append(String.format(java.util.Locale.ROOT, "%-28s %s%n", ReportCsv.DAYS_TO_PLAN,
        en ? "Median days from receipt to plan approval" : "Trung vị số ngày từ tiếp nhận đến phê duyệt kế hoạch"));
    out.append("  ").append(en ? "median: " : "trung vị: ")
        .append(m.getState() == ValueState.SUPPRESSED ? DisclosureControl.SYMBOL
            : m.getMedian().map(BigDecimal::toPlainString).orElse("-"))
        .append(en ? " (cases: " : " (số vụ việc: ").append(count(m.getCases())).append(")\n");
    out.append("  ").append(en ? "excluded, no approved plan: " : "loại trừ, chưa có kế hoạch được phê duyệt: ")
        .append(count(m.getExcluded())).append('\n');
    if (toDocument().hasHiddenFigures()) {
      out.append(en ? DisclosureControl.NOTE_EN : DisclosureControl.NOTE_VI).append('\n');
    }
    return out.toString();
  }

  private static String count(java.util.OptionalLong n) {
    return n.isPresent() ? Long.toString(n.getAsLong()) : DisclosureControl.SYMBOL;
  }
}
