package io.github.treem.benchmarks;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link TreemValidator#validate(Object)} per child on one thread: a valid child (a synthetic one
 * with a measurement, a card, an enrolment and safety skills) and an invalid one (the same child
 * with a birth registration before its birth: one ERROR issue, interpolated in two languages).
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar ValidationBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ValidationBenchmark {
  private TreemValidator validator;
  private Child valid;
  private Child invalid;

  /** Picks a rich valid child and makes an invalid copy of it. */
  @Setup
  public void setUp() {
    validator = TreemValidator.of(LocalDate.of(2020, 12, 31));
    CommuneGenerator gen = CommuneGenerator.builder().seed(3).year(2020).children(10_000).build();
    valid = gen.stream()
        .filter(c -> !c.getMeasurements().isEmpty() && !c.getHealthInsuranceCards().isEmpty()
            && c.getDateOfBirth().isPresent() && c.getBirthRegistration().isPresent())
        .filter(c -> validator.validate(c).getIssues().isEmpty())
        .findFirst().orElseThrow();
    LocalDate dob = valid.getDateOfBirth().orElseThrow();
    invalid = Child.builder().from(valid).birthRegistration(BirthRegistration.of(dob.minusDays(10))).build();
    if (validator.validate(invalid).isValid()) {
      throw new IllegalStateException("the invalid child is valid");
    }
  }

  /** Closes the validator. */
  @TearDown
  public void tearDown() {
    validator.close();
  }

  /** {@return the report of a valid child (no issue)} */
  @Benchmark
  public ValidationReport validChild() {
    return validator.validate(valid);
  }

  /** {@return the report of an invalid child (one error)} */
  @Benchmark
  public ValidationReport invalidChild() {
    return validator.validate(invalid);
  }
}
