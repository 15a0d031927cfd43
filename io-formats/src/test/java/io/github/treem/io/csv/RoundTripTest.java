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
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.Ethnicity;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Write then read gives equal children, over seeded random snapshot-shaped children. */
class RoundTripTest {
  private static final int YEAR = 2020;
  private static final String ALPHABET = "abcXYZ019 ,;\"'\nđĐươÀ=+-@";
  private static final String[] PREFIXES = {"", "", "", "=", "+", "-", "@", "\t", "\r", "'=", "''-", "'"};

  static String text(SplittableRandom r) {
    StringBuilder b = new StringBuilder(PREFIXES[r.nextInt(PREFIXES.length)]);
    int n = 1 + r.nextInt(12);
    for (int i = 0; i < n; i++) {
      b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    String core = b.toString();
    // the reader strips surrounding white space: generate none, except a neutralised leading tab or CR
    String stripped = core.stripTrailing();
    if (!(stripped.startsWith("\t") || stripped.startsWith("\r"))) {
      stripped = stripped.stripLeading();
    }
    return stripped.isEmpty() || stripped.equals("\t") || stripped.equals("\r") ? "x" : stripped;
  }

  static String digits(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }

  static <T> Optional<T> maybe(SplittableRandom r, T value) {
    return r.nextInt(3) == 0 ? Optional.empty() : Optional.of(value);
  }

  static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  static LocalDate date(SplittableRandom r, int fromYear, int toYear) {
    return LocalDate.of(fromYear, 1, 1).plusDays(r.nextInt((toYear - fromYear + 1) * 365));
  }

  static Child randomChild(SplittableRandom r, int i) {
    Child.Builder b = Child.builder().id(text(r) + "#" + i).sex(pick(r, Sex.values())).dateOfBirth(date(r, 2003, 2020));
    maybe(r, text(r)).ifPresent(b::fullName);
    maybe(r, PersonalIdNumber.parse(digits(r, 12))).ifPresent(b::personalId);
    maybe(r, pick(r, Ethnicity.values())).ifPresent(b::ethnicity);
    maybe(r, CommuneCode.parse(digits(r, 5))).ifPresent(b::communeCode);
    maybe(r, text(r)).ifPresent(b::village);
    maybe(r, pick(r, DisabilityDegree.values())).ifPresent(b::disability);
    maybe(r, BirthRegistration.of(date(r, 2003, 2020))).ifPresent(b::birthRegistration);
    if (r.nextBoolean()) {
      b.addHealthInsuranceCards(HealthInsuranceCard.builder().number(text(r))
          .issuedOn(maybe(r, date(r, 2015, 2020))).validTo(maybe(r, date(r, 2020, 2025))).build());
    }
    if (r.nextBoolean()) {
      GrowthMeasurement.Builder m = GrowthMeasurement.builder().measuredOn(date(r, YEAR, YEAR).withYear(YEAR))
          .position(maybe(r, pick(r, MeasurePosition.values()))).oedema(maybe(r, r.nextBoolean()));
      if (r.nextBoolean()) {
        m.weightKg(Math.round(r.nextDouble(0.5, 80) * 1000) / 1000.0);
      }
      if (r.nextBoolean()) {
        m.lengthHeightCm(r.nextDouble(40, 190));
      }
      b.addMeasurements(m.build());
    }
    if (r.nextBoolean()) {
      SchoolEnrolment.Builder e = SchoolEnrolment.builder().schoolYear(YEAR).level(pick(r, SchoolLevel.values()));
      if (r.nextBoolean()) {
        e.grade(1 + r.nextInt(12));
      }
      b.addEnrolments(e.build());
    }
    Optional<Boolean> trained = maybe(r, r.nextBoolean());
    Optional<Boolean> swim = maybe(r, r.nextBoolean());
    if (trained.isPresent() || swim.isPresent()) {
      b.addSafetySkills(SafetySkills.builder().schoolYear(YEAR).injuryPreventionTrained(trained).canSwim(swim).build());
    }
    List<CircumstanceCode> all = new ArrayList<>(List.of(SpecialCircumstanceGroup.values()));
    all.addAll(List.of(SpecialCircumstanceSubgroup.values()));
    Collections.shuffle(all, new java.util.Random(r.nextLong()));
    all.subList(0, r.nextInt(4)).forEach(c -> b.addCircumstances(CircumstanceEpisode.of(c)));
    Optional<HouseholdPoverty> poverty = maybe(r, pick(r, HouseholdPoverty.values()));
    Optional<Boolean> social = maybe(r, r.nextBoolean());
    Optional<Boolean> criminal = maybe(r, r.nextBoolean());
    Optional<Boolean> legalAid = maybe(r, r.nextBoolean());
    if (poverty.isPresent() || social.isPresent() || criminal.isPresent() || legalAid.isPresent()) {
      b.addYearlyStatus(YearlyStatus.builder().year(YEAR).householdPoverty(poverty).socialAssistance(social)
          .criminalLawConflict(criminal).legalAid(legalAid).build());
    }
    b.epiFullByAge1(maybe(r, r.nextBoolean())).grade1Deferred(maybe(r, r.nextBoolean()));
    return b.build();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2020, 123456789})
  void writeThenReadGivesEqualChildren(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Child> children = Stream.iterate(0, i -> i + 1).limit(200).map(i -> randomChild(r, i))
        .collect(Collectors.toList());
    CsvWriteOptions w = CsvWriteOptions.builder().reportingYear(YEAR)
        .lineEnding(r.nextBoolean() ? LineEnding.CRLF : LineEnding.LF).byteOrderMark(r.nextBoolean())
        .separator(r.nextBoolean() ? ',' : ';').build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterCsvWriter writer = RegisterCsvWriter.open(out, w)) {
      children.forEach(writer::write);
    }
    List<RegisterRecord> records;
    // generated children need not pass the validator: this test is about the format
    try (RegisterCsvReader reader = RegisterCsvReader.open(new ByteArrayInputStream(out.toByteArray()),
        ReadOptions.builder().reportingYear(YEAR).validation(io.github.treem.io.Validation.NONE).build())) {
      records = reader.stream().collect(Collectors.toList());
      assertThat(reader.getFileIssues()).isEmpty();
      assertThat(reader.getStats().getRowsRead()).isEqualTo(200);
    }
    assertThat(records).allSatisfy(rec -> assertThat(rec.getIssues()).isEmpty());
    for (int i = 0; i < children.size(); i++) {
      Child expected = children.get(i);
      Child actual = records.get(i).getChild().orElseThrow();
      assertThat(difference(expected, actual)).as("child %d", i).isEmpty();
      assertThat(actual).isEqualTo(expected);
    }
  }

  /** The accessors whose values differ (the children are synthetic: showing them is harmless). */
  static List<String> difference(Child a, Child b) {
    List<String> d = new ArrayList<>();
    for (java.lang.reflect.Method m : Child.class.getDeclaredMethods()) {
      if (m.getParameterCount() == 0 && m.getName().startsWith("get") && java.lang.reflect.Modifier.isPublic(m.getModifiers())) {
        try {
          Object x = m.invoke(a);
          Object y = m.invoke(b);
          if (m.getName().equals("getHealthInsuranceCards")) {
            x = a.getHealthInsuranceCards().stream().map(c -> c.getNumber() + "/" + c).collect(Collectors.toList());
            y = b.getHealthInsuranceCards().stream().map(c -> c.getNumber() + "/" + c).collect(Collectors.toList());
          }
          if (!java.util.Objects.equals(x, y)) {
            d.add(m.getName() + ": " + String.valueOf(x).replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
                + " != " + String.valueOf(y).replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"));
          }
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    return d;
  }

  @Test
  void writerNeutralisesFormulasInTextColumnsOnly() {
    Child c = Child.builder().id("=HYPERLINK(\"x\")").fullName("+84 912").village("@home").sex(Sex.MALE)
        .dateOfBirth(LocalDate.of(2015, 1, 2))
        .addHealthInsuranceCards(HealthInsuranceCard.builder().number("-TE1").build())
        .addMeasurements(GrowthMeasurement.builder().measuredOn(LocalDate.of(2020, 3, 4)).weightKg(15.25).build())
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterCsvWriter writer = RegisterCsvWriter.open(out, CsvWriteOptions.builder().reportingYear(2020)
        .lineEnding(LineEnding.LF).build())) {
      writer.write(c);
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines[0]).isEqualTo(String.join(",", RegisterCsvWriter.columns()));
    assertThat(lines[1]).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+84 912,M,2015-01-02,,,,'@home,,,,'-TE1,,,"
        + "2020-03-04,15.25,,,,,,,,,,,,,");
  }

  @Test
  void writerOptionsBomCrlfAndSemicolon() {
    Child c = Child.builder().id("A").sex(Sex.FEMALE).dateOfBirth(LocalDate.of(2015, 1, 2))
        .addMeasurements(GrowthMeasurement.builder().measuredOn(LocalDate.of(2020, 3, 4)).weightKg(15.25).build())
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterCsvWriter writer = RegisterCsvWriter.open(out, CsvWriteOptions.builder().reportingYear(2020)
        .byteOrderMark(true).separator(';').build())) {
      writer.write(c);
    }
    byte[] bytes = out.toByteArray();
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    String s = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(s).endsWith("\r\nA;;F;2015-01-02;;;;;;;;;;;2020-03-04;15,25;;;;;;;;;;;;;\r\n");
  }
}
