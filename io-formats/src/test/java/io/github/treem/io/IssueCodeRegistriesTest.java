package io.github.treem.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.internal.IoErrorCode;
import io.github.treem.io.json.JsonIssueCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * io-formats' registries of codes: each code once across them, well formed, with both texts; the
 * record-level codes are the same for every format (no format prefix). The DHIS2 export's codes
 * are checked against these in treem-dhis2 ({@code Dhis2IssueCodeTest}).
 */
class IssueCodeRegistriesTest {
  @Test
  void everyCodeIsDistinctAndWellFormed() {
    List<IssueCode> all = new ArrayList<>();
    all.addAll(Arrays.asList(RegisterIssueCode.values()));
    all.addAll(Arrays.asList(JsonIssueCode.values()));
    all.addAll(Arrays.asList(IoErrorCode.values()));
    assertThat(all).extracting(IssueCode::getCode).doesNotHaveDuplicates()
        .allMatch(c -> c.matches("[A-Z][A-Z0-9_]+|TREEM-IO-[0-9]{4}"));
    assertThat(all).allSatisfy(c -> {
      assertThat(c.getMessageVi()).isNotBlank();
      assertThat(c.getMessageEn()).isNotBlank();
    });
    assertThat(IoErrorCode.values()).allMatch(c -> c.getSeverity() == Severity.ERROR
        && c.getCode().startsWith("TREEM-IO-"));
    assertThat(JsonIssueCode.values()).allMatch(c -> c.getCode().startsWith("JSON_"));
  }

  @Test
  void recordLevelCodesAreFormatNeutral() {
    assertThat(RegisterIssueCode.values()).filteredOn(c -> c.ordinal() < RegisterIssueCode.CSV_EMPTY_FILE.ordinal())
        .extracting(IssueCode::getCode)
        .containsExactly("MISSING_VALUE", "DUPLICATE_CHILD_ID", "INVALID_DATE", "INVALID_NUMBER", "INVALID_YES_NO",
            "INVALID_CODE", "INVALID_CIRCUMSTANCE", "INVALID_ETHNICITY", "INVALID_COMMUNE_CODE", "INVALID_PERSONAL_ID",
            "MEASUREMENT_WITHOUT_DATE", "MEASUREMENT_OUTSIDE_YEAR", "GRADE_WITHOUT_LEVEL", "CARD_WITHOUT_NUMBER",
            "INVALID_VALUE");
  }
}
