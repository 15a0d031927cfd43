package io.github.treem.io.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.admin.AdministrativeDivisions;
import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.indicators.AreaHierarchy;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DisclosureAudit;
import io.github.treem.indicators.DisclosureRule;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.ValueState;
import io.github.treem.io.report.ReportDocument;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The merge's levels (commune, district, province) are published as one: a hidden commune is
 * never its district's published cell minus the other communes' (issue 14/19).
 */
class MergeAcrossLevelsTest {
  private static final AdministrativeDivisions VN = AdministrativeDivisions.gso();
  private static final LocalDate REF = LocalDate.of(2024, 12, 31);
  /** One commune's submission, whose figures every commune of these tests sends (but LEGAL_AID). */
  private static final CommuneSubmission TEMPLATE =
      Communes.submission("19885", Communes.register("19885", 19885, 40, 2024), REF);

  /** Two districts of Huế with at least two communes each: their communes, by district. */
  private static List<List<AdministrativeUnit>> twoDistricts() {
    Map<String, List<AdministrativeUnit>> byDistrict = VN.communesWithin(AdministrativeLevel.PROVINCE, "46", REF)
        .stream().collect(Collectors.groupingBy(c -> c.ancestorAt(AdministrativeLevel.DISTRICT).orElseThrow().getCode(),
            TreeMap::new, Collectors.toList()));
    return byDistrict.values().stream().filter(l -> l.size() >= 2).limit(2).toList();
  }

  @Test
  void aHiddenCommuneIsNotItsDistrictMinusThePublishedCommunes() throws IOException {
    List<List<AdministrativeUnit>> d = twoDistricts();
    AdministrativeUnit a = d.get(0).get(0);
    AdministrativeUnit b = d.get(0).get(1);
    AdministrativeUnit c = d.get(1).get(0);
    AdministrativeUnit e = d.get(1).get(1);
    // children in conflict with the law (a sensitive population), receiving legal aid / in all:
    // a is small; level by level, the commune table's complement would be c (the smallest other)
    Map<String, CommuneSubmission> s = new LinkedHashMap<>();
    s.put(a.getCode(), submission(a.getCode(), 0, 2));
    s.put(b.getCode(), submission(b.getCode(), 10, 12));
    s.put(c.getCode(), submission(c.getCode(), 5, 6));
    s.put(e.getCode(), submission(e.getCode(), 8, 10));

    ProvinceRollUp.Result r = ProvinceRollUp.builder().by(AdministrativeLevel.COMMUNE).province("46").build().merge(s);
    assertThat(r.hasRefusals()).isFalse();
    Map<AdministrativeLevel, ReportDocument> levels = r.getLevels();
    assertThat(cell(levels.get(AdministrativeLevel.COMMUNE), a.getCode()).getState()).isEqualTo(ValueState.SUPPRESSED);
    // its complement is its district's other commune
    assertThat(cell(levels.get(AdministrativeLevel.COMMUNE), b.getCode()).getState()).isEqualTo(ValueState.SUPPRESSED);
    assertThat(cell(levels.get(AdministrativeLevel.COMMUNE), c.getCode()).getDenominator()).hasValue(6);
    assertThat(cell(levels.get(AdministrativeLevel.DISTRICT), district(a)).getDenominator()).hasValue(14);
    // the merged report by commune has the same pattern
    assertThat(cell(r.getDocument().orElseThrow(), b.getCode()).getState()).isEqualTo(ValueState.SUPPRESSED);

    DisclosureAudit audit = auditAcrossLevels(r);
    assertThat(audit.isPassed()).as("%s", audit.getFailures()).isTrue();
  }

  /** Property: random communes of Huế with random small figures: every merge passes the audit across its levels. */
  @Test
  void everyMergePassesTheAuditAcrossLevels() throws IOException {
    List<AdministrativeUnit> hue = VN.communesWithin(AdministrativeLevel.PROVINCE, "46", REF);
    SplittableRandom random = new SplittableRandom(19L);
    for (int run = 0; run < 8; run++) {
      Map<String, CommuneSubmission> s = new LinkedHashMap<>();
      int n = 3 + random.nextInt(25);
      for (int i = 0; i < n; i++) {
        AdministrativeUnit u = hue.get(random.nextInt(hue.size()));
        long den = random.nextInt(3) == 0 ? 0 : random.nextInt(2) == 0 ? 1 + random.nextInt(4) : random.nextInt(20);
        s.put(u.getCode(), submission(u.getCode(), den == 0 ? 0 : random.nextLong(den + 1), den));
      }
      ProvinceRollUp.Result r = ProvinceRollUp.builder().by(AdministrativeLevel.DISTRICT).build().merge(s);
      DisclosureAudit audit = auditAcrossLevels(r);
      assertThat(audit.isPassed()).as("run %d: %s", run, audit.getFailures()).isTrue();
    }
  }

