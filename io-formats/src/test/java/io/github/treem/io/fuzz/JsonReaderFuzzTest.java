package io.github.treem.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.json.RegisterJsonReader;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the JSON document register reader with raw bytes, in both modes, validated. Seeds and findings:
 * src/test/resources/io/github/treem/io/fuzz/JsonReaderFuzzTestInputs/.
 */
class JsonReaderFuzzTest {
  @FuzzTest(maxDuration = "3m")
  void json(byte[] input) {
    for (ReadMode m : ReadMode.values()) {
      FuzzChecks.drain(RegisterJsonReader.open(new ByteArrayInputStream(input),
          ReadOptions.builder().reportingYear(2020).fileName("f.json").mode(m).build()));
    }
  }
}
