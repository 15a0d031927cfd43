package io.github.treem.indicators.cfc;

import io.github.treem.core.taxonomy.LegalReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tables built for tests: a confirmed copy of the bundled one, and a two-criterion table whose total can be set to any number. */
final class TestTables {
  private TestTables() {}

  /** The bundled table with every part CONFIRMED (as if the annex had been obtained and said the same). */
  static ScoringTable confirmedCopy(ScoringTable t) {
    List<Criterion> criteria = new ArrayList<>();
    for (Criterion c : t.getCriteria()) {
      List<ScoringItem> items = new ArrayList<>();
      for (ScoringItem i : c.getItems()) {
        List<PointBand> bands = i.getBands().stream()
            .map(b -> PointBand.parse(b.getNotation(), b.getPoints(), Certainty.CONFIRMED, b.getSources())).toList();
        items.add(ScoringItem.builder().from(i).certainty(Certainty.CONFIRMED).bands(bands).build());
      }
      criteria.add(Criterion.builder().from(c).maximumCertainty(Certainty.CONFIRMED).metCertainty(Certainty.CONFIRMED)
          .items(items).build());
    }
    RecognitionRule r = RecognitionRule.builder().from(t.getRecognitionRule()).thresholdCertainty(Certainty.CONFIRMED)
        .conditionsCertainty(Certainty.CONFIRMED).build();
    return ScoringTable.builder().from(t).criteria(criteria).recognitionRule(r).version("confirmed-test").build();
  }

  /**
   * Criterion 1: item "1.1", a count whose value is its points (0..1000, one band per whole number);
   * criterion 2: item "2.1", yes 10 / no 0. Thresholds 900/800/850. Certainties as given.
   */
  static ScoringTable pointsTable(Certainty yesBand, Certainty noBand, Certainty criterion2Maximum, int metMinimum1) {
    List<PointBand> bands = new ArrayList<>();
    for (int k = 0; k < 1000; k++) {
      bands.add(PointBand.of("[" + k + "," + (k + 1) + ")", k, Certainty.CONFIRMED));
    }
    bands.add(PointBand.of("[1000,*)", 1000, Certainty.CONFIRMED));
    ScoringItem points = ScoringItem.builder().id("1.1").nameVi("Điểm").nameEn("Points").unit(ItemUnit.COUNT)
        .input(InputSource.SELF_ASSESSMENT).certainty(Certainty.CONFIRMED).bands(bands).build();
    ScoringItem yesNo = ScoringItem.builder().id("2.1").nameVi("Có").nameEn("Yes").unit(ItemUnit.YES_NO)
        .input(InputSource.SELF_ASSESSMENT).certainty(Certainty.CONFIRMED)
        .addBands(PointBand.of("yes", 10, yesBand), PointBand.of("no", 0, noBand)).build();
    return ScoringTable.builder().id("TEST").version("1").titleVi("Bảng thử").titleEn("Test table")
        .legalBasis(LegalReference.of("Văn bản thử", "Test text")).validFrom(LocalDate.of(2019, 1, 1))
        .addCriteria(Criterion.builder().number(1).nameVi("Một").nameEn("One").maximum(1000)
            .maximumCertainty(Certainty.CONFIRMED).metMinimum(metMinimum1).metCertainty(Certainty.CONFIRMED)
            .addItems(points).build())
        .addCriteria(Criterion.builder().number(2).nameVi("Hai").nameEn("Two").maximum(10)
            .maximumCertainty(criterion2Maximum).metCertainty(Certainty.CONFIRMED).addItems(yesNo).build())
        .recognitionRule(RecognitionRule.builder().thresholds(Map.of(CommuneType.CITY_WARD, 900,
            CommuneType.MOUNTAIN_ISLAND_OR_DISADVANTAGED, 800, CommuneType.OTHER, 850))
            .thresholdCertainty(Certainty.CONFIRMED).conditionsCertainty(Certainty.CONFIRMED).build())
        .build();
  }

  /** A self-assessment of the points table: criterion 1 at {@code points}, criterion 2 yes or no. */
  static SelfAssessment points(int points, boolean yes, CommuneType type) {
    return SelfAssessment.builder().communeCode("19885").communeName("Thử").year(2020).communeType(type)
        .assessedOn(LocalDate.of(2020, 11, 20)).assessedBy("UBND xã")
        .addEntries(SelfAssessmentEntry.of("1.1", ItemValue.count(points), "minh chứng"),
            SelfAssessmentEntry.of("2.1", ItemValue.of(yes), "minh chứng"))
        .build();
  }
}
