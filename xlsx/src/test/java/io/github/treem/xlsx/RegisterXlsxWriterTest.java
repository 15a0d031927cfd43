package io.github.treem.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** CSV → xlsx → CSV loses nothing: every cell of the workbook reads back as the CSV writer's field. */
class RegisterXlsxWriterTest {
  @Test
  void theWorkbookHoldsWhatTheCsvRegisterHolds() {
    List<Child> children = CommuneGenerator.builder().seed(18).year(2020).children(300).errorRate(0).build().stream()
        .collect(Collectors.toList());
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (RegisterCsvWriter w = RegisterCsvWriter.open(csv, CsvWriteOptions.of(2020))) {
      children.forEach(w::write);
    }
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (RegisterXlsxWriter w = RegisterXlsxWriter.open(xlsx, WorkbookWriteOptions.of(2020))) {
      children.forEach(w::write);
    }
    String[] lines = csv.toString(StandardCharsets.UTF_8).split("\r?\n");
    List<String> header = List.of(lines[0].split(",", -1));
    try (WorkbookReader r = WorkbookReader.open(new ByteArrayInputStream(xlsx.toByteArray()),
        WorkbookReadOptions.defaults())) {
      assertThat(r.getSheetName()).isEqualTo("Sổ trẻ em");
      assertThat(r.next().orElseThrow().cells()).extracting(WorkbookCell::text).containsExactlyElementsOf(header);
      int kinds = 0;
      for (int i = 1; i < lines.length; i++) {
        String[] fields = lines[i].split(",", -1); // synthetic names and villages have no comma
        WorkbookRow row = r.next().orElseThrow();
        assertThat(row.number()).isEqualTo(i + 1);
        for (int c = 0; c < fields.length; c++) {
          String want = fields[c];
          String got = row.text(c);
          if (c < row.cells().size() && row.cells().get(c).kind() == CellKind.NUMBER) {
            assertThat(new BigDecimal(got)).isEqualByComparingTo(new BigDecimal(want));
            kinds |= 1;
          } else {
            assertThat(got).as("row %d column %s", i + 1, header.get(c)).isEqualTo(want);
            if (c < row.cells().size() && row.cells().get(c).kind() == CellKind.DATE) {
              kinds |= 2;
            }
          }
        }
      }
      assertThat(kinds).as("numbers as numbers and dates as dates").isEqualTo(3);
      assertThat(r.next()).isEmpty();
    }
  }

  @Test
  void syntheticDataCarryTheMarkerColumnThatTheReaderRecognises() {
    List<Child> children = CommuneGenerator.builder().seed(4).year(2020).children(20).build().stream()
        .collect(Collectors.toList());
    for (boolean synthetic : new boolean[] {true, false}) {
      ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
      try (RegisterXlsxWriter w = RegisterXlsxWriter.open(xlsx,
          WorkbookWriteOptions.builder().reportingYear(2020).syntheticData(synthetic).build())) {
        children.forEach(w::write);
      }
      try (io.github.treem.io.RegisterReader r = io.github.treem.io.Registers.open(
          new ByteArrayInputStream(xlsx.toByteArray()), io.github.treem.io.ReadOptions.of(2020))) {
        assertThat(r.stream().filter(io.github.treem.io.RegisterRecord::isAccepted).count()).isEqualTo(20);
        assertThat(r.getFileIssues()).isEmpty();
        assertThat(r.isSyntheticData()).isEqualTo(synthetic);
      }
    }
  }
}
