package io.github.treem.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvReader;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.json.RegisterJsonLinesWriter;
import io.github.treem.io.json.RegisterJsonWriter;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportPipeline;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The synthetic-data marker of every register format: written by a writer told the data are
 * synthetic, recognised by the readers, carried by {@link RegisterRead} into the report's
 * manifest; absent, nothing is marked.
 */
class SyntheticDataMarkerTest {
  static final List<Child> CHILDREN = CommuneGenerator.builder().seed(3).year(2020).children(40).build().stream().toList();

  enum Format {
    CSV((out, synthetic) -> {
      try (RegisterCsvWriter w = RegisterCsvWriter.open(out,
          CsvWriteOptions.builder().reportingYear(2020).syntheticData(synthetic).build())) {
        CHILDREN.forEach(w::write);
      }
    }),
    JSON((out, synthetic) -> {
      try (RegisterJsonWriter w = RegisterJsonWriter.open(out, OptionalInt.of(2020), synthetic)) {
        CHILDREN.forEach(w::write);
      }
    }),
    JSON_LINES((out, synthetic) -> {
      try (RegisterJsonLinesWriter w = RegisterJsonLinesWriter.open(out, synthetic)) {
        CHILDREN.forEach(w::write);
      }
    });

    final BiConsumer<OutputStream, Boolean> writer;

    Format(BiConsumer<OutputStream, Boolean> writer) {
      this.writer = writer;
    }

    byte[] write(boolean synthetic) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      writer.accept(out, synthetic);
      return out.toByteArray();
    }
  }

  static ReadOptions options() {
    return ReadOptions.of(2020);
  }

  @Test
  void everyFormatCarriesTheMarkerAndTheReadersRecogniseIt() throws IOException {
    for (Format f : Format.values()) {
      for (boolean synthetic : new boolean[] {true, false}) {
        byte[] bytes = f.write(synthetic);
        try (RegisterReader r = Registers.open(new ByteArrayInputStream(bytes), options())) {
          assertThat(r.stream().filter(RegisterRecord::isAccepted).count()).as("%s", f).isEqualTo(CHILDREN.size());
          assertThat(r.getFileIssues()).as("%s %s", f, synthetic).isEmpty();
          assertThat(r.isSyntheticData()).as("%s %s", f, synthetic).isEqualTo(synthetic);
        }
        RegisterSource source = RegisterSource.of("r." + f.name().toLowerCase(java.util.Locale.ROOT),
            () -> new ByteArrayInputStream(bytes));
        List<RegisterRead> reads = RegisterReading.of(options()).withThreads(1).check(List.of(source));
        assertThat(reads.get(0).isSyntheticData()).as("%s %s", f, synthetic).isEqualTo(synthetic);
        // a report over the register says whether its figures are synthetic
        ReportDocument doc = ReportPipeline.builder().calculator(IndicatorCalculator.builder().year(2020).build())
            .build().run(List.of(source));
        assertThat(doc.getManifest().orElseThrow().isSyntheticData()).as("%s %s", f, synthetic).isEqualTo(synthetic);
      }
    }
    // the children are the same with or without the marker
    assertThat(Format.CSV.write(false)).isNotEqualTo(Format.CSV.write(true));
  }

  @Test
  void theCsvMarkerIsALastColumnYesOnEveryRowThatOtherToolsReadAsAColumn() throws IOException {
    String text = new String(Format.CSV.write(true), StandardCharsets.UTF_8);
    String[] lines = text.split("\r\n");
    // no comment line before the header: spreadsheets and importers take the first line as the header
    assertThat(lines[0]).startsWith("child_id,").endsWith(",legal_aid,synthetic_data");
    assertThat(List.of(lines).subList(1, lines.length)).allMatch(l -> l.endsWith(",Y"));
    assertThat(new String(Format.CSV.write(false), StandardCharsets.UTF_8)).doesNotContain("synthetic_data")
        .startsWith(String.join(",", RegisterCsvWriter.columns()) + "\r\n");
    // the Vietnamese alias, a yes in any row (even one rejected), marks the file; no yes, no mark
    String csv = "ma_tre,gioi_tinh,ngay_sinh,du_lieu_mo_phong\na,M,2019-01-01,\nb,M,2019-02-30,có\n";
    try (RegisterCsvReader r = RegisterCsvReader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        options())) {
      assertThat(r.stream().map(RegisterRecord::isAccepted).toList()).containsExactly(true, false);
      assertThat(r.isSyntheticData()).isTrue();
      assertThat(r.getFileIssues()).isEmpty();
    }
    String unmarked = "child_id,sex,date_of_birth,synthetic_data\na,M,2019-01-01,N\n";
    try (RegisterCsvReader r = RegisterCsvReader.open(new ByteArrayInputStream(unmarked.getBytes(StandardCharsets.UTF_8)),
        options())) {
      assertThat(r.stream().filter(RegisterRecord::isAccepted).count()).isEqualTo(1);
      assertThat(r.isSyntheticData()).isFalse();
    }
    // a value that is no yes/no is a located problem of its row, as in every yes/no column
    String bad = "child_id,sex,date_of_birth,synthetic_data\na,M,2019-01-01,maybe\n";
    try (RegisterCsvReader r = RegisterCsvReader.open(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
        options())) {
      RegisterRecord rec = r.next().orElseThrow();
      assertThat(rec.getIssues()).extracting(i -> i.getCode()).containsExactly("INVALID_YES_NO");
      assertThat(rec.getIssues().get(0).getLocation().getColumn()).hasValue("synthetic_data");
      assertThat(r.isSyntheticData()).isFalse();
    }
  }
}
