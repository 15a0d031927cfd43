package io.github.treem.io.submission;

import io.github.treem.core.admin.AdministrativeDivisions;
import io.github.treem.core.admin.AdministrativeIssueCode;
import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.admin.Succession;
import io.github.treem.core.admin.SuccessionKind;
import io.github.treem.core.admin.UnitResolution;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.AreaHierarchy;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.ReportSum;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportPipeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The province's job: add up its communes' submissions, exactly, by commune, district or
 * province, without a child's record ever leaving a commune; then publish the sum through
 * disclosure control, as a {@link ReportDocument} that every report writer of treem takes.
 *
 * <pre>{@code
 * ProvinceRollUp rollUp = ProvinceRollUp.builder().by(AdministrativeLevel.DISTRICT).plan(plan).build();
 * ProvinceRollUp.Merge merge = rollUp.start();
 * List<Issue> refusals = new ArrayList<>();
 * for (Path f : files) {
 *   try (InputStream in = Files.newInputStream(f)) {
 *     refusals.addAll(merge.add(SubmissionJson.read(in, f.toString()), f.toString()));
 *   }
 * }
 * ProvinceRollUp.Result result = merge.finish();
 * Optional<String> json = result.getDocument().map(doc -> ReportJson.of(Language.VI).write(doc));
 * }</pre>
 *
 * <p><b>Exact.</b> Numerators, denominators, exclusions, breakdown cells and data quality are
 * summed as counts ({@link ReportSum}) and every value is computed again from the sums, never
 * averaged: the merge of the submissions of disjoint registers is, number for number, the report
 * over all those registers at once. The breakdown {@link BreakdownDimension#AREA} of the merge
 * has one cell per unit of the level asked for ({@link Builder#by}): the commune, the district
 * (only at dates before 1 July 2025: there are no districts after) or the province, from the unit
 * data at the merge's date ({@link Builder#at}, by default the reference date). The village
 * breakdown is dropped (villages of different communes share names); the others are kept.
 *
 * <p><b>Refused</b> (a coded issue located at the submission's source, and the submission is left
 * out, never half-added): another year ({@link SubmissionIssueCode#SUBMISSION_OTHER_YEAR}) or
 * reference date ({@link SubmissionIssueCode#SUBMISSION_OTHER_REFERENCE_DATE}) than the first
 * submission accepted; other indicators, breakdowns or WHO tables
 * ({@link SubmissionIssueCode#SUBMISSION_OTHER_DEFINITIONS}); another major or minor treem
 * version ({@link SubmissionIssueCode#SUBMISSION_INCOMPATIBLE_VERSION}); a commune already merged
 * ({@link SubmissionIssueCode#SUBMISSION_DUPLICATE_COMMUNE}); a commune code unknown or not in
 * force at the reference date ({@link AdministrativeIssueCode}); a commune outside the province
 * asked for ({@link SubmissionIssueCode#SUBMISSION_OUTSIDE_PROVINCE}). A submission whose content
 * does not match its SHA-256 is refused earlier, when read ({@link SubmissionJson#read}).
 *
 * <p><b>Across the 2025 arrangement.</b> A submission names its commune as recorded at its
 * reference date. When the merge's date is later and the commune has ended, its figures are
 * carried to its successor only when it went <em>whole</em> into <em>one</em> successor
 * ({@link SuccessionKind#FULL}): figures are additive then. A commune that was split, or went
 * only in part into a successor ({@link SuccessionKind#PARTIAL}), cannot be assigned: its figures
 * stay in the province's total when all its successors lie in one province (the province's sum
 * does not depend on how its communes were drawn), but at the commune and district levels they
 * are shown apart, in a cell keyed by the former code followed by {@code *} (e.g.
 * {@code 19888*}), with a warning {@link SubmissionIssueCode#SUBMISSION_NOT_ADDITIVE}: never
 * silently summed into a successor.
 *
 * <p><b>Names before 2025.</b> When a commune resolves with the warning
 * {@link AdministrativeIssueCode#ADMIN_NAMES_AFTER_DATE} (a date before the unit data's list, whose
 * names and parents may be later: Huế's districts of 2025 for a merge of 2020), the result's issues
 * carry it once: the codes are merged as recorded, the names shown are the list's.
 *
 * <p><b>Coverage.</b> The communes expected are those of the province(s) at the merge's date
 * ({@link Builder#province}, or the provinces of the submissions accepted); a commune formed in
 * 2025 counts as received when every commune merged into it sent its submission (of an earlier
 * reference date). {@link Result#getCoverage()} gives the expected and received count per area
 * cell, and each missing commune is a warning {@link SubmissionIssueCode#SUBMISSION_MISSING}.
 *
 * <p><b>Published.</b> The sum is published as a commune's report is
 * ({@link ReportPipeline#finish(IndicatorReport, Map)}): small numbers suppressed, the plan's
 * targets assessed on the published figures, the whole audited; unless asked otherwise by name
 * ({@link Builder#unsuppressedForInternalUse()}). The manifest lists each submission's digest
 * ({@code commune 19885: sha256 ...}) and the options {@code mergeBy}, {@code mergeAt} and
 * {@code coverage}.
 *
 * <p>Implementation requirements: the roll-up is immutable and thread-safe; a {@link Merge} is
 * mutable, not thread-safe, and holds counts only (memory bounded by the number of distinct cells
 * and communes, not by the children).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProvinceRollUp {
  /**
   * The default breakdowns of a merge: those submissions carry ({@link CommuneSubmission#BREAKDOWNS}:
   * not the 2004 law's groups, nor the protection cases' source, harm and status) but the village,
   * and the area of the level asked for.
   */
  private static final Set<BreakdownDimension> DEFAULT_BREAKDOWNS =
      EnumSet.complementOf(EnumSet.of(BreakdownDimension.VILLAGE, BreakdownDimension.LEGACY_GROUP,
          BreakdownDimension.SOURCE, BreakdownDimension.HARM, BreakdownDimension.STATUS));

  private final AdministrativeDivisions divisions;
  private final AdministrativeLevel level;
  private final Optional<LocalDate> at;
  private final Optional<String> province;
  private final Optional<Plan> plan;
  private final boolean suppressed;
  private final Set<BreakdownDimension> breakdowns;

  private ProvinceRollUp(Builder b) {
    this.divisions = b.divisions;
    this.level = b.level;
    this.at = b.at;
    this.province = b.province;
    this.plan = b.plan;
    this.suppressed = b.suppressed;
    this.breakdowns = Collections.unmodifiableSet(EnumSet.copyOf(b.breakdowns));
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the level of the area breakdown: commune, district or province} */
  public AdministrativeLevel getLevel() {
    return level;
  }

  /** {@return the date of the unit data, when set (by default each merge's reference date)} */
  public Optional<LocalDate> getAt() {
    return at;
  }

  /** {@return the breakdowns of the merged report} */
  public Set<BreakdownDimension> getBreakdowns() {
    return breakdowns;
  }

  /** {@return a new, empty merge} */
  public Merge start() {
    return new Merge();
  }

  /**
   * Merges submissions read elsewhere, each with its source's name.
   *
   * @param submissions the submissions, by source name (a file name)
   * @return the result
   */
  public Result merge(Map<String, CommuneSubmission> submissions) {
    Merge m = start();
    submissions.forEach((source, s) -> m.add(s, source));
    return m.finish();
  }

  @Override
  public String toString() {
    return "ProvinceRollUp{by=" + level + ", at=" + at.map(LocalDate::toString).orElse("reference date")
        + ", province=" + province.orElse("any") + ", suppressed=" + suppressed + "}";
  }

  /**
   * The major and minor version ({@code 0.1} of {@code 0.1.0-SNAPSHOT}): submissions of the same
   * feature version compute the indicators by the same definitions.
   */
  static String featureVersion(String version) {
    String[] parts = version.split("[.-]", 3);
    return parts.length >= 2 ? parts[0] + "." + parts[1] : version;
  }

  /**
   * Where a submission's figures go: its area key at the merge's level, its keys at every level
   * of the province's view, and its units at the merge's date.
   */
  private record Placement(String key, Map<AdministrativeLevel, String> keys, List<AdministrativeUnit> units,
      boolean additive, Optional<String> province) {}

  /** The levels of the province's view at a date: commune, district (before 1 July 2025), province. */
  static List<AdministrativeLevel> viewLevels(LocalDate date) {
    return AdministrativeLevel.DISTRICT.isInUseOn(date)
        ? List.of(AdministrativeLevel.COMMUNE, AdministrativeLevel.DISTRICT, AdministrativeLevel.PROVINCE)
        : List.of(AdministrativeLevel.COMMUNE, AdministrativeLevel.PROVINCE);
  }

  /**
   * One merge in progress: submissions are added one at a time (a stream of files), each
   * accepted or refused at once.
   *
   * <p>Implementation requirements: mutable, not thread-safe.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  // NullAway.Init: first, date and sum are set by the first submission accepted; the methods that
  // read them run after it (finish() and compatibility() check first)
  @SuppressWarnings("NullAway.Init")
  public final class Merge {
    private CommuneSubmission first;
    private LocalDate date;
    private ReportSum sum;
    private final Set<String> communes = new HashSet<>();
    private final Set<String> provinces = new TreeSet<>();
    private final SortedMap<String, String> inputs = new TreeMap<>();
    private final List<Issue> issues = new ArrayList<>();
    private final Map<String, Integer> notAdditive = new HashMap<>();
    /** The totals by area at each level of the province's view (the area breakdown only). */
    private final Map<AdministrativeLevel, ReportSum> levelSums = new java.util.EnumMap<>(AdministrativeLevel.class);
    /** The parent of each area cell across the levels (keys with their level's prefix). */
    private final Map<String, String> parents = new HashMap<>();
    private long read;
    private long accepted;
    private boolean namesWarned;
    /** The median days to plan: the communes' day-count histograms, summed by area. */
    private final DaysToPlanRollUp daysToPlan = new DaysToPlanRollUp();

    Merge() {}

    /**
     * Adds a submission, or refuses it.
     *
     * @param submission the submission
     * @param source the name of its source (a file name), for the issues' location
     * @return the issues of this submission: empty when accepted as is; a warning when accepted
     *     with its figures shown apart ({@link SubmissionIssueCode#SUBMISSION_NOT_ADDITIVE});
     *     errors when refused (nothing of it added)
     */
    public List<Issue> add(CommuneSubmission submission, String source) {
      Objects.requireNonNull(submission, "submission must not be null");
      read++;
      Location where = Location.builder().file(Objects.requireNonNull(source, "source must not be null")).build();
      String code = submission.getCommune().getCode();
      Optional<Issue> refusal = compatibility(submission, where);
      if (refusal.isEmpty() && communes.contains(code)) {
        refusal = Optional.of(SubmissionIssueCode.SUBMISSION_DUPLICATE_COMMUNE.issue(where, "commune " + code));
      }
      Placement placement = null;
      Issue namesLater = null;
      if (refusal.isEmpty() && level == AdministrativeLevel.DISTRICT
          && !AdministrativeLevel.DISTRICT.isInUseOn(dateFor(submission))) {
        refusal = Optional.of(AdministrativeIssueCode.ADMIN_LEVEL_NOT_IN_USE.issue(Severity.ERROR, where,
            "district @ " + dateFor(submission)));
      }
      if (refusal.isEmpty()) {
        UnitResolution r = divisions.resolveCommune(submission.getCommune(), submission.getReferenceDate());
        if (!r.isResolved()) {
          refusal = Optional.of(r.getIssues().get(0).withLocation(where));
        } else {
          placement = place(r.getUnit().orElseThrow(), dateFor(submission));
          namesLater = r.getIssues().isEmpty() ? null : r.getIssues().get(0).withLocation(where);
          if (province.isPresent() && !placement.units().stream()
              .anyMatch(u -> u.ancestorAt(AdministrativeLevel.PROVINCE).map(p -> p.getCode().equals(province.get()))
                  .orElse(false))) {
            refusal = Optional.of(SubmissionIssueCode.SUBMISSION_OUTSIDE_PROVINCE.issue(where,
                "commune " + code + ", province " + province.get()));
          }
        }
      }
      if (refusal.isPresent()) {
        issues.add(refusal.get());
        return List.of(refusal.get());
      }
      Objects.requireNonNull(placement); // placed when nothing refused it
      if (first == null) {
        first = submission;
        date = dateFor(submission);
        Set<BreakdownDimension> dims = EnumSet.copyOf(breakdowns);
        dims.add(BreakdownDimension.AREA);
        sum = ReportSum.of(submission.getYear(), submission.getReferenceDate(), dims);
        for (AdministrativeLevel l : viewLevels(date)) {
          levelSums.put(l, ReportSum.of(submission.getYear(), submission.getReferenceDate(),
              EnumSet.of(BreakdownDimension.AREA)));
        }
      }
      sum.add(submission.getReport(), placement.key());
      Map<AdministrativeLevel, String> keys = placement.keys();
      levelSums.forEach((l, s) -> s.add(submission.getReport(), keys.get(l)));
      List<AdministrativeLevel> view = viewLevels(date);
      for (int i = 0; i + 1 < view.size(); i++) {
        parents.put(prefix(view.get(i)) + keys.get(view.get(i)), prefix(view.get(i + 1)) + keys.get(view.get(i + 1)));
      }
      communes.add(code);
      placement.province().ifPresent(provinces::add);
      inputs.put("commune " + code, submission.getSha256());
      accepted++;
      Optional<Issue> noHistogram = daysToPlan.add(submission, keys, where);
      noHistogram.ifPresent(issues::add);
      if (namesLater != null && !namesWarned) {
        // once per merge: the names shown (districts, communes) are those of a later list
        namesWarned = true;
        issues.add(namesLater);
      }
      if (!placement.additive()) {
        notAdditive.merge(placement.key(), 1, Integer::sum);
        Issue w = SubmissionIssueCode.SUBMISSION_NOT_ADDITIVE.issue(where, "commune " + code + " → "
            + placement.units().stream().map(AdministrativeUnit::getCode).toList());
        issues.add(w);
        return noHistogram.map(h -> List.of(w, h)).orElse(List.of(w));
      }
      return noHistogram.map(List::of).orElse(List.of());
    }

    /**
     * Counts a submission that could not be read (a {@link SubmissionReadException}'s issue,
     * located at its file) as read and refused: then read = accepted + refused holds for every
     * file offered, and the result's issues list it with the other refusals.
     *
     * @param readRefusal the issue of the reading
     */
    public void refuse(Issue readRefusal) {
      Objects.requireNonNull(readRefusal, "readRefusal must not be null");
      read++;
      issues.add(readRefusal);
    }

    private LocalDate dateFor(CommuneSubmission s) {
      return at.orElse(s.getReferenceDate());
    }

    private Optional<Issue> compatibility(CommuneSubmission s, Location where) {
      if (first == null) {
        return Optional.empty();
      }
      if (s.getYear() != first.getYear()) {
        return Optional.of(SubmissionIssueCode.SUBMISSION_OTHER_YEAR.issue(where, s.getYear() + " ≠ " + first.getYear()));
      }
      if (!s.getReferenceDate().equals(first.getReferenceDate())) {
        return Optional.of(SubmissionIssueCode.SUBMISSION_OTHER_REFERENCE_DATE.issue(where,
            s.getReferenceDate() + " ≠ " + first.getReferenceDate()));
      }
      ReportManifest m = s.getManifest();
      ReportManifest f = first.getManifest();
      if (!featureVersion(m.getTreemVersion()).equals(featureVersion(f.getTreemVersion()))) {
        return Optional.of(SubmissionIssueCode.SUBMISSION_INCOMPATIBLE_VERSION.issue(where,
            "treem " + m.getTreemVersion() + " ≠ " + f.getTreemVersion()));
      }
      if (!s.getIndicatorCodes().equals(first.getIndicatorCodes())) {
        return Optional.of(SubmissionIssueCode.SUBMISSION_OTHER_DEFINITIONS.issue(where, "indicators"));
      }
      if (!m.getGrowthTables().equals(f.getGrowthTables())) {
        return Optional.of(SubmissionIssueCode.SUBMISSION_OTHER_DEFINITIONS.issue(where, "WHO tables"));
      }
      return Optional.empty();
    }

    /** Where a commune (as of its reference date) goes at the merge's date. */
    private Placement place(AdministrativeUnit unit, LocalDate date) {
      List<AdministrativeUnit> now = List.of(unit);
      boolean additive = true;
      // follow the successions up to the date (one step for the 2025 arrangement)
      for (int step = 0; step < 8 && additive && now.get(0).getValidTo().map(date::isAfter).orElse(false); step++) {
        AdministrativeUnit u = now.get(0);
        List<Succession> next = divisions.successorsOf(AdministrativeLevel.COMMUNE, u.getCode(), u.getValidTo().get());
        if (next.isEmpty()) {
          break;
        }
        List<AdministrativeUnit> successors = new ArrayList<>();
        for (Succession n : next) {
          successors.add(resolved(n.getSuccessor().getCode(), date).orElse(n.getSuccessor()));
        }
        additive = next.size() == 1 && next.get(0).getKind() == SuccessionKind.FULL;
        now = successors;
      }
      if (additive) {
        // the unit with its parents at the date (an earlier date than the submission's, a unit
        // without successor in the data: not found, not assignable)
        Optional<AdministrativeUnit> back = resolved(now.get(0).getCode(), date);
        if (back.isPresent()) {
          now = List.of(back.get());
        } else {
          additive = false;
        }
      }
      Set<String> provinceCodes = new TreeSet<>();
      for (AdministrativeUnit u : now) {
        u.ancestorAt(AdministrativeLevel.PROVINCE).ifPresent(p -> provinceCodes.add(p.getCode()));
      }
      Optional<String> prov = provinceCodes.size() == 1 ? Optional.of(provinceCodes.iterator().next()) : Optional.empty();
      String former = unit.getCode() + "*";
      Map<AdministrativeLevel, String> keys = new java.util.EnumMap<>(AdministrativeLevel.class);
      for (AdministrativeLevel l : viewLevels(date)) {
        keys.put(l, key(l, now, additive, prov, former));
      }
      return new Placement(key(level, now, additive, prov, former), keys, now, additive, prov);
    }

    /** The area key at a level: the unit's (or its ancestor's) code, else the former code with {@code *}. */
    private String key(AdministrativeLevel l, List<AdministrativeUnit> now, boolean additive, Optional<String> prov,
        String former) {
      if (additive) {
        AdministrativeUnit u = now.get(0);
        return l == AdministrativeLevel.COMMUNE ? u.getCode()
            : u.ancestorAt(l).map(AdministrativeUnit::getCode).orElse(former);
      }
      return l == AdministrativeLevel.PROVINCE ? prov.orElse(former) : former;
    }

    private Optional<AdministrativeUnit> resolved(String code, LocalDate date) {
      return divisions.resolve(AdministrativeLevel.COMMUNE, code, date).getUnit();
    }

    /**
     * Ends the merge: the coverage, and the sum published.
     *
     * @return the result
     */
    public Result finish() {
      if (first == null) {
        return new Result(Optional.empty(), List.of(), List.of(), Collections.unmodifiableList(new ArrayList<>(issues)),
            read, accepted, Map.of(), Map.of(), Optional.empty(), Map.of());
      }
      Set<String> scope = province.map(Set::of).orElse(provinces);
      LocalDate ref = first.getReferenceDate();
      List<AdministrativeUnit> missing = new ArrayList<>();
      Map<AdministrativeLevel, List<Coverage>> coverageByLevel = new java.util.EnumMap<>(AdministrativeLevel.class);
      List<AdministrativeLevel> levels = new ArrayList<>(viewLevels(date));
      if (!levels.contains(level)) {
        levels.add(level);
      }
      for (AdministrativeLevel l : levels) {
        coverageByLevel.put(l, coverage(l, scope, ref, l == level ? missing : null));
      }
      List<Coverage> cov = Objects.requireNonNull(coverageByLevel.get(level));
      long expected = cov.stream().mapToLong(Coverage::expected).sum();
      long received = cov.stream().mapToLong(Coverage::received).sum();
      // one publication across the levels: the area breakdown holds the cells of every level of
      // the province's view with their nesting, suppressed and audited together; each level's
      // document, and the merged report by the level asked for, is a part of it
      ReportDocument all = publish(breakdowns, level, received + "/" + expected, plan)
          .finish(acrossLevels(sum.result()), inputs);
      ReportDocument doc = withDaysToPlan(part(all, level, true));
      Map<AdministrativeLevel, ReportDocument> byLevel = new java.util.EnumMap<>(AdministrativeLevel.class);
      levelSums.keySet().forEach(l -> byLevel.put(l, withDaysToPlan(part(all, l, false))));
      Map<AdministrativeLevel, Map<String, io.github.treem.indicators.cases.MedianDaysToPlan>> medians =
          daysToPlan.byArea(viewLevels(date), parents, Merge::prefix, suppressed);
      Optional<ProvinceStanding> standing = plan.map(p -> ProvinceStanding.of(p, byLevel, coverageByLevel, divisions,
          date));
      return new Result(Optional.of(doc), List.copyOf(cov), List.copyOf(missing), List.copyOf(issues), read, accepted,
          Collections.unmodifiableMap(byLevel), Collections.unmodifiableMap(coverageByLevel), standing, medians);
    }

    /**
     * A document with the merge's median days to plan (of the sum of the communes' histograms),
     * or, when it is not available, the manifest option {@code daysToPlan} saying why.
     */
    private ReportDocument withDaysToPlan(ReportDocument doc) {
      if (!daysToPlan.hasFigures()) {
        return doc;
      }
      List<Issue> reasons = new ArrayList<>();
      Optional<io.github.treem.indicators.cases.MedianDaysToPlan> median = daysToPlan.total(suppressed, reasons);
      reasons.stream().filter(i -> !issues.contains(i)).forEach(issues::add);
      ReportDocument.Builder b = ReportDocument.builder().from(doc).daysToPlan(median);
      daysToPlan.unavailable().ifPresent(why -> doc.getManifest()
          .ifPresent(m -> b.manifest(ReportManifest.builder().from(m).putOptions("daysToPlan", why).build())));
      return b.build();
    }

    /**
     * The coverage of each area cell at a level: the communes of the province(s) at the merge's
     * date, expected and received; the missing ones added to {@code missing} (and warned) when given.
     */
    private List<Coverage> coverage(AdministrativeLevel l, Set<String> scope, LocalDate ref,
        @Nullable List<AdministrativeUnit> missing) {
      Map<String, long[]> coverage = new TreeMap<>(io.github.treem.indicators.BreakdownCell.keyOrder());
      for (String p : scope) {
        for (AdministrativeUnit c : divisions.communesWithin(AdministrativeLevel.PROVINCE, p, date)) {
          String key = l == AdministrativeLevel.COMMUNE ? c.getCode()
              : c.ancestorAt(l).map(AdministrativeUnit::getCode).orElse(p);
          long[] cell = coverage.computeIfAbsent(key, k -> new long[2]);
          cell[0]++;
          if (received(c, ref)) {
            cell[1]++;
          } else if (missing != null) {
            missing.add(c);
            issues.add(SubmissionIssueCode.SUBMISSION_MISSING.issue(Location.unknown(), c.getCode() + " " + c.getName()));
          }
        }
      }
      if (l == level) {
        notAdditive.forEach((key, n) -> coverage.computeIfAbsent(key, k -> new long[2]));
      }
      List<Coverage> cov = new ArrayList<>();
      for (Map.Entry<String, long[]> e : coverage.entrySet()) {
        cov.add(new Coverage(e.getKey(), e.getValue()[0], e.getValue()[1]));
      }
      return cov;
    }

    /**
     * The sum with its area breakdown holding the cells of every level of the province's view,
     * keys prefixed by their level (the other breakdowns as summed).
     */
    private IndicatorReport acrossLevels(IndicatorReport main) {
      Map<AdministrativeLevel, IndicatorReport> levelReports = new java.util.EnumMap<>(AdministrativeLevel.class);
      levelSums.forEach((l, s) -> levelReports.put(l, s.result()));
      List<IndicatorResult> results = new ArrayList<>();
      for (IndicatorResult r : main.getResults()) {
        List<BreakdownCell> area = new ArrayList<>();
        levelReports.forEach((l, rep) -> rep.getResults().stream().filter(x -> x.getCode().equals(r.getCode()))
            .findFirst().map(x -> x.getBreakdowns().getOrDefault(BreakdownDimension.AREA, List.of())).orElse(List.of())
            .forEach(c -> area.add(rekey(c, prefix(l) + c.getKey(), r))));
        Map<BreakdownDimension, List<BreakdownCell>> bd = new java.util.LinkedHashMap<>(r.getBreakdowns());
        bd.put(BreakdownDimension.AREA, List.copyOf(area));
        results.add(r.withOtherBreakdowns(bd));
      }
      return main.withOtherResults(results);
    }

    /**
     * A level's part of the publication across levels: its area cells (prefix removed), and the
     * other breakdowns and the targets for the merged report itself. Publishing a part of an
     * audited publication discloses nothing more; the document carries that publication's audit.
     */
    private ReportDocument part(ReportDocument all, AdministrativeLevel l, boolean merged) {
      String prefix = prefix(l);
      List<IndicatorResult> results = new ArrayList<>();
      for (IndicatorResult r : all.getReport().getResults()) {
        Map<BreakdownDimension, List<BreakdownCell>> bd = new java.util.LinkedHashMap<>();
        r.getBreakdowns().forEach((d, cells) -> {
          if (d == BreakdownDimension.AREA) {
            bd.put(d, cells.stream().filter(c -> c.getKey().startsWith(prefix))
                .map(c -> rekey(c, c.getKey().substring(prefix.length()), r)).toList());
          } else if (merged) {
            bd.put(d, cells);
          }
        });
        results.add(r.withOtherBreakdowns(bd));
      }
      IndicatorReport report = all.getReport().withOtherResults(results);
      List<io.github.treem.indicators.TargetAssessment> targets = merged ? all.getTargets() : List.of();
      ReportDocument.Builder b = ReportDocument.builder().from(all).report(report).targets(targets);
      all.getManifest().ifPresent(m -> b.manifest(ReportManifest.builder().from(m)
          .putOptions("mergeBy", l.name().toLowerCase(java.util.Locale.ROOT)).build()));
      if (!all.isUnsuppressedForInternalUse()) {
        // the audit that proves a part is the publication's, across levels (a part alone passes
        // its own audit too, as fewer relations only widen the ranges: AreaHierarchyDisclosureTest)
        b.publication(new io.github.treem.indicators.Publication(report, targets,
            all.getPublication().orElseThrow().audit()));
      }
      return b.build();
    }

    /** The pipeline that publishes a sum by area at a level, with the given breakdowns besides. */
    private ReportPipeline publish(Set<BreakdownDimension> besides, AdministrativeLevel l, String coverage,
        Optional<Plan> withPlan) {
      Set<BreakdownDimension> dims = besides.isEmpty() ? EnumSet.noneOf(BreakdownDimension.class) : EnumSet.copyOf(besides);
      dims.add(BreakdownDimension.AREA);
      IndicatorCalculator calc = IndicatorCalculator.builder().year(first.getYear()).referenceDate(first.getReferenceDate())
          .indicators(first.getReport().getResults().stream()
              // the register's indicators (the protection-case figures summed beside them are
              // published with them, as ReportPipeline publishes a commune's)
              .flatMap(r -> io.github.treem.indicators.Indicators.fromCode(r.getCode()).stream()).toList())
          .breakdowns(dims).build();
      ReportPipeline.Builder pipeline = ReportPipeline.builder().calculator(calc)
          .putManifestOption("mergeBy", l.name().toLowerCase(java.util.Locale.ROOT))
          .putManifestOption("mergeAt", date.toString())
          .putManifestOption("coverage", coverage);
      withPlan.ifPresent(pipeline::plan);
      pipeline.areaHierarchy(AreaHierarchy.of(parents));
      if (!suppressed) {
        pipeline.unsuppressedForInternalUse();
      }
      return pipeline.build();
    }

    /** The prefix of a level's area cells in the publication across levels. */
    private static String prefix(AdministrativeLevel l) {
      return switch (l) {
        case COMMUNE -> "c:";
        case DISTRICT -> "d:";
        default -> "p:";
      };
    }

    private static BreakdownCell rekey(BreakdownCell c, String key, IndicatorResult r) {
      return c.getState() == io.github.treem.indicators.ValueState.SUPPRESSED ? BreakdownCell.suppressed(key)
          : BreakdownCell.of(key, r.getIndicator().getUnit(), c.getNumerator().orElse(0), c.getDenominator().orElse(0));
    }

        /** Whether a commune of the merge's date is covered: it, or every commune merged into it, was received. */
    private boolean received(AdministrativeUnit commune, LocalDate ref) {
      if (commune.getValidFrom().map(ref::isBefore).orElse(false)) {
        List<Succession> before = divisions.predecessorsOf(AdministrativeLevel.COMMUNE, commune.getCode(), date);
        if (!before.isEmpty()) {
          return before.stream().allMatch(s -> communes.contains(s.getPredecessor().getCode()));
        }
      }
      return communes.contains(commune.getCode());
    }
  }

  /**
   * The coverage of one area cell: the communes expected at the merge's date and those received.
   *
   * @param key the area key (a commune, district or province code; a former code with {@code *}
   *     for figures shown apart, which expect nothing)
   * @param expected the number of communes expected
   * @param received the number of them received
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Coverage(String key, long expected, long received) {}

  /**
   * What a merge gives.
   *
   * <p>Implementation requirements: immutable and thread-safe.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Result {
    private final Optional<ReportDocument> document;
    private final List<Coverage> coverage;
    private final List<AdministrativeUnit> missing;
    private final List<Issue> issues;
    private final long read;
    private final long accepted;
    private final Map<AdministrativeLevel, ReportDocument> levels;
    private final Map<AdministrativeLevel, List<Coverage>> levelCoverage;
    private final Optional<ProvinceStanding> standing;
    private final Map<AdministrativeLevel, Map<String, io.github.treem.indicators.cases.MedianDaysToPlan>> daysToPlan;

    Result(Optional<ReportDocument> document, List<Coverage> coverage, List<AdministrativeUnit> missing,
        List<Issue> issues, long read, long accepted, Map<AdministrativeLevel, ReportDocument> levels,
        Map<AdministrativeLevel, List<Coverage>> levelCoverage, Optional<ProvinceStanding> standing,
        Map<AdministrativeLevel, Map<String, io.github.treem.indicators.cases.MedianDaysToPlan>> daysToPlan) {
      this.daysToPlan = daysToPlan;
      this.levels = levels;
      this.levelCoverage = levelCoverage;
      this.standing = standing;
      this.document = document;
      this.coverage = coverage;
      this.missing = missing;
      this.issues = issues;
      this.read = read;
      this.accepted = accepted;
    }

    /** {@return the merged report, published (empty when no submission was accepted)} */
    public Optional<ReportDocument> getDocument() {
      return document;
    }

    /** {@return the coverage per area cell, in the cells' order} */
    public List<Coverage> getCoverage() {
      return coverage;
    }

    /**
     * The totals by area at each level of the province's view, published as the merged report is
     * (suppressed and audited, unless asked otherwise by name): one document per level in use at
     * the merge's date (commune, district before 1 July 2025, province), each with the
     * {@link BreakdownDimension#AREA} breakdown only. The province's view
     * ({@link #getStanding()}), the workbook and the DHIS2 export per organisation unit read their
     * figures from these.
     *
     * @return the documents by level, in the order commune, district, province (empty when no
     *     submission was accepted)
     */
    public Map<AdministrativeLevel, ReportDocument> getLevels() {
      return levels;
    }

    /**
     * The coverage per area cell at a level of the province's view.
     *
     * @param level commune, district or province
     * @return the coverage, in the cells' order (empty for a level not in use at the merge's date)
     */
    public List<Coverage> getCoverage(AdministrativeLevel level) {
      return levelCoverage.getOrDefault(Objects.requireNonNull(level, "level must not be null"), List.of());
    }

    /**
     * {@return the province's view of the plan's targets: how many communes meet each, which do
     * not, and the district and province values; present when the roll-up has a plan and a
     * submission was accepted}
     */
    public Optional<ProvinceStanding> getStanding() {
      return standing;
    }

    /**
     * The median days to an approved plan of each area cell at a level of the province's view,
     * from the sum of its communes' day-count histograms (exact: the median of all their cases).
     * Published (unless the merge is unsuppressed, asked for by name): shown only from τ + 1 cases,
     * without the cell's counts, and a hidden median never alone among its siblings (see
     * docs/protection-cases.md). The merge's own median is the documents'
     * {@link ReportDocument#getDaysToPlan()}.
     *
     * @param level commune, district or province
     * @return the medians by area key, in the cells' order; empty without case figures, for a level
     *     not in use, or when the median is not available (a submission without its histogram:
     *     {@link SubmissionIssueCode#SUBMISSION_NO_DAY_HISTOGRAM})
     */
    public Map<String, io.github.treem.indicators.cases.MedianDaysToPlan> getDaysToPlan(AdministrativeLevel level) {
      return daysToPlan.getOrDefault(Objects.requireNonNull(level, "level must not be null"), Map.of());
    }

    /** {@return the communes of the province(s) that sent nothing} */
    public List<AdministrativeUnit> getMissing() {
      return missing;
    }

    /** {@return every issue: refusals (errors), figures shown apart and missing communes (warnings)} */
    public List<Issue> getIssues() {
      return issues;
    }

    /** {@return the number of submissions offered} */
    public long getSubmissionsRead() {
      return read;
    }

    /** {@return the number accepted (read = accepted + refused)} */
    public long getSubmissionsAccepted() {
      return accepted;
    }

    /** {@return the number refused} */
    public long getSubmissionsRefused() {
      return read - accepted;
    }

    /** {@return whether a submission was refused} */
    public boolean hasRefusals() {
      return issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR);
    }

    @Override
    public String toString() {
      return "ProvinceRollUp.Result{read=" + read + ", accepted=" + accepted + ", missing=" + missing.size() + "}";
    }
  }

  /** Builds a {@link ProvinceRollUp}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private AdministrativeDivisions divisions = AdministrativeDivisions.gso();
    private AdministrativeLevel level = AdministrativeLevel.PROVINCE;
    private Optional<LocalDate> at = Optional.empty();
    private Optional<String> province = Optional.empty();
    private Optional<Plan> plan = Optional.empty();
    private boolean suppressed = true;
    private Set<BreakdownDimension> breakdowns = DEFAULT_BREAKDOWNS;

    Builder() {}

    /**
     * Sets the unit data (default: {@link AdministrativeDivisions#gso()}).
     *
     * @param divisions the unit data
     * @return this builder
     */
    public Builder divisions(AdministrativeDivisions divisions) {
      this.divisions = Objects.requireNonNull(divisions, "divisions must not be null");
      return this;
    }

    /**
     * Sets the level of the area breakdown (default: province).
     *
     * @param level commune, district or province
     * @return this builder
     * @throws IllegalArgumentException for the village level
     */
    public Builder by(AdministrativeLevel level) {
      if (Objects.requireNonNull(level, "level must not be null") == AdministrativeLevel.VILLAGE) {
        throw new IllegalArgumentException("a merge is by commune, district or province");
      }
      this.level = level;
      return this;
    }

    /**
     * Sets the date of the unit data (default: the submissions' reference date): a later date
     * maps the communes of before the 2025 arrangement to their successors.
     *
     * @param date the date
     * @return this builder
     */
    public Builder at(LocalDate date) {
      this.at = Optional.of(Objects.requireNonNull(date, "date must not be null"));
      return this;
    }

    /**
     * Sets the province whose communes are expected (default: the provinces of the submissions
     * accepted); a submission of a commune outside it is refused.
     *
     * @param code the province's 2-digit code at the merge's date
     * @return this builder
     */
    public Builder province(String code) {
      this.province = Optional.of(Objects.requireNonNull(code, "code must not be null"));
      return this;
    }

    /**
     * Sets the province's plan, whose targets are assessed on the published sum.
     *
     * @param plan the plan
     * @return this builder
     */
    public Builder plan(Plan plan) {
      this.plan = Optional.of(Objects.requireNonNull(plan, "plan must not be null"));
      return this;
    }

    /**
     * Sets the breakdowns kept besides the area (default: sex, ethnicity, disability, age,
     * group; the village cannot be kept).
     *
     * @param dimensions the breakdowns
     * @return this builder
     * @throws IllegalArgumentException for the village breakdown
     */
    public Builder breakdowns(Set<BreakdownDimension> dimensions) {
      Set<BreakdownDimension> d = dimensions.isEmpty() ? EnumSet.noneOf(BreakdownDimension.class) : EnumSet.copyOf(dimensions);
      if (d.contains(BreakdownDimension.VILLAGE)) {
        throw new IllegalArgumentException("villages of different communes share names: a merge has no village breakdown");
      }
      d.add(BreakdownDimension.AREA);
      this.breakdowns = d;
      return this;
    }

    /**
     * Keeps small numbers: for the province's internal use only, never to be published.
     *
     * @return this builder
     */
    public Builder unsuppressedForInternalUse() {
      this.suppressed = false;
      return this;
    }

    /**
     * Builds the roll-up.
     *
     * @return the roll-up
     * @throws IllegalArgumentException when a district breakdown is asked for at a date after 30
     *     June 2025 (there are no districts then)
     */
    public ProvinceRollUp build() {
      if (level == AdministrativeLevel.DISTRICT && at.isPresent() && !AdministrativeLevel.DISTRICT.isInUseOn(at.get())) {
        throw new IllegalArgumentException("there are no districts after 30 June 2025: merge by commune or province");
      }
      return new ProvinceRollUp(this);
    }
  }
}
