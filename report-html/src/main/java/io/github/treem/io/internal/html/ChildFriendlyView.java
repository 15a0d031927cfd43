package io.github.treem.io.internal.html;

import io.github.treem.io.report.ChildFriendlyStanding;
import java.util.ArrayList;
import java.util.List;

/**
 * The score card of the child-friendly commune standard as the HTML report shows it: texts in one
 * language, every provisional figure marked, hidden values as {@code x}. Built from the
 * document's {@link ChildFriendlyStanding}; the template only places these values.
 *
 * @param heading the section's h2
 * @param intro the legal basis, the table and the synthetic mark
 * @param colCriterion header of the criterion column
 * @param colPoints header of the points column
 * @param colStatus header of the status column
 * @param colItem header of the items column
 * @param rows one row per criterion
 * @param summary the total, threshold and status, with the provisional outcome when undecided
 * @param status the CSS status class: {@code met}, {@code not-met}, {@code no-data}
 * @param reasons the reasons for the status
 * @param provisionalNote the note on the provisional mark, empty when nothing is provisional
 */
public record ChildFriendlyView(String heading, String intro, String colCriterion, String colPoints, String colStatus,
    String colItem, List<CriterionRow> rows, String summary, String status, List<String> reasons,
    String provisionalNote) {

  /**
   * One criterion.
   *
   * @param number its number
   * @param name its name
   * @param points points of maximum, with the provisional mark
   * @param status met, not met, no data, in words
   * @param items its items, each "id: value (source) → points"
   */
  public record CriterionRow(int number, String name, String points, String status, List<String> items) {}

  /**
   * The view of a standing.
   *
   * @param s the standing
   * @param vi true for Vietnamese
   * @return the view
   */
  public static ChildFriendlyView of(ChildFriendlyStanding s, boolean vi) {
    List<CriterionRow> rows = new ArrayList<>();
    for (ChildFriendlyStanding.CriterionLine c : s.getCriteria()) {
      List<String> items = new ArrayList<>();
      for (ChildFriendlyStanding.ItemLine i : c.items()) {
        String value = i.valueText(vi);
        String source = i.source().map(x -> vi ? x.getNameVi() : x.getNameEn()).orElse(vi ? "không có số liệu" : "no value");
        items.add(i.id() + " " + (vi ? i.nameVi() : i.nameEn()) + ": " + value + " (" + source + ") → "
            + i.points().map(p -> p + (vi ? " điểm" : " points")).orElse("–") + (i.provisional() ? " *" : ""));
      }
      rows.add(new CriterionRow(c.number(), vi ? c.nameVi() : c.nameEn(),
          c.points() + "/" + c.maximum() + (c.provisional() ? " *" : ""),
          vi ? c.status().getNameVi() : c.status().getNameEn(), List.copyOf(items)));
    }
    String status;
    switch (s.getStatus()) {
      case RECOGNISED -> status = "met";
      case NOT_RECOGNISED -> status = "not-met";
      default -> status = "no-data";
    }
    return new ChildFriendlyView(vi ? "Tiêu chuẩn xã phù hợp với trẻ em" : "Child-friendly commune standard",
        s.getLegalBasis() + "; " + (vi ? "bảng điểm " : "scoring table ") + s.getTableId() + " " + s.getTableVersion()
            + (s.isSynthetic() ? (vi ? "; bản tự đánh giá là dữ liệu mẫu" : "; the self-assessment is synthetic") : ""),
        vi ? "Tiêu chí" : "Criterion", vi ? "Điểm" : "Points", vi ? "Kết quả" : "Status", vi ? "Mục" : "Items",
        List.copyOf(rows), s.explanation(vi), status,
        s.getReasons().stream().map(r -> vi ? r.getMessageVi() : r.getMessageEn()).toList(),
        s.isProvisional() ? (vi ? "* tạm tính: mức điểm chưa được xác nhận; xã không được kết luận đạt chuẩn trên thang"
            + " điểm tạm tính." : "* provisional: an unconfirmed band; a commune is never declared recognised on"
            + " provisional bands.") : "");
  }
}
