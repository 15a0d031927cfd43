package io.github.treem.io.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.admin.AdministrativeDivisions;
import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.admin.Succession;
import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportPipeline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The province's merge: exact against the report over all registers, refusals, coverage, the 2025 arrangement. */
class ProvinceRollUpTest {
  private static final AdministrativeDivisions VN = AdministrativeDivisions.gso();
  private static final LocalDate REF = LocalDate.of(2024, 12, 31);
  private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
  private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);
  private static final Set<BreakdownDimension> MERGED = EnumSet.complementOf(EnumSet.of(BreakdownDimension.VILLAGE, BreakdownDimension.LEGACY_GROUP));

  /** Writes and reads back, as a province receives it. */
  private static CommuneSubmission sent(CommuneSubmission s) {
    return SubmissionJson.read(new ByteArrayInputStream(SubmissionJson.write(s).getBytes(StandardCharsets.UTF_8)),
        s.getCommune() + ".json");
  }

  /**
   * Random communes of Huế (several districts), random sizes: merging their submissions by commune
   * gives, number for number, the report over all their registers at once (area = register =
   * commune); by district and by province, the area cells are the sums of the communes' and
   * every other breakdown is the same.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void theMergeIsTheReportOverAllRegisters(long seed) throws IOException {
    Random random = new Random(seed);
    List<AdministrativeUnit> hue = new ArrayList<>(VN.communesWithin(AdministrativeLevel.PROVINCE, "46", REF));
    java.util.Collections.shuffle(hue, random);
    List<AdministrativeUnit> chosen = hue.subList(0, 2 + random.nextInt(9));
    List<RegisterSource> sources = new ArrayList<>();
    Map<String, CommuneSubmission> submissions = new LinkedHashMap<>();
    for (AdministrativeUnit c : chosen) {
      byte[] register = Communes.register(c.getCode(), seed * 1000 + sources.size(), 20 + random.nextInt(150), 2024);
      sources.add(Communes.source(c.getCode(), register));
      submissions.put(c.getCode() + ".json", sent(Communes.submission(c.getCode(), register, REF)));
    }
    IndicatorReport together = Communes.pipeline(REF, MERGED).run(sources).getReport();

    ProvinceRollUp.Result byCommune = ProvinceRollUp.builder().by(AdministrativeLevel.COMMUNE)
        .unsuppressedForInternalUse().build().merge(submissions);
    assertThat(byCommune.hasRefusals()).isFalse();
    assertThat(byCommune.getSubmissionsAccepted()).isEqualTo(chosen.size());
    IndicatorReport merged = byCommune.getDocument().orElseThrow().getReport();
    assertThat(merged).isEqualTo(together);

    for (AdministrativeLevel level : List.of(AdministrativeLevel.DISTRICT, AdministrativeLevel.PROVINCE)) {
      IndicatorReport up = ProvinceRollUp.builder().by(level).unsuppressedForInternalUse().build().merge(submissions)
          .getDocument().orElseThrow().getReport();
      for (IndicatorResult r : up.getResults()) {
        IndicatorResult c = merged.result(r.getIndicator()).orElseThrow();
        assertThat(r.getNumerator()).isEqualTo(c.getNumerator());
        assertThat(r.getDenominator()).isEqualTo(c.getDenominator());
        assertThat(r.getExclusions()).isEqualTo(c.getExclusions());
        for (BreakdownDimension d : MERGED) {
          if (d != BreakdownDimension.AREA && r.getBreakdowns().containsKey(d)) {
            assertThat(r.getBreakdowns().get(d)).isEqualTo(c.getBreakdowns().get(d));
          }
        }
        Map<String, long[]> expected = new TreeMap<>(BreakdownCell.keyOrder());
        for (BreakdownCell cell : c.getBreakdowns().get(BreakdownDimension.AREA)) {
          String key = VN.resolveCommune(CommuneCode.parse(cell.getKey()), REF).getUnit().orElseThrow()
              .ancestorAt(level).orElseThrow().getCode();
          long[] v = expected.computeIfAbsent(key, k -> new long[2]);
          v[0] += cell.getNumerator().getAsLong();
          v[1] += cell.getDenominator().orElse(0);
        }
        assertThat(r.getBreakdowns().get(BreakdownDimension.AREA)).extracting(BreakdownCell::getKey)
            .containsExactlyElementsOf(expected.keySet());
        for (BreakdownCell cell : r.getBreakdowns().get(BreakdownDimension.AREA)) {
          assertThat(cell.getNumerator().getAsLong()).isEqualTo(expected.get(cell.getKey())[0]);
        }
      }
      assertThat(up.getDataQuality()).isEqualTo(together.getDataQuality());
    }
  }

  @Test
  void thePublishedMergeIsSuppressedAndAudited() {
    Map<String, CommuneSubmission> s = new LinkedHashMap<>();
    for (String code : List.of("19885", "19888", "19891")) {
      s.put(code, Communes.submission(code, Communes.register(code, code.hashCode(), 60, 2024), REF));
    }
    ProvinceRollUp.Result r = ProvinceRollUp.builder().by(AdministrativeLevel.COMMUNE).build().merge(s);
    ReportDocument doc = r.getDocument().orElseThrow();
    assertThat(doc.getReport().isSuppressed()).isTrue();
    // what is published passes the audit again
    assertThat(DisclosureControl.verify(doc.getReport(), doc.getTargets()).report()).isEqualTo(doc.getReport());
    ReportManifest m = doc.getManifest().orElseThrow();
    assertThat(m.getInputs()).containsKeys("commune 19885", "commune 19888", "commune 19891");
    assertThat(m.getOptions()).containsEntry("mergeBy", "commune").containsEntry("suppression", "true")
        .containsEntry("mergeAt", "2024-12-31");
    long expected = VN.communesWithin(AdministrativeLevel.PROVINCE, "46", REF).size();
    assertThat(m.getOptions()).containsEntry("coverage", "3/" + expected);
    assertThat(r.getMissing()).hasSize((int) expected - 3);
    // 2024-12-31 is before the unit data's list (1 March 2025): said once
    assertThat(r.getIssues()).extracting(Issue::getCode).containsOnly("SUBMISSION_MISSING", "ADMIN_NAMES_AFTER_DATE");
    assertThat(r.getIssues()).filteredOn(i -> i.getCode().equals("ADMIN_NAMES_AFTER_DATE")).hasSize(1);
    assertThat(r.getCoverage()).filteredOn(c -> c.key().equals("19885"))
        .containsExactly(new ProvinceRollUp.Coverage("19885", 1, 1));
  }

  @Test
  void refusesSubmissionsThatDoNotBelongTogether() {
    CommuneSubmission a = Communes.submission("19885", Communes.register("19885", 1, 50, 2024), REF);
    CommuneSubmission b = Communes.submission("19888", Communes.register("19888", 2, 50, 2024), REF);
    CommuneSubmission otherYear = Communes.submission("19891", Communes.register("19891", 3, 50, 2023),
        LocalDate.of(2023, 12, 31));
    CommuneSubmission otherDate = Communes.submission("19891", Communes.register("19891", 3, 50, 2024),
        LocalDate.of(2024, 6, 30));
    CommuneSubmission unknown = Communes.submission("99999", Communes.register("99999", 4, 50, 2024), REF);
    ReportManifest future = ReportManifest.builder().from(b.getManifest()).treemVersion("9.0.0").build();
    CommuneSubmission newer = CommuneSubmission.of(CommuneCode.parse("19894"),
        ReportDocument.builder().report(b.getReport()).manifest(future).build());
    IndicatorCalculator fewer = IndicatorCalculator.builder().year(2024).referenceDate(REF)
        .indicators(List.of(Indicators.HI_U6)).breakdowns(CommuneSubmission.BREAKDOWNS).build();
    CommuneSubmission otherDefinitions;
    try {
      otherDefinitions = CommuneSubmission.of(CommuneCode.parse("19897"), ReportPipeline.builder().calculator(fewer)
          .unsuppressedForInternalUse().build().run(List.of(Communes.source("19897", Communes.register("19897", 5, 50, 2024)))));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    CommuneSubmission hanoi = Communes.submission("00004", Communes.register("00004", 6, 50, 2024), REF);

    ProvinceRollUp.Merge merge = ProvinceRollUp.builder().province("46").build().start();
    assertThat(merge.add(a, "a.json")).isEmpty();
    assertThat(code(merge.add(a, "a-again.json"))).isEqualTo("SUBMISSION_DUPLICATE_COMMUNE");
    assertThat(code(merge.add(otherYear, "y.json"))).isEqualTo("SUBMISSION_OTHER_YEAR");
    assertThat(code(merge.add(otherDate, "d.json"))).isEqualTo("SUBMISSION_OTHER_REFERENCE_DATE");
    assertThat(code(merge.add(unknown, "u.json"))).isEqualTo("ADMIN_UNIT_UNKNOWN");
    assertThat(code(merge.add(newer, "v.json"))).isEqualTo("SUBMISSION_INCOMPATIBLE_VERSION");
    assertThat(code(merge.add(otherDefinitions, "i.json"))).isEqualTo("SUBMISSION_OTHER_DEFINITIONS");
    assertThat(code(merge.add(hanoi, "h.json"))).isEqualTo("SUBMISSION_OUTSIDE_PROVINCE");
    List<Issue> refusal = merge.add(otherYear, "y2.json");
    assertThat(refusal.get(0).getLocation().getFile()).contains("y2.json");
    assertThat(refusal.get(0).getMessageVi()).isNotEqualTo(refusal.get(0).getMessageEn());
    assertThat(merge.add(b, "b.json")).isEmpty();
    ProvinceRollUp.Result r = merge.finish();
    assertThat(r.getSubmissionsRead()).isEqualTo(10);
    assertThat(r.getSubmissionsAccepted()).isEqualTo(2);
    assertThat(r.getSubmissionsRefused()).isEqualTo(8);
    assertThat(r.hasRefusals()).isTrue();
    // only the accepted ones are in the figures
    IndicatorReport sum = io.github.treem.indicators.ReportSum.of(2024, REF, EnumSet.of(BreakdownDimension.SEX))
        .add(a.getReport(), null).add(b.getReport(), null).result();
    assertThat(ProvinceRollUp.builder().unsuppressedForInternalUse().build().merge(Map.of("a", a, "b", b))
        .getDocument().orElseThrow().getReport().getResults().get(0).getNumerator())
        .isEqualTo(sum.getResults().get(0).getNumerator());
    assertThat(ProvinceRollUp.builder().build().start().finish().getDocument()).isEmpty();
  }

  private static String code(List<Issue> issues) {
    assertThat(issues).hasSize(1);
    return issues.get(0).getCode();
  }

  /** The four communes merged into Đan Điền on 1 July 2025 add up to it; coverage counts it received. */
  @Test
  void communesMergedWholeInto2025UnitsAreAdded() {
    List<Succession> into = VN.predecessorsOf(AdministrativeLevel.COMMUNE, "19885", AFTER);
    assertThat(into).allMatch(s -> !s.isPartial());
    Map<String, CommuneSubmission> s = new LinkedHashMap<>();
    long numerator = 0;
    for (Succession p : into) {
      String code = p.getPredecessor().getCode();
      CommuneSubmission c = Communes.submission(code, Communes.register(code, code.hashCode(), 40, 2025), BEFORE);
      numerator += c.getReport().getResults().get(0).getNumerator();
      s.put(code + ".json", c);
    }
    ProvinceRollUp.Result r = ProvinceRollUp.builder().by(AdministrativeLevel.COMMUNE).at(AFTER)
        .unsuppressedForInternalUse().build().merge(s);
    assertThat(r.hasRefusals()).isFalse();
    IndicatorResult first = r.getDocument().orElseThrow().getReport().getResults().get(0);
    assertThat(first.getBreakdowns().get(BreakdownDimension.AREA)).extracting(BreakdownCell::getKey).containsExactly("19885");
    assertThat(first.getNumerator()).isEqualTo(numerator);
    assertThat(r.getCoverage()).filteredOn(c -> c.key().equals("19885"))
        .containsExactly(new ProvinceRollUp.Coverage("19885", 1, 1));
    long communes2025 = VN.communesWithin(AdministrativeLevel.PROVINCE, "46", AFTER).size();
    assertThat(r.getDocument().orElseThrow().getManifest().orElseThrow().getOptions())
        .containsEntry("coverage", "1/" + communes2025);
    // one of the four missing: Đan Điền is not covered
    s.remove(into.get(0).getPredecessor().getCode() + ".json");
    ProvinceRollUp.Result partial = ProvinceRollUp.builder().by(AdministrativeLevel.COMMUNE).at(AFTER).build().merge(s);
    assertThat(partial.getMissing()).extracting(AdministrativeUnit::getCode).contains("19885");
  }

  /** A commune split between successors is shown apart by commune, and summed only in its one province. */
  @Test
  void aSplitCommuneIsNeverSummedIntoASuccessor() {
    List<Succession> next = VN.successorsOf(AdministrativeLevel.COMMUNE, "00007", BEFORE);
    assertThat(next).hasSizeGreaterThan(1).allMatch(Succession::isPartial);
    CommuneSubmission split = Communes.submission("00007", Communes.register("00007", 9, 40, 2025), BEFORE);
    ProvinceRollUp.Result byCommune = ProvinceRollUp.builder().by(AdministrativeLevel.COMMUNE).at(AFTER)
        .unsuppressedForInternalUse().build().merge(Map.of("00007.json", split));
    assertThat(byCommune.getIssues()).extracting(Issue::getCode).contains("SUBMISSION_NOT_ADDITIVE");
    assertThat(byCommune.getDocument().orElseThrow().getReport().getResults().get(0).getBreakdowns()
        .get(BreakdownDimension.AREA)).extracting(BreakdownCell::getKey).containsExactly("00007*");
    ProvinceRollUp.Result byProvince = ProvinceRollUp.builder().at(AFTER).unsuppressedForInternalUse().build()
        .merge(Map.of("00007.json", split));
    assertThat(byProvince.getDocument().orElseThrow().getReport().getResults().get(0).getBreakdowns()
        .get(BreakdownDimension.AREA)).extracting(BreakdownCell::getKey).containsExactly("01");
    assertThatThrownBy(() -> ProvinceRollUp.builder().by(AdministrativeLevel.DISTRICT).at(AFTER).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no districts");
    ProvinceRollUp.Merge late = ProvinceRollUp.builder().by(AdministrativeLevel.DISTRICT).build().start();
    CommuneSubmission after = Communes.submission("19885", Communes.register("19885", 1, 30, 2025), LocalDate.of(2025, 12, 31));
    assertThat(code(late.add(after, "x.json"))).isEqualTo("ADMIN_LEVEL_NOT_IN_USE");
  }
}
