package io.github.treem.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.treem.io.json.JsonReadPolicy;
import io.github.treem.io.json.RegisterJsonReader;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the JSON document register reader with raw bytes, in both policies. Seeds and findings:
 * src/test/resources/io/github/treem/io/fuzz/JsonReaderFuzzTestInputs/.
 */
class JsonReaderFuzzTest {
  @FuzzTest(maxDuration = "3m")
  void json(byte[] input) {
    for (JsonReadPolicy p : JsonReadPolicy.values()) {
      FuzzChecks.drain(RegisterJsonReader.open(new ByteArrayInputStream(input), "f.json", p, null));
    }
  }
}
