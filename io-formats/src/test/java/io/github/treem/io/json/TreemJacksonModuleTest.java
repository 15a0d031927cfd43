package io.github.treem.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.CircumstanceEpisode;
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
import io.github.treem.core.validation.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

class TreemJacksonModuleTest {
  private static final TreemJson JSON = TreemJson.strict();

  static Child fullChild() {
    return Child.builder()
        .id("QV-0001")
        .fullName("Nguyễn Thị An")
        .sex(Sex.FEMALE)
        .dateOfBirth(LocalDate.of(2018, 3, 14))
        .personalId(PersonalIdNumber.parse("046318000123"))
        .ethnicity(Ethnicity.HOA)
        .communeCode(CommuneCode.parse("19885"))
        .village("Thôn Đông Lâm")
        .disability(io.github.treem.core.DisabilityDegree.NONE)
        .birthRegistration(BirthRegistration.of(LocalDate.of(2018, 4, 2)))
        .addHealthInsuranceCards(HealthInsuranceCard.builder().number("TE1464620012345")
            .issuedOn(LocalDate.of(2018, 4, 10)).validTo(LocalDate.of(2024, 3, 13)).build())
        .addMeasurements(GrowthMeasurement.builder().measuredOn(LocalDate.of(2020, 6, 1)).weightKg(12.5)
            .lengthHeightCm(88.0).position(MeasurePosition.STANDING).oedema(false).build())
        .addEnrolments(SchoolEnrolment.builder().schoolYear(2020).level(SchoolLevel.KINDERGARTEN).build())
        .addSafetySkills(SafetySkills.builder().schoolYear(2020).canSwim(false).build())
        .addCircumstances(CircumstanceEpisode.builder().code(SpecialCircumstanceSubgroup.C10)
            .startedOn(LocalDate.of(2019, 1, 1)).build())
        .addCircumstances(CircumstanceEpisode.of(SpecialCircumstanceGroup.DD))
        .addYearlyStatus(YearlyStatus.builder().year(2020).householdPoverty(HouseholdPoverty.NEAR_POOR)
            .socialAssistance(true).build())
        .build();
  }

