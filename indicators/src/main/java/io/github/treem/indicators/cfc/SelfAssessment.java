package io.github.treem.indicators.cfc;

import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.indicators.internal.TreemStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A commune's self-assessment against the child-friendly commune standard (tự đánh giá): the
 * values of the items the register does not compute, each with its evidence note, for one year,
 * with the commune's type, the body and role that assessed, and the day it did.
 *
 * <p>The assessor is recorded as a body and role (e.g. "UBND xã, công chức Văn hóa - Xã hội"),
 * never as a person's name; evidence notes are {@linkplain SelfAssessmentEntry#getEvidence()
 * hidden}. {@code toString()} shows neither. The JSON and CSV forms are io-formats'; this is the
 * model and its validation ({@link #validate(ScoringTable)}).
 *
 * <pre>{@code
 * SelfAssessment sa = SelfAssessment.builder()
 *     .communeCode("19885").communeName("Quảng Vinh").year(2020).communeType(CommuneType.OTHER)
 *     .assessedOn(LocalDate.of(2020, 11, 20)).assessedBy("UBND xã, công chức Văn hóa - Xã hội")
 *     .addEntries(SelfAssessmentEntry.of("1.1", ItemValue.yes(), "Quyết định phân công số ..."))
 *     .build();
 * ValidationReport report = sa.validate(ScoringTable.qd06());
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class SelfAssessment {
  SelfAssessment() {}

  /** {@return the commune's 5-digit code} */
  public abstract String getCommuneCode();

  /** {@return the commune's name} */
  public abstract String getCommuneName();

  /** {@return the year assessed} */
  public abstract int getYear();

  /** {@return the commune's type, which sets its threshold} */
  public abstract CommuneType getCommuneType();

  /** {@return the day the assessment was made} */
  public abstract LocalDate getAssessedOn();

  /** {@return the body and role that assessed (never a person's name)} */
  public abstract String getAssessedBy();

  /** {@return the identifier of the scoring table the commune assessed against, if stated} */
  public abstract Optional<String> getTableId();

  /** {@return the version of that table, if stated} */
  public abstract Optional<String> getTableVersion();

  /** {@return true for synthetic demonstration data (not a real commune's assessment)} */
  @Value.Default
  public boolean isSynthetic() {
    return false;
  }

  /** {@return the values, in the order given} */
  public abstract List<SelfAssessmentEntry> getEntries();

  /**
   * The entry of an item (the first, if given twice).
   *
   * @param itemId the item's identifier
   * @return the entry, or empty
   */
  public Optional<SelfAssessmentEntry> entry(String itemId) {
    return getEntries().stream().filter(e -> e.getItemId().equals(itemId)).findFirst();
  }

  /**
   * Checks the self-assessment against a table: the commune code, the assessor, the date, the
   * table named, every entry (known item, given once, a value that fits the item's unit, an
   * evidence note), and the items that only a self-assessment gives. Issues are located by
   * property path ({@code entries[3].value}); codes are those of {@link SelfAssessmentIssueCode}.
   *
   * @param table the table the self-assessment will be scored with
   * @return the issues (valid when no error)
   */
  public ValidationReport validate(ScoringTable table) {
    List<Issue> issues = new ArrayList<>();
    if (!CommuneCode.isValid(getCommuneCode())) {
      issues.add(SelfAssessmentIssueCode.CFC_COMMUNE_CODE.issue(Location.ofPath("communeCode")));
    }
    if (getAssessedBy().isBlank()) {
      issues.add(SelfAssessmentIssueCode.CFC_ASSESSOR_MISSING.issue(Location.ofPath("assessedBy")));
    }
    if (getAssessedOn().getYear() < getYear()) {
      issues.add(SelfAssessmentIssueCode.CFC_ASSESSED_BEFORE_YEAR.issue(Location.ofPath("assessedOn"),
          getAssessedOn(), getYear()));
    }
    boolean otherTable = getTableId().map(id -> !id.equals(table.getId())).orElse(false)
        || getTableVersion().map(v -> !v.equals(table.getVersion())).orElse(false);
    if (otherTable) {
      issues.add(SelfAssessmentIssueCode.CFC_TABLE_MISMATCH.issue(Location.ofPath("tableId"),
          getTableId().orElse("?") + " " + getTableVersion().orElse("?"), table.getId() + " " + table.getVersion()));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < getEntries().size(); i++) {
      SelfAssessmentEntry e = getEntries().get(i);
      String at = "entries[" + i + "]";
      Optional<ScoringItem> item = table.item(e.getItemId());
      if (item.isEmpty()) {
        issues.add(SelfAssessmentIssueCode.CFC_UNKNOWN_ITEM.issue(Location.ofPath(at + ".itemId"), e.getItemId()));
        continue;
      }
      if (!seen.add(e.getItemId())) {
        issues.add(SelfAssessmentIssueCode.CFC_DUPLICATE_ITEM.issue(Location.ofPath(at + ".itemId"), e.getItemId()));
      }
      if (!e.getValue().fits(item.get().getUnit())) {
        issues.add(SelfAssessmentIssueCode.CFC_VALUE_UNIT.issue(Location.ofPath(at + ".value"), e.getItemId(),
            item.get().getUnit().name()));
      }
      if (e.getEvidence().reveal().isBlank()) {
        issues.add(SelfAssessmentIssueCode.CFC_EVIDENCE_MISSING.issue(Location.ofPath(at + ".evidence"), e.getItemId()));
      }
    }
    for (Criterion c : table.getCriteria()) {
      for (ScoringItem i : c.getItems()) {
        if (i.getInput() == InputSource.SELF_ASSESSMENT && i.getInputCode().isEmpty() && !seen.contains(i.getId())) {
          issues.add(SelfAssessmentIssueCode.CFC_ITEM_MISSING.issue(Location.ofPath("entries"), i.getId(), c.getNumber()));
        }
      }
    }
    if (isSynthetic()) {
      issues.add(SelfAssessmentIssueCode.CFC_SYNTHETIC.issue(Location.unknown()));
    }
    return ValidationReport.of(issues);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the commune code, year, type, number of entries and the synthetic mark; no evidence, no assessor} */
  @Override
  public String toString() {
    return "SelfAssessment{communeCode=" + getCommuneCode() + ", year=" + getYear() + ", type=" + getCommuneType()
        + ", entries=" + getEntries().size() + (isSynthetic() ? ", synthetic" : "") + "}";
  }

  /** Builds a {@link SelfAssessment}. */
  public static final class Builder extends ImmutableSelfAssessment.Builder {
    Builder() {}
  }
}
