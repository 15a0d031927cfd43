package io.github.treem.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * Fuzzes the workbook reader with raw bytes (seeds: small workbooks, the LibreOffice fixtures,
 * refused files; src/test/resources/io/github/treem/xlsx/WorkbookReaderFuzzTestInputs/): it either
 * refuses the file with a coded {@link WorkbookException} or gives rows, never another exception.
 * In the normal build only the seeds run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class WorkbookReaderFuzzTest {
  @FuzzTest(maxDuration = "3m")
  void workbook(byte[] input) {
    WorkbookReadOptions small = WorkbookReadOptions.builder().maxExpandedSize(16 << 20).maxColumns(64)
        .maxSharedStrings(10_000).build();
    try (WorkbookReader r = WorkbookReader.open(new ByteArrayInputStream(input), small)) {
      Optional<WorkbookRow> row;
      long previous = 0;
      while ((row = r.next()).isPresent()) {
        assertThat(row.get().cells().size()).isLessThanOrEqualTo(64);
        assertThat(row.get().number()).isGreaterThan(0);
        previous = row.get().number();
      }
      assertThat(previous).isGreaterThanOrEqualTo(0);
    } catch (WorkbookException e) {
      assertThat(e.getIssue().getCode()).startsWith("WORKBOOK_");
    }
  }
}
