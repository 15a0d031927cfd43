package io.github.treem.io.submission;

import io.github.treem.core.Child;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.cases.CaseAccumulator;
import io.github.treem.indicators.cases.CaseFigureCalculator;
import io.github.treem.indicators.synthetic.CaseGenerator;
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

  /**
   * A commune's synthetic protection cases, of its register's children ({@code CaseGenerator}).
   *
   * @param seed the generator's seed
   * @param count how many cases (fewer when the register has fewer children under 16)
   */
  static List<ProtectionCase> cases(String code, long seed, int children, int count, int year) {
    // the register's children as the generator makes them (a case stands alone: it carries the
    // child's sex, date of birth and groups)
    CommuneGenerator gen = CommuneGenerator.builder().seed(seed).year(year).children(children).communeCode(code)
        .errorRate(0.02).build();
    return CaseGenerator.builder().seed(seed).year(year).cases(count).lateShare(0.25).build().generate(gen.iterator());
  }

  /** A commune's submission with its protection cases, as {@code treem submit --cases} makes it. */
  static CommuneSubmission submission(String code, byte[] register, List<ProtectionCase> cases, LocalDate ref) {
    try {
      CaseAccumulator acc = CaseFigureCalculator.builder().year(ref.getYear()).referenceDate(ref)
          .breakdowns(CommuneSubmission.BREAKDOWNS).build().newAccumulator();
      cases.forEach(acc::add);
      ReportDocument doc = ReportPipeline.builder().calculator(IndicatorCalculator.builder().year(ref.getYear())
          .referenceDate(ref).breakdowns(CommuneSubmission.BREAKDOWNS).build()).cases(acc).unsuppressedForInternalUse()
          .build().run(List.of(source(code, register)));
      return CommuneSubmission.of(CommuneCode.parse(code), doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
