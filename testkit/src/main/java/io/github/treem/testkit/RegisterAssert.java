package io.github.treem.testkit;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.io.ReadMode;
import io.github.treem.testkit.internal.Describe;
import io.github.treem.testkit.internal.RegisterContents;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a child register file of any format (CSV, JSON, JSON Lines), read with treem's
 * reader in strict mode and with treem's validator at the reference date, once, on the first
 * assertion. The reporting year must be given ({@link #forYear(int)}, or
 * {@link TreemAssertions#assertThatRegister(Path, int)}); the reference date defaults to 31
 * December of that year. Failure messages list the located problems (line, column, code, English
 * message), never personal data.
 *
 * <pre>{@code
 * assertThatRegister(file).forYear(2020).isValid().hasRowsRead(250);
 * assertThatRegister(file).forYear(2020).reportsIndicator("HI_U6").withState(ValueState.VALUE);
 * assertThatRegister(bad).forYear(2020).hasProblem("INVALID_DATE").atLine(3).atColumn("date_of_birth");
 * }</pre>
 *
 * <p>Implementation requirements: not thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RegisterAssert extends AbstractAssert<RegisterAssert, Path> {
  /** The reporting year; null until {@link #forYear(int)}. */
  private @Nullable Integer year;
  /** The reference date; null for 31 December of the year. */
  private @Nullable LocalDate referenceDate;
  private ReadMode mode = ReadMode.STRICT;
  private boolean validate = true;
  /** What was read; null until the first assertion (again after a setting changes). */
  private @Nullable RegisterContents contents;
  /** The figures; null until an assertion on them (again after a setting changes). */
  private @Nullable IndicatorReport indicators;

  RegisterAssert(Path actual) {
    super(actual, RegisterAssert.class);
  }

  /**
   * Sets the reporting year the register describes.
   *
   * @param reportingYear the year
   * @return this
   */
  public RegisterAssert forYear(int reportingYear) {
    this.year = reportingYear;
    reset();
    return this;
  }

  /**
   * Sets the reference date of the read, the validator and the indicators (default 31 December
   * of the reporting year).
   *
   * @param date the date
   * @return this
   */
  public RegisterAssert withReferenceDate(LocalDate date) {
    this.referenceDate = date;
    reset();
    return this;
  }

  /**
   * Sets the strictness of the read of a CSV register (default {@link ReadMode#STRICT}).
   *
   * @param readMode the mode
   * @return this
   */
  public RegisterAssert inMode(ReadMode readMode) {
    this.mode = readMode;
    reset();
    return this;
  }

  /**
   * Reads without treem's validator: only the reader's own checks apply.
   *
   * @return this
   */
  public RegisterAssert withoutValidator() {
    this.validate = false;
    reset();
    return this;
  }

  private void reset() {
    contents = null;
    indicators = null;
  }

  private RegisterContents contents() {
    isNotNull();
    Integer y = year;
    if (y == null) {
      throw new IllegalStateException("call forYear(reportingYear) before asserting on a register");
    }
    RegisterContents c = contents;
    if (c == null) {
      c = RegisterContents.read(actual, y, ref(y), mode, validate);
      contents = c;
    }
    return c;
  }

  private LocalDate ref(int y) {
    return referenceDate != null ? referenceDate : LocalDate.of(y, 12, 31);
  }

  private String name() {
    Path n = actual.getFileName();
    return "register <" + (n == null ? actual : n) + "> (year " + year + ")";
  }

  private String summary(RegisterContents c) {
    return c.stats().getRowsRead() + " rows read, " + c.stats().getRowsAccepted() + " accepted, "
        + c.stats().getRowsRejected() + " rejected" + (c.stats().isMalformed() ? ", file malformed" : "");
  }

  /**
   * Verifies that no row is rejected and that the register holds no error (warnings allowed).
   *
   * @return this
   */
  public RegisterAssert isValid() {
    RegisterContents c = contents();
    List<Issue> errors = c.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
    if (c.stats().getRowsRejected() > 0 || c.stats().isMalformed() || !errors.isEmpty()) {
      failWithMessage("%s", "Expecting " + name() + " to be valid, but " + summary(c) + "; errors:\n"
          + Describe.issues(errors));
    }
    return this;
  }

  /**
   * Verifies that the register holds no problem at all (no error, no warning).
   *
   * @return this
   */
  public RegisterAssert hasNoProblems() {
    return hasNoProblemsExcept();
  }

  /**
   * Verifies that every problem of the register (of any severity) has one of the codes given.
   *
   * @param codes the codes allowed
   * @return this
   */
  public RegisterAssert hasNoProblemsExcept(String... codes) {
    RegisterContents c = contents();
    Set<String> allowed = Set.of(codes);
    List<Issue> other = c.issues().stream().filter(i -> !allowed.contains(i.getCode())).toList();
    if (!other.isEmpty()) {
      failWithMessage("%s", "Expecting " + name() + " to have no problems"
          + (codes.length == 0 ? "" : " except " + Arrays.toString(codes)) + ", but it has " + other.size()
          + " (" + summary(c) + "):\n" + Describe.issues(other));
    }
    return this;
  }

  /**
   * Verifies the number of records read.
   *
   * @param expected the number
   * @return this
   */
  public RegisterAssert hasRowsRead(long expected) {
    RegisterContents c = contents();
    if (c.stats().getRowsRead() != expected) {
      failWithMessage("%s", "Expecting " + name() + " to have " + expected + " rows read, but " + summary(c));
    }
    return this;
  }

  /**
   * Verifies the number of records accepted.
   *
   * @param expected the number
   * @return this
   */
  public RegisterAssert hasRowsAccepted(long expected) {
    RegisterContents c = contents();
    if (c.stats().getRowsAccepted() != expected) {
      failWithMessage("%s", "Expecting " + name() + " to have " + expected + " rows accepted, but " + summary(c)
          + "; problems:\n" + Describe.issues(c.issues()));
    }
    return this;
  }

  /**
   * Verifies the number of records rejected.
   *
   * @param expected the number
   * @return this
   */
  public RegisterAssert hasRowsRejected(long expected) {
    RegisterContents c = contents();
    if (c.stats().getRowsRejected() != expected) {
      failWithMessage("%s", "Expecting " + name() + " to have " + expected + " rows rejected, but " + summary(c)
          + "; problems:\n" + Describe.issues(c.issues()));
    }
    return this;
  }

  /**
   * Verifies that the register has at least one problem with a code.
   *
   * @param code the code, e.g. {@code "INVALID_DATE"}
   * @return an assertion on the problems with that code
   */
  public ProblemAssert hasProblem(String code) {
    RegisterContents c = contents();
    List<Issue> found = c.issues().stream().filter(i -> i.getCode().equals(code)).toList();
    if (found.isEmpty()) {
      failWithMessage("%s", "Expecting " + name() + " to have a problem " + code + ", but its problems are:\n"
          + Describe.issues(c.issues()));
    }
    return new ProblemAssert(found, this);
  }

  /**
   * Verifies that the register has no problem with a code.
   *
   * @param code the code
   * @return this
   */
  public RegisterAssert doesNotHaveProblem(String code) {
    RegisterContents c = contents();
    List<Issue> found = c.issues().stream().filter(i -> i.getCode().equals(code)).toList();
    if (!found.isEmpty()) {
      failWithMessage("%s", "Expecting " + name() + " to have no problem " + code + ", but found:\n"
          + Describe.issues(found));
    }
    return this;
  }

  /**
   * Verifies that the problems of the register are exactly these (line, column and code), in any
   * order.
   *
   * @param expected the problems
   * @return this
   */
  public RegisterAssert hasExactlyProblems(Collection<ExpectedProblem> expected) {
    RegisterContents c = contents();
    List<ExpectedProblem> missing = new ArrayList<>(expected);
    List<Issue> unexpected = new ArrayList<>();
    for (Issue i : c.issues()) {
      Optional<ExpectedProblem> m = missing.stream().filter(p -> p.matches(i)).findFirst();
      if (m.isPresent()) {
        missing.remove(m.get());
      } else {
        unexpected.add(i);
      }
    }
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      missing.sort(Comparator.comparingLong(ExpectedProblem::getLine));
      failWithMessage("%s", "Expecting " + name() + " to have exactly " + expected.size() + " problem(s), but ("
          + summary(c) + ")\nexpected but not found:\n" + Describe.list(missing.stream().map(Object::toString).toList())
          + "\nfound but not expected:\n" + Describe.issues(unexpected));
    }
    return this;
  }

  /**
   * Verifies that the problems of the register are exactly these (line, column and code).
   *
   * @param expected the problems
   * @return this
   */
  public RegisterAssert hasExactlyProblems(ExpectedProblem... expected) {
    return hasExactlyProblems(Arrays.asList(expected));
  }

  /**
   * Verifies that the register has exactly the problems a generated register is known to carry,
   * and that it rejects exactly one row per injected defect.
   *
   * @param register the generated register
   * @return this
   */
  public RegisterAssert hasExactlyTheProblemsOf(InvalidRegister register) {
    return hasExactlyProblems(register.getExpectedProblems()).hasRowsRejected(register.getRejectedRows());
  }

  /**
   * Computes the plan's indicators from the accepted children with
   * {@link IndicatorCalculator} (year and reference date of this assertion, no suppression) and
   * continues with assertions on one indicator.
   *
   * @param code the indicator's code, e.g. {@code "HI_U6"}
   * @return an assertion on the indicator's result
   */
  public IndicatorAssert reportsIndicator(String code) {
    RegisterContents c = contents();
    int y = Objects.requireNonNull(year); // contents() fails without one
    Optional<Indicators> indicator = Indicators.fromCode(code);
    if (indicator.isEmpty()) {
      failWithMessage("%s", "Expecting an indicator " + code + ", but treem has no indicator of that code");
    }
    IndicatorReport computed = indicators;
    if (computed == null) {
      computed = IndicatorCalculator.builder().year(y).referenceDate(ref(y)).build().compute(c.accepted(), "register");
      indicators = computed;
    }
    Optional<IndicatorResult> r = computed.result(indicator.get());
    if (r.isEmpty()) {
      failWithMessage("%s", "Expecting " + name() + " to report indicator " + code + ", but it was not computed");
    }
    return new IndicatorAssert(r.get(), this);
  }
}
