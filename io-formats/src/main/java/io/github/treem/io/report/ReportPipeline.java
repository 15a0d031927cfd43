package io.github.treem.io.report;

import io.github.treem.core.admin.AdministrativeDivisions;
import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.admin.Succession;
import io.github.treem.core.plan.MonitoringLine;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.Target;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.Accumulator;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.DisclosureRule;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Publication;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.cases.CaseAccumulator;
import io.github.treem.indicators.cases.MedianDaysToPlan;
import io.github.treem.indicators.cfc.CaseFigures;
import io.github.treem.indicators.cfc.ChildFriendlyScorer;
import io.github.treem.indicators.cfc.ChildFriendlyTargetAssessment;
import io.github.treem.indicators.cfc.CommuneType;
import io.github.treem.indicators.cfc.ScoreCard;
import io.github.treem.indicators.cfc.ScoringInput;
import io.github.treem.indicators.cfc.SelfAssessment;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRead;
import io.github.treem.io.RegisterReading;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.internal.read.ParallelRead;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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
 * {@linkplain RegisterSource#getManifestName() manifest name}), the encoding each register was
 * read in ({@link RegisterRead#getTextEncoding()}: the one asked for or detected), and the options: {@code by} (the
 * breakdowns), {@code suppression} ({@code true} or {@code false}) and those the caller adds
 * ({@link Builder#putManifestOption}; {@code treem report} adds {@code plan} and {@code lang}).
 *
 * <p>Earlier years: {@link Builder#previousReport(ReportDocument, String)} (repeatable, for a
 * series) puts each earlier report's totals into the document ({@link ReportDocument#getPrevious()}),
 * so that every output shows last year's value and the change; an {@code INCREASE} target is
 * assessed against the report of the year before. A previous report of the same or a later year,
 * two of one year, or one of another commune (its manifest's {@code commune}, followed through
 * the communes' successions to this report's date) is refused when the pipeline is built, with a
 * {@link ReportSeriesException}; so is a plan of another year than the calculator's. The
 * manifest's option {@code commune} is the plan's commune code ({@link Plan#getIssuerCommuneCode()})
 * unless set by {@link Builder#commune}.
 *
 * <p>The child-friendly commune standard (Quyết định 06/QĐ-TTg): given the commune's
 * self-assessment ({@link Builder#selfAssessment}) or at least its type
 * ({@link Builder#communeType}), the pipeline scores the commune with the scoring table in force
 * at the reference date ({@link Builder#scorer}, default {@link ChildFriendlyScorer#qd06()}) on
 * the unsuppressed figures, assesses the plan's target on the standard
 * ({@link ChildFriendlyTargetAssessment}: never met on provisional bands) and puts the published
 * score card in the document ({@link ReportDocument#getChildFriendly()}). A self-assessment of
 * another year or commune, or with an error against the table, is refused when the pipeline is
 * built ({@link ReportSeriesException}).
 *
 * <p>Protection cases (Nghị định 56/2017/NĐ-CP): given the figures of the commune's case files
 * ({@link Builder#cases(CaseAccumulator)}, accumulated by {@code io.github.treem.io.cases.CaseReport#read}),
 * the {@link CaseIndicators} join the register's indicators in the one report and go through the
 * same disclosure step: every case figure is sensitive, so that a total, cell or exclusion count
 * of 1 to 4 is hidden (a hidden total with its breakdowns), and the audit covers the case figures
 * beside the register's. The standard's case items (3.1, 6.2) are then scored from the cases.
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
  private final List<Previous> previous;
  private final Optional<CommuneCode> commune;
  private final boolean suppressed;
  private final io.github.treem.indicators.AreaHierarchy areas;
  private final boolean syntheticData;
  private final SortedMap<String, String> manifestOptions;
  private final ChildFriendlyScorer scorer;
  private final Optional<SelfAssessment> selfAssessment;
  private final Optional<CommuneType> communeType;
  private final Optional<IndicatorReport> cases;
  private final Optional<CaseFigures> caseFigures;
  private final Optional<MedianDaysToPlan> daysToPlan;
  private final Optional<MedianDaysToPlan> daysToPlanInternal;

  private ReportPipeline(Builder b) {
    this.calculator = Objects.requireNonNull(b.calculator, "calculator must be set");
    this.reading = b.reading != null ? b.reading
        : RegisterReading.of(ReadOptions.builder().reportingYear(calculator.getYear())
            .referenceDate(calculator.getReferenceDate()).build());
    this.plan = b.plan;
    this.commune = b.commune.isPresent() ? b.commune : b.plan.flatMap(Plan::getIssuerCommuneCode);
    List<Previous> sorted = new ArrayList<>(b.previous);
    sorted.sort(Comparator.comparingInt(p -> p.report().getYear()));
    this.previous = List.copyOf(sorted);
    this.suppressed = b.suppressed;
    this.areas = b.areas;
    this.syntheticData = b.syntheticData;
    this.manifestOptions = new TreeMap<>(b.manifestOptions);
    commune.ifPresent(c -> manifestOptions.putIfAbsent("commune", c.getCode()));
    this.scorer = b.scorer;
    this.selfAssessment = b.selfAssessment;
    this.communeType = b.communeType;
    this.cases = b.cases;
    this.caseFigures = b.caseFigures;
    this.daysToPlan = b.daysToPlan;
    this.daysToPlanInternal = b.daysToPlanInternal;
    if (cases.isPresent() && (cases.get().getYear() != calculator.getYear()
        || !cases.get().getReferenceDate().equals(calculator.getReferenceDate()))) {
      throw new IllegalArgumentException("the case figures must be of the calculator's year and reference date");
    }
    check();
    checkSelfAssessment();
  }

  /** An earlier report, with its commune (from its manifest) and where it was read from. */
  private record Previous(IndicatorReport report, Optional<String> commune, Location location) {}

  /** The checks of the series: earlier years, each once, the same commune; the plan of the year. */
  private void check() {
    int year = calculator.getYear();
    if (plan.isPresent() && plan.get().getYear() != year) {
      throw new ReportSeriesException(ReportSeriesIssueCode.SERIES_PLAN_OTHER_YEAR.issue(Severity.ERROR,
          Location.unknown(), "plan " + plan.get().getYear() + ", report " + year));
    }
    Set<Integer> years = new HashSet<>();
    for (Previous p : previous) {
      int y = p.report().getYear();
      if (y >= year) {
        throw new ReportSeriesException(ReportSeriesIssueCode.SERIES_NOT_EARLIER.issue(Severity.ERROR, p.location(),
            "previous " + y + ", report " + year));
      }
      if (!years.add(y)) {
        throw new ReportSeriesException(ReportSeriesIssueCode.SERIES_DUPLICATE_YEAR.issue(Severity.ERROR,
            p.location(), Integer.toString(y)));
      }
      if (p.commune().isPresent() && commune.isPresent()
          && !sameCommune(p.commune().get(), p.report().getReferenceDate(), commune.get().getCode(),
              calculator.getReferenceDate())) {
        throw new ReportSeriesException(ReportSeriesIssueCode.SERIES_OTHER_COMMUNE.issue(Severity.ERROR,
            p.location(), p.commune().get() + " (" + y + "), " + commune.get().getCode() + " (" + year + ")"));
      }
    }
  }

  /** The self-assessment: of the year, of the commune, and without an error against the table in force. */
  private void checkSelfAssessment() {
    if (selfAssessment.isEmpty()) {
      return;
    }
    SelfAssessment sa = selfAssessment.get();
    int year = calculator.getYear();
    if (sa.getYear() != year) {
      throw new ReportSeriesException(ReportSeriesIssueCode.SERIES_SELF_ASSESSMENT_OTHER_YEAR.issue(Severity.ERROR,
          Location.ofPath("year"), "self-assessment " + sa.getYear() + ", report " + year));
    }
    if (commune.isPresent() && CommuneCode.isValid(sa.getCommuneCode())
        && !sameCommune(sa.getCommuneCode(), sa.getAssessedOn(), commune.get().getCode(), calculator.getReferenceDate())) {
      throw new ReportSeriesException(ReportSeriesIssueCode.SERIES_SELF_ASSESSMENT_OTHER_COMMUNE.issue(Severity.ERROR,
          Location.ofPath("communeCode"), sa.getCommuneCode() + ", " + commune.get().getCode()));
    }
    List<Issue> errors = sa.validate(scorer.tableFor(calculator.getReferenceDate())).issuesOf(Severity.ERROR);
    if (!errors.isEmpty()) {
      throw new ReportSeriesException(errors.get(0));
    }
  }

  /**
   * Whether an earlier report's commune is this report's: the same code, or a code that the
   * earlier commune went into (fully or in part) between the two dates, succession after
   * succession.
   */
  static boolean sameCommune(String before, LocalDate beforeDate, String now, LocalDate nowDate) {
    if (before.equals(now)) {
      return true;
    }
    if (!CommuneCode.isValid(before)) {
      return false;
    }
    AdministrativeDivisions divisions = AdministrativeDivisions.gso();
    Set<String> seen = new HashSet<>();
    Deque<String> codes = new ArrayDeque<>(List.of(before));
    Deque<LocalDate> dates = new ArrayDeque<>(List.of(beforeDate));
    while (!codes.isEmpty()) {
      String c = codes.pop();
      LocalDate d = dates.pop();
      if (!seen.add(c) || seen.size() > 64) {
        continue;
      }
      for (Succession s : divisions.successorsOf(AdministrativeLevel.COMMUNE, c, d)) {
        if (s.getDate().isAfter(nowDate)) {
          continue;
        }
        String next = s.getSuccessor().getCode();
        if (next.equals(now)) {
          return true;
        }
        codes.push(next);
        dates.push(s.getDate());
      }
    }
    return false;
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

  /** {@return last year's report (of the year before the calculator's), for {@code INCREASE} targets, if given} */
  public Optional<IndicatorReport> getPreviousReport() {
    return previous.stream().map(Previous::report).filter(r -> r.getYear() == calculator.getYear() - 1).findFirst();
  }

  /** {@return every earlier report given, by year ascending} */
  public List<IndicatorReport> getPreviousReports() {
    return previous.stream().map(Previous::report).collect(Collectors.toUnmodifiableList());
  }

  /** {@return the commune of the report: set, or the plan's commune code, if known} */
  public Optional<CommuneCode> getCommune() {
    return commune;
  }

  /** {@return the scorer of the child-friendly commune standard (its tables)} */
  public ChildFriendlyScorer getScorer() {
    return scorer;
  }

  /** {@return the commune's self-assessment on the child-friendly commune standard, if given} */
  public Optional<SelfAssessment> getSelfAssessment() {
    return selfAssessment;
  }

  /** {@return the commune's type for the standard, if set (else the self-assessment's)} */
  public Optional<CommuneType> getCommuneType() {
    return communeType;
  }

  /** {@return the figures of the protection cases given (unsuppressed, for the publication step), if any} */
  public Optional<IndicatorReport> getCases() {
    return cases;
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
    SortedMap<String, String> encodings = new TreeMap<>();
    for (RegisterRead r : reads) {
      quality = quality.plus(r.getQuality());
      inputs.put(r.getSource().getManifestName(), r.getSha256());
      r.getTextEncoding().ifPresent(e -> encodings.put(r.getSource().getManifestName(), e.getName()));
    }
    // a register marked synthetic (written by treem generate) makes the report synthetic
    return finish(accumulator, quality, inputs, encodings, reads.stream().anyMatch(RegisterRead::isSyntheticData));
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
    return finish(accumulator, quality, new TreeMap<>(), new TreeMap<>(), false);
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
    return ReportDocument.builder().from(publish(unsuppressed)).monitoringLines(monitoringLines())
        .manifest(manifest(new TreeMap<>(inputs), new TreeMap<>(), false)).build();
  }

  private ReportDocument finish(Accumulator accumulator, DataQuality quality, SortedMap<String, String> inputs,
      SortedMap<String, String> encodings, boolean syntheticInputs) {
    IndicatorReport report = accumulator.result().withDataQuality(quality);
    ReportDocument.Builder doc = ReportDocument.builder().from(publish(report)).monitoringLines(monitoringLines())
        .manifest(manifest(inputs, encodings, syntheticInputs));
    previous.forEach(p -> doc.addPrevious(ReportDocument.PreviousYear.of(p.report())));
    return doc.build();
  }

  /** The plan's monitoring lines, read beside the targets (none without a plan). */
  private List<MonitoringLine> monitoringLines() {
    return plan.map(Plan::getMonitoring).orElse(List.of());
  }

  /**
   * Suppression and target assessment, together: the one place where what is published is
   * decided. The targets are assessed on the figures as published, so that a status never tells
   * what a suppressed figure hides; the document carries the publication (its audit), so that the
   * writers need not audit it again.
   */
  private ReportDocument publish(IndicatorReport registers) {
    IndicatorReport report = withCases(registers);
    Optional<IndicatorReport> previousReport = getPreviousReport();
    Optional<ScoreCard> card = scoreCard(report);
    boolean withMedian = report != registers;
    if (!suppressed) {
      ReportDocument internal = ReportDocument.unsuppressedForInternalUse(report,
          plan.map(p -> assess(p, report, previousReport, card)).orElse(List.of()));
      ReportDocument doc = withMedian && daysToPlanInternal.isPresent()
          ? ReportDocument.builder().from(internal).daysToPlan(daysToPlanInternal).build() : internal;
      return card.map(c -> ReportDocument.builder().from(doc).childFriendly(ChildFriendlyStanding.of(c, report)).build())
          .orElse(doc);
    }
    Publication published = DisclosureControl.publish(report, List.of(), DisclosureRule.DEFAULT, areas);
    IndicatorReport figures = published.report();
    List<TargetAssessment> targets = plan.map(p -> assess(p, figures, previousReport, card)).orElse(List.of());
    // the statuses published beside the figures: the audit of the figures, passed, is theirs too
    // (Publication#withAssessments; auditing again, as verify does, solves the same problem twice)
    ReportDocument verified = ReportDocument.of(published.withAssessments(targets));
    ReportDocument doc = withMedian && daysToPlan.isPresent()
        ? ReportDocument.builder().from(verified).daysToPlan(daysToPlan).build() : verified;
    return card.map(c -> ReportDocument.builder().from(doc).childFriendly(ChildFriendlyStanding.of(c, figures)).build())
        .orElse(doc);
  }

  /**
   * The register's figures with the case figures after them, unsuppressed: one report, so that
   * one disclosure step and one audit decide what is published of both. A report that already
   * holds case figures (a sum of submissions that carried them) is kept as it is.
   */
  private IndicatorReport withCases(IndicatorReport registers) {
    if (cases.isEmpty() || registers.getResults().stream().anyMatch(r -> CaseIndicators.fromCode(r.getCode()).isPresent())) {
      return registers;
    }
    List<IndicatorResult> all = new ArrayList<>(registers.getResults());
    all.addAll(cases.get().getResults());
    IndicatorReport joined = IndicatorReport.of(registers.getYear(), registers.getReferenceDate(), all);
    return registers.getDataQuality().map(joined::withDataQuality).orElse(joined);
  }

  /**
   * The commune's score card on the child-friendly commune standard, scored on the unsuppressed
   * figures, when a self-assessment or the commune's type is given.
   */
  private Optional<ScoreCard> scoreCard(IndicatorReport unsuppressed) {
    if (selfAssessment.isEmpty() && communeType.isEmpty()) {
      return Optional.empty();
    }
    ScoringInput.Builder in = ScoringInput.builder().year(calculator.getYear())
        .referenceDate(calculator.getReferenceDate()).report(unsuppressed);
    selfAssessment.ifPresent(in::selfAssessment);
    communeType.ifPresent(in::communeType);
    caseFigures.ifPresent(in::caseFigures);
    return Optional.of(scorer.score(in.build()));
  }

  /** The plan's targets; the one on the child-friendly standard from the score card, when there is one. */
  private static List<TargetAssessment> assess(Plan plan, IndicatorReport figures, Optional<IndicatorReport> previous,
      Optional<ScoreCard> card) {
    List<TargetAssessment> all = TargetAssessment.assessAll(plan, figures, previous);
    if (card.isEmpty()) {
      return all;
    }
    List<TargetAssessment> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      Target t = plan.getTargets().get(i);
      out.add(ChildFriendlyTargetAssessment.isStandardTarget(t) && t.getYear() == card.get().getYear()
          ? ChildFriendlyTargetAssessment.of(t, card.get()).getAssessment() : all.get(i));
    }
    return List.copyOf(out);
  }

  private ReportManifest manifest(SortedMap<String, String> inputs, SortedMap<String, String> encodings,
      boolean syntheticInputs) {
    ReportManifest.Builder m = ReportManifest.builder().year(calculator.getYear())
        .referenceDate(calculator.getReferenceDate()).putAllOptions(manifestOptions)
        .putOptions("by", calculator.getDimensions().stream().map(BreakdownDimension::getKey).sorted()
            .collect(Collectors.joining(",")))
        .putOptions("suppression", Boolean.toString(suppressed)).syntheticData(syntheticData || syntheticInputs);
    return m.putAllInputs(inputs).putAllInputEncodings(encodings).build();
  }

  @Override
  public String toString() {
    return "ReportPipeline{year=" + calculator.getYear() + ", referenceDate=" + calculator.getReferenceDate()
        + ", suppressed=" + suppressed + ", " + reading + "}";
  }

  /** Builds a {@link ReportPipeline}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private @Nullable IndicatorCalculator calculator;
    private @Nullable RegisterReading reading;
    private Optional<Plan> plan = Optional.empty();
    private final List<Previous> previous = new ArrayList<>();
    private Optional<CommuneCode> commune = Optional.empty();
    private boolean suppressed = true;
    private io.github.treem.indicators.AreaHierarchy areas = io.github.treem.indicators.AreaHierarchy.NONE;
    private boolean syntheticData;
    private final SortedMap<String, String> manifestOptions = new TreeMap<>();
    private ChildFriendlyScorer scorer = ChildFriendlyScorer.qd06();
    private Optional<SelfAssessment> selfAssessment = Optional.empty();
    private Optional<CommuneType> communeType = Optional.empty();
    private Optional<IndicatorReport> cases = Optional.empty();
    private Optional<CaseFigures> caseFigures = Optional.empty();
    private Optional<MedianDaysToPlan> daysToPlan = Optional.empty();
    private Optional<MedianDaysToPlan> daysToPlanInternal = Optional.empty();

    Builder() {}

    /**
     * Adds the figures of the commune's protection cases, accumulated from its case files (read
     * with {@code io.github.treem.io.cases.CaseReport#read}, one accumulator for all of them, of
     * the calculator's year and reference date): the {@link CaseIndicators} are published in the
     * report beside the register's indicators, through the same disclosure control and audit, and
     * the child-friendly standard's case items are scored from them. The accumulator's figures are
     * taken as they stand now.
     *
     * @param cases the accumulator, every case file added
     * @return this builder
     * @throws IllegalArgumentException when the pipeline is built with figures of another year or
     *     reference date than the calculator's
     */
    public Builder cases(CaseAccumulator cases) {
      Objects.requireNonNull(cases, "cases must not be null");
      this.cases = Optional.of(cases.report());
      this.caseFigures = Optional.of(cases.caseFigures(Optional.empty()));
      this.daysToPlan = Optional.of(cases.medianDaysToPlan(DisclosureRule.DEFAULT));
      this.daysToPlanInternal = Optional.of(cases.medianDaysToPlanUnsuppressed());
      return this;
    }

    /**
     * Sets the commune's self-assessment on the child-friendly commune standard (Quyết định
     * 06/QĐ-TTg), of the calculator's year: the commune is then scored, and the plan's target on
     * the standard assessed from the score card. Checked when the pipeline is built: the year, the
     * commune (against {@link #commune} or the plan's), and its validation against the table in
     * force at the reference date (an error refuses it).
     *
     * @param selfAssessment the self-assessment
     * @return this builder
     */
    public Builder selfAssessment(SelfAssessment selfAssessment) {
      this.selfAssessment = Optional.of(Objects.requireNonNull(selfAssessment, "selfAssessment must not be null"));
      return this;
    }

    /**
     * Sets the commune's type for the standard's threshold (default: the self-assessment's).
     * Given without a self-assessment, the commune is scored on the register alone (the card is
     * then incomplete).
     *
     * @param communeType the type
     * @return this builder
     */
    public Builder communeType(CommuneType communeType) {
      this.communeType = Optional.of(Objects.requireNonNull(communeType, "communeType must not be null"));
      return this;
    }

    /**
     * Sets the scorer of the standard, i.e. its scoring tables (default
     * {@link ChildFriendlyScorer#qd06()}, the bundled, partly provisional table of QĐ 06).
     *
     * @param scorer the scorer
     * @return this builder
     */
    public Builder scorer(ChildFriendlyScorer scorer) {
      this.scorer = Objects.requireNonNull(scorer, "scorer must not be null");
      return this;
    }

    /**
     * Says whether the registers are synthetic (generated for tests and demonstrations, such as
     * the bundled demo register or a register written by {@code treem generate}): the manifest
     * states it ({@link ReportManifest#isSyntheticData()}), and every human-readable output then
     * opens with the banner {@link ReportManifest#SYNTHETIC_VI} / {@link ReportManifest#SYNTHETIC_EN}.
     * False by default; a register that carries the synthetic-data marker of its format
     * ({@link RegisterRead#isSyntheticData()}) makes the report synthetic whatever this says.
     *
     * @param synthetic whether the data are synthetic
     * @return this builder
     */
    public Builder syntheticData(boolean synthetic) {
      this.syntheticData = synthetic;
      return this;
    }

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
     * year and reference date, strict, treem's validator (the readers' default), threads as the
     * processors, no sink).
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
     * Adds an earlier year's report (repeat for a series): its totals go into the document, and
     * the report of the year before is the one an {@code INCREASE} target is assessed against,
     * instead of the baseline written in the target. Its commune is not known: prefer
     * {@link #previousReport(ReportDocument, String)}.
     *
     * @param previousReport the report
     * @return this builder
     */
    public Builder previousReport(IndicatorReport previousReport) {
      Objects.requireNonNull(previousReport, "previousReport must not be null");
      previous.add(new Previous(previousReport, Optional.empty(), Location.unknown()));
      return this;
    }

    /**
     * Adds an earlier year's report as read back from its JSON (repeat for a series): as
     * {@link #previousReport(IndicatorReport)}, and its manifest's commune is checked against
     * this report's when the pipeline is built.
     *
     * @param previousReport the report document
     * @param sourceName the name of its file, for the location of a problem (null when none)
     * @return this builder
     */
    public Builder previousReport(ReportDocument previousReport, String sourceName) {
      Objects.requireNonNull(previousReport, "previousReport must not be null");
      Optional<String> c = previousReport.getManifest().flatMap(m -> Optional.ofNullable(m.getOptions().get("commune")));
      Location.Builder at = Location.builder();
      if (sourceName != null) {
        at.file(sourceName);
      }
      previous.add(new Previous(previousReport.getReport(), c, at.build()));
      return this;
    }

    /**
     * Sets the commune of the report (default: the plan's commune code, if any), written to the
     * manifest as the option {@code commune} and checked against previous reports.
     *
     * @param commune the commune's code
     * @return this builder
     */
    public Builder commune(CommuneCode commune) {
      this.commune = Optional.of(Objects.requireNonNull(commune, "commune must not be null"));
      return this;
    }

    /**
     * Sets how the cells of the area breakdown nest, when it holds areas of several levels at once
     * (a province's merge: {@link io.github.treem.io.submission.ProvinceRollUp}): suppression and
     * the audit then work across the levels
     * ({@link DisclosureControl#publish(IndicatorReport, List, DisclosureRule, io.github.treem.indicators.AreaHierarchy)}).
     *
     * @param areas the nesting (default {@link io.github.treem.indicators.AreaHierarchy#NONE})
     * @return this builder
     */
    public Builder areaHierarchy(io.github.treem.indicators.AreaHierarchy areas) {
      this.areas = Objects.requireNonNull(areas, "areas must not be null");
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
     * @throws ReportSeriesException when a previous report is not of an earlier year, two are of
     *     one year, one is of another commune, or the plan is of another year
     */
    public ReportPipeline build() {
      return new ReportPipeline(this);
    }
  }
}
