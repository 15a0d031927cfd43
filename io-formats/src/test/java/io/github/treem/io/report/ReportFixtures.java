package io.github.treem.io.report;

import io.github.treem.core.plan.TargetComparator;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.ExactValue;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.Indicator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetAssessment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** Hand-built and seeded random reports for the report codec tests. */
final class ReportFixtures {
  static final String SHA_A = "a".repeat(64);
  static final String SHA_B = "0123456789abcdef".repeat(4);
  static final String SHA_W = "f".repeat(63) + "0";

  private ReportFixtures() {}

  /**
   * The small report of the golden files: every ValueState (a NO_DATA total, a NO_DATA cell,
   * cells suppressed by small-number suppression), exclusions, a count indicator, village keys
   * with Vietnamese text, quotes, commas and spreadsheet formulas, and every TargetStatus and
   * TargetComparator.
   */
  static IndicatorReport smallReport() {
    IndicatorResult hi = IndicatorResult.of(Indicators.HI_U6, 7, 9,
        exclusions(ExclusionReason.MISSING_DOB, 1, ExclusionReason.MISSING_SEX, 2),
        breakdowns(
            BreakdownDimension.VILLAGE, cells(IndicatorUnit.PERCENT,
                "Bản Mới", 0, 0, "Thôn \"Đông\", xóm 1", 3, 4, "Thôn 2", 2, 2, "=HYPERLINK(\"x\")", 2, 3),
            BreakdownDimension.SEX, cells(IndicatorUnit.PERCENT, "FEMALE", 3, 4, "MALE", 4, 5),
            BreakdownDimension.GROUP, cells(IndicatorUnit.PERCENT, "DD", 1, 2, "E", 0, 0, "K", 3, 3)));
    IndicatorResult underweight = IndicatorResult.of(Indicators.UNDERWEIGHT_U5, 0, 0,
        exclusions(ExclusionReason.NOT_MEASURED, 5, ExclusionReason.Z_FLAGGED, 1), Map.of());
    IndicatorResult special = IndicatorResult.of(Indicators.SPECIAL_CIRCUMSTANCES, 12, 0,
        exclusions(ExclusionReason.SUBGROUP_UNKNOWN, 1),
        breakdowns(
            BreakdownDimension.VILLAGE, cells(IndicatorUnit.COUNT, "-Thôn 3", 12, 0, "@Thôn\t4", 0, 0),
            BreakdownDimension.GROUP, cells(IndicatorUnit.COUNT, "A", 5, 0, "B", 3, 0, "L", 2, 0, "M", 0, 0)));
    return io.github.treem.indicators.DisclosureControl.publish(
        IndicatorReport.of(2020, LocalDate.of(2020, 12, 31), List.of(hi, underweight, special))
        .withDataQuality(DataQuality.of(15, 13, 2)), List.of()).report();
  }

  /** {@return the small report before disclosure control} */
  static IndicatorReport smallUnsuppressed() {
    IndicatorResult hi = IndicatorResult.of(Indicators.HI_U6, 7, 9, Map.of(),
        breakdowns(BreakdownDimension.GROUP, cells(IndicatorUnit.PERCENT, "DD", 1, 2, "K", 3, 3)));
    return IndicatorReport.of(2020, LocalDate.of(2020, 12, 31), List.of(hi));
  }

  /** {@return the targets of the small report: every status and comparator} */
  static List<TargetAssessment> smallTargets(IndicatorReport report) {
    Optional<ExactValue> hi = report.result(Indicators.HI_U6).flatMap(ExactValue::of);
    Optional<ExactValue> uw = report.result(Indicators.UNDERWEIGHT_U5).flatMap(ExactValue::of);
    Optional<ExactValue> sc = report.result(Indicators.SPECIAL_CIRCUMSTANCES).flatMap(ExactValue::of);
    // assessed on the exact values, as the pipeline assesses a plan's targets
    return List.of(
        TargetAssessment.ofThreshold("T1", "HI_U6", TargetComparator.AT_LEAST, Optional.of(new BigDecimal("90.0")), hi),
        TargetAssessment.ofThreshold("T2", "UNDERWEIGHT_U5", TargetComparator.BELOW, Optional.of(new BigDecimal("9.0")), uw),
        TargetAssessment.ofThreshold("T3", "SPECIAL_CIRCUMSTANCES", TargetComparator.AT_MOST, Optional.of(new BigDecimal("20.0")), sc),
        TargetAssessment.ofThreshold("T4", "HI_U6", TargetComparator.INCREASE, Optional.of(new BigDecimal("70.5")), hi),
        TargetAssessment.ofThreshold("T5", "HI_U6", TargetComparator.INCREASE, Optional.empty(), hi),
        TargetAssessment.ofThreshold("", "SPECIAL_CIRCUMSTANCES", TargetComparator.BELOW, Optional.of(new BigDecimal("12.0")), sc));
  }

