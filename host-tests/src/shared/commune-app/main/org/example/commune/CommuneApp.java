package org.example.commune;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.indicators.Accumulator;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Registers;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.html.HtmlReport;
import io.github.treem.io.json.TreemJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a commune application does with treem: validate a record, read a register, report. */
public final class CommuneApp {
  private CommuneApp() {}

  /** {@return the report of a child registered before birth} */
  public static ValidationReport validateOne() {
    Child child = Child.builder().id("QV-0042").sex(Sex.MALE).dateOfBirth(LocalDate.of(2017, 5, 20))
        .birthRegistration(BirthRegistration.of(LocalDate.of(2016, 6, 1))).build();
    try (TreemValidator validator = TreemValidator.of(LocalDate.of(2020, 12, 31))) {
      return validator.validate(TreemJson.strict().readChild(TreemJson.strict().writeChild(child)));
    }
  }

  /** {@return the register of a synthetic commune, as CSV bytes} */
  public static byte[] register(int children) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterCsvWriter writer = RegisterCsvWriter.open(out, CsvWriteOptions.of(2020))) {
      CommuneGenerator.builder().seed(11).year(2020).children(children).build().stream().forEach(writer::write);
    }
    return out.toByteArray();
  }

  /** {@return the indicators of a register} */
  public static IndicatorReport report(byte[] register) throws IOException {
    IndicatorCalculator calculator = IndicatorCalculator.builder().year(2020)
        .referenceDate(LocalDate.of(2020, 12, 31)).breakdowns(BreakdownDimension.VILLAGE).build();
    Accumulator accumulator = calculator.newAccumulator();
    try (RegisterReader reader = Registers.open(new ByteArrayInputStream(register),
        ReadOptions.builder().reportingYear(2020).build())) {
      reader.stream().map(RegisterRecord::getChild).flatMap(Optional::stream).forEach(c -> accumulator.add(c, "qv"));
      DataQuality stats = reader.getStats(); // rows read = accepted + rejected
      return accumulator.result().withDataQuality(stats);
    }
  }

  /** {@return the HTML report of the bundled plan} */
  public static String html(IndicatorReport report) {
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    return HtmlReport.of(plan, report).render();
  }

  /**
   * Runs the application.
   *
   * @param args unused
   * @throws IOException never (the register is in memory)
   */
  public static void main(String[] args) throws IOException {
    ValidationReport report = validateOne();
    IndicatorReport indicators = report(register(300));
    String html = html(indicators);
    System.out.println("treem in " + describe(CommuneApp.class.getModule()) + ": issues "
        + report.getIssues().stream().map(Issue::getCode).collect(Collectors.joining(","))
        + "; rows accepted " + indicators.getDataQuality().orElseThrow().getRowsAccepted()
        + "; html " + (html.startsWith("<!DOCTYPE html>") ? "ok" : "BAD"));
    if (report.isValid() || !html.startsWith("<!DOCTYPE html>")) {
      System.exit(1);
    }
  }

  private static String describe(Module module) {
    return module.isNamed() ? "the named module " + module.getName() : "the unnamed module";
  }
}
