package io.github.treem.io.report;

import io.github.treem.core.plan.Plan;
import io.github.treem.indicators.Accumulator;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.Publication;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRead;
import io.github.treem.io.RegisterReading;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.internal.read.ParallelRead;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * treem's one way from registers to a published report: read the registers (files, folders,
 * streams, standard input; in parallel, each hashed in the same pass, issues to a sink in the
 * order of the registers) → accumulate the indicators → data quality → small-number suppression
 * and the assessment of the plan's targets (against a previous report, if given, for
 * {@code INCREASE} targets) → manifest → a {@link ReportDocument}. {@code treem report} and
 * {@code treem export}, the benchmarks, the examples and {@code treem-spark} all go this way.
 *
 * <pre>{@code
 * ReportDocument province = ReportPipeline.builder()
 *     .calculator(IndicatorCalculator.builder()
 *         .year(2020)
 *         .referenceDate(LocalDate.of(2020, 12, 31))
 *         .breakdowns(BreakdownDimension.AREA)
 *         .build())
 *     .reading(RegisterReading.builder().options(ReadOptions.of(2020)).threads(3).build())
 *     .build()
 *     .run(RegisterSource.listFolder(dir));
 * String json = ReportJson.of(Language.VI).write(province);
 * }</pre>
 *
 * <p>This is {@code ExampleProvinceRollUp} of the examples module, compiled and run by the build;
 * {@code ExampleCommuneReport} adds a plan ({@link Builder#plan}), a validator (in the
 * {@link ReadOptions}) and a sink for the rejected rows ({@link RegisterReading.Builder#sink}).
 *
 * <p>The document is published: small numbers are suppressed, and the targets are assessed on
 * the published figures, so that a status never tells what a suppressed figure hides. The figures
 * before suppression, for the commune's own work and never for publication, are asked for by
 * name: {@link Builder#unsuppressedForInternalUse()}. The manifest holds the treem version, the
 * year and the reference date, the SHA-256 of every WHO table and of every register (by its
 * {@linkplain RegisterSource#getManifestName() manifest name}), and the options: {@code by} (the
 * breakdowns), {@code suppression} ({@code true} or {@code false}) and those the caller adds
 * ({@link Builder#putManifestOption}; {@code treem report} adds {@code plan} and {@code lang}).
 *
 * <p>The same registers and settings give the same document, byte for byte once written,
 * whatever the number of threads and the order of the files' rows within the accumulator.
 *
 * <p>Implementation requirements: immutable and thread-safe (as far as the reading's sink,
 * progress listener and validator are); {@link #run} may be called any number of times.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportPipeline {
  private final IndicatorCalculator calculator;
  private final RegisterReading reading;
  private final Optional<Plan> plan;
  private final Optional<IndicatorReport> previousReport;
  private final boolean suppressed;
  private final SortedMap<String, String> manifestOptions;

  private ReportPipeline(Builder b) {
    this.calculator = Objects.requireNonNull(b.calculator, "calculator must be set");
    this.reading = b.reading != null ? b.reading
        : RegisterReading.of(ReadOptions.builder().reportingYear(calculator.getYear())
            .referenceDate(calculator.getReferenceDate()).build());
    this.plan = b.plan;
    this.previousReport = b.previousReport;
    this.suppressed = b.suppressed;
    this.manifestOptions = new TreeMap<>(b.manifestOptions);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the calculator: year, reference date, indicators, breakdowns} */
  public IndicatorCalculator getCalculator() {
    return calculator;
  }

  /** {@return how the registers are read} */
  public RegisterReading getReading() {
    return reading;
  }

  /** {@return the plan whose targets are assessed, if any} */
  public Optional<Plan> getPlan() {
    return plan;
  }

  /** {@return last year's report, for {@code INCREASE} targets, if given} */
  public Optional<IndicatorReport> getPreviousReport() {
    return previousReport;
  }

  /** {@return whether small numbers are suppressed (true unless asked otherwise by name)} */
  public boolean isSuppressed() {
    return suppressed;
  }

  /**
   * The whole way: reads the registers and makes the document.
   *
   * @param sources the registers, in order (their order changes nothing in the document)
   * @return the document: report, target assessments, manifest
   * @throws IOException when a register cannot be read (see {@link RegisterReading})
   */
  public ReportDocument run(List<RegisterSource> sources) throws IOException {
    ParallelRead.Result<Accumulator> read = ParallelRead.read(sources, reading.getThreads(),
        ParallelRead.Settings.of(reading), calculator::newAccumulator, ParallelRead.ACCUMULATE, Accumulator::merge);
    return finish(read.total(), read.reads());
  }

  /**
   * The finishing steps, for registers read into an accumulator: data quality, suppression and
   * target assessment, manifest with each register's digest.
   *
   * @param accumulator the accumulator (of this pipeline's calculator) with every register's
   *     accepted children
   * @param reads each register's digest and counts
   * @return the document
   */
  public ReportDocument finish(Accumulator accumulator, List<RegisterRead> reads) {
    DataQuality quality = DataQuality.empty();
    SortedMap<String, String> inputs = new TreeMap<>();
    for (RegisterRead r : reads) {
      quality = quality.plus(r.getQuality());
      inputs.put(r.getSource().getManifestName(), r.getSha256());
    }
    return finish(accumulator, quality, inputs);
  }

  /**
   * The finishing steps, for registers read elsewhere (on a cluster, for example: see
   * {@link RegisterReading#readInto}) whose digests are not known: the manifest lists no input.
   *
   * @param accumulator the accumulator (of this pipeline's calculator) with every register's
   *     accepted children
   * @param quality the counts of the registers' rows, summed
   * @return the document
   */
  public ReportDocument finish(Accumulator accumulator, DataQuality quality) {
    return finish(accumulator, quality, new TreeMap<>());
  }

  /**
   * The finishing steps for counts summed elsewhere, such as a province's sum of its communes'
   * submissions ({@link io.github.treem.io.submission.ProvinceRollUp}): suppression and target
   * assessment of the sum, as for registers, and the manifest with the given inputs.
   *
   * @param unsuppressed the counts, unsuppressed, of this pipeline's year and reference date
   *     (with their data quality, if known)
   * @param inputs the SHA-256 of each input, by name
   * @return the document
   * @throws IllegalArgumentException when the report is suppressed or of another year or
   *     reference date
   */
  public ReportDocument finish(IndicatorReport unsuppressed, Map<String, String> inputs) {
    Objects.requireNonNull(unsuppressed, "unsuppressed must not be null");
    if (unsuppressed.isSuppressed() || unsuppressed.getYear() != calculator.getYear()
        || !unsuppressed.getReferenceDate().equals(calculator.getReferenceDate())) {
      throw new IllegalArgumentException("an unsuppressed report of the pipeline's year and reference date is needed");
    }
    Published published = publish(unsuppressed);
    return ReportDocument.builder().report(published.report()).targets(published.targets())
        .manifest(manifest(new TreeMap<>(inputs))).build();
  }

  private ReportDocument finish(Accumulator accumulator, DataQuality quality, SortedMap<String, String> inputs) {
    IndicatorReport report = accumulator.result().withDataQuality(quality);
    Published published = publish(report);
    return ReportDocument.builder().report(published.report()).targets(published.targets())
        .manifest(manifest(inputs)).build();
  }

  /** The figures and target statuses as published. */
  private record Published(IndicatorReport report, List<TargetAssessment> targets) {}

  /**
   * Suppression and target assessment, together: the one place where what is published is
   * decided. The targets are assessed on the figures as published, so that a status never tells
   * what a suppressed figure hides.
   */
  private Published publish(IndicatorReport report) {
    if (!suppressed) {
      return new Published(report, plan.map(p -> TargetAssessment.assessAll(p, report, previousReport))
          .orElse(List.of()));
    }
    IndicatorReport figures = DisclosureControl.publish(report, List.of()).report();
    List<TargetAssessment> targets = plan.map(p -> TargetAssessment.assessAll(p, figures, previousReport))
        .orElse(List.of());
    // the statuses published beside the figures are audited with them
    Publication publication = DisclosureControl.verify(figures, targets);
    return new Published(publication.report(), publication.assessments());
  }

  private ReportManifest manifest(SortedMap<String, String> inputs) {
    ReportManifest.Builder m = ReportManifest.builder().year(calculator.getYear())
        .referenceDate(calculator.getReferenceDate()).putAllOptions(manifestOptions)
        .putOptions("by", calculator.getDimensions().stream().map(BreakdownDimension::getKey).sorted()
            .collect(Collectors.joining(",")))
        .putOptions("suppression", Boolean.toString(suppressed));
    return m.putAllInputs(inputs).build();
  }

  @Override
  public String toString() {
    return "ReportPipeline{year=" + calculator.getYear() + ", referenceDate=" + calculator.getReferenceDate()
        + ", suppressed=" + suppressed + ", " + reading + "}";
  }

  /** Builds a {@link ReportPipeline}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private IndicatorCalculator calculator;
    private RegisterReading reading;
    private Optional<Plan> plan = Optional.empty();
    private Optional<IndicatorReport> previousReport = Optional.empty();
    private boolean suppressed = true;
    private final SortedMap<String, String> manifestOptions = new TreeMap<>();

    Builder() {}

    /**
     * Sets the calculator (required): the year, the reference date, the indicators and the
     * breakdowns. Add {@link BreakdownDimension#AREA} for one cell per register.
     *
     * @param calculator the calculator
     * @return this builder
     */
    public Builder calculator(IndicatorCalculator calculator) {
      this.calculator = Objects.requireNonNull(calculator, "calculator must not be null");
      return this;
    }

    /**
     * Sets how the registers are read (default: {@link RegisterReading#of} the calculator's
     * year and reference date, strict, no validator, threads as the processors, no sink).
     *
     * @param reading the reading
     * @return this builder
     */
    public Builder reading(RegisterReading reading) {
      this.reading = Objects.requireNonNull(reading, "reading must not be null");
      return this;
    }

    /**
     * Sets the plan whose targets are assessed (default: none, no target assessed).
     *
     * @param plan the plan
     * @return this builder
     */
    public Builder plan(Plan plan) {
      this.plan = Optional.of(Objects.requireNonNull(plan, "plan must not be null"));
      return this;
    }

    /**
     * Sets last year's report: an {@code INCREASE} target is assessed against the value of its
     * indicator there, instead of the baseline written in the target.
     *
     * @param previousReport the report
     * @return this builder
     */
    public Builder previousReport(IndicatorReport previousReport) {
      this.previousReport = Optional.of(Objects.requireNonNull(previousReport, "previousReport must not be null"));
      return this;
    }

    /**
     * Keeps small numbers: the figures before suppression, for internal use only (a commune's
     * own follow-up of its children), never to be published. The manifest says
     * {@code suppression=false}.
     *
     * @return this builder
     */
    public Builder unsuppressedForInternalUse() {
      this.suppressed = false;
      return this;
    }

    /**
     * Adds an option to the manifest, such as the plan's file and digest or the language of the
     * output. {@code by} and {@code suppression} are the pipeline's own and cannot be set.
     *
     * @param name the option's name
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException for {@code by} or {@code suppression}
     */
    public Builder putManifestOption(String name, String value) {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(value, "value must not be null");
      if (name.equals("by") || name.equals("suppression")) {
        throw new IllegalArgumentException("the manifest option " + name + " is the pipeline's own");
      }
      manifestOptions.put(name, value);
      return this;
    }

    /**
     * Adds options to the manifest ({@link #putManifestOption} for each).
     *
     * @param options the options
     * @return this builder
     */
    public Builder putAllManifestOptions(Map<String, String> options) {
      options.forEach(this::putManifestOption);
      return this;
    }

    /**
     * Builds the pipeline.
     *
     * @return the pipeline
     * @throws NullPointerException when the calculator is not set
     */
    public ReportPipeline build() {
      return new ReportPipeline(this);
    }
  }
}