  private static String district(AdministrativeUnit commune) {
    return commune.ancestorAt(AdministrativeLevel.DISTRICT).orElseThrow().getCode();
  }

  /**
   * The audit a reader can run on everything a merge publishes: the levels' area cells together,
   * with the nesting the unit data gives (commune in district in province).
   */
  static DisclosureAudit auditAcrossLevels(ProvinceRollUp.Result r) {
    Map<String, String> parents = new HashMap<>();
    List<IndicatorResult> results = new ArrayList<>();
    IndicatorReport base = r.getLevels().get(AdministrativeLevel.PROVINCE).getReport();
    for (IndicatorResult total : base.getResults()) {
      List<BreakdownCell> cells = new ArrayList<>();
      r.getLevels().forEach((level, doc) -> {
        String prefix = level.name().substring(0, 1) + ":";
        doc.getReport().result(total.getIndicator()).orElseThrow().getBreakdowns()
            .getOrDefault(BreakdownDimension.AREA, List.of()).forEach(c -> {
              cells.add(c.getState() == ValueState.SUPPRESSED ? BreakdownCell.suppressed(prefix + c.getKey())
                  : BreakdownCell.of(prefix + c.getKey(), total.getIndicator().getUnit(), c.getNumerator().orElse(0),
                      c.getDenominator().orElse(0)));
              if (level == AdministrativeLevel.COMMUNE) {
                AdministrativeUnit u = VN.resolveCommune(CommuneCode.parse(c.getKey()), REF).getUnit().orElseThrow();
                parents.put("C:" + c.getKey(), "D:" + district(u));
                parents.put("D:" + district(u), "P:" + u.ancestorAt(AdministrativeLevel.PROVINCE).orElseThrow().getCode());
              }
            });
      });
      results.add(total.withOtherBreakdowns(total.getState() == ValueState.SUPPRESSED ? Map.of()
          : Map.of(BreakdownDimension.AREA, cells)));
    }
    return DisclosureAudit.of(base.withOtherResults(results), List.of(), DisclosureRule.DEFAULT,
        AreaHierarchy.of(parents));
  }

  private static BreakdownCell cell(ReportDocument doc, String key) {
    return doc.getReport().result(Indicators.LEGAL_AID).orElseThrow().getBreakdowns().get(BreakdownDimension.AREA)
        .stream().filter(c -> c.getKey().equals(key)).findFirst().orElseThrow();
  }

  /** A commune's submission whose LEGAL_AID figures are the ones given (one cell per other breakdown). */
  private static CommuneSubmission submission(String code, long legalAid, long inConflict) {
    CommuneSubmission base = TEMPLATE;
    IndicatorReport report = base.getReport();
    List<IndicatorResult> results = new ArrayList<>();
    for (IndicatorResult r : report.getResults()) {
      if (r.getIndicator() != Indicators.LEGAL_AID) {
        results.add(r);
        continue;
      }
      Map<BreakdownDimension, List<BreakdownCell>> bd = new LinkedHashMap<>();
      r.getBreakdowns().forEach((dim, cells) -> bd.put(dim, inConflict == 0 ? List.of()
          : List.of(BreakdownCell.of(dim == BreakdownDimension.GROUP ? BreakdownDimension.NONE : "1",
              r.getIndicator().getUnit(), legalAid, inConflict))));
      results.add(IndicatorResult.of(Indicators.LEGAL_AID, legalAid, inConflict, Map.of(), bd));
    }
    ReportDocument doc = ReportDocument.unsuppressedForInternalUse(report.withOtherResults(results), List.of());
    return CommuneSubmission.of(CommuneCode.parse(code), ReportDocument.builder().from(doc)
        .manifest(base.getDocument().getManifest()).build());
  }
}
