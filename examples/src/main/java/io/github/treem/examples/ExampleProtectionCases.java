package io.github.treem.examples;

import io.github.treem.core.protection.AbuseForm;
import io.github.treem.core.protection.CaseChild;
import io.github.treem.core.protection.CaseRole;
import io.github.treem.core.protection.InformationReceipt;
import io.github.treem.core.protection.InformationSource;
import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.protection.RiskAssessment;
import io.github.treem.core.protection.RiskLevel;
import io.github.treem.core.protection.SupportPlan;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.cases.CaseAccumulator;
import io.github.treem.indicators.cases.CaseFigureCalculator;
import io.github.treem.io.cases.CaseReadOptions;
import io.github.treem.io.cases.CaseReport;
import io.github.treem.io.cases.CaseWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario: a commune keeps its child-protection cases (Decree 56/2017) in a JSON Lines file and
 * reports their figures for the year: cases received by source, emergency measures within 12
 * hours, plans approved within 5 working days. Every figure is of a sensitive population: a
 * total, cell or count of 1 to 4 is published as {@code x}. The cases here are made up (ids
 * {@code EX-...}), twelve of them, received on Fridays of 2024, nine with a plan approved on the
 * following Friday (the fifth working day: in time), three on the Monday after (late).
 */
public final class ExampleProtectionCases {
  private ExampleProtectionCases() {}

  /** {@return the example's cases} */
  static List<ProtectionCase> cases() {
    List<ProtectionCase> cases = new ArrayList<>();
    OffsetDateTime friday = OffsetDateTime.parse("2024-03-01T15:00:00+07:00");
    for (int i = 0; i < 12; i++) {
      OffsetDateTime at = friday.plusWeeks(i);
      LocalDate approved = at.toLocalDate().plusDays(i < 9 ? 7 : 10);
      cases.add(ProtectionCase.builder().id("EX-2024-" + (i + 1))
          .child(CaseChild.builder().sex(i % 2 == 0 ? Sex.FEMALE : Sex.MALE).dateOfBirth(LocalDate.of(2012, 1, 1 + i)).build())
          .receipt(InformationReceipt.builder().receivedAt(at)
              .source(i < 7 ? InformationSource.NATIONAL_HOTLINE_111 : InformationSource.SCHOOL).build())
          .addHarms(i < 6 ? AbuseForm.VIOLENCE : AbuseForm.NEGLECT)
          .riskAssessment(RiskAssessment.builder().assessedAt(at.plusHours(2)).level(RiskLevel.NOT_SERIOUS).build())
          .addPlans(SupportPlan.builder().draftedOn(approved).approvedOn(approved).approvedBy(CaseRole.COMMUNE_CHAIRMAN).build())
          .build());
    }
    return cases;
  }

  /**
   * Writes the cases to a file, reads it back as {@code treem cases report} does, and publishes
   * the figures.
   *
   * @param dir a folder for the case file
   * @return the published report
   */
  public static CaseReport run(Path dir) {
    Path file = dir.resolve("cases.jsonl");
    try (OutputStream out = Files.newOutputStream(file); CaseWriter w = CaseWriter.jsonLines(out)) {
      cases().forEach(w::write);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CaseAccumulator acc = CaseFigureCalculator.builder().year(2024)
        .breakdowns(BreakdownDimension.SOURCE, BreakdownDimension.HARM).build().newAccumulator();
    // the late plans are warnings (CASE_DEADLINE_MISSED); an error would reject a case
    var quality = CaseReport.read(file, CaseReadOptions.defaults(), issue -> {
      if (issue.getSeverity() == Severity.ERROR) {
        throw new IllegalStateException("the example's cases have a problem: " + issue.getCode());
      }
    }, acc::add);
    return CaseReport.of(acc, quality);
  }

  /**
   * Prints the published figures.
   *
   * @param args none
   * @throws IOException when the temporary folder cannot be made
   */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("treem-cases");
    try {
      System.out.print(run(dir).toTable(Language.EN));
    } finally {
      Files.deleteIfExists(dir.resolve("cases.jsonl"));
      Files.deleteIfExists(dir);
    }
  }
}
