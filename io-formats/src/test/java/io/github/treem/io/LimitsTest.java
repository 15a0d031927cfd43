package io.github.treem.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.json.TreemJson;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The documented limits (README "Limits", {@link ReadOptions}, {@link TreemJson}) are enforced on
 * 50 MB hostile inputs streamed from a generator, never held in memory: the readers stop or skip
 * at the limit with a coded issue, after reading a bounded number of bytes.
 */
class LimitsTest {
  static final long FIFTY_MB = 50L * 1024 * 1024;

  /** A stream of a prefix, then {@code size} filler bytes, then a suffix; counts the bytes read. */
  static final class Generated extends InputStream {
    private final byte[] prefix;
    private final byte[] suffix;
    private final long size;
    private final byte filler;
    long position;

    Generated(String prefix, char filler, long size, String suffix) {
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
      this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
      this.filler = (byte) filler;
      this.size = size;
    }

    long total() {
      return prefix.length + size + suffix.length;
    }

    @Override
    public int read() {
      byte[] b = new byte[1];
      return read(b, 0, 1) < 0 ? -1 : b[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      long total = prefix.length + size + suffix.length;
      if (position >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - position);
      for (int i = 0; i < n; i++) {
        long p = position + i;
        b[off + i] = p < prefix.length ? prefix[(int) p]
            : p < prefix.length + size ? filler : suffix[(int) (p - prefix.length - size)];
      }
      position += n;
      return n;
    }
  }

  static List<String> codes(RegisterReader r) {
    List<String> codes = new ArrayList<>();
    Optional<RegisterRecord> rec;
    while ((rec = r.next()).isPresent()) {
      rec.get().getIssues().forEach(i -> codes.add(i.getCode()));
    }
    r.getFileIssues().stream().map(Issue::getCode).forEach(codes::add);
    return codes;
  }

  @Test
  void csvField50MbIsSkippedWithoutBeingHeldAndReadingGoesOn() {
    Generated in = new Generated("child_id,full_name,sex,date_of_birth\nC-1,", 'x', FIFTY_MB,
        ",F,2016-01-01\nC-2,Lan,F,2016-01-01\n");
    try (RegisterReader r = Registers.open(in, ReadOptions.of(2020))) {
      List<RegisterRecord> records = new ArrayList<>();
      Optional<RegisterRecord> rec;
      while ((rec = r.next()).isPresent()) {
        records.add(rec.get());
      }
      assertThat(records).extracting(RegisterRecord::isAccepted).containsExactly(false, true);
      assertThat(records.get(0).getIssues()).extracting(Issue::getCode).containsExactly("CSV_FIELD_TOO_LONG");
      assertThat(records.get(0).getIssues().get(0).getLocation().getColumn()).contains("full_name");
      assertThat(records.get(1).getChild().orElseThrow().getId()).isEqualTo("C-2");
      assertThat(r.getStats()).isEqualTo(DataQuality.of(2, 1, 1, true));
    }
    // the whole 50 MB were read (the row after them is there), none of it held (the tokeniser
    // holds at most maxFieldLength characters of a field: CsvRecordTokenizerTest)
    assertThat(in.position).isGreaterThan(FIFTY_MB);
  }

  @Test
  void csvQuotedField50MbOfNewlinesIsAnUnclosedQuoteAndReadingGoesOn() {
    // a quote opened on line 2 runs past the field limit over many lines: it is unclosed at the
    // limit, the lines it swallowed are read again (blank), and the row after the 50 MB is read
    Generated in = new Generated("child_id,sex,date_of_birth\nC-1,\"", '\n', FIFTY_MB,
        "C-2,F,2016-01-01\n");
    try (RegisterReader r = Registers.open(in, ReadOptions.builder().reportingYear(2020).maxFieldLength(1000).build())) {
      List<RegisterRecord> records = new ArrayList<>();
      Optional<RegisterRecord> rec;
      while ((rec = r.next()).isPresent()) {
        records.add(rec.get());
      }
      assertThat(records).extracting(RegisterRecord::isAccepted).containsExactly(false, true);
      Issue i = records.get(0).getIssues().get(0);
      assertThat(i.getCode()).isEqualTo("CSV_UNCLOSED_QUOTE");
      assertThat(i.getLocation().getLine()).hasValue(2);
      assertThat(i.getLocation().getColumn()).contains("sex");
      assertThat(records.get(1).getLine()).isEqualTo(FIFTY_MB + 2L);
      assertThat(r.getStats()).isEqualTo(DataQuality.of(2, 1, 1, true));
    }
  }

  @Test
  void csvHeaderWithTooManyColumnsIsRefused() {
    Generated in = new Generated("child_id,sex,date_of_birth", ',', FIFTY_MB, "\n");
    try (RegisterReader r = Registers.open(in, ReadOptions.of(2020))) {
      assertThat(codes(r)).contains("CSV_TOO_MANY_COLUMNS");
    }
    assertThat(in.position).isLessThan(3L * 1024 * 1024);
  }

  @Test
  void jsonString50MbStopsAtTheStringLimit() {
    Generated in = new Generated("{\"format\": \"treem-register\", \"version\": 1, \"children\": [{\"id\": \"", 'x',
        FIFTY_MB, "\"}]}");
    try (RegisterReader r = Registers.open(in, ReadOptions.of(2020))) {
      assertThat(codes(r)).contains("JSON_LIMIT_EXCEEDED", "JSON_DOCUMENT_STOPPED");
      assertThat(r.getStats().isMalformed()).isTrue();
    }
    assertThat(in.position).isLessThan(TreemJson.MAX_STRING_LENGTH + 3L * 1024 * 1024);
  }

  @Test
  void jsonNesting50MbStopsAtTheDepthLimit() {
    Generated in = new Generated("{\"format\": \"treem-register\", \"version\": 1, \"children\": [", '[', FIFTY_MB, "");
    try (RegisterReader r = Registers.open(in, ReadOptions.of(2020))) {
      assertThat(codes(r)).contains("JSON_LIMIT_EXCEEDED");
    }
    assertThat(in.position).isLessThan(3L * 1024 * 1024);
  }

  @Test
  void jsonLinesLine50MbIsRejectedAndTheNextLineIsRead() {
    Generated in = new Generated("{\"id\": \"C-1\", \"sex\": \"FEMALE\", \"dateOfBirth\": \"2016-01-01\"}\n{\"id\": \"", 'x',
        FIFTY_MB, "\"}\n{\"id\": \"C-3\", \"sex\": \"MALE\", \"dateOfBirth\": \"2016-01-01\"}\n");
    Runtime rt = Runtime.getRuntime();
    try (RegisterReader r = Registers.open(in, ReadOptions.of(2020))) {
      assertThat(codes(r)).containsExactly("JSON_LIMIT_EXCEEDED");
      assertThat(r.getStats()).isEqualTo(DataQuality.of(3, 2, 1, false));
    }
    // the long line is skipped in a stream (the test JVM has -Xmx1g; 50 MB of text is not kept)
    assertThat(in.position).isEqualTo(in.total());
    assertThat(rt.totalMemory() - rt.freeMemory()).isLessThan(rt.maxMemory());
  }
}