  static ReportManifest smallManifest() {
    return ReportManifest.builder().treemVersion("0.1.0-test").year(2020).referenceDate(LocalDate.of(2020, 12, 31))
        .putGrowthTables("who2006-weianthro.txt", SHA_W)
        .putInputs("xã-a.csv", SHA_A).putInputs("b.jsonl", SHA_B)
        .putOptions("by", "village,sex,group").putOptions("suppression", "true").putOptions("note", "=1+1")
        .build();
  }

  static ReportDocument small() {
    IndicatorReport r = smallReport();
    return ReportDocument.of(r, smallTargets(r)).withManifest(smallManifest());
  }

  /**
   * The edges of the display rule and of disclosure control, as the pipeline publishes them:
   * 19,999/20,000 against {@code ≥ 100} (99.995%, shown 99.99), 9,001/100,000 against
   * {@code < 9} (9.001%, shown 9.01), 8,996/100,000 against {@code < 9} (shown 8.99, met), a
   * count indicator, and a {@code MISSING_POVERTY} count of 1 that is hidden.
   */
  static ReportDocument edges() {
    IndicatorResult hi = IndicatorResult.of(Indicators.HI_U6, 19_999, 20_000, Map.of(), Map.of());
    IndicatorResult underweight = IndicatorResult.of(Indicators.UNDERWEIGHT_U5, 9_001, 100_000, Map.of(), Map.of());
    IndicatorResult stunting = IndicatorResult.of(Indicators.STUNTING_U5, 8_996, 100_000, Map.of(), Map.of());
    IndicatorResult special = IndicatorResult.of(Indicators.SPECIAL_CIRCUMSTANCES, 74, 0, Map.of(), Map.of());
    IndicatorResult welfare = IndicatorResult.of(Indicators.WELFARE_COVERAGE, 60, 70,
        exclusions(ExclusionReason.MISSING_POVERTY, 1), Map.of());
    IndicatorReport report = IndicatorReport.of(2020, LocalDate.of(2020, 12, 31),
        List.of(hi, underweight, stunting, welfare, special));
    List<TargetAssessment> targets = List.of(
        target("T1", hi, TargetComparator.AT_LEAST, "100"),
        target("T2", underweight, TargetComparator.BELOW, "9"),
        target("T3", stunting, TargetComparator.BELOW, "9"),
        target("T4", special, TargetComparator.AT_MOST, "80"));
    return ReportDocument.of(DisclosureControl.publish(report, targets));
  }

  private static TargetAssessment target(String id, IndicatorResult r, TargetComparator c, String threshold) {
    return TargetAssessment.ofThreshold(id, r.getCode(), c, Optional.of(new BigDecimal(threshold)), ExactValue.of(r));
  }

  static Map<ExclusionReason, Long> exclusions(Object... pairs) {
    Map<ExclusionReason, Long> m = new EnumMap<>(ExclusionReason.class);
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((ExclusionReason) pairs[i], ((Integer) pairs[i + 1]).longValue());
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  static Map<BreakdownDimension, List<BreakdownCell>> breakdowns(Object... pairs) {
    Map<BreakdownDimension, List<BreakdownCell>> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((BreakdownDimension) pairs[i], (List<BreakdownCell>) pairs[i + 1]);
    }
    return m;
  }

  static List<BreakdownCell> cells(IndicatorUnit unit, Object... triples) {
    List<BreakdownCell> out = new ArrayList<>();
    for (int i = 0; i < triples.length; i += 3) {
      out.add(BreakdownCell.of((String) triples[i], unit, (Integer) triples[i + 1], (Integer) triples[i + 2]));
    }
    return out;
  }

  // ------------------------------------------------------------------ random reports

  private static final String[] TRICKY = {"Thôn 1", "Thôn \"1\"", "a,b", "x\ny", "r\rn", "tab\there", "=SUM(A1)",
    "+1", "-2", "-3.5", "@me", "\tlead", "'=quoted", "bell\u0007", "back\bspace", "form\ffeed", "nul\u0000",
    "unit\u001f", "del\u007f", "slash/\\", "emoji 😀", "Đắk Lắk", "Bản Mường Tè", "UNKNOWN", " space ", "#hash"};

  /** A random string: a tricky one, or random characters (ASCII controls, Vietnamese, emoji). */
  static String text(SplittableRandom rnd) {
    if (rnd.nextInt(3) > 0) {
      return TRICKY[rnd.nextInt(TRICKY.length)];
    }
    StringBuilder b = new StringBuilder();
    int n = 1 + rnd.nextInt(8);
    String pool = "aăâbcdđeêghiklmnoôơpqrstuưvxyÀẢẠỹ \"\\,;=+-@'\t\r\n\u0001\u0008\u000c\u001b/<>&";
    for (int i = 0; i < n; i++) {
      if (rnd.nextInt(20) == 0) {
        b.append("😀");
      } else {
        b.append(pool.charAt(rnd.nextInt(pool.length())));
      }
    }
    return b.toString();
  }

