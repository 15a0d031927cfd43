package io.github.treem.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.Registers;
import io.github.treem.io.json.RegisterJsonLinesReader;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the JSON Lines register reader, and the format detection of {@link Registers}, with raw
 * bytes. Seeds and findings: src/test/resources/io/github/treem/io/fuzz/JsonLinesReaderFuzzTestInputs/.
 */
class JsonLinesReaderFuzzTest {
  @FuzzTest(maxDuration = "3m")
  void jsonLines(byte[] input) {
    for (ReadMode m : ReadMode.values()) {
      FuzzChecks.drain(RegisterJsonLinesReader.open(new ByteArrayInputStream(input),
          ReadOptions.builder().reportingYear(2020).fileName("f.jsonl").mode(m).build()));
    }
    FuzzChecks.drain(Registers.open(new ByteArrayInputStream(input), ReadOptions.of(2020)));
  }
}
