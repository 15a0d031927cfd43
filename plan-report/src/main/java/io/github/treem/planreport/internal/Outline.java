package io.github.treem.planreport.internal;

import io.github.treem.core.plan.CitationCorrection;
import io.github.treem.core.plan.DateSpan;
import io.github.treem.core.plan.ItemProgress;
import io.github.treem.core.plan.ItemStatus;
import io.github.treem.core.plan.ProgressBasis;
import io.github.treem.core.plan.Recipient;
import io.github.treem.indicators.MonitoringAssessment;
import io.github.treem.indicators.MonitoringStatus;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.indicators.ValueState;
import io.github.treem.planreport.ActivityLine;
import io.github.treem.planreport.ChildFriendlyResult;
import io.github.treem.planreport.EventLine;
import io.github.treem.planreport.Figure;
import io.github.treem.planreport.FigureLine;
import io.github.treem.planreport.FundingLine;
import io.github.treem.planreport.ImplementationReport;
import io.github.treem.planreport.ItemLine;
import io.github.treem.planreport.NotDoneLine;
import io.github.treem.planreport.ReachLine;
import io.github.treem.planreport.TargetLine;
import io.github.treem.planreport.UnitPart;
import io.github.treem.planreport.internal.Block.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The body of a report as blocks (headings, paragraphs, tables, notes): the one place where the
 * report's wording is made, so that the Word and HTML documents say the same.
 */