  /** A random report document, with or without suppression, data quality, targets and manifest. */
  static ReportDocument random(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<IndicatorResult> results = new ArrayList<>();
    for (Indicators i : Indicators.values()) {
      if (rnd.nextInt(3) == 0) {
        continue;
      }
      results.add(result(rnd, i));
    }
    IndicatorReport report = IndicatorReport.of(1950 + rnd.nextInt(250), LocalDate.of(2000 + rnd.nextInt(50), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)), results);
    if (rnd.nextBoolean()) {
      long read = rnd.nextInt(10_000);
      long rejected = read == 0 ? 0 : rnd.nextLong(read + 1);
      report = report.withDataQuality(DataQuality.of(read, read - rejected, rejected));
    }
    boolean suppress = rnd.nextBoolean();
    List<TargetAssessment> targets = new ArrayList<>();
    int nt = rnd.nextInt(6);
    for (int k = 0; k < nt; k++) {
      Indicators i = Indicators.values()[rnd.nextInt(Indicators.values().length)];
      TargetComparator c = TargetComparator.values()[rnd.nextInt(TargetComparator.values().length)];
      Optional<BigDecimal> ref = rnd.nextInt(5) == 0 ? Optional.empty()
          : Optional.of(rnd.nextInt(2) == 0 ? BigDecimal.valueOf(rnd.nextInt(101)) : BigDecimal.valueOf(rnd.nextInt(10_001), 2));
      String id = rnd.nextBoolean() ? "T" + k : text(rnd);
      // assessed on the exact value, as the pipeline assesses (the totals are published as they are)
      targets.add(TargetAssessment.ofThreshold(id, i.getCode(), c, ref, report.result(i).flatMap(ExactValue::of)));
    }
    ReportDocument doc;
    try {
      doc = suppress ? ReportDocument.of(DisclosureControl.publish(report, targets))
          : ReportDocument.unsuppressedForInternalUse(report, targets);
    } catch (IllegalArgumentException e) {
      // random figures that contradict each other (e.g. more children receiving the allowance
      // than children in special circumstances) cannot be audited: the internal form only
      doc = ReportDocument.unsuppressedForInternalUse(report, targets);
    }
    if (rnd.nextBoolean()) {
      ReportManifest.Builder m = ReportManifest.builder().treemVersion(text(rnd)).year(report.getYear())
          .referenceDate(report.getReferenceDate()).putGrowthTables(text(rnd), SHA_W);
      for (int k = rnd.nextInt(3); k > 0; k--) {
        m.putInputs(text(rnd) + k, rnd.nextBoolean() ? SHA_A : SHA_B);
      }
      for (int k = rnd.nextInt(4); k > 0; k--) {
        m.putOptions(text(rnd) + k, text(rnd));
      }
      doc = doc.withManifest(m.build());
    }
    return doc;
  }

  private static IndicatorResult result(SplittableRandom rnd, Indicator i) {
    boolean count = i.getUnit() == IndicatorUnit.COUNT;
    long d = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(1000);
    long n = count ? rnd.nextInt(1000) : d == 0 ? 0 : rnd.nextLong(d + 1);
    Map<ExclusionReason, Long> ex = new EnumMap<>(ExclusionReason.class);
    for (ExclusionReason r : ExclusionReason.values()) {
      if (rnd.nextInt(6) == 0) {
        ex.put(r, 1L + rnd.nextInt(50));
      }
    }
    Map<BreakdownDimension, List<BreakdownCell>> b = new LinkedHashMap<>();
    for (BreakdownDimension dim : BreakdownDimension.values()) {
      if (rnd.nextInt(3) != 0) {
        continue;
      }
      List<BreakdownCell> cells = new ArrayList<>();
      int k = rnd.nextInt(6);
      for (int c = 0; c < k; c++) {
        String key = dim == BreakdownDimension.GROUP ? List.of("A", "B", "DD", "E", "G", "L", "M", "UNKNOWN").get(c)
            : text(rnd) + c;
        long cd = count ? 0 : rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(12);
        long cn = count ? rnd.nextInt(12) : cd == 0 ? 0 : rnd.nextLong(cd + 1);
        cells.add(rnd.nextInt(10) == 0 ? BreakdownCell.suppressed(key) : BreakdownCell.of(key, i.getUnit(), cn, cd));
      }
      b.put(dim, cells);
    }
    return IndicatorResult.of(i, n, count ? 0 : d, ex, b);
  }
}
