package io.github.treem.core.internal.admin;

import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnitType;
import java.time.LocalDate;

/**
 * One unit in one form (code, type, name, parent code) over one period: a row of
 * {@code units.tsv}. A code has several records when the unit changed (Huế's name on 1 January
 * 2025) or when the code was reused by another unit (1 July 2025).
 *
 * <p>Immutable once its index is built ({@link DivisionsIndex} fills the links before publishing
 * it).
 */
public final class UnitRecord {
  static final LinkRecord[] NO_LINKS = new LinkRecord[0];
  static final UnitRecord[] NO_RECORDS = new UnitRecord[0];

  final String code;
  final AdministrativeUnitType type;
  final String name;
  /** The parent's code, null for a province. */
  final String parent;
  /** The first day, null when the data does not record it. */
  final LocalDate from;
  /** The last day, null while in force. */
  final LocalDate to;
  /** The 1-based line in the file it was read from, or minus the 1-based position in a builder; for messages. */
  final int origin;
  /** The successions from this record, set by the index. */
  LinkRecord[] out = NO_LINKS;
  /** The successions into this record, set by the index. */
  LinkRecord[] in = NO_LINKS;

  /**
   * A record.
   *
   * @param code the code
   * @param type the type
   * @param name the name
   * @param parent the parent's code, or null
   * @param from the first day, or null when unknown
   * @param to the last day, or null while in force
   * @param origin the 1-based line in a file, or minus the 1-based position in a builder (for messages)
   */
  public UnitRecord(String code, AdministrativeUnitType type, String name, String parent, LocalDate from,
      LocalDate to, int origin) {
    this.code = code;
    this.type = type;
    this.name = name;
    this.parent = parent;
    this.from = from;
    this.to = to;
    this.origin = origin;
  }

  /** {@return a copy with another last day} */
  public UnitRecord withTo(LocalDate lastDay) {
    return new UnitRecord(code, type, name, parent, from, lastDay, origin);
  }

  /** {@return a copy without links, for another index} */
  public UnitRecord fresh() {
    return new UnitRecord(code, type, name, parent, from, to, origin);
  }

  /** {@return a copy with another origin} */
  UnitRecord withOrigin(int position) {
    return new UnitRecord(code, type, name, parent, from, to, position);
  }

  /** {@return the code} */
  public String code() {
    return code;
  }

  /** {@return the type} */
  public AdministrativeUnitType type() {
    return type;
  }

  /** {@return the level} */
  public AdministrativeLevel level() {
    return type.getLevel();
  }

  /** {@return the name} */
  public String name() {
    return name;
  }

  /** {@return the parent's code, or null for a province} */
  public String parent() {
    return parent;
  }

  /** {@return the first day, or null when unknown} */
  public LocalDate from() {
    return from;
  }

  /** {@return the last day, or null while in force} */
  public LocalDate to() {
    return to;
  }

  /** {@return the successions from this record, in the order of the data (not a copy: do not change)} */
  public LinkRecord[] out() {
    return out;
  }

  /** {@return the successions into this record (not a copy: do not change)} */
  public LinkRecord[] in() {
    return in;
  }

  /**
   * Whether the record is in force on a date (unknown bounds are open).
   *
   * @param date the date
   * @return true when the date is in the period
   */
  public boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /** {@return the last day of the period, or {@link LocalDate#MAX} while in force: the date a record is shown at} */
  public LocalDate lastDayOrMax() {
    return to == null ? LocalDate.MAX : to;
  }

  String where() {
    return "unit " + code + " (" + (origin > 0 ? "line " + origin : "entry " + -origin) + ")";
  }

  @Override
  public String toString() {
    return code + " " + type + " " + (from == null ? "…" : from) + "–" + (to == null ? "…" : to);
  }
}
