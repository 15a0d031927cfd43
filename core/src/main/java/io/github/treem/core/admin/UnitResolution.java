package io.github.treem.core.admin;

import io.github.treem.core.validation.Issue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a code at a date resolves to: the unit with its parents at that date, or the issue that
 * says why there is none ({@link AdministrativeIssueCode}: a malformed code, a code the list never
 * had, a code in force at other dates only, a district after 30 June 2025). Never a guess: a code
 * that is not in force at the date is never replaced by a similar one or by its successor.
 *
 * <p>The issues have no location ({@link io.github.treem.core.validation.Location#unknown()}):
 * the caller, who knows the file and line, places them with {@link Issue#withLocation}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class UnitResolution {
  private final @Nullable AdministrativeUnit unit;
  private final List<Issue> issues;

  private UnitResolution(@Nullable AdministrativeUnit unit, List<Issue> issues) {
    this.unit = unit;
    this.issues = issues;
  }

  static UnitResolution of(AdministrativeUnit unit) {
    return new UnitResolution(Objects.requireNonNull(unit), List.of());
  }

  static UnitResolution of(AdministrativeUnit unit, Issue warning) {
    return new UnitResolution(Objects.requireNonNull(unit), List.of(warning));
  }

  static UnitResolution failed(Issue issue) {
    return new UnitResolution(null, List.of(issue));
  }

  /** {@return the unit, with its parents at the date; empty when the code did not resolve} */
  public Optional<AdministrativeUnit> getUnit() {
    return Optional.ofNullable(unit);
  }

  /**
   * {@return the issues: one error when the code did not resolve; else none, or a warning
   * ({@link AdministrativeIssueCode#ADMIN_NAMES_AFTER_DATE}: the names are those of a later list)}
   */
  public List<Issue> getIssues() {
    return issues;
  }

  /** {@return whether the code resolved to a unit} */
  public boolean isResolved() {
    return unit != null;
  }

  @Override
  public String toString() {
    return unit != null ? "resolved " + unit.getCode() + " " + unit.getName() + (issues.isEmpty() ? "" : " (" + issues.get(0).getCode() + ")")
        : "unresolved: " + issues.get(0);
  }
}
