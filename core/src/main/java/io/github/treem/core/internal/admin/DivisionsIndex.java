package io.github.treem.core.internal.admin;

import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.SuccessionKind;
import io.github.treem.core.internal.Chars;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit records and successions, checked and indexed by code. Built once, then read-only:
 * immutable and thread-safe once published (every record and link is reachable only through this
 * object's final fields).
 *
 * <p>Invariants checked by {@link #of(List, List)} (each failure is an {@link AdminDataError}):
 * codes are digits of the length of their type's level; names are not blank and hold no tab or
 * line break; a record does not end before it begins; the records of one code do not overlap; a
 * province has no parent and every other record has a parent of a higher level that is in force
 * throughout the record's period; a succession joins a record that ends the day before its date
 * to one that begins on it; no succession is listed twice; a record with two or more successors
 * on one date passes only part of itself to each ({@code PARTIAL}).
 */
public final class DivisionsIndex {
  /** The canonical order of records: shorter codes (higher levels) first, then code, then first day (unknown first). */
  static final Comparator<UnitRecord> RECORD_ORDER = Comparator.<UnitRecord>comparingInt(r -> r.code.length())
      .thenComparing(r -> r.code)
      .thenComparing(r -> r.from, Comparator.nullsFirst(Comparator.naturalOrder()));
  /** The canonical order of successions: predecessor code (shorter first), date, successor code (shorter first). */
  static final Comparator<LinkRecord> LINK_ORDER = Comparator.<LinkRecord>comparingInt(l -> l.fromCode.length())
      .thenComparing(l -> l.fromCode)
      .thenComparing(l -> l.date)
      .thenComparingInt(l -> l.toCode.length())
      .thenComparing(l -> l.toCode);

  private final Map<String, UnitRecord[]> byCode;
  private final Map<String, UnitRecord[]> byParent;
  private final UnitRecord[] records;
  private final LinkRecord[] links;

  private DivisionsIndex(Map<String, UnitRecord[]> byCode, UnitRecord[] records, LinkRecord[] links) {
    this.byCode = byCode;
    this.records = records;
    this.links = links;
    Map<String, List<UnitRecord>> children = new HashMap<>();
    for (UnitRecord r : records) {
      if (r.parent != null) {
        children.computeIfAbsent(r.parent, k -> new ArrayList<>()).add(r);
      }
    }
    this.byParent = new HashMap<>(children.size() * 4 / 3 + 1);
    children.forEach((k, v) -> byParent.put(k, v.toArray(new UnitRecord[0])));
  }

  /**
   * Checks and indexes records and successions. The lists are not changed; the records and links
   * must be fresh (not in another index): their links are set here.
   *
   * @param units the unit records
   * @param successions the successions
   * @return the index
   * @throws io.github.treem.core.validation.InvalidValueException (codes {@code TREEM-CORE-0612} to
   *     {@code 0620}) when the data break an invariant
   */
  public static DivisionsIndex of(List<UnitRecord> units, List<LinkRecord> successions) {
    UnitRecord[] records = units.toArray(new UnitRecord[0]);
    for (UnitRecord r : records) {
      checkRecord(r);
    }
    Arrays.sort(records, RECORD_ORDER);
    Map<String, UnitRecord[]> byCode = new HashMap<>(records.length * 4 / 3 + 1);
    for (int i = 0; i < records.length; ) {
      int j = i + 1;
      while (j < records.length && records[j].code.equals(records[i].code)) {
        UnitRecord prev = records[j - 1];
        UnitRecord next = records[j];
        if (prev.to == null || next.from == null || !next.from.isAfter(prev.to)) {
          throw AdminDataError.OVERLAP.exception(prev.where() + " and " + next.where());
        }
        j++;
      }
      byCode.put(records[i].code, Arrays.copyOfRange(records, i, j));
      i = j;
    }
    for (UnitRecord r : records) {
      if (r.parent != null) {
        checkParentCovers(r, byCode.get(r.parent));
      }
    }
    LinkRecord[] links = successions.toArray(new LinkRecord[0]);
    Arrays.sort(links, LINK_ORDER);
    resolveLinks(links, byCode);
    return new DivisionsIndex(byCode, records, links);
  }

  private static void checkRecord(UnitRecord r) {
    AdministrativeLevel level = r.type.getLevel();
    if (!isCode(r.code, level)) {
      throw AdminDataError.CODE_FORMAT.exception(r.where() + ": a " + level + " code has " + level.getCodeLength() + " digits");
    }
    if (r.name.isBlank() || r.name.indexOf('\t') >= 0 || r.name.indexOf('\n') >= 0 || r.name.indexOf('\r') >= 0) {
      throw AdminDataError.NAME.exception(r.where());
    }
    if (r.from != null && r.to != null && r.to.isBefore(r.from)) {
      throw AdminDataError.PERIOD.exception(r.where());
    }
    if (level == AdministrativeLevel.PROVINCE) {
      if (r.parent != null) {
        throw AdminDataError.PARENT.exception(r.where() + ": a province has no parent");
      }
    } else if (r.parent == null) {
      throw AdminDataError.PARENT.exception(r.where() + ": no parent");
    } else if (!(isCode(r.parent, AdministrativeLevel.PROVINCE)
        || (isCode(r.parent, AdministrativeLevel.DISTRICT) && level == AdministrativeLevel.COMMUNE))) {
      throw AdminDataError.PARENT.exception(r.where() + ": parent " + r.parent + " is not the code of a unit above a " + level);
    }
  }

  /**
   * Whether a text is a code of a level: ASCII digits, as many as the level's codes have.
   *
   * @param code the text
   * @param level the level
   * @return true when it is
   */
  public static boolean isCode(String code, AdministrativeLevel level) {
    return level.getCodeLength() > 0 && code.length() == level.getCodeLength() && Chars.isAsciiDigits(code);
  }

  /** The parent's records, one after another, must cover the child's whole period. */
  private static void checkParentCovers(UnitRecord child, UnitRecord[] parents) {
    if (parents == null) {
      throw AdminDataError.PARENT.exception(child.where() + ": no unit " + child.parent);
    }
    LocalDate day = child.from; // null: since before any known date
    while (true) {
      UnitRecord p = day == null ? (parents[0].from == null ? parents[0] : null) : find(parents, day);
      if (p == null) {
        throw AdminDataError.PARENT.exception(child.where() + ": parent " + child.parent + " is not in force on "
            + (day == null ? "the unit's first days" : day));
      }
      if (p.to == null || (child.to != null && !p.to.isBefore(child.to))) {
        return;
      }
      day = p.to.plusDays(1);
    }
  }

  private static void resolveLinks(LinkRecord[] links, Map<String, UnitRecord[]> byCode) {
    // sorted by predecessor code, date and successor code: a record's successions are one run, a
    // succession listed twice is next to itself
    Map<UnitRecord, List<LinkRecord>> in = new HashMap<>();
    LinkRecord prev = null;
    int runStart = 0;
    for (int i = 0; i < links.length; i++) {
      LinkRecord l = links[i];
      if (!isAnyCode(l.fromCode) || !isAnyCode(l.toCode)) {
        throw AdminDataError.CODE_FORMAT.exception(l.where());
      }
      l.from = endingOn(byCode.get(l.fromCode), l.date.minusDays(1));
      l.to = beginningOn(byCode.get(l.toCode), l.date);
      if (l.from == null || l.to == null) {
        throw AdminDataError.SUCCESSION_ENDS.exception(l.where() + ": no unit " + (l.from == null
            ? l.fromCode + " ends on " + l.date.minusDays(1) : l.toCode + " begins on " + l.date));
      }
      if (prev != null && prev.from == l.from && prev.to == l.to) {
        throw AdminDataError.SUCCESSION_CONFLICT.exception(l.where() + " is listed twice");
      }
      if (prev != null && prev.from != l.from) {
        setOut(links, runStart, i);
        runStart = i;
      }
      in.computeIfAbsent(l.to, k -> new ArrayList<>(4)).add(l);
      prev = l;
    }
    if (links.length > 0) {
      setOut(links, runStart, links.length);
    }
    for (Map.Entry<UnitRecord, List<LinkRecord>> e : in.entrySet()) {
      e.getKey().in = e.getValue().toArray(UnitRecord.NO_LINKS);
    }
  }

  private static void setOut(LinkRecord[] links, int start, int end) {
    UnitRecord from = links[start].from;
    if (end - start > 1) {
      for (int i = start; i < end; i++) {
        if (links[i].kind == SuccessionKind.FULL) {
          throw AdminDataError.SUCCESSION_CONFLICT.exception(from.where() + " has " + (end - start)
              + " successors, so it cannot go wholly (FULL) into one");
        }
      }
    }
    from.out = Arrays.copyOfRange(links, start, end);
  }

  private static boolean isAnyCode(String code) {
    return isCode(code, AdministrativeLevel.PROVINCE) || isCode(code, AdministrativeLevel.DISTRICT)
        || isCode(code, AdministrativeLevel.COMMUNE);
  }

  private static UnitRecord endingOn(UnitRecord[] rs, LocalDate lastDay) {
    return bounded(rs, lastDay, true);
  }

  private static UnitRecord beginningOn(UnitRecord[] rs, LocalDate firstDay) {
    return bounded(rs, firstDay, false);
  }

  /** The record whose last day (or first day) is a day, or null. */
  private static UnitRecord bounded(UnitRecord[] rs, LocalDate day, boolean last) {
    if (rs != null) {
      for (UnitRecord r : rs) {
        if (day.equals(last ? r.to : r.from)) {
          return r;
        }
      }
    }
    return null;
  }

  private static UnitRecord find(UnitRecord[] rs, LocalDate date) {
    for (UnitRecord r : rs) {
      if (r.covers(date)) {
        return r;
      }
    }
    return null;
  }

  /**
   * The record of a code in force on a date.
   *
   * @param code the code
   * @param date the date
   * @return the record, or null when none
   */
  public UnitRecord find(String code, LocalDate date) {
    UnitRecord[] rs = byCode.get(code);
    return rs == null ? null : find(rs, date);
  }

  /**
   * The records of a code, oldest first.
   *
   * @param code the code
   * @return the records (empty when the code is unknown)
   */
  public List<UnitRecord> versions(String code) {
    UnitRecord[] rs = byCode.get(code);
    return rs == null ? List.of() : Collections.unmodifiableList(Arrays.asList(rs));
  }

  /**
   * The successions that ended (or began) the unit of a level that a code denotes at a date. A
   * change of name, type or parent under the same code is not a succession: the unit is followed
   * through its records of the same code until it ends (or back until it begins).
   *
   * @param level the level
   * @param code the code
   * @param date the date
   * @param forward true for the successions that ended the unit, false for those that began it
   * @return the successions (not a copy: do not change); empty when none, or when the code is
   *     not a unit of the level at the date
   */
  public LinkRecord[] successions(AdministrativeLevel level, String code, LocalDate date, boolean forward) {
    UnitRecord[] rs = byCode.get(code);
    UnitRecord r = rs == null ? null : find(rs, date);
    if (r == null || r.level() != level) {
      return UnitRecord.NO_LINKS;
    }
    while ((forward ? r.out : r.in).length == 0) {
      // the same code from the next day (or until the day before), without succession
      LocalDate bound = forward ? r.to : r.from;
      r = bound == null ? null : bounded(rs, forward ? bound.plusDays(1) : bound.minusDays(1), !forward);
      if (r == null) {
        return UnitRecord.NO_LINKS;
      }
    }
    return forward ? r.out : r.in;
  }

  /**
   * The records whose parent is a code, at any date, in the canonical order.
   *
   * @param parentCode the parent's code
   * @return the records (not a copy: do not change); empty when none
   */
  public UnitRecord[] children(String parentCode) {
    UnitRecord[] rs = byParent.get(parentCode);
    return rs == null ? UnitRecord.NO_RECORDS : rs;
  }

  /** {@return every record, in the canonical order (not a copy: do not change)} */
  public UnitRecord[] records() {
    return records;
  }

  /** {@return every succession, in the canonical order (not a copy: do not change)} */
  public LinkRecord[] links() {
    return links;
  }

  /**
   * Copies of the records and successions, unresolved, for a new index (a builder's start).
   *
   * @param unitsOut receives the records
   * @param linksOut receives the successions
   */
  public void copyTo(List<UnitRecord> unitsOut, List<LinkRecord> linksOut) {
    for (UnitRecord r : records) {
      unitsOut.add(r.withOrigin(-(unitsOut.size() + 1)));
    }
    for (LinkRecord l : links) {
      linksOut.add(l.withOrigin(-(linksOut.size() + 1)));
    }
  }
}
