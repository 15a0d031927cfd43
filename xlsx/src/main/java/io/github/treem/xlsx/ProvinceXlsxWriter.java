package io.github.treem.xlsx;

import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.indicators.ValueState;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.submission.ProvinceRollUp;
import io.github.treem.io.submission.ProvinceStanding;
import io.github.treem.xlsx.internal.ReportSheet;
import io.github.treem.xlsx.internal.WorkbookOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.dhatim.fastexcel.Workbook;

/**
 * The province's workbook of a merge ({@code treem merge --format xlsx --plan ...}): the
 * province's view of its communes first, then every sheet of the merged report as
 * {@link ReportXlsxWriter} writes it. The province's sheets, in order:
 * <ol>
 *   <li>{@code Tổng hợp tỉnh} / {@code Province summary}: one row per target of the plan: its
 *       indicator, condition and threshold, the province's value and status, and the number of
 *       communes that meet it, do not, are hidden, have no data or sent nothing;</li>
 *   <li>one sheet per target, named {@code #} and the target's id ({@code #TC1.1}): the province,
 *       each district (before 1 July 2025) and each commune, with value, status, gap, the rank of a
 *       commune that does not meet it (the furthest first) and the communes received of those
 *       expected;</li>
 *   <li>{@code Các xã} / {@code Communes}: one row per commune of the merge's date: its district,
 *       whether it sent its submission, and its value and status for each target;</li>
 *   <li>{@code Độ phủ} / {@code Coverage}: the communes received of those expected per district
 *       and province, then the communes that sent nothing.</li>
 * </ol>
 *
 * <p><b>Figures.</b> The published figures only ({@link ProvinceStanding}), in the layout of
 * every treem workbook (title, notes, header frozen; a rate a number with exactly its shown
 * decimals; a hidden figure the text {@value DisclosureControl#SYMBOL}, with the note on every
 * sheet; no formula). A merge asked for unsuppressed ({@code --no-suppression}) says on every sheet
 * that it is for internal use only.
 *
 * <pre>{@code
 * ProvinceRollUp.Result merged = ProvinceRollUp.builder().plan(plan).build().merge(submissions);
 * ProvinceXlsxWriter.of(merged).withLanguage(Language.EN).writeTo(Path.of("tinh.xlsx"));
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe; FastExcel writes the workbook.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProvinceXlsxWriter {
  private final ProvinceRollUp.Result merge;
  private final ProvinceStanding standing;
  private final ReportDocument document;
  private final Language language;

  private ProvinceXlsxWriter(ProvinceRollUp.Result merge, Language language) {
    this.merge = merge;
    this.standing = merge.getStanding().orElseThrow(
        () -> new IllegalArgumentException("the merge has no plan: the province's workbook needs its targets"));
    this.document = merge.getDocument().orElseThrow();
    this.language = language;
  }

  /**
   * The workbook of a merge, in Vietnamese.
   *
   * @param merge a merge made with the province's plan ({@link ProvinceRollUp.Result#getStanding()}
   *     present)
   * @return the writer
   * @throws IllegalArgumentException when the merge has no plan or merged nothing
   */
  public static ProvinceXlsxWriter of(ProvinceRollUp.Result merge) {
    Objects.requireNonNull(merge, "merge must not be null");
    if (merge.getDocument().isEmpty()) {
      throw new IllegalArgumentException("no submission was merged: there is nothing to write");
    }
    return new ProvinceXlsxWriter(merge, Language.VI);
  }

  /**
   * A copy in another language.
   *
   * @param language the language
   * @return the copy
   */
  public ProvinceXlsxWriter withLanguage(Language language) {
    return new ProvinceXlsxWriter(merge, Objects.requireNonNull(language, "language must not be null"));
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
    ReportXlsxWriter report = document.isUnsuppressedForInternalUse()
        ? ReportXlsxWriter.unsuppressedForInternalUse(document) : ReportXlsxWriter.of(document.published());
    report.withLanguage(language).writeSheets(wb);
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

  @Override
  public String toString() {
    return "ProvinceXlsxWriter{targets=" + standing.getTargets().size() + ", language=" + language + "}";
  }

  /** One rendering in the writer's language. */
  private final class Render {
    private final Workbook wb;
    private final boolean vi = language == Language.VI;
    private final String title;
    private final String note;

    Render(Workbook wb) {
      this.wb = wb;
      LocalDate ref = document.getReport().getReferenceDate();
      this.title = vi
          ? "Tổng hợp của tỉnh năm " + document.getReport().getYear() + " (ngày tham chiếu "
              + String.format(Locale.ROOT, "%02d/%02d/%04d", ref.getDayOfMonth(), ref.getMonthValue(), ref.getYear()) + ")"
          : "Province roll-up, year " + document.getReport().getYear() + " (reference date " + ref + ")";
      List<String> notes = new ArrayList<>();
      if (document.isUnsuppressedForInternalUse()) {
        notes.add(t("KHÔNG ẩn số nhỏ: chỉ dùng nội bộ, không được công bố", "NOT suppressed: internal use only, never publish"));
      }
      if (document.getManifest().map(ReportManifest::isSyntheticData).orElse(false)) {
        notes.add(t(ReportManifest.SYNTHETIC_VI, ReportManifest.SYNTHETIC_EN));
      }
      boolean hidden = standing.getTargets().stream().anyMatch(x -> x.getCommunesHidden() > 0
          || x.getDistricts().stream().anyMatch(a -> a.getState() == ValueState.SUPPRESSED)
          || x.getProvinces().stream().anyMatch(a -> a.getState() == ValueState.SUPPRESSED));
      if (hidden) {
        notes.add(vi ? DisclosureControl.NOTE_VI : DisclosureControl.NOTE_EN);
      }
      this.note = String.join(". ", notes);
    }

    private String t(String textVi, String textEn) {
      return vi ? textVi : textEn;
    }

    private ReportSheet sheet(String name, String sheetTitle, List<String> header) {
      return ReportSheet.start(wb, name, title + ": " + sheetTitle, note, header);
    }

    void all() {
      Set<String> used = new HashSet<>();
      // the report's own sheets come after these: keep their names free
      for (String fixed : List.of(t("Mục tiêu", "Targets"), t("Chỉ tiêu", "Indicators"), t("Loại trừ", "Exclusions"),
          t("Chất lượng dữ liệu", "Data quality"), t("Nguồn", "Manifest"), t("Tổng hợp tỉnh", "Province summary"),
          t("Các xã", "Communes"), t("Độ phủ", "Coverage"))) {
        used.add(fixed.toLowerCase(Locale.ROOT));
      }
      document.getReport().getResults().forEach(r -> used.add(r.getCode().toLowerCase(Locale.ROOT)));
      summary();
      for (ProvinceStanding.TargetStanding ts : standing.getTargets()) {
        target(ts, ReportXlsxWriter.sheetName("#" + ts.getTarget().getId(), used));
      }
      communes();
      coverage();
    }

    private String indicatorName(Target target) {
      return Indicators.fromCode(target.getIndicatorCode()).map(i -> vi ? i.getNameVi() : i.getNameEn()).orElse("");
    }

    private String condition(Target target) {
      return vi ? target.getComparator().getNameVi() : target.getComparator().getNameEn();
    }

    private Optional<BigDecimal> threshold(Target target) {
      return target.getComparator() == TargetComparator.INCREASE ? target.getBaseline() : target.getThreshold();
    }

    private String status(ProvinceStanding.AreaStanding a) {
      if (a.getState() == ValueState.SUPPRESSED) {
        return t("bị ẩn", "hidden");
      }
      if (a.getExpected() > 0 && a.getReceived() == 0) {
        return t("chưa gửi", "sent nothing");
      }
      TargetStatus s = a.getAssessment().getStatus();
      return vi ? s.getNameVi() : s.getNameEn();
    }

    private void value(ReportSheet s, int column, ProvinceStanding.AreaStanding a) {
      if (a.getState() == ValueState.SUPPRESSED) {
        s.hidden(column, DisclosureControl.SYMBOL);
      } else {
        s.decimal(column, a.getValue());
      }
    }

    private void summary() {
      ReportSheet s = sheet(t("Tổng hợp tỉnh", "Province summary"), t("các xã so với chỉ tiêu", "communes against the targets"),
          vi ? List.of("Mã mục tiêu", "Mã chỉ tiêu", "Chỉ tiêu", "Điều kiện", "Ngưỡng", "Tỉnh", "Giá trị của tỉnh",
              "Đánh giá của tỉnh", "Số xã", "Xã đạt", "Xã không đạt", "Xã bị ẩn", "Xã không có dữ liệu", "Xã chưa gửi")
              : List.of("Target", "Indicator code", "Indicator", "Condition", "Threshold", "Province", "Province value",
                  "Province status", "Communes", "Met", "Not met", "Hidden", "No data", "Sent nothing"));
      for (ProvinceStanding.TargetStanding ts : standing.getTargets()) {
        Target target = ts.getTarget();
        for (ProvinceStanding.AreaStanding p : ts.getProvinces().isEmpty() ? List.<ProvinceStanding.AreaStanding>of()
            : ts.getProvinces()) {
          s.text(0, target.getId());
          s.text(1, target.getIndicatorCode());
          s.text(2, indicatorName(target));
          s.text(3, condition(target));
          s.decimal(4, threshold(target));
          s.text(5, p.getName() + " (" + p.getCode() + ")");
          value(s, 6, p);
          s.text(7, status(p));
          s.count(8, ts.getCommunes().size());
          s.count(9, ts.getCommunesMet());
          s.count(10, ts.getCommunesNotMet().size());
          s.count(11, ts.getCommunesHidden());
          s.count(12, ts.getCommunesNoData());
          s.count(13, ts.getCommunesMissing().size());
          s.nextRow();
        }
      }
      s.finish();
    }

    private void target(ProvinceStanding.TargetStanding ts, String name) {
      Target target = ts.getTarget();
      ReportSheet s = sheet(name, target.getId() + " · " + indicatorName(target) + " (" + condition(target)
          + threshold(target).map(v -> " " + v.toPlainString()).orElse("") + ")",
          vi ? List.of("Cấp", "Mã", "Tên", "Giá trị", "Đánh giá", "Chênh lệch", "Hạng (không đạt)", "Xã đã gửi",
              "Xã dự kiến")
              : List.of("Level", "Code", "Name", "Value", "Status", "Gap", "Rank (not met)", "Communes received",
                  "Communes expected"));
      Map<String, Integer> rank = new HashMap<>();
      List<ProvinceStanding.AreaStanding> notMet = ts.getCommunesNotMet();
      for (int i = 0; i < notMet.size(); i++) {
        rank.put(notMet.get(i).getCode(), i + 1);
      }
      for (AdministrativeLevel l : List.of(AdministrativeLevel.PROVINCE, AdministrativeLevel.DISTRICT,
          AdministrativeLevel.COMMUNE)) {
        for (ProvinceStanding.AreaStanding a : ts.areas(l)) {
          s.text(0, vi ? l.getNameVi() : l.getNameEn());
          s.text(1, a.getCode());
          s.text(2, a.getName());
          value(s, 3, a);
          s.text(4, status(a));
          s.decimal(5, a.getAssessment().getGap());
          Integer r = rank.get(a.getCode());
          if (l == AdministrativeLevel.COMMUNE && r != null) {
            s.count(6, r);
          }
          s.count(7, a.getReceived());
          s.count(8, a.getExpected());
          s.nextRow();
        }
      }
      s.finish();
    }

    private void communes() {
      List<String> header = new ArrayList<>(vi ? List.of("Mã xã", "Tên xã", "Huyện", "Đã gửi")
          : List.of("Commune code", "Commune", "District", "Received"));
      for (ProvinceStanding.TargetStanding ts : standing.getTargets()) {
        header.add(ts.getTarget().getId() + t(" giá trị", " value"));
        header.add(ts.getTarget().getId() + t(" đánh giá", " status"));
      }
      ReportSheet s = sheet(t("Các xã", "Communes"), t("mỗi xã với mọi chỉ tiêu", "each commune against every target"),
          header);
      if (standing.getTargets().isEmpty()) {
        s.finish();
        return;
      }
      List<ProvinceStanding.AreaStanding> list = standing.getTargets().get(0).getCommunes();
      Map<String, String> districts = districtsOf();
      for (int i = 0; i < list.size(); i++) {
        ProvinceStanding.AreaStanding c = list.get(i);
        s.text(0, c.getCode());
        s.text(1, c.getName());
        s.text(2, c.getParentCode().map(d -> districts.getOrDefault(d, "")).orElse(""));
        s.text(3, c.getReceived() > 0 ? t("có", "yes") : t("chưa", "no"));
        int col = 4;
        for (ProvinceStanding.TargetStanding ts : standing.getTargets()) {
          ProvinceStanding.AreaStanding a = ts.getCommunes().get(i);
          value(s, col, a);
          s.text(col + 1, status(a));
          col += 2;
        }
        s.nextRow();
      }
      s.finish();
    }

    /** The name of each district, by code. */
    private Map<String, String> districtsOf() {
      Map<String, String> out = new HashMap<>();
      if (!standing.getTargets().isEmpty()) {
        standing.getTargets().get(0).getDistricts().forEach(d -> out.put(d.getCode(), d.getName() + " (" + d.getCode() + ")"));
      }
      return out;
    }

    private void coverage() {
      ReportSheet s = sheet(t("Độ phủ", "Coverage"), t("các xã đã gửi và chưa gửi báo cáo", "communes received and missing"),
          vi ? List.of("Cấp", "Mã", "Tên", "Xã đã gửi", "Xã dự kiến", "Tỷ lệ đã gửi (%)")
              : List.of("Level", "Code", "Name", "Communes received", "Communes expected", "Received (%)"));
      List<ProvinceStanding.AreaStanding> areas = new ArrayList<>();
      if (!standing.getTargets().isEmpty()) {
        areas.addAll(standing.getTargets().get(0).getProvinces());
        areas.addAll(standing.getTargets().get(0).getDistricts());
      }
      for (ProvinceStanding.AreaStanding a : areas) {
        s.text(0, vi ? a.getLevel().getNameVi() : a.getLevel().getNameEn());
        s.text(1, a.getCode());
        s.text(2, a.getName());
        s.count(3, a.getReceived());
        s.count(4, a.getExpected());
        if (a.getExpected() > 0) {
          s.decimal(5, Optional.of(BigDecimal.valueOf(a.getReceived() * 100)
              .divide(BigDecimal.valueOf(a.getExpected()), 2, java.math.RoundingMode.HALF_UP)));
        }
        s.nextRow();
      }
      s.nextRow();
      s.text(0, t("Các xã chưa gửi báo cáo", "Communes that sent nothing"));
      s.nextRow();
      for (AdministrativeUnit m : merge.getMissing()) {
        s.text(0, vi ? m.getLevel().getNameVi() : m.getLevel().getNameEn());
        s.text(1, m.getCode());
        s.text(2, m.getName());
        s.count(3, 0);
        s.count(4, 1);
        s.nextRow();
      }
      s.finish();
    }
  }
}
