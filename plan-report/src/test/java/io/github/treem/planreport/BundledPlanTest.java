package io.github.treem.planreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.testing.GoldenFiles;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.plan.ActivityLog;
import io.github.treem.io.plan.ActivityLogFormat;
import io.github.treem.io.plan.ActivityLogReader;
import io.github.treem.io.plan.ActivityLogReading;
import io.github.treem.io.plan.ActivityLogWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The plan bundled in io-formats (its JSON resource) is the plan built in Java here, part for part.
 * Run with {@code -Dtreem.golden.update=true} to rewrite the resource from the Java plan (then
 * read the diff).
 */
class BundledPlanTest {
  static final String RESOURCE = "io-formats/src/main/resources/io/github/treem/io/plans/quang-vinh-2020.json";
  static final String DEMO_LOG = "io-formats/src/main/resources/io/github/treem/io/plans/quang-vinh-2020-activities.demo.json";

  @Test
  void theBundledPlanIsThePlanInFull() throws IOException {
    Plan java = QuangVinh2020.plan();
    if (GoldenFiles.updating()) {
      Path file = Path.of(System.getProperty("treem.project.dir", ".."), RESOURCE);
      Files.writeString(file, TreemJson.strict().writePlan(java) + "\n", StandardCharsets.UTF_8);
    }
    Plan bundled = TreemJson.bundledPlan("quang-vinh-2020");
    assertThat(bundled.getItems()).isEqualTo(java.getItems());
    assertThat(bundled.getTargets()).isEqualTo(java.getTargets());
    assertThat(bundled.getResponsibleUnits()).isEqualTo(java.getResponsibleUnits());
    assertThat(bundled).isEqualTo(java);
  }

  @Test
  void theBundledDemoLogIsTheDemoLogMarkedSynthetic() throws IOException {
    ActivityLog demo = ActivityLog.of("90/KH-UBND", DemoLog.activities(), DemoLog.assessments()).asSynthetic();
    if (GoldenFiles.updating()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ActivityLogWriter.write(demo, ActivityLogFormat.JSON, out);
      Files.write(Path.of(System.getProperty("treem.project.dir", ".."), DEMO_LOG), out.toByteArray());
    }
    ActivityLogReading r = ActivityLogReader.bundledDemo("quang-vinh-2020");
    assertThat(r.issues()).isEmpty();
    assertThat(r.log()).isEqualTo(demo);
    assertThat(r.log().syntheticData()).isTrue();
  }
}
