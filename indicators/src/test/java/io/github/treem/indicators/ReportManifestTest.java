package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.growth.WhoGrowth;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportManifestTest {
  static final String SHA = ReportManifest.sha256("child_id,sex,date_of_birth\n".getBytes(StandardCharsets.UTF_8));

  static ReportManifest.Builder base() {
    return ReportManifest.builder().year(2020).referenceDate(LocalDate.of(2020, 12, 31));
  }

  @Test
  void theEncodingOfEachRegisterIsKeptByInputInOrder() {
    ReportManifest m = base().putInputs("b.csv", SHA).putInputs("a.csv", SHA).putInputEncodings("b.csv", "windows-1258")
        .putInputEncodings("a.csv", "utf-8").putOptions("by", "village").build();
    assertThat(m.getInputEncodings()).containsExactly(java.util.Map.entry("a.csv", "utf-8"),
        java.util.Map.entry("b.csv", "windows-1258"));
    assertThat(m.getGrowthTables()).isEqualTo(WhoGrowth.standards().getTableChecksums());
    assertThat(m.toLines()).containsSubsequence("option by: village", "input a.csv: sha256 " + SHA,
        "input b.csv: sha256 " + SHA, "input a.csv: encoding utf-8", "input b.csv: encoding windows-1258",
        "syntheticData: false");
  }

  @Test
  void anEncodingOfAFileThatIsNotAnInputOrADigestThatIsNotOneIsRefused() {
    assertThatThrownBy(() -> base().putInputs("a.csv", SHA).putInputEncodings("b.csv", "vni").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("not an input");
    assertThatThrownBy(() -> base().putInputs("a.csv", SHA.toUpperCase(java.util.Locale.ROOT)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("SHA-256");
    assertThat(base().build().getInputEncodings()).isEmpty();
  }
}
