package io.github.treem.spring;

import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Synthetic registers for the tests. */
final class Registers {
  private Registers() {}

  /** {@return a synthetic commune register of 2020 in CSV} */
  static byte[] csv(long seed, int children) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterCsvWriter writer = RegisterCsvWriter.open(out, CsvWriteOptions.of(2020))) {
      CommuneGenerator.builder().seed(seed).year(2020).children(children).build().stream().forEach(writer::write);
    }
    return out.toByteArray();
  }

  /** {@return the register with one more row, which no reader can take, after the header} */
  static byte[] withBadSecondRow(byte[] csv) {
    String text = new String(csv, StandardCharsets.UTF_8);
    int cut = text.indexOf('\n') + 1;
    return (text.substring(0, cut) + "not,a,row\n" + text.substring(cut)).getBytes(StandardCharsets.UTF_8);
  }
}
