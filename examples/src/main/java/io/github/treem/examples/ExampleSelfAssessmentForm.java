package io.github.treem.examples;

import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.cfc.ChildFriendlyScorer;
import io.github.treem.indicators.cfc.ScoreCard;
import io.github.treem.indicators.cfc.ScoringInput;
import io.github.treem.indicators.cfc.ScoringTable;
import io.github.treem.indicators.cfc.SelfAssessment;
import io.github.treem.indicators.synthetic.SyntheticSelfAssessment;
import io.github.treem.io.report.SelfAssessmentCsv;
import io.github.treem.io.report.SelfAssessmentCsvReading;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario: a commune system hands its officer the child-friendly self-assessment as a CSV form
 * (one row per item of the scoring table), the officer fills it in a spreadsheet, and the system
 * reads it back: every problem on its row, the table's checks placed on their rows, then the score
 * card. Here the "filled" form is the synthetic self-assessment of Quảng Vinh written as a form,
 * with one item's evidence note left out, as an officer might forget it.
 */
public final class ExampleSelfAssessmentForm {
  private ExampleSelfAssessmentForm() {}

  /**
   * What the example shows: the reading of the form, its problems, and the card.
   *
   * @param reading the reading of the filled form
   * @param problems the reading's problems and the table's checks, each on its row
   * @param card the score card of what was read
   */
  public record Result(SelfAssessmentCsvReading reading, List<Issue> problems, ScoreCard card) {}

  /**
   * Writes, "fills" and reads the form.
   *
   * @return what the example shows
   */
  public static Result run() {
    ScoringTable table = ScoringTable.qd06();
    String blank = SelfAssessmentCsv.template(table, 2020, ',');
    if (!blank.contains(",6.1,")) {
      throw new IllegalStateException("the blank form lists every item of the table");
    }
    String filled = SelfAssessmentCsv.write(SyntheticSelfAssessment.quangVinh(2020), table, ',')
        .replace("Biên bản diễn đàn trẻ em cấp xã (dữ liệu mẫu)", "");
    byte[] file = SelfAssessmentCsv.toBytes(filled); // UTF-8 with a byte-order mark, as Excel saves it
    SelfAssessmentCsvReading reading = SelfAssessmentCsv.read(new ByteArrayInputStream(file), "tu-danh-gia.csv", table);
    List<Issue> problems = new ArrayList<>(reading.getIssues());
    problems.addAll(reading.check(table)); // CFC_EVIDENCE_MISSING on the row of item 11.1, column evidence
    SelfAssessment sa = reading.getSelfAssessment().orElseThrow();
    ScoreCard card = ChildFriendlyScorer.qd06().score(ScoringInput.builder().year(2020).selfAssessment(sa).build());
    return new Result(reading, problems, card);
  }

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    Result r = run();
    System.out.println(r.reading().getRowsRead() + " dòng: " + r.reading().getAccepted() + " nhận, "
        + r.reading().getRejected() + " bị loại");
    for (Issue i : r.problems()) {
      System.out.println(i.getLocation().getLine().orElse(0) + " " + i.getLocation().getColumn().orElse("") + " "
          + i.getCode() + ": " + i.getMessageVi());
    }
    System.out.println("Tổng " + r.card().getTotal() + "/" + r.card().getMaximumTotal() + ": "
        + r.card().getStatus().getNameVi());
  }
}
