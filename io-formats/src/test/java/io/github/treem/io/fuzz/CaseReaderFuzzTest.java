package io.github.treem.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.cases.CaseFiles;
import io.github.treem.io.cases.CaseReadOptions;
import io.github.treem.io.cases.CaseReader;
import io.github.treem.io.cases.CaseRecord;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * Fuzzes the three case readers (JSON, JSON Lines, CSV) with raw bytes, strict and lenient: the
 * reader never throws on bad data, every record is accepted with a case or rejected with a coded
 * issue, and {@code rowsRead == rowsAccepted + rowsRejected}. Seeds and findings:
 * src/test/resources/io/github/treem/io/fuzz/CaseReaderFuzzTestInputs/. In the normal build only
 * those inputs run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CaseReaderFuzzTest {
  @FuzzTest(maxDuration = "3m")
  void cases(byte[] input) {
    for (CaseFiles.Form form : CaseFiles.Form.values()) {
      for (boolean strict : new boolean[] {true, false}) {
        CaseReadOptions o = CaseReadOptions.builder().from(CaseReadOptions.defaults()).strict(strict)
            .fileName("f").build();
        drain(CaseFiles.open(new ByteArrayInputStream(input), form, o));
      }
    }
  }

  private static void drain(CaseReader r) {
    try (r) {
      long records = 0;
      long accepted = 0;
      Optional<CaseRecord> rec;
      while ((rec = r.next()).isPresent()) {
        records++;
        CaseRecord x = rec.get();
        assertThat(x.isAccepted()).isEqualTo(x.getProtectionCase().isPresent());
        if (x.isAccepted()) {
          accepted++;
        } else {
          assertThat(x.getIssues()).isNotEmpty();
        }
        x.getIssues().stream().map(Issue::getCode).forEach(c -> assertThat(c).isNotBlank());
      }
      assertThat(r.next()).isEmpty();
      DataQuality s = r.getStats();
      assertThat(s.getRowsRead()).isEqualTo(records).isEqualTo(s.getRowsAccepted() + s.getRowsRejected());
      assertThat(s.getRowsAccepted()).isEqualTo(accepted);
      r.getFileIssues().forEach(i -> assertThat(i.getCode()).isNotBlank());
    }
  }
}
