package io.github.treem.io.dhis2;

import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.taxonomy.Ethnicity;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.Indicator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.ValueState;
import io.github.treem.indicators.cases.MedianDaysToPlan;
import io.github.treem.io.report.ReportCsv;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.submission.ProvinceRollUp;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Exports indicator reports to DHIS2 through a {@link Dhis2Mapping}: numerators and
 * denominators as counts in separate data elements, at the commune's org unit or at each
 * village's or area's, as a dataValueSet in JSON, CSV or ADX.
 *
 * <pre>{@code
 * Dhis2Export export = Dhis2Export.of(Dhis2Mapping.read(Path.of("dhis2-mapping.json")));
 * Dhis2DataValueSet set = export.toDataValueSet(document);   // a ReportDocument (ReportPipeline gives one)
 * if (set.isValid()) {
 *   set.writeTo(Dhis2Format.JSON, writer);
 * }
 * }</pre>
 *
 * <p>Before upload it makes the checks DHIS2 would make, reported as {@link Issue}s with codes
 * {@code DHIS2_*} ({@link Dhis2IssueCode}): UIDs, the period, unknown indicator codes,
 * dimensions and breakdown keys, and two values for the same (data element, period, org unit,
 * category option combo, attribute option combo) key.
 *
 * <p><b>What it exports</b> is {@link ReportDocument#published()}, as every writer of a report:
 * a report not yet suppressed is suppressed and audited first, with the target statuses beside
 * it. A data value set leaves the authority, so it is never the unsuppressed internal form: a
 * document asked for as such ({@link ReportDocument#unsuppressedForInternalUse}) is published
 * before export all the same. A hidden cell is not exported (nor estimated): each one is counted
 * in the issue {@code DHIS2_SUPPRESSED_NOT_EXPORTED}; exclusion counts are never exported. Only
 * counts are exported (numerators, denominators, a count indicator's count), never a rate: DHIS2
 * computes rates from them, so no rounded value can be exported on the wrong side of a target.
 * The one exception is the median days from receipt to an approved plan (indicator code
 * {@value #DAYS_TO_PLAN}, a report with case figures): a median cannot be computed from counts,
 * so it is exported as the number the report publishes ({@code "6.0"}), to a data element of
 * value type NUMBER that DHIS2 must not aggregate by sum (aggregation type NONE), with, when the
 * mapping has a {@code denominator}, the cases that give it (see docs/json-formats.md §4).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Dhis2Export {
  /**
   * The mapping's indicator code of the median days from receipt to an approved plan
   * ({@link MedianDaysToPlan}): {@value}, as in the report CSV.
   */
  public static final String DAYS_TO_PLAN = ReportCsv.DAYS_TO_PLAN;

  private final Dhis2Mapping mapping;
  private final Optional<OffsetDateTime> exported;

  private Dhis2Export(Dhis2Mapping mapping, Optional<OffsetDateTime> exported) {
    this.mapping = mapping;
    this.exported = exported;
  }

  /**
   * An export through a mapping.
   *
   * @param mapping the mapping
   * @return the export
   */
  public static Dhis2Export of(Dhis2Mapping mapping) {
    return new Dhis2Export(Objects.requireNonNull(mapping, "mapping must not be null"), Optional.empty());
  }

  /**
   * A copy that writes an export timestamp (ADX {@code exported}); treem never reads the clock,
   * so without it the attribute is left out.
   *
   * @param timestamp the timestamp
   * @return the copy
   */
  public Dhis2Export withExported(OffsetDateTime timestamp) {
    return new Dhis2Export(mapping, Optional.of(timestamp));
  }

  /** {@return the mapping} */
  public Dhis2Mapping getMapping() {
    return mapping;
  }

  /**
   * Checks the mapping on its own: UIDs, the period, the completion date, indicator codes,
   * dimensions and the keys a dimension can have.
   *
   * @return the issues, in the mapping's order (empty when it is fine)
   */
  public List<Issue> validate() {
    List<Issue> issues = new ArrayList<>();
    uid(issues, "dataSet", mapping.getDataSet());
    uid(issues, "orgUnit", mapping.getOrgUnit());
    uid(issues, "categoryOptionCombo", mapping.getCategoryOptionCombo());
    uid(issues, "attributeOptionCombo", mapping.getAttributeOptionCombo());
    if (!Dhis2Period.isValid(mapping.getPeriod())) {
      issues.add(issue(Dhis2IssueCode.DHIS2_INVALID_PERIOD, Severity.ERROR, "period",
          "Kỳ báo cáo \"" + mapping.getPeriod() + "\" không đúng định dạng kỳ của DHIS2 (ví dụ 2020, 202001, 2020Q1, 2020W5)",
          "period \"" + mapping.getPeriod() + "\" is not a DHIS2 period (e.g. 2020, 202001, 2020Q1, 2020W5)"));
    }
    mapping.getCompleteDate().ifPresent(d -> {
      try {
        LocalDate.parse(d);
      } catch (DateTimeParseException e) {
        issues.add(issue(Dhis2IssueCode.DHIS2_INVALID_COMPLETE_DATE, Severity.ERROR, "completeDate",
            "Ngày hoàn thành \"" + d + "\" không phải ngày dạng yyyy-MM-dd",
            "complete date \"" + d + "\" is not a yyyy-MM-dd date"));
      }
    });
    mapping.getOrgUnits().forEach((k, v) -> uid(issues, "orgUnits[\"" + k + "\"]", v));
    for (int i = 0; i < mapping.getValues().size(); i++) {
      Dhis2ValueMapping vm = mapping.getValues().get(i);
      String p = "values[" + i + "]";
      operand(issues, p + ".numerator", vm.getNumerator());
      vm.getDenominator().ifPresent(d -> operand(issues, p + ".denominator", d));
      if (isDaysToPlan(vm)) {
        if (vm.getBreakdown().isPresent()) {
          issues.add(issue(Dhis2IssueCode.DHIS2_UNKNOWN_BREAKDOWN, Severity.ERROR, p + ".breakdown",
              DAYS_TO_PLAN + " (số ngày trung vị) không có phân tổ: chỉ xuất tổng của xã",
              DAYS_TO_PLAN + " (the median days) has no breakdown: only the commune's figure is exported"));
        }
        continue;
      }
      if (indicator(vm.getIndicator()).isEmpty()) {
        issues.add(issue(Dhis2IssueCode.DHIS2_UNKNOWN_INDICATOR, Severity.ERROR, p + ".indicator",
            "Mã chỉ số \"" + vm.getIndicator() + "\" không có trong danh mục chỉ số",
            "indicator code \"" + vm.getIndicator() + "\" is not in the catalogue"));
      }
      if (vm.getBreakdown().isPresent()) {
        Optional<BreakdownDimension> dim = BreakdownDimension.fromKey(vm.getBreakdown().get());
        if (dim.isEmpty()) {
          issues.add(issue(Dhis2IssueCode.DHIS2_UNKNOWN_BREAKDOWN, Severity.ERROR, p + ".breakdown",
              "Chiều phân tổ \"" + vm.getBreakdown().get() + "\" không tồn tại",
              "breakdown \"" + vm.getBreakdown().get() + "\" does not exist"));
        } else if (vm.getKey().isEmpty() && !isPlace(dim.get())) {
          issues.add(issue(Dhis2IssueCode.DHIS2_BREAKDOWN_KEY_REQUIRED, Severity.ERROR, p + ".key",
              "Phân tổ \"" + dim.get().getKey() + "\" cần một khóa (chỉ thôn và địa bàn xuất được mọi ô)",
              "breakdown \"" + dim.get().getKey() + "\" needs a key (only village and area export every cell)"));
        } else if (vm.getKey().isPresent() && !knownKey(dim.get(), vm.getKey().get())) {
          issues.add(unknownKey(p, dim.get(), vm.getKey().get()));
        } else if (vm.getKey().isPresent() && isPlace(dim.get())
            && !mapping.getOrgUnits().containsKey(vm.getKey().get())) {
          issues.add(issue(Dhis2IssueCode.DHIS2_UNMAPPED_ORG_UNIT, Severity.ERROR, p + ".key",
              "Địa bàn \"" + vm.getKey().get() + "\" không có trong orgUnits",
              "place \"" + vm.getKey().get() + "\" has no org unit in orgUnits"));
        }
      } else if (vm.getKey().isPresent()) {
        issues.add(issue(Dhis2IssueCode.DHIS2_UNKNOWN_BREAKDOWN, Severity.ERROR, p + ".breakdown",
            "Có khóa \"" + vm.getKey().get() + "\" nhưng không có chiều phân tổ",
            "key \"" + vm.getKey().get() + "\" given without a breakdown"));
      }
    }
    return issues;
  }

  /**
   * Exports a report: the mapping's checks ({@link #validate()}), then one data value per mapped
   * numerator and denominator, then the duplicate-key check. The same as
   * {@code toDataValueSet(ReportDocument.of(report, List.of()))}.
   *
   * @param report the report (suppressed and audited first if it is not)
   * @return the data value set with its issues
   */
  public Dhis2DataValueSet toDataValueSet(IndicatorReport report) {
    Objects.requireNonNull(report, "report must not be null");
    return toDataValueSet(ReportDocument.of(report, List.of()));
  }

  /**
   * Exports a document as published ({@link ReportDocument#published()}; the internal form is
   * published first): the mapping's checks ({@link #validate()}), then one data value per mapped
   * numerator and denominator of a figure published, then the duplicate-key check.
   *
   * @param document the document
   * @return the data value set with its issues
   * @throws IllegalArgumentException when the document's report is marked suppressed and fails
   *     its disclosure audit (nothing is exported)
   */
  public Dhis2DataValueSet toDataValueSet(ReportDocument document) {
    Objects.requireNonNull(document, "document must not be null");
    IndicatorReport published = document.isUnsuppressedForInternalUse()
        ? DisclosureControl.publish(document.getReport(), document.getTargets()).report()
        : document.published().getReport();
    List<Issue> issues = new ArrayList<>(validate());
    List<Dhis2DataValue> values = new ArrayList<>();
    int suppressed = 0;
    for (int i = 0; i < mapping.getValues().size(); i++) {
      Dhis2ValueMapping vm = mapping.getValues().get(i);
      String p = "values[" + i + "]";
      if (isDaysToPlan(vm)) {
        if (vm.getBreakdown().isEmpty()) {
          suppressed += daysToPlan(document, vm, p, values, issues);
        }
        continue;
      }
      Optional<Indicator> indicator = indicator(vm.getIndicator());
      if (indicator.isEmpty()) {
        continue;
      }
      Optional<IndicatorResult> result = published.result(indicator.get());
      if (result.isEmpty()) {
        issues.add(issue(Dhis2IssueCode.DHIS2_NOT_IN_REPORT, Severity.WARNING, p + ".indicator",
            "Báo cáo không tính chỉ số " + vm.getIndicator() + ": không xuất",
            "the report does not compute " + vm.getIndicator() + ": nothing exported"));
        continue;
      }
      IndicatorResult r = result.get();
      IndicatorUnit unit = r.getIndicator().getUnit();
      if (unit == IndicatorUnit.COUNT && vm.getDenominator().isPresent()) {
        issues.add(issue(Dhis2IssueCode.DHIS2_DENOMINATOR_OF_COUNT, Severity.WARNING, p + ".denominator",
            vm.getIndicator() + " là số đếm, không có mẫu số: bỏ qua",
            vm.getIndicator() + " is a count and has no denominator: ignored"));
      }
      if (vm.getBreakdown().isEmpty()) {
        if (r.getState() == ValueState.SUPPRESSED) {
          // a sensitive population's small total (a protection-case indicator's): not exported
          suppressed++;
          continue;
        }
        emit(values, vm, unit, mapping.getOrgUnit(), r.getNumerator(), r.getDenominator());
        continue;
      }
      Optional<BreakdownDimension> dim = BreakdownDimension.fromKey(vm.getBreakdown().get());
      if (dim.isEmpty()) {
        continue;
      }
      List<BreakdownCell> cells = r.getBreakdowns().get(dim.get());
      if (cells == null) {
        issues.add(issue(Dhis2IssueCode.DHIS2_NOT_IN_REPORT, Severity.WARNING, p + ".breakdown",
            "Báo cáo không có phân tổ " + dim.get().getKey() + " cho " + vm.getIndicator() + ": không xuất",
            "the report has no " + dim.get().getKey() + " breakdown of " + vm.getIndicator() + ": nothing exported"));
        continue;
      }
      boolean place = isPlace(dim.get());
      if (vm.getKey().isPresent()) {
        String key = vm.getKey().get();
        if (!knownKey(dim.get(), key)) {
          continue;
        }
        Optional<BreakdownCell> cell = cells.stream().filter(c -> c.getKey().equals(key)).findFirst();
        String orgUnit = place ? mapping.getOrgUnits().get(key) : mapping.getOrgUnit();
        if (orgUnit == null) {
          continue;
        }
        if (cell.isEmpty()) {
          if (place) {
            issues.add(issue(Dhis2IssueCode.DHIS2_NOT_IN_REPORT, Severity.WARNING, p + ".key",
                "Báo cáo không có ô \"" + key + "\": không xuất", "the report has no cell \"" + key + "\": nothing exported"));
          } else {
            // a key the dimension can have, with no child in the report: counts are 0
            emit(values, vm, unit, orgUnit, 0, 0);
          }
          continue;
        }
        if (cell.get().getState() == ValueState.SUPPRESSED) {
          suppressed++;
          continue;
        }
        emit(values, vm, unit, orgUnit, cell.get().getNumerator().orElseThrow(),
            cell.get().getDenominator().orElseThrow());
        continue;
      }
      for (BreakdownCell c : cells) {
        String orgUnit = mapping.getOrgUnits().get(c.getKey());
        if (orgUnit == null) {
          issues.add(issue(Dhis2IssueCode.DHIS2_UNMAPPED_ORG_UNIT, Severity.WARNING, p,
              "Địa bàn \"" + c.getKey() + "\" của " + vm.getIndicator() + " không có trong orgUnits: không xuất",
              "place \"" + c.getKey() + "\" of " + vm.getIndicator() + " has no org unit in orgUnits: not exported"));
          continue;
        }
        if (c.getState() == ValueState.SUPPRESSED) {
          suppressed++;
          continue;
        }
        emit(values, vm, unit, orgUnit, c.getNumerator().orElseThrow(), c.getDenominator().orElseThrow());
      }
    }
    if (suppressed > 0) {
      issues.add(issue(Dhis2IssueCode.DHIS2_SUPPRESSED_NOT_EXPORTED, Severity.INFO, "values",
          suppressed + " ô bị ẩn (x) không được xuất",
          suppressed + " hidden cells (x) were not exported"));
    }
    return set(values, issues);
  }

  /**
   * The median days to an approved plan ({@link MedianDaysToPlan}, the document's
   * {@link ReportDocument#getDaysToPlan()}) at the mapping's org unit: the median as a number of
   * one decimal ({@code "6.0"}, {@code "5.5"}) in the {@code numerator}'s data element, and, when a
   * {@code denominator} is mapped, the cases that give it in that one. A hidden median (1 to τ
   * cases) or hidden counts are not exported and are counted as hidden cells; without any case
   * with an approved plan (NO_DATA) there is no value; the unsuppressed figure of a document for
   * internal use is never exported (a data value set leaves the authority).
   *
   * @return the hidden figures not exported
   */
  private int daysToPlan(ReportDocument document, Dhis2ValueMapping vm, String p, List<Dhis2DataValue> values,
      List<Issue> issues) {
    Optional<MedianDaysToPlan> figure = document.getDaysToPlan();
    if (figure.isEmpty() || !figure.get().isSuppressed()) {
      issues.add(issue(Dhis2IssueCode.DHIS2_NOT_IN_REPORT, Severity.WARNING, p + ".indicator",
          figure.isEmpty() ? "Báo cáo không có số ngày trung vị (không có tệp vụ việc): không xuất"
              : "Số ngày trung vị chưa qua kiểm soát công bố (bản nội bộ): không xuất",
          figure.isEmpty() ? "the report has no median days to plan (no case file): nothing exported"
              : "the median days to plan has not passed disclosure control (internal form): nothing exported"));
      return 0;
    }
    MedianDaysToPlan m = figure.get();
    int hidden = 0;
    if (m.getState() == ValueState.SUPPRESSED) {
      hidden++;
    } else if (m.getState() == ValueState.VALUE) {
      values.add(value(vm.getNumerator(), mapping.getOrgUnit(), m.getMedian().orElseThrow().toPlainString()));
    } else {
      issues.add(issue(Dhis2IssueCode.DHIS2_NOT_IN_REPORT, Severity.WARNING, p + ".indicator",
          "Không có vụ việc nào có kế hoạch được phê duyệt: không có số ngày trung vị để xuất",
          "no case has an approved plan: there is no median days to plan to export"));
    }
    if (vm.getDenominator().isPresent()) {
      if (m.getCases().isPresent()) {
        values.add(value(vm.getDenominator().get(), mapping.getOrgUnit(), Long.toString(m.getCases().getAsLong())));
      } else {
        hidden++;
      }
    }
    return hidden;
  }

  private static boolean isDaysToPlan(Dhis2ValueMapping vm) {
    return DAYS_TO_PLAN.equals(vm.getIndicator().strip());
  }

  /** The duplicate-key check ({@code DHIS2_DUPLICATE_KEY}), then the set with its values and issues. */
  private Dhis2DataValueSet set(List<Dhis2DataValue> values, List<Issue> issues) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      Dhis2DataValue v = values.get(i);
      Integer first = seen.putIfAbsent(v.key(), i);
      if (first != null) {
        issues.add(issue(Dhis2IssueCode.DHIS2_DUPLICATE_KEY, Severity.ERROR, "dataValues[" + i + "]",
            "Giá trị #" + i + " trùng khóa với giá trị #" + first + " (" + v.key() + ")",
            "value #" + i + " has the same key as value #" + first + " (" + v.key() + ")"));
      }
    }
    return Dhis2DataValueSet.builder().dataSet(mapping.getDataSet()).period(mapping.getPeriod())
        .orgUnit(mapping.getOrgUnit()).completeDate(mapping.getCompleteDate())
        .attributeOptionCombo(mapping.getAttributeOptionCombo())
        .exported(exported.map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format)).dataValues(values).issues(issues).build();
  }

  /**
   * Exports a province's merge ({@code treem merge}) with one org unit per commune, per district
   * (before 1 July 2025) and per province: each value mapping without a breakdown (a total) is
   * exported once per area cell of each level's published document
   * ({@link ProvinceRollUp.Result#getLevels()}), at the org unit of that unit; the value mappings
   * with a breakdown (sex, age, ...) are exported from the merged document as
   * {@link #toDataValueSet(ReportDocument)} exports them, at the mapping's {@code orgUnit}.
   *
   * <p><b>Org units by code.</b> A unit is identified by its GSO code: when the mapping's
   * {@code orgUnits} gives a UID for that code, the UID is used; otherwise the code itself, which
   * DHIS2 resolves when the data are imported with {@code orgUnitIdScheme=CODE} and each org
   * unit's code in DHIS2 is its GSO code (a note {@code DHIS2_ORG_UNIT_BY_CODE} says so). A set
   * with both is refused ({@code DHIS2_MIXED_ORG_UNIT_SCHEME}, an error): DHIS2 reads one scheme
   * per import. Figures a merge shows apart (a commune split in the 2025 arrangement, keyed by its
   * former code with {@code *}) are not a unit of the merge's date and are not exported
   * ({@code DHIS2_UNMAPPED_ORG_UNIT}, a warning). Hidden cells are never exported, as everywhere.
   *
   * @param merge the result of a merge
   * @return the data value set with its issues (empty when no submission was merged)
   */
  public Dhis2DataValueSet toDataValueSet(ProvinceRollUp.Result merge) {
    Objects.requireNonNull(merge, "merge must not be null");
    List<Issue> issues = new ArrayList<>();
    List<Dhis2DataValue> values = new ArrayList<>();
    if (merge.getDocument().isPresent()) {
      // the figures with a breakdown, and the median days to plan (one figure of the merged document)
      List<Dhis2ValueMapping> disaggregated = mapping.getValues().stream()
          .filter(v -> v.getBreakdown().isPresent() || isDaysToPlan(v)).toList();
      Dhis2DataValueSet rest = of(Dhis2Mapping.builder().from(mapping).values(disaggregated).build())
          .toDataValueSet(merge.getDocument().get());
      values.addAll(rest.getDataValues());
      issues.addAll(rest.getIssues());
    } else {
      issues.addAll(validate());
    }
    int suppressed = 0;
    Set<String> byCode = new java.util.TreeSet<>();
    Set<String> byUid = new java.util.TreeSet<>();
    for (Map.Entry<AdministrativeLevel, ReportDocument> level : merge.getLevels().entrySet()) {
      ReportDocument doc = level.getValue();
      IndicatorReport published = doc.isUnsuppressedForInternalUse()
          ? DisclosureControl.publish(doc.getReport(), doc.getTargets()).report()
          : doc.published().getReport();
      for (int i = 0; i < mapping.getValues().size(); i++) {
        Dhis2ValueMapping vm = mapping.getValues().get(i);
        Optional<Indicators> indicator = Indicators.fromCode(vm.getIndicator());
        if (vm.getBreakdown().isPresent() || indicator.isEmpty()) {
          continue;
        }
        Optional<IndicatorResult> result = published.result(indicator.get());
        if (result.isEmpty()) {
          continue; // said once, for the merged document's totals
        }
        IndicatorUnit unit = result.get().getIndicator().getUnit();
        for (BreakdownCell c : result.get().getBreakdowns().getOrDefault(BreakdownDimension.AREA, List.of())) {
          if (c.getKey().endsWith("*")) {
            issues.add(issue(Dhis2IssueCode.DHIS2_UNMAPPED_ORG_UNIT, Severity.WARNING, "values[" + i + "]",
                "Số liệu của xã cũ " + c.getKey() + " (không cộng dồn được vào đơn vị mới) không được xuất",
                "the figures of former commune " + c.getKey() + " (not additive into a new unit) are not exported"));
            continue;
          }
          if (c.getState() == ValueState.SUPPRESSED) {
            suppressed++;
            continue;
          }
          String uid = mapping.getOrgUnits().get(c.getKey());
          (uid == null ? byCode : byUid).add(c.getKey());
          emit(values, vm, unit, uid == null ? c.getKey() : uid, c.getNumerator().orElseThrow(),
              c.getDenominator().orElseThrow());
        }
      }
    }
    if (suppressed > 0) {
      issues.add(issue(Dhis2IssueCode.DHIS2_SUPPRESSED_NOT_EXPORTED, Severity.INFO, "values",
          suppressed + " ô bị ẩn (x) của các xã, huyện, tỉnh không được xuất",
          suppressed + " hidden cells (x) of communes, districts and provinces were not exported"));
    }
    if (!byCode.isEmpty() && !byUid.isEmpty()) {
      issues.add(issue(Dhis2IssueCode.DHIS2_MIXED_ORG_UNIT_SCHEME, Severity.ERROR, "orgUnits",
          byUid.size() + " đơn vị có UID trong orgUnits, " + byCode.size() + " đơn vị không (ví dụ "
              + byCode.iterator().next() + "): hãy ghi UID cho tất cả hoặc không cho đơn vị nào",
          byUid.size() + " units have a UID in orgUnits, " + byCode.size() + " do not (e.g. " + byCode.iterator().next()
              + "): give a UID for all of them or none"));
    } else if (!byCode.isEmpty()) {
      issues.add(issue(Dhis2IssueCode.DHIS2_ORG_UNIT_BY_CODE, Severity.INFO, "orgUnits",
          "Đơn vị được ghi bằng mã hành chính (GSO): nhập vào DHIS2 với orgUnitIdScheme=CODE",
          "org units are given by their GSO code: import into DHIS2 with orgUnitIdScheme=CODE"));
    }
    return set(values, issues);
  }

  /**
   * Exports a report and writes it.
   *
   * @param report the report
   * @param format the format
   * @param out where to write (not closed)
   * @return the data value set written, with its issues
   * @throws IOException when writing fails
   */
  public Dhis2DataValueSet write(IndicatorReport report, Dhis2Format format, Writer out) throws IOException {
    Dhis2DataValueSet set = toDataValueSet(report);
    set.writeTo(format, out);
    return set;
  }

  /**
   * Exports a document as published ({@link #toDataValueSet(ReportDocument)}) and writes it.
   *
   * @param document the document
   * @param format the format
   * @param out where to write (not closed)
   * @return the data value set written, with its issues
   * @throws IOException when writing fails
   */
  public Dhis2DataValueSet write(ReportDocument document, Dhis2Format format, Writer out) throws IOException {
    Dhis2DataValueSet set = toDataValueSet(document);
    set.writeTo(format, out);
    return set;
  }

  private void emit(List<Dhis2DataValue> values, Dhis2ValueMapping vm, IndicatorUnit unit, String orgUnit,
      long numerator, long denominator) {
    values.add(value(vm.getNumerator(), orgUnit, numerator));
    if (unit == IndicatorUnit.PERCENT) {
      vm.getDenominator().ifPresent(d -> values.add(value(d, orgUnit, denominator)));
    }
  }

  private Dhis2DataValue value(Dhis2Operand op, String orgUnit, long v) {
    return value(op, orgUnit, Long.toString(v));
  }

  private Dhis2DataValue value(Dhis2Operand op, String orgUnit, String v) {
    return Dhis2DataValue.builder().dataElement(op.getDataElement()).period(mapping.getPeriod()).orgUnit(orgUnit)
        .categoryOptionCombo(op.getCategoryOptionCombo().orElse(mapping.getCategoryOptionCombo()))
        .attributeOptionCombo(op.getAttributeOptionCombo().orElse(mapping.getAttributeOptionCombo()))
        .value(v).build();
  }

  private static boolean isPlace(BreakdownDimension d) {
    return d == BreakdownDimension.VILLAGE || d == BreakdownDimension.AREA;
  }

  /** Keys a dimension can have, when they are a closed set; null when open (places, ages). */
  private static @Nullable Set<String> closedKeys(BreakdownDimension d) {
    Set<String> keys = new LinkedHashSet<>();
    switch (d) {
      case SEX -> keys.addAll(List.of("MALE", "FEMALE"));
      case DISABILITY -> keys.addAll(List.of("ANY", "NONE"));
      case GROUP -> {
        for (SpecialCircumstanceGroup g : SpecialCircumstanceGroup.values()) {
          keys.add(g.name());
        }
        keys.add(BreakdownDimension.NONE);
        return keys;
      }
      case ETHNICITY -> {
        for (Ethnicity e : Ethnicity.values()) {
          keys.add(e.name());
        }
      }
      default -> {
        return null;
      }
    }
    keys.add(BreakdownDimension.UNKNOWN);
    return keys;
  }

  /**
   * The indicator of a mapping's code: a register indicator (its code in any case, as before) or a
   * protection-case indicator (a report of {@code treem report --cases}).
   */
  private static Optional<Indicator> indicator(String code) {
    Optional<Indicator> register = Indicators.fromCode(code).map(Indicator.class::cast);
    return register.isPresent() ? register : Indicator.ofCode(code == null ? null : code.strip());
  }

  private static boolean knownKey(BreakdownDimension d, String key) {
    Set<String> keys = closedKeys(d);
    return keys == null || keys.contains(key);
  }

  private static Issue unknownKey(String p, BreakdownDimension d, String key) {
    Set<String> keys = closedKeys(d); // a closed set: only such a dimension has unknown keys
    String known = keys == null ? "" : String.join(", ", keys);
    return issue(Dhis2IssueCode.DHIS2_UNKNOWN_BREAKDOWN_KEY, Severity.ERROR, p + ".key",
        "Khóa \"" + key + "\" không có trong phân tổ " + d.getKey() + " (" + known + ")",
        "key \"" + key + "\" is not a key of the " + d.getKey() + " breakdown (" + known + ")");
  }

  private static void operand(List<Issue> issues, String p, Dhis2Operand op) {
    uid(issues, p + ".dataElement", op.getDataElement());
    op.getCategoryOptionCombo().ifPresent(c -> uid(issues, p + ".categoryOptionCombo", c));
    op.getAttributeOptionCombo().ifPresent(c -> uid(issues, p + ".attributeOptionCombo", c));
  }

  private static void uid(List<Issue> issues, String path, String value) {
    if (!Dhis2Mapping.isUid(value)) {
      issues.add(issue(Dhis2IssueCode.DHIS2_INVALID_UID, Severity.ERROR, path,
          "\"" + value + "\" không phải UID của DHIS2 (11 ký tự, chữ cái đầu, chỉ chữ và số)",
          "\"" + value + "\" is not a DHIS2 UID (11 characters, a letter first, letters and digits only)"));
    }
  }

  private static Issue issue(Dhis2IssueCode code, Severity severity, String path, String vi, String en) {
    return Issue.of(code.getCode(), severity, Location.ofPath(path), vi, en);
  }
}
