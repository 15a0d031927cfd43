package io.github.treem.planreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.Plan;
import io.github.treem.io.json.TreemJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The plan bundled in io-formats (its JSON resource) is the plan built in Java here, part for part.
 * Run with {@code -Dtreem.updateGoldens=true} to rewrite the resource from the Java plan (then
 * read the diff).
 */
class BundledPlanTest {
  static final String RESOURCE = "io-formats/src/main/resources/io/github/treem/io/plans/quang-vinh-2020.json";

  @Test
  void theBundledPlanIsThePlanInFull() throws IOException {
    Plan java = QuangVinh2020.plan();
    if (Boolean.getBoolean("treem.updateGoldens")) {
      Path file = Path.of(System.getProperty("treem.project.dir", ".."), RESOURCE);
      Files.writeString(file, TreemJson.strict().writePlan(java) + "\n", StandardCharsets.UTF_8);
    }
    Plan bundled = TreemJson.bundledPlan("quang-vinh-2020");
    assertThat(bundled.getItems()).isEqualTo(java.getItems());
    assertThat(bundled.getTargets()).isEqualTo(java.getTargets());
    assertThat(bundled.getResponsibleUnits()).isEqualTo(java.getResponsibleUnits());
    assertThat(bundled).isEqualTo(java);
  }
}
