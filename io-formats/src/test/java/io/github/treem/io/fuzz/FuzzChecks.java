package io.github.treem.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What every reader fuzz target checks: the reader's contract holds for any input. */
final class FuzzChecks {
  private FuzzChecks() {}

  /**
   * Reads everything, checking the counts and the records; {@return the children accepted}.
   *
   * @param r the reader (closed here)
   */
  static List<Child> drain(RegisterReader r) {
    List<Child> children = new ArrayList<>();
    try (r) {
      long records = 0;
      long accepted = 0;
      Optional<RegisterRecord> rec;
      while ((rec = r.next()).isPresent()) {
        records++;
        RegisterRecord x = rec.get();
        assertThat(x.isAccepted()).isEqualTo(x.getChild().isPresent());
        if (x.isAccepted()) {
          accepted++;
          children.add(x.getChild().get());
        } else {
          assertThat(x.getIssues()).isNotEmpty();
        }
        x.getIssues().forEach(i -> assertThat(i.getCode()).isNotBlank());
      }
      assertThat(r.next()).isEmpty();
      DataQuality s = r.getStats();
      assertThat(s.getRowsRead()).isEqualTo(records).isEqualTo(s.getRowsAccepted() + s.getRowsRejected());
      assertThat(s.getRowsAccepted()).isEqualTo(accepted);
      r.getFileIssues().forEach(i -> assertThat(i.getCode()).isNotBlank());
    }
    return children;
  }
}
