package io.github.treem.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.csv.RegisterCsvReader;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the CSV register reader with raw bytes, in both modes and with small limits so that the
 * limit paths are reached. Seeds and findings: src/test/resources/io/github/treem/io/fuzz/
 * CsvReaderFuzzTestInputs/. In the normal build only those inputs run; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class CsvReaderFuzzTest {
  @FuzzTest(maxDuration = "3m")
  void csv(byte[] input) {
    for (ReadMode mode : ReadMode.values()) {
      ReadOptions o = ReadOptions.builder().reportingYear(2020).mode(mode).fileName("f.csv").build();
      FuzzChecks.drain(RegisterCsvReader.open(new ByteArrayInputStream(input), o));
    }
    ReadOptions small = ReadOptions.builder().reportingYear(2020).maxFieldLength(16).maxColumns(8)
        .maxLineLength(64).build();
    FuzzChecks.drain(RegisterCsvReader.open(new ByteArrayInputStream(input), small));
  }
}
