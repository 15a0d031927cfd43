package io.github.treem.testkit;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.cases.CaseAccumulator;
import io.github.treem.indicators.cases.CaseFigureCalculator;
import io.github.treem.io.cases.CaseReadOptions;
import io.github.treem.io.cases.CaseReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a child-protection case file (JSON, JSON Lines, CSV), read once in strict mode
 * with the default validator (Decree 56/2017 deadlines), on the first assertion. Failure
 * messages list the located problems (line, code, English message), never a value of a case.
 *
 * <pre>{@code
 * assertThatCaseFile(file).isValid().hasRowsRead(500);
 * assertThatCaseFile(file).forYear(2024).hasFigure(CaseIndicators.PLAN_APPROVED_IN_TIME, 380, 400);
 * assertThatCaseFile(bad).hasProblem("JSON_SYNTAX").hasRowsRejected(1);
 * }</pre>
 *
 * <p>Implementation requirements: not thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CaseFileAssert extends AbstractAssert<CaseFileAssert, Path> {
  private int year = -1;
  /** The counts of the read; null until the file is read (again after {@link #forYear(int)}). */
  private @Nullable DataQuality quality;
  private final List<Issue> issues = new ArrayList<>();
  /** The case figures of the read; null without a year. */
  private @Nullable IndicatorReport figures;

  CaseFileAssert(Path actual) {
    super(actual, CaseFileAssert.class);
  }

  /**
   * Sets the reporting year of {@link #hasFigure(CaseIndicators, long, long)} (R is 31 December).
   *
   * @param reportingYear the year
   * @return this
   */
  public CaseFileAssert forYear(int reportingYear) {
    this.year = reportingYear;
    this.quality = null;
    return this;
  }

  private DataQuality read() {
    DataQuality read = quality;
    if (read != null) {
      return read;
    }
    isNotNull();
    issues.clear();
    CaseAccumulator acc = year > 0 ? CaseFigureCalculator.builder().year(year).build().newAccumulator() : null;
    read = CaseReport.read(actual, CaseReadOptions.defaults(), issues::add, c -> {
      if (acc != null) {
        acc.add(c);
      }
    });
    figures = acc == null ? null : acc.report();
    quality = read;
    return read;
  }

  private String problems() {
    return issues.stream().map(i -> i.getLocation() + " " + i.getCode() + ": " + i.getMessage(Language.EN))
        .collect(Collectors.joining("\n  ", "\n  ", ""));
  }

  /** {@return this, after checking that no record is rejected and no error is found} */
  public CaseFileAssert isValid() {
    DataQuality q = read();
    if (q.getRowsRejected() > 0 || q.isMalformed()
        || issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR)) {
      failWithMessage("Expected case file <%s> to be valid, but %d of %d records were rejected:%s", actual,
          q.getRowsRejected(), q.getRowsRead(), problems());
    }
    return this;
  }

  /**
   * Checks how many records were read.
   *
   * @param n the expected count
   * @return this
   */
  public CaseFileAssert hasRowsRead(long n) {
    DataQuality q = read();
    if (q.getRowsRead() != n) {
      failWithMessage("Expected %d records read from <%s> but %d were", n, actual, q.getRowsRead());
    }
    return this;
  }

  /**
   * Checks how many records were rejected.
   *
   * @param n the expected count
   * @return this
   */
  public CaseFileAssert hasRowsRejected(long n) {
    DataQuality q = read();
    if (q.getRowsRejected() != n) {
      failWithMessage("Expected %d records rejected from <%s> but %d were:%s", n, actual, q.getRowsRejected(),
          problems());
    }
    return this;
  }

  /**
   * Checks that a problem of a code was found.
   *
   * @param code the code, e.g. {@code "CASE_CSV_INVALID_VALUE"}
   * @return this
   */
  public CaseFileAssert hasProblem(String code) {
    read();
    if (issues.stream().noneMatch(i -> i.getCode().equals(code))) {
      failWithMessage("Expected a problem %s in <%s> but found:%s", code, actual, problems());
    }
    return this;
  }

  /**
   * Checks the unsuppressed numerator and denominator of a case figure over the accepted cases
   * (needs {@link #forYear(int)}); for a count, the denominator is 0.
   *
   * @param indicator the indicator
   * @param numerator the expected numerator (the count)
   * @param denominator the expected denominator
   * @return this
   */
  public CaseFileAssert hasFigure(CaseIndicators indicator, long numerator, long denominator) {
    read();
    IndicatorReport f = figures;
    if (f == null) {
      throw new IllegalStateException("set the year first: forYear(int)");
    }
    IndicatorResult r = f.result(indicator).orElseThrow();
    if (r.getNumerator() != numerator || r.getDenominator() != denominator) {
      failWithMessage("Expected %s of <%s> to be %d/%d but was %d/%d", indicator, actual, numerator, denominator,
          r.getNumerator(), r.getDenominator());
    }
    return this;
  }
}
