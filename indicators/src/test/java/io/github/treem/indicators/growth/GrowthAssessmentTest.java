package io.github.treem.indicators.growth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.MeasurePosition;
import io.github.treem.core.taxonomy.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GrowthAssessmentTest {
  @Test
  void ageInDaysFromTheDates() {
    Child child = Child.builder().id("T-1").sex(Sex.MALE).dateOfBirth(LocalDate.of(2020, 1, 1)).build();
    GrowthMeasurement m = GrowthMeasurement.builder()
        .measuredOn(LocalDate.of(2022, 9, 14)) // 987 days
        .lengthHeightCm(72.86)
        .position(MeasurePosition.LYING)
        .build();
    GrowthAssessment a = GrowthAssessment.of(child, m);
    assertThat(a.getAgeDays()).isEqualTo(987);
    assertThat(a.isUnderFive()).isTrue();
    assertThat(a.getAnthro2006().getZlen()).isEqualTo(-6.09);
    assertThat(a.getAnthro2006().isFlen()).isTrue();
    assertThat(a.getAnthro2006().getStunting()).isEqualTo(Classification.NOT_AVAILABLE);
    assertThat(a.getWho2007().getZhfa()).isNaN();
    assertThat(WhoGrowth.standards().anthro2006(child, m)).isEqualTo(a.getAnthro2006());
    assertThat(WhoGrowth.standards().anthro2006(Sex.MALE, LocalDate.of(2020, 1, 1), m)).isEqualTo(a.getAnthro2006());
    assertThat(WhoGrowth.standards().anthro2006(Sex.MALE, null, m).getZlen()).isNaN();
  }

  @Test
  void schoolAgeUsesThe2007Reference() {
    Child child = Child.builder().id("T-2").sex(Sex.FEMALE).dateOfBirth(LocalDate.of(2015, 3, 1)).build();
    GrowthMeasurement m = GrowthMeasurement.builder()
        .measuredOn(LocalDate.of(2023, 6, 1))
        .weightKg(27.35)
        .lengthHeightCm(131.2)
        .oedema(false)
        .build();
    GrowthAssessment a = GrowthAssessment.of(child, m);
    double months = a.getAgeDays() / 30.4375;
    assertThat(a.isUnderFive()).isFalse();
    assertThat(a.getAnthro2006().getZwei()).isNaN();
    assertThat(a.getWho2007()).isEqualTo(WhoGrowth.standards().who2007(Sex.FEMALE, months, 131.2, 27.35, false));
    assertThat(a.getWho2007().getZhfa()).isFinite();
  }

  @Test
  void noDateOfBirthNoAge() {
    Child child = Child.builder().id("T-3").sex(Sex.FEMALE).build();
    GrowthMeasurement m = GrowthMeasurement.builder().measuredOn(LocalDate.of(2023, 6, 1)).weightKg(11).lengthHeightCm(86.9).build();
    GrowthAssessment a = GrowthAssessment.of(child, m);
    assertThat(a.getAgeDays()).isNaN();
    assertThat(a.getAnthro2006().getZwfl()).isEqualTo(-0.70);
    assertThat(a.getAnthro2006().getZwei()).isNaN();
  }
}
