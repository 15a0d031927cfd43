package io.github.treem.examples;

import static io.github.treem.testkit.TreemAssertions.assertThatCaseFile;

import io.github.treem.indicators.CaseIndicators;
import io.github.treem.testkit.TreemCases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another system's export test written with the test kit: it writes seeded synthetic case files
 * with a known share of late steps and checks that treem reads them whole and counts their
 * deadlines as the generator made them.
 */
class ExampleCaseFileTestWithTestkit {

  @Test
  void syntheticCaseFilesReadWholeWithTheirDeadlines(@TempDir Path dir) {
    for (String name : new String[] {"cases.jsonl", "cases.csv"}) {
      Path file = TreemCases.writeSyntheticCases(7, 300, 2024, 0.25, dir.resolve(name));
      long emergencies = TreemCases.syntheticCases(7, 300, 2024, 0.25).filter(c -> !c.getEmergencyMeasures().isEmpty()).count();
      long emergenciesInTime = TreemCases.syntheticCases(7, 300, 2024, 0.25)
          .filter(c -> !c.getEmergencyMeasures().isEmpty() && !TreemCases.isLate(c)).count();
      long plansInTime = TreemCases.syntheticCases(7, 300, 2024, 0.25)
          .filter(c -> c.getEmergencyMeasures().isEmpty() && !TreemCases.isLate(c)).count();
      assertThatCaseFile(file).forYear(2024).isValid().hasRowsRead(300)
          .hasFigure(CaseIndicators.CASES_RECEIVED, 300, 0)
          .hasFigure(CaseIndicators.EMERGENCY_WITHIN_12_HOURS, emergenciesInTime, emergencies)
          .hasFigure(CaseIndicators.PLAN_APPROVED_IN_TIME, plansInTime, 300 - emergencies);
    }
  }
}
