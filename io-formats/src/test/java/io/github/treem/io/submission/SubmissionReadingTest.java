package io.github.treem.io.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.report.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reading many submissions on threads is reading them one by one: the same submissions and
 * refusals in the same order, the same merge, for every number of threads (seeded mixes of good,
 * tampered, malformed and duplicate submissions); the streamed digest is the digest of the
 * content's text.
 */
class SubmissionReadingTest {
  private static final LocalDate REF = LocalDate.of(2024, 12, 31);
  private static final String[] CODES = {"19885", "19888", "19891", "19654", "19657", "19660", "19663", "19666"};

  /** A seeded mix of submission files: most good, some tampered, malformed or sent twice. */
  private static List<RegisterSource> mix(long seed) {
    Random random = new Random(seed);
    List<RegisterSource> sources = new ArrayList<>();
    for (int k = 0; k < CODES.length; k++) {
      String code = CODES[k];
      String json = SubmissionJson.write(Communes.submission(code,
          Communes.register(code, seed * 31 + k, 30 + random.nextInt(60), 2024), REF));
      String text = switch (random.nextInt(6)) {
        case 0 -> json.replaceFirst("\"numerator\":(\\d+)", "\"numerator\":9$1"); // a changed figure
        case 1 -> json.substring(0, json.length() / 2); // cut short
        default -> json;
      };
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      sources.add(RegisterSource.of(code + ".json", () -> new ByteArrayInputStream(bytes)));
      if (random.nextInt(4) == 0) {
        sources.add(RegisterSource.of(code + "-again.json", () -> new ByteArrayInputStream(bytes)));
      }
    }
    return sources;
  }

  /** What a merge fed from a reading gives: each line in order, then the result. */
  private static List<String> merged(List<RegisterSource> sources, int threads) throws IOException {
    List<String> lines = new ArrayList<>();
    ProvinceRollUp.Merge merge = ProvinceRollUp.builder().build().start();
    SubmissionReading.of(threads).read(sources, read -> {
      read.getRefusal().ifPresent(i -> lines.add(read.getSource().getName() + " refused " + i));
      read.getSubmission().ifPresent(s -> {
        lines.add(read.getSource().getName() + " read " + s.getSha256());
        merge.add(s, read.getSource().getName()).stream().map(Issue::toString).forEach(lines::add);
      });
    });
    ProvinceRollUp.Result r = merge.finish();
    lines.add("accepted " + r.getSubmissionsAccepted());
    lines.add(r.getDocument().map(d -> ReportJson.of(Language.EN).write(d)).orElse("no document"));
    return lines;
  }

  @Test
  void everyNumberOfThreadsGivesWhatOneThreadGives() throws IOException {
    for (long seed = 1; seed <= 4; seed++) {
      List<RegisterSource> sources = mix(seed);
      // one by one, as treem merge read before SubmissionReading
      List<String> expected = new ArrayList<>();
      ProvinceRollUp.Merge merge = ProvinceRollUp.builder().build().start();
      for (RegisterSource s : sources) {
        try (var in = s.open()) {
          CommuneSubmission sub = SubmissionJson.read(in, s.getName());
          expected.add(s.getName() + " read " + sub.getSha256());
          merge.add(sub, s.getName()).stream().map(Issue::toString).forEach(expected::add);
        } catch (SubmissionReadException e) {
          expected.add(s.getName() + " refused " + e.getIssue());
        }
      }
      ProvinceRollUp.Result r = merge.finish();
      expected.add("accepted " + r.getSubmissionsAccepted());
      expected.add(r.getDocument().map(d -> ReportJson.of(Language.EN).write(d)).orElse("no document"));
      assertThat(expected).anyMatch(l -> l.contains(" read "));
      for (int threads : new int[] {1, 2, 3, 8}) {
        assertThat(merged(sources, threads)).as("seed %d, %d threads", seed, threads).isEqualTo(expected);
      }
    }
  }

  @Test
  void aSourceThatCannotBeReadStopsTheReadingInItsTurn() {
    List<RegisterSource> sources = new ArrayList<>(mix(9).subList(0, 3));
    sources.add(1, RegisterSource.of("gone.json", () -> {
      throw new java.nio.file.NoSuchFileException("gone.json");
    }));
    for (int threads : new int[] {1, 2, 4}) {
      List<String> seen = new ArrayList<>();
      assertThatThrownBy(() -> SubmissionReading.of(threads).read(sources, read -> seen.add(read.getSource().getName())))
          .isInstanceOf(java.nio.file.NoSuchFileException.class);
      assertThat(seen).as("%d threads", threads).containsExactly(sources.get(0).getName());
    }
    assertThatThrownBy(() -> SubmissionReading.of(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theStreamedDigestIsTheDigestOfTheContentsText() {
    for (int k = 0; k < CODES.length; k++) {
      CommuneSubmission s = Communes.submission(CODES[k], Communes.register(CODES[k], 100 + k, 20 + 25 * k, 2024), REF);
      String text = ReportJson.of(Language.VI).write(s.getDocument());
      assertThat(CommuneSubmission.contentSha256(s.getDocument()))
          .isEqualTo(ReportManifest.sha256(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(s.getSha256());
    }
  }
}
