package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.protection.SensitiveText;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One thing done under a plan, as the officer logs it: when, by which unit, for which plan items,
 * what kind of work, the people reached (children, parents, collaborators, ...; by sex where
 * known), the cost per funding source in đồng, and an evidence note (where the minutes, lists or
 * photos are kept).
 *
 * <pre>{@code
 * Activity midAutumn = Activity.builder()
 *     .id("2020-041")
 *     .date(LocalDate.of(2020, 9, 30))
 *     .unitId("LDTBXH")
 *     .addCooperatingUnitIds("VILLAGES")
 *     .addItemIds("NV3", "GP7")
 *     .kind(ActivityKind.EVENT)
 *     .eventId(EventType.MID_AUTUMN_FESTIVAL.getId())
 *     .titleVi("Tổ chức vui Tết Trung thu cho trẻ em các thôn")
 *     .putReach(Audience.CHILDREN, Headcount.of(350, 170, 180))
 *     .addCosts(ActivityCost.of("NS_HUYEN", 7_000_000L), ActivityCost.of("HUY_DONG", 3_000_000L))
 *     .evidenceNote(SensitiveText.of("Biên bản và danh sách lưu tại bộ phận LĐ-TB&XH"))
 *     .build();
 * }</pre>
 *
 * <p>The title says what was done, for the report; it must not name children. The evidence note
 * may (a list of recipients is evidence): it is a {@link SensitiveText}, never in a message, a log,
 * {@link #toString()} or a report.
 *
 * <p>References (unit, items, event, funding sources), dates and counts are checked by
 * {@link ActivityValidator}, not when the activity is built, so that a log can be read whole and
 * every problem reported at its line.
 *
 * <p>Invariants (checked when built): the identifier is not blank.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class Activity {
  Activity() {}

  /** {@return the identifier of the activity within its log} */
  public abstract String getId();

  /** {@return the day the activity took place (its first day)} */
  public abstract LocalDate getDate();

  /** {@return the last day of an activity of several days, if it lasted more than one} */
  public abstract Optional<LocalDate> getEndDate();

  /** {@return the identifier of the unit that carried it out} */
  public abstract String getUnitId();

  /** {@return the identifiers of the units that took part} */
  public abstract List<String> getCooperatingUnitIds();

  /** {@return the identifiers of the plan items the activity serves (at least one, by the validator)} */
  public abstract List<String> getItemIds();

  /** {@return what kind of work it was} */
  public abstract ActivityKind getKind();

  /** {@return the identifier of the plan's event it was part of, if any} */
  public abstract Optional<String> getEventId();

  /** {@return what was done, in a line for the report (never a child's name), if recorded} */
  public abstract Optional<String> getTitleVi();

  /** {@return the people reached, by audience (an audience not recorded is absent)} */
  public abstract Map<Audience, Headcount> getReach();

  /** {@return the cost per funding source} */
  public abstract List<ActivityCost> getCosts();

  /** {@return where the evidence is (never printed: see the class description)} */
  public abstract Optional<SensitiveText> getEvidenceNote();

  /** {@return the last day: the end date, else the date} */
  public LocalDate lastDay() {
    return getEndDate().orElse(getDate());
  }

  /**
   * The people of an audience reached.
   *
   * @param audience the audience
   * @return the count, or empty when not recorded
   */
  public Optional<Headcount> reached(Audience audience) {
    return Optional.ofNullable(getReach().get(audience));
  }

  /**
   * The whole cost, in đồng.
   *
   * @return the sum of the costs
   * @throws ArithmeticException when the sum does not fit in a {@code long} (the validator reports
   *     it as {@code ACTIVITY_COST_OVERFLOW} first)
   */
  public long totalCostDong() {
    long sum = 0;
    for (ActivityCost c : getCosts()) {
      sum = Math.addExact(sum, c.getAmountDong());
    }
    return sum;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getId().isBlank()) {
      throw new InvalidValueException("TREEM-CORE-0561", "activity id must not be blank");
    }
  }

  /**
   * {@return the identifier, date, unit, items and kind; never the title or the evidence note}
   */
  @Override
  public String toString() {
    return "Activity{id=" + getId() + ", date=" + getDate() + ", unit=" + getUnitId() + ", items=" + getItemIds()
        + ", kind=" + getKind() + "}";
  }

  /** Builds an {@link Activity}. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}
