package io.github.treem.io.submission;

import io.github.treem.core.Child;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportPipeline;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Synthetic communes for the submission tests: registers in memory, their reports and submissions. */
final class Communes {
  private Communes() {}

  /** A commune's register as CSV bytes. */
  static byte[] register(String code, long seed, int children, int year) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommuneGenerator gen = CommuneGenerator.builder().seed(seed).year(year).children(children).communeCode(code)
        .errorRate(0.02).build();
    try (RegisterCsvWriter w = RegisterCsvWriter.open(out, CsvWriteOptions.of(year))) {
      Iterator<Child> it = gen.iterator();
      while (it.hasNext()) {
        w.write(it.next());
      }
    }
    return out.toByteArray();
  }

  static RegisterSource source(String code, byte[] bytes) {
    return RegisterSource.of(code + ".csv", () -> new ByteArrayInputStream(bytes));
  }

  static ReportPipeline pipeline(LocalDate ref, Set<BreakdownDimension> by) {
    return ReportPipeline.builder().calculator(IndicatorCalculator.builder().year(ref.getYear()).referenceDate(ref)
        .breakdowns(by).build()).unsuppressedForInternalUse().build();
  }

  /** A commune's submission, as {@code treem submit} makes it. */
  static CommuneSubmission submission(String code, byte[] register, LocalDate ref) {
    try {
      ReportDocument doc = pipeline(ref, CommuneSubmission.BREAKDOWNS).run(List.of(source(code, register)));
      return CommuneSubmission.of(CommuneCode.parse(code), doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
