package io.github.treem.core.time;

import io.github.treem.core.internal.TreemStyle;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One day of a holiday table: its date, its kind (holiday, substitute day, swapped day off,
 * make-up working day), its name in Vietnamese and English, and how far it is confirmed.
 *
 * <p>Example: {@code CalendarEntry.of(LocalDate.of(2025, 5, 2), CalendarEntryKind.SWAPPED_DAY_OFF,
 * Confirmation.ANNOUNCED, "Nghỉ hoán đổi", "Swapped day off")}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class CalendarEntry implements Comparable<CalendarEntry> {
  CalendarEntry() {}

  /** {@return the date} */
  public abstract LocalDate getDate();

  /** {@return the kind of day} */
  public abstract CalendarEntryKind getKind();

  /** {@return how far the entry is confirmed} */
  public abstract Confirmation getConfirmation();

  /** {@return the name in Vietnamese, e.g. {@code "Tết Âm lịch"}} */
  public abstract String getNameVi();

  /** {@return the name in English} */
  public abstract String getNameEn();

  /** {@return true when the day is a rest day} */
  public boolean isRestDay() {
    return getKind().isRestDay();
  }

  /**
   * An entry.
   *
   * @param date the date
   * @param kind the kind
   * @param confirmation how far it is confirmed
   * @param nameVi the Vietnamese name
   * @param nameEn the English name
   * @return the entry
   */
  public static CalendarEntry of(LocalDate date, CalendarEntryKind kind, Confirmation confirmation, String nameVi, String nameEn) {
    return builder().date(date).kind(kind).confirmation(confirmation).nameVi(nameVi).nameEn(nameEn).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Orders entries by date, then kind, confirmation and names (consistent with {@code equals}). */
  @Override
  public int compareTo(CalendarEntry o) {
    return ORDER.compare(this, o);
  }

  private static final java.util.Comparator<CalendarEntry> ORDER = java.util.Comparator.comparing(CalendarEntry::getDate)
      .thenComparing(CalendarEntry::getKind)
      .thenComparing(CalendarEntry::getConfirmation)
      .thenComparing(CalendarEntry::getNameVi)
      .thenComparing(CalendarEntry::getNameEn);

  @Override
  public String toString() {
    return getDate() + " " + getKind() + " (" + getConfirmation() + "): " + getNameVi();
  }

  /** Builds a {@link CalendarEntry}. */
  public static final class Builder extends ImmutableCalendarEntry.Builder {
    Builder() {}
  }
}
