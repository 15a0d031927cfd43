package io.github.treem.testkit;

import io.github.treem.core.admin.AdministrativeDivisions;
import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportPipeline;
import io.github.treem.io.submission.CommuneSubmission;
import io.github.treem.testkit.internal.TestkitErrorCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Seeded synthetic communes with real GSO codes, each with its register and the submission it
 * sends up ({@code treem report --format submission}), to build a synthetic province and test a
 * merge ({@code ProvinceRollUp}) against the report over all the registers at once.
 *
 * <pre>{@code
 * List<TreemSubmissions.Commune> hue = TreemSubmissions.province("46", LocalDate.of(2020, 12, 31), 7, 12, 2020);
 * ProvinceRollUp.Result merged = ProvinceRollUp.builder().by(AdministrativeLevel.COMMUNE).unsuppressedForInternalUse()
 *     .build().merge(TreemSubmissions.byFileName(hue));
 * IndicatorReport together = TreemSubmissions.reportOver(hue, EnumSet.of(BreakdownDimension.AREA, BreakdownDimension.SEX));
 * TreemAssertions.assertThat(merged).hasNoRefusals().hasAccepted(12);
 * }</pre>
 *
 * <p>Each register is written as CSV in memory and read back by the one report pipeline, as the
 * command line does: the submission's data quality, input SHA-256 and figures are those of the
 * file a commune would have. The same arguments give the same communes, registers and
 * submissions (the seed and the commune's position decide everything). The registers are
 * synthetic (generated, no real child) and say so.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TreemSubmissions {
  private TreemSubmissions() {}

  /**
   * A synthetic commune: its GSO code, its register (CSV bytes) and its submission.
   *
   * <p>Implementation requirements: immutable and thread-safe (the register is copied out).
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Commune {
    private final String code;
    private final byte[] register;
    private final CommuneSubmission submission;

    Commune(String code, byte[] register, CommuneSubmission submission) {
      this.code = code;
      this.register = register;
      this.submission = submission;
    }

    /** {@return the commune's GSO code} */
    public String getCode() {
      return code;
    }

    /** {@return a copy of its register, as CSV in UTF-8} */
    public byte[] getRegister() {
      return register.clone();
    }

    /** {@return its register as a source of the report pipeline, named {@code CODE.csv}} */
    public RegisterSource source() {
      return RegisterSource.of(code + ".csv", () -> new ByteArrayInputStream(register));
    }

    /** {@return its submission} */
    public CommuneSubmission getSubmission() {
      return submission;
    }

    @Override
    public String toString() {
      return "TreemSubmissions.Commune{" + code + ", " + register.length + " bytes}";
    }
  }

  /**
   * One synthetic commune and its submission at the year's reference date (31 December).
   *
   * @param communeCode the commune's 5-digit GSO code (not checked against the unit data here:
   *     the merge does)
   * @param seed the seed
   * @param children the number of children of its register
   * @param year the reporting year
   * @return the commune
   * @throws InvalidValueException when {@code children} is negative
   */
  public static Commune commune(String communeCode, long seed, int children, int year) {
    Objects.requireNonNull(communeCode, "communeCode must not be null");
    if (children < 0) {
      throw new InvalidValueException(TestkitErrorCode.COUNT_NEGATIVE, "children must be >= 0");
    }
    CommuneGenerator gen = CommuneGenerator.builder().seed(seed).year(year).children(children)
        .communeCode(communeCode).errorRate(0.02).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RegisterCsvWriter w = RegisterCsvWriter.open(out, CsvWriteOptions.builder().reportingYear(year).syntheticData(true).build());
    gen.stream().forEach(w::write);
    w.flush();
    byte[] register = out.toByteArray();
    RegisterSource source = RegisterSource.of(communeCode + ".csv", () -> new ByteArrayInputStream(register));
    try {
      ReportDocument doc = pipeline(LocalDate.of(year, 12, 31), CommuneSubmission.BREAKDOWNS).run(List.of(source));
      return new Commune(communeCode, register, CommuneSubmission.of(CommuneCode.parse(communeCode), doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Synthetic communes of a province: {@code communes} of its communes at the date, chosen by
   * the seed, each of a size between 20 and 219 children.
   *
   * @param provinceCode the province's 2-digit GSO code at the date
   * @param date the date of the unit data (the reference date: 31 December of the year)
   * @param seed the seed
   * @param communes how many communes (at most the province's)
   * @param year the reporting year
   * @return the communes, in the order chosen
   * @throws InvalidValueException when {@code communes} is negative
   * @throws IllegalArgumentException when the province has no commune at the date
   */
  public static List<Commune> province(String provinceCode, LocalDate date, long seed, int communes, int year) {
    if (communes < 0) {
      throw new InvalidValueException(TestkitErrorCode.COUNT_NEGATIVE, "communes must be >= 0");
    }
    List<AdministrativeUnit> all = new ArrayList<>(AdministrativeDivisions.gso()
        .communesWithin(AdministrativeLevel.PROVINCE, provinceCode, date));
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no commune of province " + provinceCode + " at " + date);
    }
    Random random = new Random(seed);
    Collections.shuffle(all, random);
    List<Commune> out = new ArrayList<>();
    for (AdministrativeUnit u : all.subList(0, Math.min(communes, all.size()))) {
      out.add(commune(u.getCode(), seed * 100_003 + out.size(), 20 + random.nextInt(200), year));
    }
    return List.copyOf(out);
  }

  /**
   * The submissions of communes by file name ({@code CODE.json}), in their order, as a merge takes them.
   *
   * @param communes the communes
   * @return the submissions by file name
   */
  public static java.util.Map<String, CommuneSubmission> byFileName(List<Commune> communes) {
    java.util.Map<String, CommuneSubmission> out = new java.util.LinkedHashMap<>();
    communes.forEach(c -> out.put(c.getCode() + ".json", c.getSubmission()));
    return out;
  }

  /**
   * The report over all the communes' registers at once, unsuppressed (what a merge by commune
   * must give, number for number, with the area breakdown keyed by commune code).
   *
   * @param communes the communes
   * @param breakdowns the breakdowns ({@link BreakdownDimension#AREA}: one cell per commune)
   * @return the report
   */
  public static IndicatorReport reportOver(List<Commune> communes, Set<BreakdownDimension> breakdowns) {
    if (communes.isEmpty()) {
      throw new IllegalArgumentException("no commune");
    }
    LocalDate ref = communes.get(0).getSubmission().getReferenceDate();
    try {
      return pipeline(ref, breakdowns).run(communes.stream().map(Commune::source).toList()).getReport();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReportPipeline pipeline(LocalDate ref, Set<BreakdownDimension> by) {
    return ReportPipeline.builder().calculator(IndicatorCalculator.builder().year(ref.getYear()).referenceDate(ref)
        .breakdowns(by).build()).unsuppressedForInternalUse().build();
  }
}
