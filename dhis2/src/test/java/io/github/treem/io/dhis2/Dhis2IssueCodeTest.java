package io.github.treem.io.dhis2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.IssueCode;
import io.github.treem.io.RegisterIssueCode;
import io.github.treem.io.internal.IoErrorCode;
import io.github.treem.io.json.JsonIssueCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DHIS2 export's codes: each distinct from io-formats' codes (the export reports through the
 * same issue model), well formed, prefixed {@code DHIS2_}, with both texts.
 */
class Dhis2IssueCodeTest {
  @Test
  void everyCodeIsDistinctFromTheFormatsCodesAndWellFormed() {
    List<IssueCode> all = new ArrayList<>();
    all.addAll(Arrays.asList(RegisterIssueCode.values()));
    all.addAll(Arrays.asList(JsonIssueCode.values()));
    all.addAll(Arrays.asList(IoErrorCode.values()));
    all.addAll(Arrays.asList(Dhis2IssueCode.values()));
    assertThat(all).extracting(IssueCode::getCode).doesNotHaveDuplicates();
    assertThat(Dhis2IssueCode.values()).allMatch(c -> c.getCode().startsWith("DHIS2_"))
        .allSatisfy(c -> {
          assertThat(c.getMessageVi()).isNotBlank();
          assertThat(c.getMessageEn()).isNotBlank();
        });
  }
}
