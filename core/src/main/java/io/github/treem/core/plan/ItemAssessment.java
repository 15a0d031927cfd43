package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The officer's own assessment of a plan item on a day: done, under way, not started or not done,
 * with the reason when not done (e.g. "chưa bố trí được kinh phí"). It outweighs what treem
 * infers from the activities ({@link PlanProgress}).
 *
 * <pre>{@code
 * ItemAssessment a = ItemAssessment.builder()
 *     .itemId("GP3").date(LocalDate.of(2020, 12, 15)).status(ItemStatus.NOT_DONE)
 *     .reasonVi("Chưa có kinh phí tổ chức lớp dạy bơi").build();
 * }</pre>
 *
 * <p>Invariants (checked when built): the item identifier is not blank. A missing reason for
 * {@link ItemStatus#NOT_DONE} is reported by {@link ActivityValidator}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ItemAssessment {
  ItemAssessment() {}

  /** {@return the identifier of the plan item} */
  public abstract String getItemId();

  /** {@return the day of the assessment} */
  public abstract LocalDate getDate();

  /** {@return the status the officer gives} */
  public abstract ItemStatus getStatus();

  /** {@return why the item is not done (or late), if given} */
  public abstract Optional<String> getReasonVi();

  /** {@return a remark, if any} */
  public abstract Optional<String> getNoteVi();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getItemId().isBlank()) {
      throw new InvalidValueException("TREEM-CORE-0562", "an item assessment needs its item id");
    }
  }

  /** Builds an {@link ItemAssessment}. */
  public static final class Builder extends ImmutableItemAssessment.Builder {
    Builder() {}
  }
}