public final class Outline {
  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};
  /** The note under a table with hidden figures. */
  public static final String SUPPRESSED_NOTE = "x: số liệu được ẩn để bảo vệ trẻ em (số nhỏ, hoặc để không suy ra được số nhỏ).";

  private final ImplementationReport report;
  private final List<Block> blocks = new ArrayList<>();
  private int section;

  private Outline(ImplementationReport report) {
    this.report = report;
  }

  /**
   * The body of a report, from the opening paragraph to the notes after the closing.
   *
   * @param report the report
   * @return the blocks, in order
   */
  public static List<Block> body(ImplementationReport report) {
    Outline o = new Outline(report);
    o.build();
    return List.copyOf(o.blocks);
  }

  /**
   * The recipients as the "Nơi nhận" lines: "- UBND huyện (để báo cáo);", the last ending without ";".
   *
   * @param recipients the recipients
   * @return the lines
   */
  public static List<String> recipientLines(List<Recipient> recipients) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < recipients.size(); i++) {
      Recipient r = recipients.get(i);
      String purpose = r.getPurposeVi().map(x -> " (" + x.substring(0, 1).toLowerCase(Locale.ROOT) + x.substring(1) + ")").orElse("");
      String end = i == recipients.size() - 1 || r.getNameVi().endsWith(".") ? "" : ";";
      out.add("- " + r.getNameVi() + purpose + end);
    }
    return out;
  }

  private void build() {
    paragraph(report.getOpeningVi());
    targets();
    units();
    reach();
    funding();
    notDone();
    heading("ĐỀ XUẤT, KIẾN NGHỊ");
    blocks.add(Block.of(report.isProposalsPlaceholder() ? Kind.PLACEHOLDER : Kind.PARAGRAPH, report.getProposalsVi()));
    paragraph(report.getClosingVi());
    for (String n : report.getNotesVi()) {
      note("Ghi chú: " + n);
    }
  }

  private void heading(String text) {
    blocks.add(Block.of(Kind.HEADING, ROMAN[section++] + ". " + text));
  }

  private void paragraph(String text) {
    blocks.add(Block.paragraph(text, ""));
  }

  private void note(String text) {
    blocks.add(Block.of(Kind.NOTE, text));
  }

  private void table(List<String> head, List<Integer> widths, List<List<String>> rows, List<Boolean> numeric, int boldRow) {
    blocks.add(Block.table(head, rows, numeric, widths, boldRow));
  }

  // ---- I. targets

  private void targets() {
    heading("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
    if (!report.isTargetsBound()) {
      paragraph("Chưa có số liệu đánh giá các chỉ tiêu cho kỳ báo cáo (cần tổng hợp từ sổ theo dõi trẻ em).");
    }
    if (!report.getTargets().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      int n = 1;
      for (TargetLine t : report.getTargets()) {
        rows.add(List.of(Integer.toString(n++), t.textVi(), t.referenceText(), Texts.figure(t.previousValue(), t.unit()),
            Texts.figure(t.value(), t.unit()), assessment(t)));
      }
      table(List.of("TT", "Chỉ tiêu", "Kế hoạch", "Năm trước", "Kết quả", "Đánh giá"),
          List.of(567, 3458, 1134, 1134, 1134, 1928), rows, List.of(false, false, false, true, true, false), -1);
      if (report.getTargets().stream().anyMatch(t -> t.value().isSuppressed() || t.previousValue().isSuppressed())) {
        note(SUPPRESSED_NOTE);
      }
      // where an indicator measures less than the target's sentence: one line each
      for (String c : report.getCaveatsVi()) {
        note("Lưu ý: " + c);
      }
    }
    monitoring();
    report.getChildFriendly().ifPresent(c -> paragraph(childFriendly(c)));
    if (!report.getCaseFigures().isEmpty()) {
      blocks.add(Block.of(Kind.SUBHEADING, "Công tác bảo vệ trẻ em (các trường hợp trẻ em cần được bảo vệ):"));
      List<List<String>> rows = new ArrayList<>();
      for (FigureLine f : report.getCaseFigures()) {
        rows.add(List.of(f.getLabelVi(), Texts.figure(f.getValue()), Texts.figure(f.getPreviousValue())));
      }
      table(List.of("Nội dung", "Kỳ báo cáo", "Cùng kỳ năm trước"), List.of(5103, 2126, 2126), rows,
          List.of(false, true, true), -1);
      if (report.getCaseFigures().stream().anyMatch(f -> f.getValue().isSuppressed() || f.getPreviousValue().isSuppressed())) {
        note(SUPPRESSED_NOTE);
      }
    }
  }

  /**
   * The plan's aims without a number (monitoring lines): the plan's words, last year's value, this
   * year's, the change and its direction; never "đạt" or "không đạt". A hidden value is x, and so
   * are the change and the direction beside it.
   */
  private void monitoring() {
    if (report.getMonitoring().isEmpty()) {
      return;
    }
    blocks.add(Block.of(Kind.SUBHEADING, "Các mục tiêu kế hoạch nêu nhưng không đặt số (theo dõi, không đánh giá đạt hay không đạt):"));
    List<List<String>> rows = new ArrayList<>();
    int n = 1;
    boolean hidden = false;
    for (MonitoringAssessment m : report.getMonitoring()) {
      String unit = io.github.treem.indicators.Indicator.ofCode(m.getIndicatorCode())
          .map(i -> i.getUnit() == io.github.treem.indicators.IndicatorUnit.PERCENT ? "%" : "").orElse("%");
      String before = m.getPreviousState().map(st -> shown(st, m.getPreviousValue(), unit)).orElse("–");
      String now = shown(m.getState(), m.getValue(), unit);
      String change = m.getStatus() == MonitoringStatus.SUPPRESSED ? Figure.suppressed().toString()
          : m.getChange().map(c -> (c.signum() > 0 ? "+" : "") + Texts.decimal(c)).orElse("–");
      hidden |= m.getStatus() == MonitoringStatus.SUPPRESSED;
      rows.add(List.of(Integer.toString(n++), m.getLine().getTextVi() + " (mong muốn: " + m.getLine().getDirection().getNameVi()
          + ")", before, now, change, m.getStatus().getNameVi()));
    }
    table(List.of("TT", "Mục tiêu (nguyên văn kế hoạch)", "Năm trước", "Kết quả", "Thay đổi", "Hướng thay đổi"),
        List.of(567, 3458, 1134, 1134, 1134, 1928), rows, List.of(false, false, true, true, true, false), -1);
    if (hidden) {
      note(SUPPRESSED_NOTE);
    }
  }

  private static String shown(ValueState state, Optional<BigDecimal> value, String unit) {
    Figure f = switch (state) {
      case SUPPRESSED -> Figure.suppressed();
      case NO_DATA -> Figure.noData();
      case VALUE -> value.map(Figure::of).orElseGet(Figure::noData);
    };
    return Texts.figure(f, unit);
  }

  static String assessment(TargetLine t) {
    if (t.status() == TargetStatus.NOT_MET && t.gap().isPresent()) {
      return t.status().getNameVi() + " (" + Texts.decimal(t.gap().get()) + ")";
    }
    return t.status().getNameVi();
  }

  static String childFriendly(ChildFriendlyResult c) {
    return "Xã phù hợp với trẻ em (Quyết định 06/QĐ-TTg): tự đánh giá năm " + c.getYear() + " đạt "
        + Texts.decimal(c.getPoints()) + " điểm (yêu cầu " + Texts.decimal(c.getThreshold()) + " điểm), " + c.getCriteriaMet()
        + "/" + c.getCriteriaCount() + " tiêu chí đạt; " + (c.isStandardMet() ? "đạt" : "chưa đạt") + " tiêu chuẩn"
        + c.getPreviousPoints().map(p -> " (năm trước: " + Texts.decimal(p) + " điểm)").orElse("") + "."
        + (c.isProvisional() ? " Điểm một số tiêu chí là tạm tính." : "");
  }

  // ---- II. units

  private void units() {
    heading("KẾT QUẢ THỰC HIỆN NHIỆM VỤ CỦA CÁC ĐƠN VỊ");
    int n = 1;
    for (UnitPart u : report.getUnits()) {
      blocks.add(Block.of(Kind.SUBHEADING, n++ + ". " + u.nameVi()));
      for (ItemLine i : u.duties()) {
        item(i);
      }
      if (!u.ledItems().isEmpty()) {
        paragraph("Các nhiệm vụ, giải pháp do đơn vị chủ trì:");
        for (ItemLine i : u.ledItems()) {
          item(i);
        }
      }
      if (u.activities().isEmpty()) {
        paragraph("Hoạt động trong kỳ: chưa ghi nhận.");
      } else {
        paragraph("Hoạt động trong kỳ (" + u.activities().size() + "):");
        for (ActivityLine a : u.activities()) {
          paragraph("+ " + activity(a));
        }
      }
    }
  }

  private void item(ItemLine i) {
    blocks.add(Block.paragraph("- " + i.textVi() + corrections(i.citationCorrections()) + " (" + i.itemId() + "): ",
        status(i.progress())));
  }

  /**
   * The corrections of an item's citations, printed beside its verbatim text:
   * " [đính chính: “…” là Quyết định 06/QĐ-TTg …]".
   */
  static String corrections(List<CitationCorrection> corrections) {
    StringBuilder b = new StringBuilder();
    for (CitationCorrection c : corrections) {
      b.append(" [đính chính: “").append(c.getAsWritten()).append("” là ").append(c.getCorrected()).append(']');
    }
    return b.toString();
  }

  /** The status in words, with what it rests on and the reason: "đang thực hiện (3 hoạt động)". */
  static String status(ItemProgress p) {
    StringBuilder b = new StringBuilder(p.getStatus().getNameVi());
    List<String> notes = new ArrayList<>();
    if (p.getActivityCount() > 0) {
      notes.add(p.getActivityCount() + " hoạt động");
    }
    if (p.getBasis() == ProgressBasis.OFFICER) {
      notes.add("theo đánh giá của cán bộ");
    } else if (p.getBasis() == ProgressBasis.EVENTS_HELD) {
      notes.add("đã tổ chức các sự kiện");
    }
    if (!notes.isEmpty()) {
      b.append(" (").append(String.join("; ", notes)).append(')');
    }
    if (p.getStatus() == ItemStatus.NOT_DONE) {
      b.append(". Lý do: ").append(p.getReasonVi().orElse("chưa ghi lý do"));
    }
    p.getNoteVi().ifPresent(x -> b.append(". ").append(x));
    return b.toString();
  }

  /** An activity in a line: date, what, items, partners, cost (never a count of children). */
  static String activity(ActivityLine a) {
    StringBuilder b = new StringBuilder(Texts.shortDate(a.date()));
    a.endDate().ifPresent(e -> b.append(" - ").append(Texts.shortDate(e)));
    b.append(": ").append(a.whatVi()).append(" (").append(String.join(", ", a.itemIds()));
    if (!a.cooperatingUnitNamesVi().isEmpty()) {
      b.append("; phối hợp: ").append(String.join(", ", a.cooperatingUnitNamesVi()));
    }
    if (a.costDong() > 0) {
      b.append("; kinh phí ").append(Texts.number(a.costDong())).append(" đồng");
    }
    return b.append(')').toString();
  }

  // ---- III. activities and people reached

  private void reach() {
    heading("HOẠT ĐỘNG VÀ SỐ NGƯỜI ĐƯỢC TIẾP CẬN");
    paragraph("Trong kỳ báo cáo đã tổ chức " + report.getActivityCount() + " hoạt động.");
    if (!report.getReach().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (ReachLine r : report.getReach()) {
        rows.add(reachRow(r.kind().orElseThrow().getNameVi(), r));
      }
      rows.add(reachRow("Tổng số", report.getReachTotal()));
      table(List.of("Loại hoạt động", "Số hoạt động", "Trẻ em (lượt)", "Trẻ em gái", "Trẻ em trai", "Cha mẹ", "Cộng tác viên", "Khác"),
          List.of(2835, 1020, 964, 850, 850, 964, 964, 908), rows,
          List.of(false, true, true, true, true, true, true, true), rows.size() - 1);
      report.getReachNotesVi().forEach(this::note);
    }
    for (EventLine e : report.getEvents()) {
      paragraph("- " + e.nameVi() + e.days().map(s -> " (" + span(s) + ")").orElse("") + ": "
          + (e.activityCount() == 0 ? "chưa ghi nhận hoạt động trong kỳ." : e.activityCount() + " hoạt động."));
    }
  }

  private static String span(DateSpan s) {
    return s.lengthInDays() == 1 ? Texts.shortDate(s.getStart()) : Texts.shortDate(s.getStart()) + " - " + Texts.shortDate(s.getEnd());
  }

  private static List<String> reachRow(String label, ReachLine r) {
    return List.of(label, Integer.toString(r.activityCount()), Texts.figure(r.children().getTotal()),
        Texts.figure(r.children().getFemale()), Texts.figure(r.children().getMale()), Texts.number(r.parents()),
        Texts.number(r.collaborators()), Texts.number(r.others()));
  }

  // ---- IV. funding

  private void funding() {
    heading("KINH PHÍ THỰC HIỆN");
    report.getFundingTextVi().ifPresent(t -> paragraph("Theo kế hoạch: " + t));
    if (!report.getFundingBySource().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      long spent = 0;
      long planned = 0;
      boolean allPlanned = true;
      for (FundingLine f : report.getFundingBySource()) {
        rows.add(List.of(f.sourceNameVi(), Texts.dong(f.plannedDong()), Texts.number(f.spentDong()), share(f.plannedDong(), f.spentDong())));
        spent = Math.addExact(spent, f.spentDong());
        allPlanned &= f.plannedDong().isPresent();
        planned = Math.addExact(planned, f.plannedDong().orElse(0));
      }
      OptionalLong totalPlanned = allPlanned ? OptionalLong.of(planned) : OptionalLong.empty();
      rows.add(List.of("Tổng số", Texts.dong(totalPlanned), Texts.number(spent), share(totalPlanned, spent)));
      table(List.of("Nguồn kinh phí", "Dự kiến (đồng)", "Đã chi trong kỳ (đồng)", "Tỷ lệ đã chi"), List.of(3685, 1890, 1890, 1890),
          rows, List.of(false, true, true, true), rows.size() - 1);
      if (report.getFundingBySource().stream().allMatch(f -> f.plannedDong().isEmpty())) {
        note("Kế hoạch không ghi số kinh phí dự kiến theo nguồn.");
      }
    }
    if (!report.getFundingByItem().isEmpty()) {
      paragraph("Theo nhiệm vụ (kinh phí của một hoạt động tính cho mục đầu tiên mà hoạt động phục vụ):");
      List<List<String>> rows = new ArrayList<>();
      for (FundingLine f : report.getFundingByItem()) {
        rows.add(List.of(f.itemId().orElse(""), f.sourceNameVi(), Texts.dong(f.plannedDong()), Texts.number(f.spentDong()),
            share(f.plannedDong(), f.spentDong())));
      }
      table(List.of("Mục", "Nguồn kinh phí", "Dự kiến (đồng)", "Đã chi (đồng)", "Tỷ lệ"), List.of(1134, 3685, 1701, 1701, 1134),
          rows, List.of(false, false, true, true, true), -1);
    }
  }

  /** Spent over planned, in percent with one decimal ("—" when nothing is planned). */
  static String share(OptionalLong planned, long spent) {
    if (planned.isEmpty() || planned.getAsLong() <= 0) {
      return "—";
    }
    BigDecimal pct = BigDecimal.valueOf(spent).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(planned.getAsLong()), 1, RoundingMode.HALF_UP);
    return Texts.decimal(pct) + "%";
  }

  // ---- V. not done

  private void notDone() {
    heading("NHỮNG VIỆC CHƯA THỰC HIỆN ĐƯỢC VÀ NGUYÊN NHÂN");
    if (report.getNotDone().isEmpty() && report.getTargetsNotMet().isEmpty()) {
      paragraph("Không có nhiệm vụ nào được đánh giá là chưa thực hiện được trong kỳ.");
    }
    for (NotDoneLine n : report.getNotDone()) {
      paragraph("- " + n.textVi() + corrections(n.citationCorrections()) + " (" + n.itemId() + "): " + n.status().getNameVi() + ". Lý do: "
          + n.reasonVi().orElse("chưa ghi lý do") + ".");
    }
    for (TargetLine t : report.getTargetsNotMet()) {
      paragraph("- Chỉ tiêu \"" + t.textVi() + "\": không đạt (kết quả " + Texts.figure(t.value(), t.unit()) + ", kế hoạch "
          + t.referenceText() + ").");
    }
  }
}
