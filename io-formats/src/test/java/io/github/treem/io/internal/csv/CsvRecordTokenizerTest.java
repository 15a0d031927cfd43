package io.github.treem.io.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tokeniser's table of repeated values: the same text always, a shared string when it repeats. */
class CsvRecordTokenizerTest {

  private static List<List<String>> records(String csv) throws IOException {
    CsvRecordTokenizer t = new CsvRecordTokenizer(new StringReader(csv), ',', 1000, 10_000, 1000, 1000);
    List<List<String>> out = new ArrayList<>();
    while (t.next()) {
      out.add(t.takeFields());
    }
    return out;
  }

  @Test
  void aRepeatedValueIsOneString() throws IOException {
    List<List<String>> r = records("Thôn 2,F,\"Y\"\nThôn 2,F,\"Y\"\r\nThôn 3,F,Y\n");
    assertThat(r.get(0).get(0)).isSameAs(r.get(1).get(0)).isEqualTo("Thôn 2");
    assertThat(r.get(0).get(1)).isSameAs(r.get(1).get(1)).isSameAs(r.get(2).get(1));
    assertThat(r.get(0).get(2)).isSameAs(r.get(1).get(2)).isSameAs(r.get(2).get(2)).isEqualTo("Y"); // quoted or not
    assertThat(r.get(2).get(0)).isEqualTo("Thôn 3");
  }

  @Test
  void valuesOfTheSameHashAreKeptApart() throws IOException {
    // "Aa" and "BB" have the same String hash code, so they meet in one slot
    List<List<String>> r = records("Aa\nBB\nAa\nBB\nBb\nAa\n");
    assertThat(r).extracting(f -> f.get(0)).containsExactly("Aa", "BB", "Aa", "BB", "Bb", "Aa");
  }

  @Test
  void seededFieldsAreTheTextWrittenWhateverTheirRepeats() throws IOException {
    // short and long values, repeated and unique, in more positions than have a table, past the
    // trial after which unique positions are no longer looked up
    Random random = new Random(7);
    int columns = CsvRecordTokenizer.CACHE_COLUMNS + 3;
    String[] pool = {"Y", "N", "NONE", "01", "19885", "Thôn 2", "Đặng", "a".repeat(CsvRecordTokenizer.CACHE_MAX_LENGTH),
        "b".repeat(CsvRecordTokenizer.CACHE_MAX_LENGTH + 1), "Aa", "BB", ""};
    List<List<String>> expected = new ArrayList<>();
    StringBuilder csv = new StringBuilder();
    for (int row = 0; row < CsvRecordTokenizer.CACHE_TRIAL * 2 + 100; row++) {
      List<String> fields = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        String v = c % 3 == 0 ? "id-" + row + "-" + random.nextInt(1000) : pool[random.nextInt(pool.length)];
        fields.add(v);
        csv.append(c == 0 ? "" : ",").append(random.nextInt(5) == 0 ? "\"" + v + "\"" : v);
      }
      csv.append(row % 2 == 0 ? "\n" : "\r\n");
      expected.add(fields);
    }
    assertThat(records(csv.toString())).isEqualTo(expected);
  }
}
