package io.github.treem.xlsx;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.MonitoringAssessment;
import io.github.treem.indicators.MonitoringStatus;
import io.github.treem.indicators.Publication;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.indicators.ValueFormat;
import io.github.treem.indicators.ValueState;
import io.github.treem.indicators.cases.MedianDaysToPlan;
import io.github.treem.io.report.ReportCsv;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.xlsx.internal.ReportSheet;
import io.github.treem.xlsx.internal.WorkbookOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.dhatim.fastexcel.Workbook;

/**
 * The indicator report as an Excel workbook (.xlsx), in the sheets a district or province officer
 * copies into the ministry's forms. Every sheet has the same layout: row 1 a title, row 2 the
 * notes (hidden figures, synthetic data, internal use), row 3 the header (bold; rows 1 to 3
 * frozen), the data from row 4, columns as wide as their content. The sheets, in order:
 * <ol>
 *   <li>{@code Mục tiêu} / {@code Targets}: each target of the plan with its indicator, condition,
 *       threshold (or last year's value), value, numerator and denominator, status and gap, and
 *       the indicator's caveat where it measures less than the plan's sentence
 *       ({@link io.github.treem.indicators.Indicator#getCaveatVi()});</li>
 *   <li>{@code Theo dõi} / {@code Monitoring}, when the plan has aims without a number
 *       ({@link ReportDocument#monitoring()}): each line with the plan's words, the direction
 *       asked, this year's value, last year's, the change and its direction (never met or not
 *       met);</li>
 *   <li>{@code Chỉ tiêu} / {@code Indicators}: one row per indicator, its total; with case figures
 *       ({@link ReportDocument#getDaysToPlan()}), a last row {@code DAYS_TO_PLAN}: the median days
 *       from receipt to an approved plan ({@link MedianDaysToPlan}, one decimal) as the value, the
 *       cases giving it as the numerator, no denominator, its state;</li>
 *   <li>one sheet per indicator, named by its code ({@code HI_U6}): the total, then every cell of
 *       every breakdown published (dimension, key, numerator, denominator, value, state);</li>
 *   <li>{@code Loại trừ} / {@code Exclusions}: the children left out of each indicator, by
 *       reason; with case figures, the row {@code DAYS_TO_PLAN} {@code NO_APPROVED_PLAN}: the cases
 *       received without a plan approved by R;</li>
 *   <li>{@code Chất lượng dữ liệu} / {@code Data quality}: rows read, accepted and rejected;</li>
 *   <li>{@code Nguồn} / {@code Manifest}: first the version marker of this output, rows
 *       {@code format} {@value #FORMAT} and {@code version} {@value #VERSION} (treem never reads
 *       the workbook back; a test suite of another system may check them); then what the report
 *       was made from (treem version, year, reference date, options, each input's and each WHO
 *       table's SHA-256, the encoding each register was read in).</li>
 * </ol>
 *
 * <p><b>Figures.</b> Counts are numbers. A rate is a number in percent ({@code 99.99}, not
 * {@code 0.9999}) with the numerator and denominator beside it, and holds the value as
 * {@link ValueFormat} displays it, with a number format of exactly its decimals: the cell is
 * {@code 99.99} for 19,999 of 20,000 against a target of 100%, so no spreadsheet can show it
 * {@code 100.00} (as it would round a cell holding 99.995). Thresholds are shown as the plan
 * writes them. A hidden figure ({@link DisclosureControl}) is the text
 * {@value DisclosureControl#SYMBOL} in each of its cells, and the note
 * {@link DisclosureControl#NOTE_VI} (or {@code NOTE_EN}) is on every sheet; a breakdown withheld
 * is not written. No cell is a formula: a village named {@code =HYPERLINK(...)} is text.
 *
 * <p><b>What it writes.</b> A {@link Publication}, or a {@link ReportDocument} whose report has
 * passed disclosure control (it is verified again: {@link DisclosureControl#verify}). A report
 * before suppression is written only when asked for by name,
 * {@link #unsuppressedForInternalUse(ReportDocument)}, and every sheet then says it is for
 * internal use only. Figures of synthetic data say so on every sheet
 * ({@link ReportManifest#SYNTHETIC_VI} / {@link ReportManifest#SYNTHETIC_EN}: when the manifest
 * says so, {@link ReportManifest#isSyntheticData()}, or {@link #withSyntheticData(boolean)}; also
 * when the manifest has the option {@code syntheticData=true}).
 *
 * <pre>{@code
 * Publication p = DisclosureControl.publish(report, assessments);
 * ReportXlsxWriter.of(p).withLanguage(Language.EN).withManifest(manifest).writeTo(Path.of("bao-cao.xlsx"));
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe; FastExcel writes the workbook.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class ReportXlsxWriter {
  /** The {@code format} row of the manifest sheet: {@value}. */
  public static final String FORMAT = "treem-report-workbook";

  /** The {@code version} row of the manifest sheet: {@value}. */
  public static final int VERSION = 1;

  /** The row of each sheet's header, counted from 1 (the data start on the next row). */
  public static final int HEADER_ROW = ReportSheet.HEADER_ROW + 1;

  private final IndicatorReport report;
  private final List<TargetAssessment> assessments;
  private final List<MonitoringAssessment> monitoring;
  private final boolean published;
  private final Optional<ReportManifest> manifest;
  private final Language language;
  private final boolean synthetic;
  private final Optional<MedianDaysToPlan> daysToPlan;

  private ReportXlsxWriter(IndicatorReport report, List<TargetAssessment> assessments,
      List<MonitoringAssessment> monitoring, boolean published, Optional<ReportManifest> manifest, Language language,
      boolean synthetic, Optional<MedianDaysToPlan> daysToPlan) {
    this.report = report;
    this.assessments = List.copyOf(assessments);
    this.monitoring = List.copyOf(monitoring);
    this.published = published;
    this.manifest = manifest;
    this.language = language;
    this.synthetic = synthetic;
    this.daysToPlan = daysToPlan;
  }

  /**
   * A writer of a publication, in Vietnamese, without a manifest.
   *
   * @param publication the publication (its report, its assessments)
   * @return the writer
   */
  public static ReportXlsxWriter of(Publication publication) {
    Objects.requireNonNull(publication, "publication must not be null");
    return new ReportXlsxWriter(publication.report(), publication.assessments(), List.of(), true, Optional.empty(),
        Language.VI, false, Optional.empty());
  }

  /**
   * A writer of a published document (as {@code ReportPipeline} makes it, or as read back from a
   * report JSON), in Vietnamese, with the document's manifest.
   *
   * @param document the document, its report suppressed
   * @return the writer
   * @throws InvalidValueException {@code TREEM-XLSX-0004} when the report has not passed
   *     disclosure control ({@link IndicatorReport#isSuppressed()} false);
   *     {@code TREEM-XLSX-0005} when it claims to have passed but fails the audit
   */
  public static ReportXlsxWriter of(ReportDocument document) {
    Objects.requireNonNull(document, "document must not be null");
    if (!document.getReport().isSuppressed()) {
      throw new InvalidValueException("TREEM-XLSX-0004", "the report has not passed disclosure control:"
          + " publish it (DisclosureControl.publish) or ask for unsuppressedForInternalUse(document) by name");
    }
    Publication p;
    try {
      p = DisclosureControl.verify(document.getReport(), document.getTargets());
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("TREEM-XLSX-0005", "the report does not pass the disclosure audit");
    }
    if (document.getDaysToPlan().filter(m -> !m.isSuppressed()).isPresent()) {
      throw new InvalidValueException("TREEM-XLSX-0004", "the median days to plan has not passed disclosure control:"
          + " ask for unsuppressedForInternalUse(document) by name");
    }
    return new ReportXlsxWriter(p.report(), p.assessments(), document.published().monitoring(), true,
        document.getManifest(), Language.VI, false, document.getDaysToPlan());
  }

  /**
   * A writer of a document as it is, suppressed or not, for the commune's own work: every sheet
   * says "not suppressed: internal use only, never publish" when it is not suppressed.
   *
   * @param document the document
   * @return the writer
   */
  public static ReportXlsxWriter unsuppressedForInternalUse(ReportDocument document) {
    Objects.requireNonNull(document, "document must not be null");
    return new ReportXlsxWriter(document.getReport(), document.getTargets(), document.monitoring(),
        document.getReport().isSuppressed(), document.getManifest(), Language.VI, false, document.getDaysToPlan());
  }

  /**
   * A copy in another language (sheet names, titles, headers and names; codes stay as they are).
   *
   * @param language the language
   * @return the copy
   */
  public ReportXlsxWriter withLanguage(Language language) {
    return new ReportXlsxWriter(report, assessments, monitoring, published, manifest,
        Objects.requireNonNull(language, "language must not be null"), synthetic, daysToPlan);
  }

  /**
   * A copy with the manifest of what the report was made from.
   *
   * @param manifest the manifest
   * @return the copy
   */
  public ReportXlsxWriter withManifest(ReportManifest manifest) {
    return new ReportXlsxWriter(report, assessments, monitoring, published,
        Optional.of(Objects.requireNonNull(manifest, "manifest must not be null")), language, synthetic, daysToPlan);
  }

  /**
   * A copy that says (or not) that the figures come from synthetic data.
   *
   * @param syntheticData whether the registers were synthetic (generated, not real children)
   * @return the copy
   */
  public ReportXlsxWriter withSyntheticData(boolean syntheticData) {
    return new ReportXlsxWriter(report, assessments, monitoring, published, manifest, language, syntheticData,
        daysToPlan);
  }

  /**
   * Writes the workbook to a stream, leaving it open.
   *
   * @param out the stream
   * @throws IOException when writing fails
   */
  public void writeTo(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    Workbook wb = new Workbook(out, "treem", "0.2");
    new Render(wb).all();
    wb.finish();
    out.flush();
  }

  /**
   * Writes the workbook to a file.
   *
   * @param file the file (created or replaced)
   * @throws IOException when writing fails
   */
  public void writeTo(Path file) throws IOException {
    WorkbookOutput.toFile(this::writeTo, file);
  }

  /** {@return the workbook's bytes} */
  public byte[] toBytes() {
    return WorkbookOutput.toBytes(this::writeTo);
  }

  /**
   * Writes the report's sheets into a workbook being written (the province workbook puts its own
   * sheets first, {@link ProvinceXlsxWriter}).
   *
   * @param wb the workbook (not finished)
   */
  void writeSheets(Workbook wb) {
    new Render(wb).all();
  }

  /** {@return whether the figures are said to come from synthetic data} */
  boolean isSynthetic() {
    return synthetic || manifest.map(m -> m.isSyntheticData() || "true".equals(m.getOptions().get("syntheticData")))
        .orElse(false);
  }

  /** One rendering: the texts in the writer's language and the formats of the indicators. */
  private final class Render {
    private final Workbook wb;
    private final boolean vi = language == Language.VI;
    private final String title;
    private final String note;
    private final List<String> notes;
    private final Map<String, IndicatorResult> results = new LinkedHashMap<>();
    private final Map<String, ValueFormat> formats = new LinkedHashMap<>();

    Render(Workbook wb) {
      this.wb = wb;
      LocalDate ref = report.getReferenceDate();
      this.title = vi
          ? "Báo cáo chỉ tiêu trẻ em năm " + report.getYear() + " (ngày tham chiếu "
              + String.format(Locale.ROOT, "%02d/%02d/%04d", ref.getDayOfMonth(), ref.getMonthValue(), ref.getYear()) + ")"
          : "Children's indicator report, year " + report.getYear() + " (reference date " + ref + ")";
      List<String> notes = new ArrayList<>();
      if (!published) {
        notes.add(t("KHÔNG ẩn số nhỏ: chỉ dùng nội bộ, không được công bố",
            "NOT suppressed: internal use only, never publish"));
      }
      if (isSynthetic()) {
        notes.add(t(ReportManifest.SYNTHETIC_VI, ReportManifest.SYNTHETIC_EN));
      }
      if (hasHiddenFigures()) {
        notes.add(vi ? DisclosureControl.NOTE_VI : DisclosureControl.NOTE_EN);
      }
      this.notes = List.copyOf(notes);
      this.note = String.join(". ", notes);
      for (IndicatorResult r : report.getResults()) {
        results.put(r.getCode(), r);
        formats.put(r.getCode(), ValueFormat.of(r, assessments));
      }
    }

    private List<String> plus(List<String> list, String more) {
      List<String> l = new ArrayList<>(list);
      l.add(more);
      return l;
    }

    private String t(String textVi, String textEn) {
      return vi ? textVi : textEn;
    }

    private boolean hasHiddenFigures() {
      if (published && daysToPlan.filter(m -> m.getState() == ValueState.SUPPRESSED || m.getCases().isEmpty())
          .isPresent()) {
        return true;
      }
      for (IndicatorResult r : report.getResults()) {
        if (!r.getSuppressedExclusions().isEmpty()) {
          return true;
        }
        for (List<BreakdownCell> cells : r.getBreakdowns().values()) {
          if (cells.stream().anyMatch(c -> c.getState() == ValueState.SUPPRESSED)) {
            return true;
          }
        }
      }
      return false;
    }

    private ReportSheet sheet(String name, String sheetTitle, List<String> header) {
      return ReportSheet.start(wb, name, title + ": " + sheetTitle, note, header);
    }

    void all() {
      targets();
      monitoringSheet();
      indicators();
      Set<String> used = new HashSet<>();
      for (String fixed : List.of(t("Mục tiêu", "Targets"), t("Chỉ tiêu", "Indicators"), t("Loại trừ", "Exclusions"),
          t("Chất lượng dữ liệu", "Data quality"), t("Nguồn", "Manifest"), t("Theo dõi", "Monitoring"))) {
        used.add(fixed.toLowerCase(Locale.ROOT));
      }
      for (IndicatorResult r : report.getResults()) {
        breakdowns(r, sheetName(r.getCode(), used));
      }
      exclusions();
      dataQuality();
      manifestSheet();
    }

    private void targets() {
      ReportSheet s = sheet(t("Mục tiêu", "Targets"), t("mục tiêu của kế hoạch", "the plan's targets"),
          vi ? List.of("Mã mục tiêu", "Mã chỉ tiêu", "Chỉ tiêu", "Điều kiện", "Ngưỡng", "Giá trị", "Tử số", "Mẫu số",
              "Đánh giá", "Chênh lệch", "Mã đánh giá", "Lưu ý")
              : List.of("Target", "Indicator code", "Indicator", "Condition", "Threshold", "Value", "Numerator",
                  "Denominator", "Status", "Gap", "Status code", "Caveat"));
      for (TargetAssessment a : assessments) {
        IndicatorResult r = results.get(a.getIndicatorCode());
        ValueFormat f = r == null ? null : format(r);
        Optional<BigDecimal> value = r == null || f == null ? a.getValue() : f.format(r);
        Optional<BigDecimal> reference = f == null ? a.getReference() : f.reference(a);
        s.text(0, a.getTargetId());
        s.text(1, a.getIndicatorCode());
        s.text(2, r == null ? "" : vi ? r.getIndicator().getNameVi() : r.getIndicator().getNameEn());
        s.text(3, a.getComparator().getSymbol().replace(">=", "≥").replace("<=", "≤") + " "
            + (vi ? a.getComparator().getNameVi() : a.getComparator().getNameEn()));
        s.decimal(4, reference);
        s.decimal(5, value);
        if (r != null && r.getState() == ValueState.SUPPRESSED) {
          s.hidden(6, DisclosureControl.SYMBOL);
        } else if (r != null) {
          s.count(6, r.getNumerator());
          if (r.getIndicator().getUnit() == IndicatorUnit.PERCENT) {
            s.count(7, r.getDenominator());
          }
        }
        s.text(8, vi ? a.getStatus().getNameVi() : a.getStatus().getNameEn());
        s.decimal(9, gap(a, value, reference));
        s.text(10, a.getStatus().name());
        // where the indicator measures less than the plan's sentence (its definition's caveat)
        s.text(11, Indicators.fromCode(a.getIndicatorCode()).flatMap(i -> vi ? i.getCaveatVi() : i.getCaveatEn())
            .orElse(""));
        s.nextRow();
      }
      s.finish();
    }

    /**
     * The plan's monitoring lines (aims without a number), when it has any: the plan's words, the
     * direction asked, this year's value, last year's, the change and its direction; never met or
     * not met. A hidden value is x, and so are the change and the direction beside it.
     */
    private void monitoringSheet() {
      if (monitoring.isEmpty()) {
        return;
      }
      ReportSheet s = sheet(t("Theo dõi", "Monitoring"),
          t("mục tiêu kế hoạch không đặt số (dòng theo dõi)", "the plan's aims without a number (monitoring lines)"),
          vi ? List.of("Mã dòng", "Mã chỉ tiêu", "Chỉ tiêu", "Kế hoạch viết", "Hướng mong muốn", "Giá trị", "Năm trước",
              "Giá trị năm trước", "Thay đổi", "Đánh giá", "Mã đánh giá")
              : List.of("Line", "Indicator code", "Indicator", "The plan's words", "Desired direction", "Value",
                  "Previous year", "Previous value", "Change", "Status", "Status code"));
      for (MonitoringAssessment m : monitoring) {
        IndicatorResult r = results.get(m.getIndicatorCode());
        s.text(0, m.getLine().getId());
        s.text(1, m.getIndicatorCode());
        s.text(2, r == null ? "" : vi ? r.getIndicator().getNameVi() : r.getIndicator().getNameEn());
        s.text(3, vi ? m.getLine().getTextVi() : m.getLine().getTextVi() + " (" + m.getLine().getTextEn() + ")");
        s.text(4, vi ? m.getLine().getDirection().getNameVi() : m.getLine().getDirection().getNameEn());
        if (m.getState() == ValueState.SUPPRESSED) {
          s.hidden(5, DisclosureControl.SYMBOL);
        } else {
          s.decimal(5, m.getValue());
        }
        if (m.getPreviousYear().isPresent()) {
          s.count(6, m.getPreviousYear().getAsInt());
        }
        if (m.getPreviousState().filter(ValueState.SUPPRESSED::equals).isPresent()) {
          s.hidden(7, DisclosureControl.SYMBOL);
        } else {
          s.decimal(7, m.getPreviousValue());
        }
        if (m.getStatus() == MonitoringStatus.SUPPRESSED) {
          s.hidden(8, DisclosureControl.SYMBOL);
        } else {
          s.decimal(8, m.getChange());
        }
        s.text(9, vi ? m.getStatus().getNameVi() : m.getStatus().getNameEn());
        s.text(10, m.getStatus().name());
        s.nextRow();
      }
      s.finish();
    }

    /**
     * The gap between the value and the reference as this workbook shows them (the same as the
     * assessment's unless the indicator's other targets ask for more decimals); a miss by exact
     * equality is one unit of the last decimal towards the miss, as {@link TargetAssessment} has it.
     */
    private Optional<BigDecimal> gap(TargetAssessment a, Optional<BigDecimal> value, Optional<BigDecimal> reference) {
      if (a.getStatus() != TargetStatus.NOT_MET || value.isEmpty() || reference.isEmpty()) {
        return a.getGap();
      }
      BigDecimal g = value.get().subtract(reference.get());
      if (g.signum() != 0) {
        return Optional.of(g);
      }
      BigDecimal step = BigDecimal.ONE.movePointLeft(value.get().scale());
      return Optional.of(a.getGap().map(BigDecimal::signum).orElse(1) < 0 ? step.negate() : step);
    }

    private List<String> figureHeader(String first, String second, String third) {
      return vi ? List.of(first, second, third, "Tử số", "Mẫu số", "Giá trị", "Trạng thái")
          : List.of(first, second, third, "Numerator", "Denominator", "Value", "State");
    }

    private void indicators() {
      ReportSheet s = sheet(t("Chỉ tiêu", "Indicators"), t("tổng của mỗi chỉ tiêu", "the total of each indicator"),
          figureHeader(t("Mã chỉ tiêu", "Indicator code"), t("Chỉ tiêu", "Indicator"), t("Đơn vị", "Unit")));
      for (IndicatorResult r : report.getResults()) {
        s.text(0, r.getCode());
        s.text(1, vi ? r.getIndicator().getNameVi() : r.getIndicator().getNameEn());
        s.text(2, vi ? r.getIndicator().getUnit().getNameVi() : r.getIndicator().getUnit().getNameEn());
        total(s, r);
        s.nextRow();
      }
      daysToPlan.ifPresent(m -> {
        s.text(0, ReportCsv.DAYS_TO_PLAN);
        s.text(1, t("Số ngày trung vị từ khi nhận thông tin đến khi kế hoạch hỗ trợ, can thiệp được phê duyệt",
            "Median days from information received to an approved intervention plan"));
        s.text(2, t("ngày (trung vị; số vụ việc ở cột tử số)", "days (median; the cases in the numerator column)"));
        daysToPlanFigures(s, m);
        s.nextRow();
      });
      s.finish();
    }

    /**
     * The median days to an approved plan ({@link MedianDaysToPlan}) in the figure columns: the
     * cases giving it as the numerator, no denominator, the median (a number of one decimal), its
     * state; a hidden median or hidden counts are x, as a hidden total.
     */
    private void daysToPlanFigures(ReportSheet s, MedianDaysToPlan m) {
      if (m.getCases().isPresent()) {
        s.count(3, m.getCases().getAsLong());
      } else {
        s.hidden(3, DisclosureControl.SYMBOL);
      }
      if (m.getState() == ValueState.SUPPRESSED) {
        s.hidden(5, DisclosureControl.SYMBOL);
      } else {
        s.decimal(5, m.getMedian());
      }
      s.text(6, state(m.getState()));
    }

    private void total(ReportSheet s, IndicatorResult r) {
      boolean rate = r.getIndicator().getUnit() == IndicatorUnit.PERCENT;
      if (r.getState() == ValueState.SUPPRESSED) {
        // a sensitive population's small total (a protection-case indicator's): x, as a hidden cell
        s.hidden(3, DisclosureControl.SYMBOL);
        if (rate) {
          s.hidden(4, DisclosureControl.SYMBOL);
        }
        s.hidden(5, DisclosureControl.SYMBOL);
        s.text(6, state(r.getState()));
        return;
      }
      s.count(3, r.getNumerator());
      if (rate) {
        s.count(4, r.getDenominator());
      }
      s.decimal(5, format(r).format(r));
      s.text(6, state(r.getState()));
    }

    /** {@return the value format of an indicator (one for each result, made with the rendering)} */
    private ValueFormat format(IndicatorResult r) {
      ValueFormat f = formats.get(r.getCode());
      return f != null ? f : ValueFormat.of(r, assessments);
    }

    private String state(ValueState state) {
      return switch (state) {
        case VALUE -> t("có số liệu", "value");
        case NO_DATA -> t("không có dữ liệu", "no data");
        default -> t("ẩn", "hidden");
      };
    }

    private void breakdowns(IndicatorResult r, String name) {
      String indicatorName = vi ? r.getIndicator().getNameVi() : r.getIndicator().getNameEn();
      ReportSheet s = sheet(name, r.getCode() + " " + indicatorName + " ("
          + (vi ? r.getIndicator().getUnit().getNameVi() : r.getIndicator().getUnit().getNameEn()) + ")",
          figureHeader(t("Phân tổ", "Dimension"), t("Mã phân tổ", "Dimension code"), t("Nhóm", "Key")));
      s.text(0, t("Tổng", "Total"));
      s.text(1, "total");
      total(s, r);
      s.nextRow();
      boolean rate = r.getIndicator().getUnit() == IndicatorUnit.PERCENT;
      ValueFormat f = format(r);
      for (Map.Entry<BreakdownDimension, List<BreakdownCell>> d : r.getBreakdowns().entrySet()) {
        for (BreakdownCell c : d.getValue()) {
          s.text(0, vi ? d.getKey().getNameVi() : d.getKey().getNameEn());
          s.text(1, d.getKey().getKey());
          // a dimension whose keys are codes (legacy_group): the name, which begins with the number
          s.text(2, vi ? d.getKey().cellNameVi(c.getKey()) : d.getKey().cellNameEn(c.getKey()));
          if (c.getState() == ValueState.SUPPRESSED) {
            s.hidden(3, DisclosureControl.SYMBOL);
            if (rate) {
              s.hidden(4, DisclosureControl.SYMBOL);
            }
            s.hidden(5, DisclosureControl.SYMBOL);
          } else {
            s.count(3, c.getNumerator());
            if (rate) {
              s.count(4, c.getDenominator());
            }
            s.decimal(5, f.format(c));
          }
          s.text(6, state(c.getState()));
          s.nextRow();
        }
      }
      s.finish();
    }

    private void exclusions() {
      ReportSheet s = sheet(t("Loại trừ", "Exclusions"),
          t("trẻ em không tính vào chỉ tiêu, theo lý do", "children left out of each indicator, by reason"),
          vi ? List.of("Mã chỉ tiêu", "Chỉ tiêu", "Mã lý do", "Lý do", "Số trẻ em")
              : List.of("Indicator code", "Indicator", "Reason code", "Reason", "Children"));
      for (IndicatorResult r : report.getResults()) {
        for (ExclusionReason reason : ExclusionReason.values()) {
          Long n = r.getExclusions().get(reason);
          boolean hidden = r.getSuppressedExclusions().contains(reason);
          if (n == null && !hidden) {
            continue;
          }
          s.text(0, r.getCode());
          s.text(1, vi ? r.getIndicator().getNameVi() : r.getIndicator().getNameEn());
          s.text(2, reason.name());
          s.text(3, vi ? reason.getNameVi() : reason.getNameEn());
          if (hidden) {
            s.hidden(4, DisclosureControl.SYMBOL);
          } else if (n != null) {
            s.count(4, n);
          }
          s.nextRow();
        }
      }
      daysToPlan.ifPresent(m -> {
        s.text(0, ReportCsv.DAYS_TO_PLAN);
        s.text(1, t("Số ngày trung vị từ khi nhận thông tin đến khi kế hoạch được phê duyệt",
            "Median days to an approved plan"));
        s.text(2, ReportCsv.NO_APPROVED_PLAN);
        s.text(3, t("Chưa có kế hoạch được phê duyệt (vụ việc)", "No approved plan (cases)"));
        if (m.getExcluded().isPresent()) {
          s.count(4, m.getExcluded().getAsLong());
        } else {
          s.hidden(4, DisclosureControl.SYMBOL);
        }
        s.nextRow();
      });
      s.finish();
    }

    private void dataQuality() {
      ReportSheet s = ReportSheet.start(wb, t("Chất lượng dữ liệu", "Data quality"),
          title + ": " + t("chất lượng dữ liệu đầu vào", "the input's data quality"),
          report.getDataQuality().isPresent() ? note : String.join(". ", plus(notes,
              t("Báo cáo không có số dòng đầu vào", "The report has no counts of input rows"))),
          vi ? List.of("Mã", "Chỉ số", "Số dòng") : List.of("Code", "Measure", "Rows"));
      if (report.getDataQuality().isPresent()) {
        DataQuality q = report.getDataQuality().get();
        row(s, "rowsRead", t("Số dòng đã đọc", "Rows read"), q.getRowsRead());
        row(s, "rowsAccepted", t("Số dòng được nhận", "Rows accepted"), q.getRowsAccepted());
        row(s, "rowsRejected", t("Số dòng bị loại", "Rows rejected"), q.getRowsRejected());
      }
      s.finish();
    }

    private void row(ReportSheet s, String code, String measure, long n) {
      s.text(0, code);
      s.text(1, measure);
      s.count(2, n);
      s.nextRow();
    }

    private void manifestSheet() {
      ReportSheet s = sheet(t("Nguồn", "Manifest"), t("báo cáo được lập từ đâu", "what the report was made from"),
          vi ? List.of("Mục", "Giá trị") : List.of("Item", "Value"));
      List<String[]> rows = new ArrayList<>();
      // the version marker of this output: treem never reads it back, other systems' tests may
      rows.add(new String[] {"format", FORMAT});
      rows.add(new String[] {"version", Integer.toString(VERSION)});
      manifest.ifPresent(m -> rows.add(new String[] {"treem", m.getTreemVersion()}));
      rows.add(new String[] {"year", Integer.toString(report.getYear())});
      rows.add(new String[] {"referenceDate", report.getReferenceDate().toString()});
      rows.add(new String[] {"suppressed", Boolean.toString(published)});
      rows.add(new String[] {"syntheticData", Boolean.toString(isSynthetic())});
      manifest.ifPresent(m -> {
        m.getOptions().forEach((k, v) -> rows.add(new String[] {"option " + k, v}));
        m.getInputs().forEach((k, v) -> rows.add(new String[] {"input " + k + " (sha256)", v}));
        m.getInputEncodings().forEach((k, v) -> rows.add(new String[] {"input " + k + " (encoding)", v}));
        m.getGrowthTables().forEach((k, v) -> rows.add(new String[] {"WHO table " + k + " (sha256)", v}));
      });
      for (String[] r : rows) {
        s.text(0, r[0]);
        s.text(1, r[1]);
        s.nextRow();
      }
      s.finish();
    }
  }

  /**
   * An indicator's sheet name: its code, cut to Excel's 31 characters, characters Excel refuses
   * replaced by {@code _}, and made unique (case-insensitively, as Excel compares them).
   */
  static String sheetName(String code, Set<String> used) {
    String base = code.replaceAll("[\\\\/?*\\[\\]:']", "_");
    if (base.isBlank()) {
      base = "_";
    }
    base = base.length() > 31 ? base.substring(0, 31) : base;
    String name = base;
    for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) {
      String suffix = "~" + i;
      name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
    }
    return name;
  }
}
