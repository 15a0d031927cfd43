package io.github.treem.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.internal.csv.CsvRecordTokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fuzz test of the CSV reader: any bytes give records and issues, never an exception, and
 * {@code rowsRead == rowsAccepted + rowsRejected}. Without {@code JAZZER_FUZZ=1} it runs the seeds
 * under {@code src/test/resources/io/github/treem/io/csv/CsvFuzzTestInputs/readsAnyBytes} only.
 */
class CsvFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] data) {
    for (ReadMode mode : ReadMode.values()) {
      ReadOptions options = ReadOptions.builder().reportingYear(2020).mode(mode).maxFieldLength(200)
          .maxColumns(40).maxLineLength(2_000).build();
      try (RegisterCsvReader r = RegisterCsvReader.open(new ByteArrayInputStream(data), options)) {
        List<RegisterRecord> records = r.stream().collect(Collectors.toList());
        DataQuality s = r.getStats();
        assertThat(s.getRowsRead()).isEqualTo(records.size());
        assertThat(s.getRowsAccepted()).isEqualTo(records.stream().filter(RegisterRecord::isAccepted).count());
        assertThat(records).filteredOn(rec -> !rec.isAccepted()).allMatch(rec -> !rec.getIssues().isEmpty());
        r.getLastRecordText();
      }
    }
  }

  /**
   * The tokeniser alone, under small limits: it ends, its records start on increasing lines, it
   * holds no field over the field limit, and it keeps at most the fields it was told to.
   */
  @FuzzTest(maxDuration = "60s")
  void tokenisesAnyText(byte[] data) throws IOException {
    String text = new String(data, StandardCharsets.UTF_8);
    for (char separator : new char[] {',', ';'}) {
      CsvRecordTokenizer t = new CsvRecordTokenizer(new StringReader(text), separator, 20, 60, Integer.MAX_VALUE, 5);
      long previous = 0;
      int records = 0;
      while (t.next()) {
        assertThat(t.firstLine()).isGreaterThan(previous);
        assertThat(t.lastLine()).isGreaterThanOrEqualTo(t.firstLine());
        assertThat(t.problemLine()).isBetween(t.firstLine(), t.lastLine());
        assertThat(t.fields()).hasSizeLessThanOrEqualTo(5).allMatch(f -> f.length() <= 20);
        if (t.problem() == null) {
          assertThat(t.recordLength()).isLessThanOrEqualTo(60);
        }
        previous = t.firstLine();
        assertThat(++records).isLessThanOrEqualTo(text.length() + 1);
      }
    }
  }
}