  static String golden(String name) throws IOException {
    try (InputStream in = TreemJacksonModuleTest.class.getResourceAsStream("/golden/json/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void writesTheGoldenChild() throws IOException {
    assertThat(JSON.toPrettyJson(fullChild()).replace("\r\n", "\n") + "\n").isEqualTo(golden("child-full.json"));
    assertThat(JSON.readChild(golden("child-full.json"))).isEqualTo(fullChild());
  }

  @Test
  void emptyOptionalsAndListsAreLeftOut() {
    Child c = Child.builder().id("x").build();
    assertThat(JSON.writeChild(c)).isEqualTo("{\"id\":\"x\"}");
  }

  @Test
  void scalarsAreStrings() {
    assertThat(JSON.toJson(Ethnicity.HOA)).isEqualTo("\"04\"");
    assertThat(JSON.toJson(SpecialCircumstanceSubgroup.DD1)).isEqualTo("\"DD1\"");
    assertThat(JSON.toJson(List.of(SpecialCircumstanceGroup.DD, Sex.MALE))).isEqualTo("[\"DD\",\"MALE\"]");
    assertThat(JSON.toJson(CommuneCode.parse("19885"))).isEqualTo("\"19885\"");
    assertThat(JSON.toJson(PersonalIdNumber.parse("046318000123"))).isEqualTo("\"046318000123\"");
    assertThat(JSON.read("\"c10\"", CircumstanceCode.class)).isEqualTo(SpecialCircumstanceSubgroup.C10);
    assertThat(JSON.read("\"Đ\"", CircumstanceCode.class)).isEqualTo(SpecialCircumstanceGroup.DD);
  }

  @Test
  void ethnicityIsReadByCodeOrName() {
    assertThat(JSON.read("\"04\"", Ethnicity.class)).isEqualTo(Ethnicity.HOA);
    assertThat(JSON.read("\"Khmer\"", Ethnicity.class)).isEqualTo(Ethnicity.KHO_ME);
    assertThat(JSON.read("\"Mường\"", Ethnicity.class)).isEqualTo(Ethnicity.MUONG);
    assertThat(JSON.readChild("{\"id\":\"a\",\"ethnicity\":\"Kinh\"}").getEthnicity()).contains(Ethnicity.KINH);
  }

  @Test
  void errorsCarryPathAndLocationAndNoValue() {
    String text = "{\"id\":\"a\",\n\"measurements\":[{\"measuredOn\":\"2020-01-01\"},{\"measuredOn\":\"2020-02-30\"}]}";
    assertThatThrownBy(() -> JSON.readChild(text))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("TREEM-IO-1002: not a date of the form yyyy-MM-dd")
        .satisfies(e -> assertThat(((tools.jackson.core.JacksonException) e).getLocation().getLineNr()).isEqualTo(2))
        .hasMessageContaining("[\"measurements\"]->java.util.ArrayList[1]->io.github.treem.core.GrowthMeasurement[\"measuredOn\"]")
        .hasMessageNotContaining("2020-02-30");
  }

  @Test
  void personalIdIsNeverEchoed() {
    assertThatThrownBy(() -> JSON.readChild("{\"id\":\"a\",\"personalId\":\"04631800012\"}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("TREEM-IO-1002: expected 12 digits")
        .hasMessageNotContaining("04631800012");
  }

  @Test
  void invariantBreaksKeepTheCoreException() {
    String text = "{\"id\":\"a\",\"enrolments\":[{\"schoolYear\":2020,\"level\":\"PRIMARY\",\"grade\":13}]}";
    assertThatThrownBy(() -> JSON.readChild(text))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("TREEM-CORE-0030")
        .cause().isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> JSON.readChild("{\"id\":\"  \"}"))
        .isInstanceOf(ValueInstantiationException.class).hasMessageContaining("TREEM-CORE-0001");
  }

  @Test
  void wrongTypesNullsMissingAndUnknown() {
    assertThatThrownBy(() -> JSON.readChild("{\"id\":1}")).hasMessageStartingWith("TREEM-IO-1001: expected a string, found an integer");
    assertThatThrownBy(() -> JSON.readChild("{\"id\":\"a\",\"sex\":null}")).hasMessageStartingWith("TREEM-IO-1001: null is not allowed");
    assertThatThrownBy(() -> JSON.readChild("{\"sex\":\"MALE\"}")).hasMessageStartingWith("TREEM-IO-1003: missing required property 'id'");
    assertThatThrownBy(() -> JSON.readChild("{\"id\":\"a\",\"sex\":\"M\"}")).hasMessageStartingWith("TREEM-IO-1002: not one of [MALE, FEMALE]");
    assertThatThrownBy(() -> JSON.readChild("{\"id\":\"a\",\"enrolments\":[{\"schoolYear\":2020.5,\"level\":\"NONE\"}]}"))
        .hasMessageStartingWith("TREEM-IO-1001: expected an integer, found a decimal number");
    assertThatThrownBy(() -> JSON.readChild("{\"id\":\"a\",\"extra\":1}")).isInstanceOf(UnrecognizedPropertyException.class);
    assertThatThrownBy(() -> JSON.readChild("{\"id\":\"a\",\"id\":\"b\"}")).isInstanceOf(StreamReadException.class)
        .hasMessageContaining("Duplicate Object property");
    assertThatThrownBy(() -> JSON.readChild("{\"id\":\"a\"} {}")).isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void lenientSkipsUnknownPropertiesWithAWarning() {
    List<io.github.treem.core.validation.Issue> warnings = new ArrayList<>();
    Child c = TreemJson.lenient().read("{\"id\":\"a\",\"extra\":{\"x\":[1,2]},\"measurements\":[{\"measuredOn\":\"2020-01-01\",\"zz\":1}]}",
        Child.class, warnings::add);
    assertThat(c.getId()).isEqualTo("a");
    assertThat(warnings).extracting(i -> i.getCode() + " " + i.getSeverity() + " " + i.getLocation().getPath().orElse(""))
        .containsExactly("JSON_UNKNOWN_PROPERTY WARNING extra", "JSON_UNKNOWN_PROPERTY WARNING measurements[0].zz");
    // a wrong value is still an error when lenient
    assertThatThrownBy(() -> TreemJson.lenient().readChild("{\"id\":\"a\",\"sex\":\"X\"}"))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void limitsAreEnforced() {
    StringBuilder deep = new StringBuilder("{\"id\":\"a\",\"x\":");
    for (int i = 0; i < 100; i++) {
      deep.append('[');
    }
    assertThatThrownBy(() -> TreemJson.lenient().readChild(deep.toString()))
        .hasMessageContaining("nesting depth");
    String digits = "1".repeat(1000);
    assertThatThrownBy(() -> JSON.readChild("{\"id\":\"a\",\"measurements\":[{\"measuredOn\":\"2020-01-01\",\"weightKg\":" + digits + "}]}"))
        .hasMessageContaining("Number value length");
  }

  @Test
  void moduleIsFoundThroughServiceLoader() {
    List<String> names = new ArrayList<>();
    for (JacksonModule m : ServiceLoader.load(JacksonModule.class)) {
      names.add(m.getClass().getName());
    }
    assertThat(names).contains(TreemJacksonModule.class.getName());
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.writeValueAsString(Ethnicity.KINH)).isEqualTo("\"01\"");
  }
}
