package org.example.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportJson;
import io.github.treem.testkit.ChildrenSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every Spring Boot host checks, with MockMvc against the application's real context: a
 * child validated (POST JSON, issues back), a register uploaded (multipart CSV, counts back), the
 * report in JSON and in HTML, the plan in treem's JSON, and the test kit's children through the
 * service. Each host's test class extends it with its Boot's test annotations.
 */
abstract class RegisterControllerChecks {
  @Autowired
  MockMvc mvc;
  @Autowired
  TreemValidator validator;

  /** Reads with the application's own mapper (Jackson 3 on Boot 4.0, Jackson 2 on Boot 3.5). */
  abstract <T> T readWithTheApplicationsMapper(String json, Class<T> type) throws Exception;

  static String json(Child child) {
    return TreemJson.strict().writeChild(child);
  }

  /** {@return a plan whose issuing unit has {@code depth} parents: nested deeper than treem reads} */
  static String deepPlan(int depth) {
    String unit = "{\"code\":\"x\",\"name\":\"x\",\"level\":\"PROVINCE\",\"parent\":".repeat(depth)
        + "{\"code\":\"x\",\"name\":\"x\",\"level\":\"PROVINCE\"" + "}".repeat(depth + 1);
    return "{\"number\":\"1\",\"issuerName\":\"x\",\"issueDate\":\"2020-01-01\",\"year\":2020,"
        + "\"generalObjective\":\"x\",\"issuerUnit\":" + unit + "}";
  }

  @Test
  void aChildIsValidatedOnTheConfiguredReferenceDate() throws Exception {
    assertThat(validator.getReferenceDate()).isEqualTo(LocalDate.of(2020, 12, 31));
    Child child = Child.builder().id("QV-0042").sex(Sex.MALE).dateOfBirth(LocalDate.of(2017, 5, 20))
        .birthRegistration(BirthRegistration.of(LocalDate.of(2016, 6, 1))).build();
    mvc.perform(post("/children/validate").contentType(MediaType.APPLICATION_JSON).content(json(child)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.issues[*].code", hasItem("CHILD_DATES_ORDER")));
  }

  @Test
  void aPlanIsWrittenAsTreemWritesIt() throws Exception {
    mvc.perform(get("/plan").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(content().json(TreemJson.strict().writePlan(TreemJson.bundledPlan("quang-vinh-2020")), true));
  }

  @Test
  void anUploadedRegisterIsCountedAndReportedInJsonAndHtml() throws Exception {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (RegisterCsvWriter writer = RegisterCsvWriter.open(csv, CsvWriteOptions.of(2020))) {
      CommuneGenerator.builder().seed(21).year(2020).children(180).build().stream().forEach(writer::write);
    }
    // one row that no reader can take, in the middle of the file: counted as rejected, the rest read
    String text = csv.toString(StandardCharsets.UTF_8);
    int cut = text.indexOf('\n', text.length() / 2) + 1;
    byte[] register = (text.substring(0, cut) + "not,a,row\n" + text.substring(cut)).getBytes(StandardCharsets.UTF_8);
    mvc.perform(multipart("/registers").file(new MockMultipartFile("file", "qv-2020.csv", "text/csv", register)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rowsRead").value(181))
        .andExpect(jsonPath("$.rowsAccepted").value(180))
        .andExpect(jsonPath("$.rowsRejected").value(1));

    String json = mvc.perform(get("/report").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2020))
        .andExpect(jsonPath("$.suppressed").value(true))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(ReportJson.of(Language.EN).read(json).getReport().getDataQuality().orElseThrow().getRowsRejected())
        .isEqualTo(1);

    // the plan and the report inside the application's own record: the application's mapper
    // (Jackson 2 on Boot 3.5, Jackson 3 on Boot 4.0) writes them with treem's module, as treem does
    String both = mvc.perform(get("/report/with-plan").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    JsonNode tree = new ObjectMapper().readTree(both);
    assertThat(TreemJson.strict().readPlan(tree.get("plan").toString()))
        .isEqualTo(TreemJson.bundledPlan("quang-vinh-2020"));
    assertThat(ReportJson.of(Language.VI).read(tree.get("report").toString()))
        .isEqualTo(ReportJson.of(Language.EN).read(json));

    mvc.perform(get("/report").accept(MediaType.TEXT_HTML))
        .andExpect(status().isOk())
        .andExpect(content().contentType("text/html;charset=UTF-8"))
        .andExpect(content().string(startsWith("<!DOCTYPE html>")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"en\"")));
  }

  @Test
  void treemsStrictnessHoldsInTheApplicationsJson() throws Exception {
    Child child = Child.builder().id("QV-1").sex(Sex.FEMALE).dateOfBirth(LocalDate.of(2018, 1, 2)).build();
    mvc.perform(post("/children/validate").contentType(MediaType.APPLICATION_JSON).content(json(child)))
        .andExpect(status().isOk());
    // the host mapper ignores unknown properties and duplicate keys (Spring Boot's defaults); a
    // treem type refuses both
    String unknown = json(child).replaceFirst("\\{", "{\"nickname\":\"x\",");
    mvc.perform(post("/children/validate").contentType(MediaType.APPLICATION_JSON).content(unknown))
        .andExpect(status().isBadRequest());
    String duplicate = json(child).replaceFirst("\\{", "{\"id\":\"QV-2\",");
    mvc.perform(post("/children/validate").contentType(MediaType.APPLICATION_JSON).content(duplicate))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theApplicationsMapperReadsAChildStrictly() throws Exception {
    assertThat(readWithTheApplicationsMapper("{\"id\":\"QV-1\",\"sex\":\"FEMALE\"}", Child.class).getId())
        .isEqualTo("QV-1");
    // the exceptions are Jackson's own, of the same names in Jackson 2 and 3
    assertThatThrownBy(() -> readWithTheApplicationsMapper("{\"id\":\"QV-1\",\"nickname\":\"x\"}", Child.class))
        .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo("UnrecognizedPropertyException"));
    assertThatThrownBy(() -> readWithTheApplicationsMapper("{\"id\":\"QV-1\",\"id\":\"QV-2\"}", Child.class))
        .hasMessageStartingWith("Duplicate Object property \"id\"");
    // the application's own types stay as lenient as the application configured them
    assertThat(readWithTheApplicationsMapper("{\"rowsRead\":1,\"rowsAccepted\":1,\"rowsRejected\":0,\"extra\":true}",
        RegisterController.Counts.class).rowsRead()).isEqualTo(1);
  }

  @Test
  void theApplicationsMapperAppliesTreemsReadLimits() {
    assertThatThrownBy(() -> readWithTheApplicationsMapper(
        "{\"id\":\"QV-1\",\"fullName\":\"" + "x".repeat(1024 * 1024 + 1) + "\"}", Child.class))
        .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo("StreamConstraintsException"))
        .hasMessageContaining("String value length (1048577)");
    assertThatThrownBy(() -> readWithTheApplicationsMapper(deepPlan(70), Plan.class))
        .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo("StreamConstraintsException"))
        .hasMessageContaining("nesting depth (65)");
  }

  @ParameterizedTest
  @ChildrenSource(seed = 3, count = 5, year = 2020)
  void theTestKitsChildrenPassTheService(Child child) throws Exception {
    mvc.perform(post("/children/validate").contentType(MediaType.APPLICATION_JSON).content(json(child)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.issues").isEmpty());
  }
}
