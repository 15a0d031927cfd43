package io.github.treem.core.admin;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One link of a rearrangement of administrative units: a predecessor that ended the day before
 * {@link #getDate()} and a successor that began on it, with how much of the predecessor went into
 * the successor ({@link SuccessionKind}). For example, on 1 July 2025 Xã Quảng Vinh (19885, Huyện
 * Quảng Điền) went wholly into Xã Đan Điền (19885, Thành phố Huế), and Phường Cống Vị (00007)
 * went partly into Phường Ngọc Hà and partly into Phường Giảng Võ.
 *
 * <p>The predecessor is shown as it was on its last day, the successor as it was on its first
 * day, each with its parents ({@link AdministrativeUnit#getParent()}). Made by
 * {@link AdministrativeDivisions#successorsOf} and {@link AdministrativeDivisions#predecessorsOf}.
 *
 * <p>Implementation requirements: immutable and thread-safe; value-based (equal when the two
 * units, the date and the kind are equal).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Succession {
  private final AdministrativeUnit predecessor;
  private final AdministrativeUnit successor;
  private final LocalDate date;
  private final SuccessionKind kind;

  private Succession(AdministrativeUnit predecessor, AdministrativeUnit successor, LocalDate date, SuccessionKind kind) {
    this.predecessor = predecessor;
    this.successor = successor;
    this.date = date;
    this.kind = kind;
  }

  static Succession of(AdministrativeUnit predecessor, AdministrativeUnit successor, LocalDate date, SuccessionKind kind) {
    return new Succession(Objects.requireNonNull(predecessor), Objects.requireNonNull(successor),
        Objects.requireNonNull(date), Objects.requireNonNull(kind));
  }

  /** {@return the unit that ended, as it was on its last day} */
  public AdministrativeUnit getPredecessor() {
    return predecessor;
  }

  /** {@return the unit that began, as it was on its first day} */
  public AdministrativeUnit getSuccessor() {
    return successor;
  }

  /** {@return the first day of the successor (the day after the predecessor's last day), e.g. 2025-07-01} */
  public LocalDate getDate() {
    return date;
  }

  /** {@return how much of the predecessor went into the successor} */
  public SuccessionKind getKind() {
    return kind;
  }

  /** {@return whether only part of the predecessor went into the successor (figures are not comparable)} */
  public boolean isPartial() {
    return kind == SuccessionKind.PARTIAL;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Succession s)) {
      return false;
    }
    return predecessor.equals(s.predecessor) && successor.equals(s.successor) && date.equals(s.date) && kind == s.kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(predecessor, successor, date, kind);
  }

  /** {@return e.g. {@code 19885 Xã Quảng Vinh -> 19885 Xã Đan Điền on 2025-07-01 (FULL)}} */
  @Override
  public String toString() {
    return predecessor.getCode() + " " + predecessor.getName() + " -> " + successor.getCode() + " " + successor.getName()
        + " on " + date + " (" + kind + ")";
  }
}
