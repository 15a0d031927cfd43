package io.github.treem.spark.internal;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.GrowthScorer;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.Indicators;
import io.github.treem.io.ChildValidator;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.Validation;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the executors need to rebuild the calculator and the read options, in serializable form
 * (internal, not API). {@link IndicatorCalculator} and {@link ReadOptions} are not serializable:
 * their configuration is copied field by field; a growth scorer other than the default one and a
 * validator are shipped only when they are serializable themselves.
 */
public final class Settings implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The default growth scorer, to tell it apart from a custom one. */
  private static final GrowthScorer DEFAULT_SCORER = IndicatorCalculator.builder().year(2000).build().getGrowthScorer();

  private final int year;
  private final LocalDate referenceDate;
  private final ArrayList<String> indicators = new ArrayList<>();
  private final ArrayList<String> dimensions = new ArrayList<>();
  /** Null for the default scorer (rebuilt on each executor). */
  @SuppressWarnings("serial") // the constructor keeps only a Serializable scorer (javac 21+ lint)
  private final @Nullable GrowthScorer scorer;

  private final int readYear;
  private final LocalDate readReferenceDate;
  private final ReadMode mode;
  @SuppressWarnings("serial") // shipped only when Serializable (javac 21+ lint)
  private final @Nullable ChildValidator validator;
  private final Validation validation;
  /** The heap budget of the duplicate check, or null for the executor's default. */
  private final @Nullable Long idHeapBudget;
  private final int maxFieldLength;
  private final int maxColumns;
  private final int maxLineLength;

  private transient @Nullable IndicatorCalculator calculator; // null in a deserialized copy

  private Settings(IndicatorCalculator calc, ReadOptions options) {
    this.year = calc.getYear();
    this.referenceDate = calc.getReferenceDate();
    calc.getIndicators().forEach(i -> indicators.add(i.name()));
    calc.getDimensions().forEach(d -> dimensions.add(d.name()));
    GrowthScorer s = calc.getGrowthScorer();
    if (s == DEFAULT_SCORER) {
      this.scorer = null;
    } else if (s instanceof Serializable) {
      this.scorer = s;
    } else {
      throw new InvalidValueException(SparkErrorCode.SCORER_NOT_SERIALIZABLE,
          "the calculator's growth scorer must be the default one or Serializable to run in Spark");
    }
    this.readYear = options.getReportingYear();
    this.readReferenceDate = options.getReferenceDate();
    this.mode = options.getMode();
    ChildValidator v = options.getValidator().orElse(null);
    if (v != null && !(v instanceof Serializable)) {
      throw new InvalidValueException(SparkErrorCode.VALIDATOR_NOT_SERIALIZABLE,
          "the read options' validator must be Serializable to run in Spark");
    }
    this.validator = v;
    this.validation = options.getValidation();
    this.idHeapBudget = options.getIdHeapBudget().isPresent() ? options.getIdHeapBudget().getAsLong() : null;
    this.maxFieldLength = options.getMaxFieldLength();
    this.maxColumns = options.getMaxColumns();
    this.maxLineLength = options.getMaxLineLength();
    this.calculator = calc;
  }

  /**
   * The settings of a calculator and read options.
   *
   * @param calculator the calculator
   * @param options the read options (the file name, if any, is replaced by each file's)
   * @return the settings
   * @throws InvalidValueException TREEM-SPARK-0001 when the growth scorer cannot be shipped,
   *     TREEM-SPARK-0002 when the validator cannot be shipped
   */
  public static Settings of(IndicatorCalculator calculator, ReadOptions options) {
    return new Settings(Objects.requireNonNull(calculator, "calculator must not be null"),
        Objects.requireNonNull(options, "options must not be null"));
  }

  /** {@return the calculator, rebuilt once per deserialized copy} */
  public IndicatorCalculator calculator() {
    IndicatorCalculator c = calculator;
    if (c == null) {
      List<Indicators> is = new ArrayList<>();
      indicators.forEach(n -> is.add(Indicators.valueOf(n)));
      List<BreakdownDimension> ds = new ArrayList<>();
      dimensions.forEach(n -> ds.add(BreakdownDimension.valueOf(n)));
      IndicatorCalculator.Builder b = IndicatorCalculator.builder().year(year).referenceDate(referenceDate)
          .indicators(is).breakdowns(ds);
      if (scorer != null) {
        b.growthScorer(scorer);
      }
      c = b.build();
      calculator = c;
    }
    return c;
  }

  /**
   * The read options of one file.
   *
   * @param fileName the file's name, for issue locations
   * @return the options
   */
  public ReadOptions readOptions(String fileName) {
    ReadOptions.Builder b = ReadOptions.builder().reportingYear(readYear).referenceDate(readReferenceDate).mode(mode)
        .maxFieldLength(maxFieldLength).maxColumns(maxColumns).maxLineLength(maxLineLength).fileName(fileName)
        .validation(validation);
    if (validator != null) {
      b.validator(validator);
    }
    if (idHeapBudget != null) {
      b.idHeapBudget(idHeapBudget);
    }
    return b.build();
  }
}
