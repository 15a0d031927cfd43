package io.github.treem.core.internal.admin;

import io.github.treem.core.admin.SuccessionKind;
import java.time.LocalDate;

/**
 * One succession: a row of {@code successions.tsv}. The predecessor is the unit with code
 * {@code fromCode} that ends the day before {@code date}; the successor the unit with code
 * {@code toCode} that begins on {@code date}. Immutable once its index is built.
 */
public final class LinkRecord {
  final String fromCode;
  final String toCode;
  final LocalDate date;
  final SuccessionKind kind;
  final int origin;
  UnitRecord from;
  UnitRecord to;

  /**
   * A succession, not yet resolved to its units.
   *
   * @param fromCode the predecessor's code
   * @param toCode the successor's code
   * @param date the first day of the successor
   * @param kind the kind
   * @param origin the 1-based line in a file, or minus the 1-based position in a builder (for messages)
   */
  public LinkRecord(String fromCode, String toCode, LocalDate date, SuccessionKind kind, int origin) {
    this.fromCode = fromCode;
    this.toCode = toCode;
    this.date = date;
    this.kind = kind;
    this.origin = origin;
  }

  /** {@return a copy not resolved to units, for another index} */
  public LinkRecord fresh() {
    return new LinkRecord(fromCode, toCode, date, kind, origin);
  }

  LinkRecord withOrigin(int position) {
    return new LinkRecord(fromCode, toCode, date, kind, position);
  }

  /** {@return the predecessor} */
  public UnitRecord from() {
    return from;
  }

  /** {@return the successor} */
  public UnitRecord to() {
    return to;
  }

  /** {@return the first day of the successor} */
  public LocalDate date() {
    return date;
  }

  /** {@return the kind} */
  public SuccessionKind kind() {
    return kind;
  }

  /** {@return the predecessor's code} */
  public String fromCode() {
    return fromCode;
  }

  /** {@return the successor's code} */
  public String toCode() {
    return toCode;
  }

  String where() {
    return "succession " + fromCode + " -> " + toCode + " on " + date + " ("
        + (origin > 0 ? "line " + origin : "entry " + -origin) + ")";
  }

  @Override
  public String toString() {
    return fromCode + " -> " + toCode + " " + date + " " + kind;
  }
}
