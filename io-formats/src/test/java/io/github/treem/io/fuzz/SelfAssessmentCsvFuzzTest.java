package io.github.treem.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.cfc.ScoringTable;
import io.github.treem.indicators.cfc.SelfAssessment;
import io.github.treem.io.report.SelfAssessmentCsv;
import io.github.treem.io.report.SelfAssessmentCsvReading;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the CSV self-assessment form's reader with raw bytes: it never throws on bad data, every
 * row is accepted or rejected ({@code rowsRead == accepted + rejected}), every problem is coded
 * and, but for the form's missing fields and the encoding, on a line; a clean reading has a
 * self-assessment; and a self-assessment read is written and read back to the same fields and
 * entries. Seeds and findings: src/test/resources/io/github/treem/io/fuzz/SelfAssessmentCsvFuzzTestInputs/.
 * In the normal build only those inputs run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class SelfAssessmentCsvFuzzTest {
  private static final ScoringTable TABLE = ScoringTable.qd06();

  @FuzzTest(maxDuration = "3m")
  void form(byte[] input) {
    SelfAssessmentCsvReading r = SelfAssessmentCsv.read(new ByteArrayInputStream(input), "f.csv", TABLE);
    assertThat(r.getRowsRead()).isEqualTo(r.getAccepted() + r.getRejected());
    assertThat(r.getUnanswered()).isBetween(0L, r.getAccepted());
    for (Issue i : r.getIssues()) {
      assertThat(i.getCode()).isNotBlank();
      assertThat(i.getLocation().getFile()).contains("f.csv");
      if (i.getSeverity() == Severity.ERROR && !i.getCode().equals("CFC_CSV_MISSING_FIELD")) {
        assertThat(i.getLocation().getLine()).isPresent();
      }
    }
    if (r.isClean()) {
      assertThat(r.getSelfAssessment()).isPresent();
    }
    r.getSelfAssessment().ifPresent(sa -> {
      r.check(TABLE).forEach(i -> assertThat(i.getCode()).startsWith("CFC_"));
      String csv = SelfAssessmentCsv.write(sa, TABLE, ',');
      SelfAssessmentCsvReading back = SelfAssessmentCsv.read(
          new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "f.csv", TABLE);
      assertThat(back.getRejected()).as("%s", back.getIssues()).isZero();
      SelfAssessment again = back.getSelfAssessment().orElseThrow();
      assertThat(again.getEntries()).containsExactlyInAnyOrderElementsOf(sa.getEntries());
      assertThat(SelfAssessment.builder().from(again).entries(sa.getEntries()).build()).isEqualTo(sa);
    });
  }
}
