package io.github.treem.io.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tokeniser's one-loop path for the common record gives what the field-by-field path gives:
 * seeded random CSV text (separators, quotes, spaces, tabs, every line break, blank lines, long
 * fields and records past the limits, more fields than allowed), read through small and large
 * buffers, compared record by record (fields, counts, lengths, lines, problems).
 */
class CsvRecordTokenizerPathsTest {
  private static final String[] PIECES = {"a", "Nguyễn Thị", "2020-01-05", "", "", "", "Y", "N", "01", " ", "  ",
      "\t", "\"", "\"x,y\"", "\"\"", "'=1", "é", "\uD83D\uDE00"};
  private static final String[] BREAKS = {"\n", "\r\n", "\r", "\n\n", "\n  \n"};

  private static String text(SplittableRandom r, char sep) {
    StringBuilder b = new StringBuilder();
    int records = 1 + r.nextInt(60);
    for (int i = 0; i < records; i++) {
      int fields = 1 + r.nextInt(12);
      for (int f = 0; f < fields; f++) {
        if (f > 0) {
          b.append(sep);
        }
        int parts = r.nextInt(3);
        for (int k = 0; k < parts; k++) {
          b.append(r.nextInt(40) == 0 ? "x".repeat(20 + r.nextInt(40)) : PIECES[r.nextInt(PIECES.length)]);
        }
      }
      if (i < records - 1 || r.nextBoolean()) {
        b.append(BREAKS[r.nextInt(BREAKS.length)]);
      }
    }
    return b.toString();
  }

  /** A reader that gives at most {@code step} characters a read, so that records cross buffer ends. */
  private static Reader chunked(String s, int step) {
    return new Reader() {
      private final StringReader in = new StringReader(s);

      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        return in.read(cbuf, off, Math.min(len, step));
      }

      @Override
      public void close() {}
    };
  }

  private static List<String> records(String text, char sep, int step, int maxField, int maxRecord, int maxFields,
      int keep, boolean whole) throws IOException {
    CsvRecordTokenizer t = new CsvRecordTokenizer(chunked(text, step), sep, maxField, maxRecord, maxFields, keep);
    t.wholeRecords(whole);
    List<String> out = new ArrayList<>();
    while (t.next()) {
      out.add(t.firstLine() + "-" + t.lastLine() + " " + t.fieldCount() + " " + t.recordLength() + " " + t.problem()
          + " " + t.problemField() + " " + t.problemLine() + " " + t.fields() + " " + t.fields().size());
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(longs = {61, 62, 63, 64})
  void oneLoopAsFieldByField(long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    for (int round = 0; round < 400; round++) {
      char sep = ",;\t".charAt(r.nextInt(3));
      String text = text(r, sep);
      int step = r.nextBoolean() ? 1 << 20 : 1 + r.nextInt(50);
      int maxField = r.nextBoolean() ? 1000 : 5 + r.nextInt(40);
      int maxRecord = r.nextBoolean() ? 10_000 : 20 + r.nextInt(100);
      int maxFields = r.nextBoolean() ? 100 : 2 + r.nextInt(10);
      int keep = r.nextBoolean() ? maxFields : 1 + r.nextInt(maxFields);
      List<String> reference = records(text, sep, step, maxField, maxRecord, maxFields, keep, false);
      assertThat(records(text, sep, step, maxField, maxRecord, maxFields, keep, true))
          .as("round %d: %s", round, text).isEqualTo(reference);
    }
  }
}
