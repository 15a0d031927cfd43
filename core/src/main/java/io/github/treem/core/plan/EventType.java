package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.time.MonthDay;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A yearly event that a plan names, with the rule that places it in a year: the Action Month for
 * Children (Tháng hành động vì trẻ em, 1-30 June) and Tết Trung thu (the Mid-Autumn Festival, the
 * 15th day of the 8th lunar month) are given as constants; a plan may define others.
 *
 * <pre>{@code
 * EventType.MID_AUTUMN_FESTIVAL.resolve(2020);        // 2020-10-01..2020-10-01
 * EventType.MID_AUTUMN_FESTIVAL.activityWindow(2020); // 2020-09-17..2020-10-01
 * EventType.ACTION_MONTH_FOR_CHILDREN.resolve(2021);  // 2021-06-01..2021-06-30
 * }</pre>
 *
 * <p>The activity window adds {@link #getLeadDays()} days before the event: the days in which an
 * activity still counts as part of it (a Mid-Autumn party for children is held in the days before
 * the full moon). The 14 days of {@link #MID_AUTUMN_FESTIVAL} are treem's choice, not a rule of
 * law; a plan that needs another window defines its own event type.
 *
 * <p>Invariants (checked when built): the identifier and the Vietnamese name are not blank; the
 * lead days are 0 to 366.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class EventType {

  /** Tháng hành động vì trẻ em: the Action Month for Children, 1 to 30 June every year. */
  public static final EventType ACTION_MONTH_FOR_CHILDREN = builder()
      .id("ACTION_MONTH_FOR_CHILDREN")
      .nameVi("Tháng hành động vì trẻ em")
      .nameEn("Action Month for Children")
      .rule(DateRule.solar(MonthDay.of(6, 1), MonthDay.of(6, 30)))
      .build();

  /**
   * Tết Trung thu: the Mid-Autumn Festival, the 15th day of the 8th lunar month, with activities
   * counted in the 14 days before it.
   */
  public static final EventType MID_AUTUMN_FESTIVAL = builder()
      .id("MID_AUTUMN_FESTIVAL")
      .nameVi("Tết Trung thu")
      .nameEn("Mid-Autumn Festival")
      .rule(DateRule.lunar(8, 15))
      .leadDays(14)
      .build();

  EventType() {}

  /** {@return the identifier of the event type within its plan, e.g. {@code "MID_AUTUMN_FESTIVAL"}} */
  public abstract String getId();

  /** {@return the Vietnamese name, as plans write it} */
  public abstract String getNameVi();

  /** {@return an English name} */
  public abstract String getNameEn();

  /** {@return the rule that places the event in a year} */
  public abstract DateRule getRule();

  /** {@return the days before the event in which an activity counts as part of it} */
  @Value.Default
  public int getLeadDays() {
    return 0;
  }

  /** {@return a note (the source of the rule, how the window was chosen), if any} */
  public abstract Optional<String> getNote();

  /**
   * The days of the event in a year.
   *
   * @param year the year
   * @return the days
   * @throws InvalidValueException when the rule cannot be resolved that year (see
   *     {@link DateRule#resolve(int)})
   */
  public DateSpan resolve(int year) {
    return getRule().resolve(year);
  }

  /**
   * The days in which an activity counts as part of the event in a year: the event's days and the
   * {@link #getLeadDays() lead days} before them.
   *
   * @param year the year
   * @return the days
   * @throws InvalidValueException when the rule cannot be resolved that year
   */
  public DateSpan activityWindow(int year) {
    DateSpan days = resolve(year);
    return DateSpan.of(days.getStart().minusDays(getLeadDays()), days.getEnd());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getId().isBlank()) {
      throw new InvalidValueException("TREEM-CORE-0542", "event type id must not be blank");
    }
    if (getNameVi().isBlank()) {
      throw new InvalidValueException("TREEM-CORE-0543", "event type " + getId() + ": name must not be blank");
    }
    if (getLeadDays() < 0 || getLeadDays() > 366) {
      throw new InvalidValueException("TREEM-CORE-0544", "event type " + getId() + ": lead days must be 0 to 366");
    }
  }

  /** Builds an {@link EventType}. */
  public static final class Builder extends ImmutableEventType.Builder {
    Builder() {}
  }
}
