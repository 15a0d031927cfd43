package io.github.treem.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.csv.RegisterCsvReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Fuzzes the validator: the fuzzer writes the rows of a CSV register with every column (the CSV
 * reader turns them into children, in the lenient mode so that most rows survive) and a
 * reference date; each child is validated. The validator must never throw, and its issues must
 * be coded and worded in both languages. Seeds: src/test/resources/io/github/treem/io/fuzz/
 * ValidatorFuzzTestInputs/.
 */
class ValidatorFuzzTest {
  static final String HEADER = "child_id,full_name,sex,date_of_birth,personal_id,ethnicity,commune_code,village,"
      + "household_poverty,disability,birth_registered_on,hi_card_number,hi_card_issued_on,hi_card_valid_to,"
      + "measured_on,weight_kg,length_height_cm,measure_position,oedema,school_level,grade,"
      + "injury_prevention_trained,can_swim,circumstances,social_assistance\n";

  /** Validators are costly to make (the constraint engine boots): a few reference dates, made once. */
  static final LocalDate[] DATES = {LocalDate.of(2020, 12, 31), LocalDate.of(2020, 2, 29), LocalDate.of(1990, 1, 1),
      LocalDate.of(2100, 6, 30)};
  static final TreemValidator[] VALIDATORS = java.util.Arrays.stream(DATES).map(TreemValidator::of)
      .toArray(TreemValidator[]::new);

  @FuzzTest(maxDuration = "3m")
  void validate(FuzzedDataProvider data) {
    int k = data.consumeInt(0, DATES.length - 1);
    LocalDate ref = DATES[k];
    byte[] rows = data.consumeRemainingAsBytes();
    byte[] text = (HEADER + new String(rows, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    ReadOptions o = ReadOptions.builder().reportingYear(ref.getYear()).referenceDate(ref).mode(ReadMode.LENIENT).build();
    TreemValidator v = VALIDATORS[k];
    {
      for (Child c : FuzzChecks.drain(RegisterCsvReader.open(new ByteArrayInputStream(text), o))) {
        ValidationReport r = v.validate(c);
        for (Issue i : r.getIssues()) {
          assertThat(i.getCode()).isNotBlank();
          assertThat(i.getMessage(Language.VI)).isNotBlank();
          assertThat(i.getMessage(Language.EN)).isNotBlank();
        }
      }
    }
  }
}
