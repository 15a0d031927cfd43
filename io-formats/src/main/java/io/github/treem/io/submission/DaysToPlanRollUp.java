package io.github.treem.io.submission;

import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.indicators.DisclosureRule;
import io.github.treem.indicators.ValueState;
import io.github.treem.indicators.cases.DayHistogram;
import io.github.treem.indicators.cases.MedianDaysToPlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The median days to plan of a merge: the communes' day-count histograms added up for the whole
 * merge and for each area cell of each level of the province's view (commune, district, province),
 * and the median of each sum published by one rule ({@link MedianDaysToPlan}, docs/protection-cases.md):
 *
 * <ul>
 *   <li>a median is shown only when more than τ cases give it (hidden from 1 to τ, as a commune's);
 *   <li>an area cell's median is shown without its counts (the counts of a cell are its indicator
 *       cells', which the disclosure step audits across the levels);
 *   <li>a hidden median never stands alone among its siblings: when exactly one child of an area
 *       (or of the whole merge) is hidden and another has cases, the sibling with the fewest cases
 *       is hidden too, so that the parent's median and the siblings' shown medians never bound the
 *       days of a single hidden group (complements as for counts: a sibling first).
 * </ul>
 *
 * <p>Not available, never guessed: when a submission with case figures carries no histogram
 * ({@link SubmissionIssueCode#SUBMISSION_NO_DAY_HISTOGRAM}) or a middle value lies in the overflow
 * ({@link SubmissionIssueCode#SUBMISSION_MEDIAN_BEYOND_RANGE}), the merge gives no median.
 *
 * <p>Implementation requirements: mutable, not thread-safe; memory bounded by the number of area
 * cells (each a histogram of at most {@link DayHistogram#MAX_DAYS} + 1 counts).
 */
final class DaysToPlanRollUp {
  private DayHistogram total = DayHistogram.empty();
  private long excluded;
  private long withFigure;
  private long withoutHistogram;
  private final Map<AdministrativeLevel, Map<String, DayHistogram>> cells = new EnumMap<>(AdministrativeLevel.class);
  private final Map<AdministrativeLevel, Map<String, Long>> excludedCells = new EnumMap<>(AdministrativeLevel.class);

  /**
   * Adds a submission accepted by the merge.
   *
   * @param submission the submission
   * @param keys its area key at each level of the province's view
   * @param where its source, for the issue
   * @return the issue when its histogram is missing
   */
  Optional<Issue> add(CommuneSubmission submission, Map<AdministrativeLevel, String> keys, Location where) {
    Optional<MedianDaysToPlan> figure = submission.getDocument().getDaysToPlan();
    if (figure.isEmpty()) {
      return Optional.empty(); // no case figures (then no submission of the merge has any)
    }
    withFigure++;
    Optional<DayHistogram> h = figure.get().getHistogram();
    if (h.isEmpty()) {
      withoutHistogram++;
      return Optional.of(SubmissionIssueCode.SUBMISSION_NO_DAY_HISTOGRAM.issue(where,
          "commune " + submission.getCommune().getCode()));
    }
    total = total.plus(h.get());
    long x = figure.get().getExcluded().orElse(0);
    excluded += x;
    keys.forEach((l, k) -> {
      cells.computeIfAbsent(l, y -> new HashMap<>()).merge(k, h.get(), DayHistogram::plus);
      excludedCells.computeIfAbsent(l, y -> new HashMap<>()).merge(k, x, Long::sum);
    });
    return Optional.empty();
  }

  private static long count(Map<String, DayHistogram> all, String key) {
    DayHistogram h = all.get(key);
    return h == null ? 0 : h.count();
  }

  /** {@return whether the submissions had case figures} */
  boolean hasFigures() {
    return withFigure > 0;
  }

  /**
   * The merge's median, or why there is none.
   *
   * @param suppressed whether published under the rule (false: internal use, counts shown)
   * @param issues where the reason of an absent median goes
   * @return the median of all the cases merged; empty without case figures, or not available
   */
  Optional<MedianDaysToPlan> total(boolean suppressed, List<Issue> issues) {
    if (withFigure == 0) {
      return Optional.empty();
    }
    if (withoutHistogram > 0) {
      return Optional.empty(); // each such submission has its warning
    }
    if (total.isMedianBeyondRange()) {
      issues.add(SubmissionIssueCode.SUBMISSION_MEDIAN_BEYOND_RANGE.issue(Location.unknown(),
          "> " + DayHistogram.MAX_DAYS));
      return Optional.empty();
    }
    return Optional.of(suppressed ? MedianDaysToPlan.published(total, excluded, DisclosureRule.DEFAULT)
        : MedianDaysToPlan.unsuppressed(total, excluded));
  }

  /** The text of the manifest option {@code daysToPlan} when the median is not available, else empty. */
  Optional<String> unavailable() {
    if (withFigure > 0 && withoutHistogram > 0) {
      return Optional.of("not available: " + withoutHistogram + " of " + withFigure
          + " submissions carry no day-count histogram (" + SubmissionIssueCode.SUBMISSION_NO_DAY_HISTOGRAM.getCode() + ")");
    }
    if (withFigure > 0 && total.isMedianBeyondRange()) {
      return Optional.of("not available: the median lies beyond " + DayHistogram.MAX_DAYS + " days ("
          + SubmissionIssueCode.SUBMISSION_MEDIAN_BEYOND_RANGE.getCode() + ")");
    }
    return Optional.empty();
  }

  /**
   * The median of each area cell at each level, published by the rule of the class description.
   *
   * @param levels the levels of the province's view, from the commune up
   * @param parents the parent of each area cell, keys as {@code prefix(level) + key}
   * @param prefix the prefix of a level's keys in {@code parents}
   * @param suppressed whether published under the rule
   * @return by level, by area key; empty when the median is not available or without case figures
   */
  Map<AdministrativeLevel, Map<String, MedianDaysToPlan>> byArea(List<AdministrativeLevel> levels,
      Map<String, String> parents, java.util.function.Function<AdministrativeLevel, String> prefix, boolean suppressed) {
    if (withFigure == 0 || withoutHistogram > 0) {
      return Map.of();
    }
    int tau = DisclosureRule.DEFAULT.threshold();
    Map<String, DayHistogram> all = new HashMap<>();
    cells.forEach((l, m) -> m.forEach((k, h) -> all.put(prefix.apply(l) + k, h)));
    Set<String> hidden = new HashSet<>();
    if (suppressed) {
      all.forEach((k, h) -> {
        if (h.count() >= 1 && h.count() <= tau) {
          hidden.add(k);
        }
      });
      // the children of each parent (the top level's parent is the whole merge, "")
      AdministrativeLevel top = levels.get(levels.size() - 1);
      Map<String, List<String>> children = new TreeMap<>();
      for (String k : all.keySet()) {
        String parent = k.startsWith(prefix.apply(top)) ? "" : parents.getOrDefault(k, "");
        children.computeIfAbsent(parent, x -> new ArrayList<>()).add(k);
      }
      for (List<String> kids : children.values()) {
        List<String> withCases = kids.stream().filter(k -> count(all, k) > 0).toList();
        List<String> hiddenKids = withCases.stream().filter(hidden::contains).toList();
        if (hiddenKids.size() == 1) {
          withCases.stream().filter(k -> !hidden.contains(k))
              .min(Comparator.<String>comparingLong(k -> count(all, k)).thenComparing(Comparator.naturalOrder()))
              .ifPresent(hidden::add);
        }
      }
    }
    Map<AdministrativeLevel, Map<String, MedianDaysToPlan>> out = new EnumMap<>(AdministrativeLevel.class);
    cells.forEach((l, m) -> {
      Map<String, MedianDaysToPlan> byKey = new TreeMap<>(io.github.treem.indicators.BreakdownCell.keyOrder());
      m.forEach((k, h) -> {
        if (h.isMedianBeyondRange()) {
          return; // not known exactly: not given
        }
        if (!suppressed) {
          byKey.put(k, MedianDaysToPlan.unsuppressed(h, excludedCells.getOrDefault(l, Map.of()).getOrDefault(k, 0L)));
        } else if (h.count() == 0) {
          byKey.put(k, MedianDaysToPlan.of(ValueState.NO_DATA, java.util.OptionalLong.empty(),
              java.util.OptionalLong.empty(), Optional.empty(), true));
        } else if (hidden.contains(prefix.apply(l) + k)) {
          byKey.put(k, MedianDaysToPlan.of(ValueState.SUPPRESSED, java.util.OptionalLong.empty(),
              java.util.OptionalLong.empty(), Optional.empty(), true));
        } else {
          byKey.put(k, MedianDaysToPlan.of(ValueState.VALUE, java.util.OptionalLong.empty(),
              java.util.OptionalLong.empty(), h.median(), true));
        }
      });
      out.put(l, Collections.unmodifiableMap(byKey));
    });
    return Collections.unmodifiableMap(out);
  }
}
