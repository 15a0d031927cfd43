package io.github.treem.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.report.ReportPipeline;
import io.github.treem.io.submission.CommuneSubmission;
import io.github.treem.io.submission.ProvinceRollUp;
import io.github.treem.io.submission.SubmissionJson;
import io.github.treem.io.submission.SubmissionReading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge of submission files on a local Spark session is the merge of {@code treem merge}
 * over the same folder: the same published report, the same refusals, the same counts.
 */
class SparkMergeTest {
  @TempDir
  static Path dir;

  static String submission(String code, long seed, int children) {
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).breakdowns(CommuneSubmission.BREAKDOWNS).build();
    CommuneGenerator gen = CommuneGenerator.builder().seed(seed).year(2020).children(children).communeCode(code)
        .errorRate(0).build();
    return SubmissionJson.write(CommuneSubmission.of(CommuneCode.parse(code),
        ReportPipeline.builder().calculator(calc).unsuppressedForInternalUse().build()
            .finish(calc.compute(gen.stream(), code), Map.of("register.csv", "0".repeat(64)))));
  }

  /** {@return the merge of a folder as treem merge does it: its .json files in name order} */
  static ProvinceRollUp.Result local(ProvinceRollUp rollUp, Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    ProvinceRollUp.Merge merge = rollUp.start();
    SubmissionReading.of(2).read(files.stream().map(f -> RegisterSource.of(f.toUri().toString().replace("file:///",
        "file:/"), () -> Files.newInputStream(f))).toList(), read -> {
          read.getRefusal().ifPresent(merge::refuse);
          read.getSubmission().ifPresent(s -> merge.add(s, read.getSource().getName()));
        });
    return merge.finish();
  }

  @Test
  void theSparkMergeIsTheMergeOfTreemMerge() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("submissions"));
    String[] codes = {"19885", "19888", "19891", "19894", "19750", "19753"};
    for (int i = 0; i < codes.length; i++) {
      Files.writeString(folder.resolve(codes[i] + ".json"), submission(codes[i], 300 + i, 60 + 30 * i),
          StandardCharsets.UTF_8);
    }
    // the same commune twice (the later file refused), a changed file, and a file that is not a submission
    Files.copy(folder.resolve("19885.json"), folder.resolve("19885-again.json"));
    Files.writeString(folder.resolve("19888.json"),
        Files.readString(folder.resolve("19888.json")).replaceFirst("\"numerator\" ?: ?(\\d)", "\"numerator\":9$1"));
    Files.writeString(folder.resolve("notes.txt"), "not read");
    for (AdministrativeLevel level : List.of(AdministrativeLevel.COMMUNE, AdministrativeLevel.DISTRICT)) {
      ProvinceRollUp rollUp = ProvinceRollUp.builder().by(level).build();
      ProvinceRollUp.Result spark = TreemSpark.merge(LocalSpark.session(), rollUp, folder.toString());
      ProvinceRollUp.Result local = local(rollUp, folder);
      assertThat(spark.getSubmissionsRead()).isEqualTo(7).isEqualTo(local.getSubmissionsRead());
      assertThat(spark.getSubmissionsAccepted()).isEqualTo(5).isEqualTo(local.getSubmissionsAccepted());
      assertThat(spark.getIssues()).extracting(Issue::getCode)
          .containsExactlyElementsOf(local.getIssues().stream().map(Issue::getCode).toList())
          .contains("SUBMISSION_DUPLICATE_COMMUNE", "SUBMISSION_MISSING");
      assertThat(spark.getIssues()).filteredOn(i -> i.getCode().equals("SUBMISSION_DUPLICATE_COMMUNE"))
          .singleElement().satisfies(i -> assertThat(i.getLocation().getFile().orElseThrow()).endsWith("19885.json"));
      assertThat(spark.getDocument().orElseThrow().getReport())
          .isEqualTo(local.getDocument().orElseThrow().getReport());
      assertThat(spark.getCoverage()).isEqualTo(local.getCoverage());
    }
  }
}
