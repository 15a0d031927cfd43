package io.github.treem.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.RegisterRecord;
import java.io.ByteArrayInputStream;
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
        r.getLastRecordText();
      }
    }
  }
}
