package io.github.treem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.PlanValidator;
import io.github.treem.core.validation.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the plan's year example and checks what it writes. */
class ExamplePlanYearTest {
  @TempDir Path dir;

  @Test
  void theYearRunsEndToEnd() throws Exception {
    Plan draft = ExamplePlanYear.run(dir);
    assertThat(draft.getYear()).isEqualTo(2021);
    assertThat(draft.isDraft()).isTrue();
    assertThat(PlanValidator.validate(draft).issuesOf(Severity.ERROR)).isEmpty();
    assertThat(Files.size(dir.resolve("bao-cao-2020.docx"))).isGreaterThan(5_000);
    String html = Files.readString(dir.resolve("bao-cao-2020.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("06/2019/QĐ-TTg").contains("06/QĐ-TTg").contains("DỮ LIỆU MÔ PHỎNG");
    assertThat(Files.readString(dir.resolve("hoat-dong-2020.csv"), StandardCharsets.UTF_8)).contains("syntheticData=true");
  }
}
