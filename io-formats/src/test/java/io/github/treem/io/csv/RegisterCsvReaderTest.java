package io.github.treem.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.CircumstanceEpisode;
import io.github.treem.core.DisabilityDegree;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.HouseholdPoverty;
import io.github.treem.core.MeasurePosition;
import io.github.treem.core.SafetySkills;
import io.github.treem.core.SchoolEnrolment;
import io.github.treem.core.SchoolLevel;
import io.github.treem.core.YearlyStatus;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.id.PersonalIdNumber;
import io.github.treem.core.taxonomy.Ethnicity;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterIssueCode;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.internal.IdIndex;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegisterCsvReaderTest {

  static List<RegisterRecord> read(String golden, ReadOptions options) throws IOException {
    try (InputStream in = Files.newInputStream(GoldenCsvTest.DIR.resolve(golden));
        RegisterCsvReader r = RegisterCsvReader.open(in, options)) {
      return r.stream().collect(Collectors.toList());
    }
  }

  static Child child(List<RegisterRecord> records, int i) {
    return records.get(i).getChild().orElseThrow();
  }

  @Test
  void mapsEveryColumnOfTheCanonicalFile() throws IOException {
    List<RegisterRecord> r = read("valid.csv", ReadOptions.of(2020));
    Child expected = Child.builder()
        .id("QV-0001").fullName("Nguyễn Thị Lan").sex(Sex.FEMALE).dateOfBirth(LocalDate.of(2018, 3, 14))
        .personalId(PersonalIdNumber.parse("001318012345")).ethnicity(Ethnicity.KINH)
        .communeCode(CommuneCode.parse("16279")).village("Thôn 1").disability(DisabilityDegree.NONE)
        .birthRegistration(BirthRegistration.of(LocalDate.of(2018, 4, 2)))
        .addHealthInsuranceCards(HealthInsuranceCard.builder().number("TE1010012345678")
            .issuedOn(LocalDate.of(2020, 1, 1)).validTo(LocalDate.of(2020, 12, 31)).build())
        .addMeasurements(GrowthMeasurement.builder().measuredOn(LocalDate.of(2020, 11, 5)).weightKg(12.5)
            .lengthHeightCm(91.2).position(MeasurePosition.STANDING).oedema(false).build())
        .addEnrolments(SchoolEnrolment.of(2020, SchoolLevel.KINDERGARTEN))
        .addSafetySkills(SafetySkills.builder().schoolYear(2020).injuryPreventionTrained(true).canSwim(false).build())
        .addCircumstances(CircumstanceEpisode.of(SpecialCircumstanceSubgroup.A1),
            CircumstanceEpisode.of(SpecialCircumstanceSubgroup.C10))
        .addYearlyStatus(YearlyStatus.builder().year(2020).householdPoverty(HouseholdPoverty.POOR)
            .socialAssistance(true).build())
        .build();
    assertThat(child(r, 0)).isEqualTo(expected);
    assertThat(child(r, 1).getFullName()).contains("Trần Văn \"Bo\", con");
    assertThat(child(r, 1).getVillage()).contains("Thôn 2, xóm A");
    assertThat(child(r, 1).enrolmentIn(2020).orElseThrow().getGrade()).hasValue(5);
    assertThat(child(r, 2).getMeasurements().get(0).getPosition()).contains(MeasurePosition.LYING);
    assertThat(child(r, 2).getMeasurements().get(0).getOedema()).isEmpty();
    assertThat(child(r, 2).getEnrolments()).isEmpty();
  }

  @Test
  void vietnameseHeadersAndValues() throws IOException {
    List<RegisterRecord> r = read("vietnamese_headers.csv", ReadOptions.of(2020));
    Child c = child(r, 0);
    assertThat(c.getId()).isEqualTo("V-1");
    assertThat(c.getFullName()).contains("Lò Thị Mai");
    assertThat(c.getSex()).contains(Sex.FEMALE);
    assertThat(c.getDateOfBirth()).contains(LocalDate.of(2018, 3, 14));
    assertThat(c.getEthnicity()).contains(Ethnicity.THAI);
    assertThat(c.getDisability()).contains(DisabilityDegree.EXTREMELY_SEVERE);
    assertThat(c.statusIn(2020).orElseThrow().getHouseholdPoverty()).contains(HouseholdPoverty.NEAR_POOR);
    assertThat(c.statusIn(2020).orElseThrow().getSocialAssistance()).contains(true);
    GrowthMeasurement m = c.getMeasurements().get(0);
    assertThat(m.getMeasuredOn()).isEqualTo(LocalDate.of(2020, 11, 5));
    assertThat(m.getWeightKg()).hasValue(12.5);
    assertThat(m.getPosition()).contains(MeasurePosition.LYING);
    assertThat(m.getOedema()).contains(false);
    assertThat(c.enrolmentIn(2020).orElseThrow().getLevel()).isEqualTo(SchoolLevel.KINDERGARTEN);
    assertThat(c.safetySkillsIn(2020).orElseThrow().getInjuryPreventionTrained()).contains(true);
    assertThat(c.safetySkillsIn(2020).orElseThrow().getCanSwim()).contains(false);
    assertThat(c.circumstancesOn(LocalDate.of(2020, 12, 31))).containsExactly(SpecialCircumstanceGroup.DD);
    assertThat(c.getHealthInsuranceCards().get(0).getValidTo()).contains(LocalDate.of(2020, 12, 31));
    assertThat(c.getVillage()).contains("Bản Mường");
    Child c2 = child(r, 1);
    assertThat(c2.getSex()).contains(Sex.MALE);
    assertThat(c2.getEthnicity()).contains(Ethnicity.NUNG);
    assertThat(c2.enrolmentIn(2020).orElseThrow().getLevel()).isEqualTo(SchoolLevel.PRIMARY);
    assertThat(c2.enrolmentIn(2020).orElseThrow().getGrade()).hasValue(3);
    assertThat(c2.circumstancesOn(LocalDate.of(2020, 1, 1)))
        .containsExactly(SpecialCircumstanceSubgroup.C10, SpecialCircumstanceGroup.A);
    assertThat(c2.statusIn(2020).orElseThrow().getHouseholdPoverty()).contains(HouseholdPoverty.NONE);
    assertThat(c2.statusIn(2020).orElseThrow().getSocialAssistance()).contains(false);
    assertThat(c2.getMeasurements()).isEmpty();
  }

  @Test
  void laterColumnsByTheirVietnameseNames() throws IOException {
    List<RegisterRecord> r = read("later_columns.csv", ReadOptions.of(2020));
    assertThat(child(r, 0).getEpiFullByAge1()).contains(true);
    assertThat(child(r, 0).getGrade1Deferred()).isEmpty();
    assertThat(child(r, 0).getYearlyStatus()).isEmpty();
    assertThat(child(r, 1).getGrade1Deferred()).contains(true);
    assertThat(child(r, 1).getEpiFullByAge1()).isEmpty();
    assertThat(child(r, 2).statusIn(2020).orElseThrow().getCriminalLawConflict()).contains(true);
    assertThat(child(r, 2).statusIn(2020).orElseThrow().getLegalAid()).contains(false);
    // a bad yes/no is a located, coded error of its column (strict: the row is rejected)
    assertThat(r.get(3).isAccepted()).isFalse();
    assertThat(r.get(3).getIssues()).anySatisfy(i -> {
      assertThat(i.getCode()).isEqualTo(RegisterIssueCode.INVALID_YES_NO.getCode());
      assertThat(i.getLocation().getColumn()).contains("epi_full_by_1");
      assertThat(i.getLocation().getLine()).hasValue(5);
    });
    // and the row after it is read
    assertThat(child(r, 4).statusIn(2020).orElseThrow().getLegalAid()).contains(true);
    // a register of the first columns only reads as it did: nothing recorded
    Child old = child(read("valid.csv", ReadOptions.of(2020)), 0);
    assertThat(old.getEpiFullByAge1()).isEmpty();
    assertThat(old.getGrade1Deferred()).isEmpty();
    assertThat(old.getYearlyStatus()).allSatisfy(y -> {
      assertThat(y.getCriminalLawConflict()).isEmpty();
      assertThat(y.getLegalAid()).isEmpty();
    });
  }

  @Test
  void missingIsNotNo() throws IOException {
    List<RegisterRecord> r = read("missing_vs_no.csv", ReadOptions.of(2020));
    Child missing = child(r, 0);
    assertThat(missing.getSafetySkills()).isEmpty();
    assertThat(missing.getYearlyStatus()).isEmpty();
    assertThat(missing.getMeasurements()).isEmpty();
    Child no = child(r, 1);
    assertThat(no.safetySkillsIn(2020).orElseThrow().getCanSwim()).contains(false);
    assertThat(no.safetySkillsIn(2020).orElseThrow().getInjuryPreventionTrained()).contains(false);
    assertThat(no.statusIn(2020).orElseThrow().getSocialAssistance()).contains(false);
    assertThat(no.statusIn(2020).orElseThrow().getHouseholdPoverty()).isEmpty();
    assertThat(no.getMeasurements().get(0).getOedema()).contains(false);
    Child yes = child(r, 2);
    assertThat(yes.safetySkillsIn(2020).orElseThrow().getCanSwim()).contains(true);
    assertThat(yes.getMeasurements().get(0).getOedema()).contains(true);
  }

  @Test
  void semicolonFilesAcceptDecimalCommas() throws IOException {
    List<RegisterRecord> r = read("semicolon.csv", ReadOptions.of(2020));
    GrowthMeasurement m = child(r, 0).getMeasurements().get(0);
    assertThat(m.getWeightKg()).hasValue(12.5);
    assertThat(m.getLengthHeightCm()).hasValue(88.0);
    assertThat(child(r, 0).circumstancesOn(LocalDate.of(2020, 1, 1)))
        .containsExactly(SpecialCircumstanceSubgroup.A1, SpecialCircumstanceSubgroup.C2);
    assertThat(child(r, 1).getMeasurements().get(0).getWeightKg()).hasValue(14.2);
  }

  @Test
  void bothDateFormsAndBomCrlf() throws IOException {
    List<RegisterRecord> r = read("crlf_bom.csv", ReadOptions.of(2020));
    assertThat(child(r, 0).getId()).isEqualTo("B-1");
    assertThat(child(r, 0).getMeasurements().get(0).getWeightKg()).hasValue(10.25);
    assertThat(child(r, 1).getDateOfBirth()).contains(LocalDate.of(2019, 3, 2));
    List<RegisterRecord> d = read("dates.csv", ReadOptions.of(2020));
    assertThat(child(d, 0).getBirthRegistration().orElseThrow().getRegisteredOn()).isEqualTo(LocalDate.of(2019, 3, 1));
  }

  @Test
  void personalDataIsNeverEchoedButOtherValuesAre() throws IOException {
    List<RegisterRecord> r = read("personal_data.csv", ReadOptions.of(2020));
    for (Issue i : r.get(0).getIssues()) {
      for (String s : List.of(i.getMessageVi(), i.getMessageEn(), i.toString())) {
        assertThat(s).doesNotContain("1/13/2015").doesNotContain("12345").doesNotContain("Secret").doesNotContain("P-1");
      }
    }
    List<RegisterRecord> n = read("text_in_numeric.csv", ReadOptions.of(2020));
    // a word in a number column could be a name from a shifted row: not echoed
    assertThat(n.get(0).getIssues().get(0).getMessageEn()).isEqualTo("Invalid number (column weight_kg)");
    assertThat(n.get(0).getIssues().get(0).getMessageVi()).isEqualTo("Số không hợp lệ (cột weight_kg)");
    // short numbers and dates are echoed; long digit runs (ids, card numbers) and words are not
    assertThat(List.of("12,5", "-3", "31/02/2020", "2020-13-01")).allMatch(
        io.github.treem.io.internal.RecordAssembler::isSafeToEcho, "echoed");
    assertThat(List.of("abc", "001316987654", "123456789", "Lan", "12.5 kg", "1234567890123")).noneMatch(
        io.github.treem.io.internal.RecordAssembler::isSafeToEcho);
  }

  @Test
  void lenientKeepsTheRestOfTheRow() throws IOException {
    List<RegisterRecord> r = read("lenient_numeric.csv", ReadOptions.builder().reportingYear(2020)
        .mode(ReadMode.LENIENT).build());
    GrowthMeasurement m = child(r, 0).getMeasurements().get(0);
    assertThat(m.getWeightKg()).isEmpty();
    assertThat(m.getLengthHeightCm()).hasValue(100.0);
    assertThat(child(r, 1).enrolmentIn(2020).orElseThrow().getGrade()).isEmpty();
  }

  private static RegisterCsvReader open(String text, ReadOptions options) {
    return RegisterCsvReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), options);
  }

  @Test
  void aTenMegabyteFieldRejectsItsRowWithALocatedIssueAndReadingGoesOn() {
    String big = "x".repeat(10 * 1024 * 1024);
    try (RegisterCsvReader r = open("child_id,sex,date_of_birth,village\nA,F,2015-01-01,v\nB,F,2015-01-01,\""
        + big + "\"\nC,M,2015-01-01,w\n", ReadOptions.of(2020))) {
      List<RegisterRecord> recs = r.stream().collect(Collectors.toList());
      assertThat(recs).extracting(RegisterRecord::isAccepted).containsExactly(true, false, true);
      Issue i = recs.get(1).getIssues().get(0);
      assertThat(i.getCode()).isEqualTo("CSV_FIELD_TOO_LONG");
      assertThat(i.getLocation().getLine()).hasValue(3);
      assertThat(i.getLocation().getColumn()).contains("village");
      assertThat(recs.get(2).getChild().orElseThrow().getId()).isEqualTo("C");
      assertThat(r.getStats()).isEqualTo(DataQuality.of(3, 2, 1, true));
    }
  }

  @Test
  void limitsOnColumnsAndLineLength() {
    try (RegisterCsvReader r = open("child_id,sex,date_of_birth,village\nA,F,2015-01-01,v\n",
        ReadOptions.builder().reportingYear(2020).maxColumns(3).build())) {
      assertThat(r.next()).isEmpty();
      assertThat(r.getFileIssues()).extracting(Issue::getCode).containsExactly("CSV_TOO_MANY_COLUMNS");
      assertThat(r.getStats()).isEqualTo(DataQuality.of(0, 0, 0, true));
    }
    try (RegisterCsvReader r = open("child_id,sex,date_of_birth,village\nA,F,2015-01-01,v\nB,F,2015-01-01,"
        + "v".repeat(40) + "\n", ReadOptions.builder().reportingYear(2020).maxLineLength(40).build())) {
      List<RegisterRecord> recs = r.stream().collect(Collectors.toList());
      assertThat(recs.get(0).isAccepted()).isTrue();
      assertThat(recs.get(1).getIssues()).extracting(Issue::getCode).contains("CSV_LINE_TOO_LONG");
      assertThat(r.getStats()).isEqualTo(DataQuality.of(2, 1, 1, false));
    }
  }

  @Test
  void aValidatorsErrorsRejectInBothModes() {
    Issue problem = Issue.of("CHILD_TEST", Severity.ERROR, Location.ofPath("dateOfBirth"), "vi", "en");
    String csv = "child_id,sex,date_of_birth\nA,F,2015-01-01\n";
    for (ReadMode mode : ReadMode.values()) {
      try (RegisterCsvReader r = open(csv, ReadOptions.builder().reportingYear(2020).mode(mode).fileName("f.csv")
          .validator(c -> ValidationReport.of(List.of(problem))).build())) {
        RegisterRecord rec = r.next().orElseThrow();
        assertThat(rec.isAccepted()).isFalse();
        Issue i = rec.getIssues().get(0);
        assertThat(i.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(i.getLocation().getFile()).contains("f.csv");
        assertThat(i.getLocation().getLine()).hasValue(2);
        assertThat(i.getLocation().getPath()).contains("dateOfBirth");
      }
    }
  }

  @Test
  void rejectedRowsCanBeWrittenBack() {
    try (RegisterCsvReader r = open("child_id;sex;date_of_birth;village\nA;X;2015-01-01;\"a;b\"\n",
        ReadOptions.of(2020))) {
      assertThat(r.next().orElseThrow().isAccepted()).isFalse();
      assertThat(r.getHeaderText()).isEqualTo("child_id;sex;date_of_birth;village");
      assertThat(r.getLastRecordText()).isEqualTo("A;X;2015-01-01;\"a;b\"");
    }
  }

  @Test
  void rejectsADuplicateSeenAfterTheIdentifiersLeftTheHeap() {
    // the readers' index keeps 4 MiB in the heap (its smallest default budget, as under -Xmx64m)
    ReadOptions small = ReadOptions.builder().reportingYear(2020).idHeapBudget(IdIndex.DEFAULT_HEAP_BUDGET).build();
    {
      // 300 identifiers of 20,000 characters (60 KB each in the index): 18 MB, far past the index's
      // 4 MiB heap budget, so the later ones are held in temporary files
      String body = "ễ".repeat(20_000);
      StringBuilder csv = new StringBuilder("child_id,sex,date_of_birth\n");
      for (int i = 0; i < 300; i++) {
        csv.append(body).append(i).append(",F,2018-03-14\n");
      }
      csv.append(body).append(0).append(",M,2018-03-14\n");
      csv.append(body).append(250).append(",M,2018-03-14\n");
      csv.append(body).append(300).append(",M,2018-03-14\n");
      csv.append(body).append(299).append(",M,2018-03-14\n");
      try (RegisterCsvReader r = RegisterCsvReader.open(
          new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), small)) {
        List<RegisterRecord> records = r.stream().collect(Collectors.toList());
        assertThat(records.subList(0, 300)).allMatch(RegisterRecord::isAccepted);
        assertThat(records.subList(300, 304)).extracting(RegisterRecord::isAccepted)
            .containsExactly(false, false, true, false);
        for (int i : new int[] {300, 301, 303}) {
          assertThat(records.get(i).getIssues()).extracting(Issue::getCode)
              .containsExactly(RegisterIssueCode.DUPLICATE_CHILD_ID.getCode());
        }
        assertThat(records.get(302).getChild().orElseThrow().getId()).isEqualTo(body + 300);
        assertThat(r.getStats()).isEqualTo(DataQuality.of(304, 301, 3, false));
      }
    }
  }
}
