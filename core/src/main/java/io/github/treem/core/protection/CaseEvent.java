package io.github.treem.core.protection;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.time.WorkingDays;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One dated event of a protection case, in a uniform form: its kind, its day in Viet Nam, its time
 * when the step records one, where it sits in the case ({@code plans[0].approvedOn}), and its legal
 * basis. {@link ProtectionCase#getEvents()} lists them in time order; deadline rules, validation
 * and the flat (one row per event) formats read them.
 *
 * <p>Implementation requirements: immutable and thread-safe; holds no description.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class CaseEvent {
  /** Time order: by day, then by time where both have one, then by kind in workflow order. */
  public static final Comparator<CaseEvent> TIME_ORDER = Comparator.comparing(CaseEvent::getDate)
      .thenComparing((a, b) -> a.getTime().isPresent() && b.getTime().isPresent()
          ? a.getTime().get().toInstant().compareTo(b.getTime().get().toInstant()) : 0)
      .thenComparing(CaseEvent::getKind);

  CaseEvent() {}

  /** {@return the kind of event} */
  public abstract CaseStepKind getKind();

  /** {@return the day of the event in Viet Nam ({@link WorkingDays#VIETNAM_ZONE})} */
  public abstract LocalDate getDate();

  /** {@return the time of the event, when the step records one} */
  public abstract Optional<OffsetDateTime> getTime();

  /** {@return the property path of the event in the case, e.g. {@code plans[0].approvedOn}} */
  public abstract String getPath();

  /** {@return the legal basis of the step} */
  @Value.Default
  public LegalReference getLegalReference() {
    return getKind().getLegalReference();
  }

  /**
   * An event with a time; its day is the time's day in Viet Nam.
   *
   * @param kind the kind
   * @param time the time
   * @param path the property path
   * @return the event
   */
  public static CaseEvent at(CaseStepKind kind, OffsetDateTime time, String path) {
    return builder().kind(kind).time(time).date(time.atZoneSameInstant(WorkingDays.VIETNAM_ZONE).toLocalDate()).path(path).build();
  }

  /**
   * An event with a day only.
   *
   * @param kind the kind
   * @param date the day
   * @param path the property path
   * @return the event
   */
  public static CaseEvent on(CaseStepKind kind, LocalDate date, String path) {
    return builder().kind(kind).date(date).path(path).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return getKind() + " " + getTime().map(Object::toString).orElse(getDate().toString()) + " (" + getPath() + ")";
  }

  /** Builds a {@link CaseEvent}. */
  public static final class Builder extends ImmutableCaseEvent.Builder {
    Builder() {}
  }
}
