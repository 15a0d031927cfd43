package io.github.treem.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The CSV reader with treem's own validator plugged in. */
class ValidatedReadTest {
  @Test
  void validationErrorsRejectRowsAndAreLocated() {
    String csv = "child_id,sex,date_of_birth,birth_registered_on,school_level,grade,measured_on,weight_kg\n"
        + "A,F,2015-01-01,2015-02-01,PRIMARY,1,2020-05-01,20\n"
        + "B,F,2015-01-01,2014-12-01,,,,\n"
        + "C,M,2014-01-01,,PRIMARY,7,,\n"
        + "D,M,2019-01-01,,,,2020-05-01,400\n";
    try (TreemValidator v = TreemValidator.of(LocalDate.of(2020, 12, 31));
        RegisterCsvReader r = RegisterCsvReader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
            ReadOptions.builder().reportingYear(2020).fileName("v.csv").validator(v::validate).build())) {
      List<RegisterRecord> recs = r.stream().collect(Collectors.toList());
      assertThat(recs.get(0).isAccepted()).isTrue();
      assertThat(recs.get(0).getIssues()).isEmpty();
      assertThat(recs.get(1).isAccepted()).isFalse();
      assertThat(recs.get(1).getIssues()).extracting(Issue::getCode).contains("CHILD_DATES_ORDER");
      assertThat(recs.get(1).getIssues().get(0).getLocation().getLine()).hasValue(3);
      assertThat(recs.get(1).getIssues().get(0).getLocation().getFile()).contains("v.csv");
      assertThat(recs.get(2).getIssues()).extracting(Issue::getCode).contains("ENROLMENT_GRADE_LEVEL");
      assertThat(recs.get(3).getIssues()).extracting(Issue::getCode, Issue::getSeverity)
          .contains(org.assertj.core.groups.Tuple.tuple("MEASUREMENT_WEIGHT_IMPLAUSIBLE", Severity.WARNING));
      assertThat(recs.get(3).isAccepted()).isTrue();
      assertThat(r.getStats()).isEqualTo(DataQuality.of(4, 2, 2, false));
    }
  }
}
