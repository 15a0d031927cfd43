package io.github.treem.io.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.ReadSink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IssueBufferTest {

  static String randomText(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    for (int k = random.nextInt(40); k > 0; k--) {
      b.append((char) random.nextInt(0x10000)); // unpaired surrogates included
    }
    return b.append("Thôn 😀").toString();
  }

  static Issue randomIssue(SplittableRandom random, int i) {
    Location.Builder l = Location.builder();
    if (random.nextBoolean()) {
      l.file(randomText(random));
    }
    if (random.nextBoolean()) {
      l.line(random.nextLong(1, Long.MAX_VALUE));
    }
    if (random.nextBoolean()) {
      l.column(randomText(random));
    }
    if (random.nextBoolean()) {
      l.path(randomText(random));
    }
    return Issue.of("CODE_" + i, Severity.values()[random.nextInt(Severity.values().length)], l.build(),
        randomText(random), randomText(random));
  }

  @Test
  void everyPropertyOfAnIssueSurvivesTheSpillFormat() throws IOException {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 500; i++) {
      Issue issue = randomIssue(random, i);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      IssueBuffer.write(new DataOutputStream(bytes), issue);
      assertThat(IssueBuffer.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
          .isEqualTo(issue);
    }
  }

  @Test
  void heldIssuesSpillToATemporaryFileComeBackInOrderAndTheFileIsDeleted() throws IOException {
    SplittableRandom random = new SplittableRandom(5);
    List<Issue> expected = new ArrayList<>();
    List<Issue> got = new ArrayList<>();
    IssueBuffer b = new IssueBuffer(got::add, 4096);
    for (int i = 0; i < 2000; i++) {
      Issue issue = randomIssue(random, i);
      expected.add(issue);
      b.add(issue);
    }
    assertThat(b.spilled()).isTrue();
    Path file = b.spillFile();
    assertThat(got).isEmpty();
    b.deliverFromNowOn();
    assertThat(file).doesNotExist(); // deleted once delivered
    Issue later = randomIssue(random, 9999);
    b.add(later); // once the head, straight to the sink
    expected.add(later);
    b.close();
    assertThat(got).isEqualTo(expected);
    assertThatThrownBy(() -> b.add(later)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aBufferClosedBeforeItsTurnDropsWhatItHeld() {
    List<Issue> got = new ArrayList<>();
    IssueBuffer b = new IssueBuffer(got::add, 100);
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 50; i++) {
      b.add(randomIssue(random, i));
    }
    assertThat(b.spilled()).isTrue();
    Path file = b.spillFile();
    b.close();
    assertThat(got).isEmpty();
    assertThat(file).doesNotExist();
    IssueBuffer small = new IssueBuffer(ReadSink.NONE, 1 << 20);
    small.add(randomIssue(random, 1));
    assertThat(small.spilled()).isFalse();
    small.close();
  }
}
