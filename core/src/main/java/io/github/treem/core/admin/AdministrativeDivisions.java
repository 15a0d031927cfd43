package io.github.treem.core.admin;

import io.github.treem.core.internal.admin.DivisionsIndex;
import io.github.treem.core.internal.admin.DivisionsTsv;
import io.github.treem.core.internal.admin.LinkRecord;
import io.github.treem.core.internal.admin.UnitRecord;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Viet Nam's administrative units over time, as data: provinces, districts and communes with
 * their GSO codes, names, types, parents and periods, and the successions that join the units of
 * one period to the next. {@link #gso()} is the list treem ships: the three-level list in force
 * on 1 March 2025 (63 provinces, 696 districts, 10,047 communes; until 30 June 2025), and from 1
 * July 2025 the two-level list of the 2025 arrangement (34 provinces, 3,321 communes, no
 * districts) with the arrangement's 10,667 successions, each {@link SuccessionKind#FULL full} or
 * {@link SuccessionKind#PARTIAL partial}. The sources, their dates, licences and confidence are
 * in the README beside the data (and in treem's NOTICE).
 *
 * <p>A code is resolved <em>at a date</em>, because the same code can mean different units:
 * commune 19885 is Xã Quảng Vinh, Huyện Quảng Điền, until 30 June 2025 and Xã Đan Điền of
 * Thành phố Huế (which took in Quảng Vinh) from 1 July 2025. A register keeps the code it was
 * recorded with; nothing here rewrites it.
 *
 * <pre>{@code
 * AdministrativeDivisions vn = AdministrativeDivisions.gso();
 * UnitResolution r = vn.resolveCommune(CommuneCode.parse("19885"), LocalDate.of(2025, 3, 1));
 * AdministrativeUnit quangVinh = r.getUnit().orElseThrow();     // or report r.getIssues()
 * // roll-up keys at the date: a district only before 1 July 2025
 * String province = quangVinh.ancestorAt(AdministrativeLevel.PROVINCE).orElseThrow().getCode();  // "46"
 * Optional<String> district = quangVinh.ancestorAt(AdministrativeLevel.DISTRICT).map(AdministrativeUnit::getCode); // "477"
 * // across the reform
 * List<Succession> next = vn.successorsOf(AdministrativeLevel.COMMUNE, "19885", LocalDate.of(2025, 3, 1));
 * // [19885 Xã Quảng Vinh -> 19885 Xã Đan Điền on 2025-07-01 (FULL)]
 * List<Succession> merged = vn.predecessorsOf(AdministrativeLevel.COMMUNE, "19885", LocalDate.of(2025, 7, 1));
 * // Quảng Thái, Quảng Lợi, Quảng Vinh, Quảng Phú
 * // which communes of a province (or a district, before 1 July 2025) at a date
 * List<AdministrativeUnit> hue = vn.communesWithin(AdministrativeLevel.PROVINCE, "46", LocalDate.of(2025, 7, 1)); // 40
 * }</pre>
 *
 * <p>The data are replaceable: {@link #read(Reader, Reader)} takes the same two tab-separated
 * files as the bundled ones (a newer GSO list, a corrected mapping), {@link #builder()} and
 * {@link #toBuilder()} build or amend the data in code, and {@link #write(Writer, Writer)} writes
 * them. Every source is checked (codes, names, periods, parents in force throughout a unit's
 * period, successions joining a unit's last day to its successor's first) and refused with a
 * coded {@link io.github.treem.core.validation.InvalidValueException} when it breaks the tree.
 *
 * <p>The bundled list of 1 March 2025 has no first days: a unit of it resolves at any earlier
 * date (its {@link AdministrativeUnit#getValidFrom()} is empty), except Huế, recorded as Tỉnh
 * Thừa Thiên Huế until 31 December 2024. Codes of units dissolved before 1 March 2025 are unknown.
 * Such a resolution at a date before 1 March 2025 carries the warning
 * {@link AdministrativeIssueCode#ADMIN_NAMES_AFTER_DATE} ({@link #getListDate()}): the code is
 * resolved (codes are mostly kept), but its names and parents are those of 2025 and may not be
 * those of the date; e.g. Huế's districts Quận Thuận Hóa and Quận Phú Xuân were formed on 1
 * January 2025 from Thành phố Huế. For exact history before 2025, read an earlier list.
 *
 * <p>Implementation requirements: immutable and thread-safe. {@link #gso()} reads the bundled
 * data once, on first use (about 0.15 s of one core in a fresh JVM, 4 MB of heap kept: the
 * benchmarks module's {@code AdministrativeDivisionsBenchmark} and
 * {@code AdministrativeDivisionsFootprint} measure it). Lookups by code are hash lookups; the units
 * returned are built on each call (about a microsecond for a commune with its parents), the lists
 * ({@link #units}, {@link #communesWithin}, {@link #successions()}) too.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AdministrativeDivisions {
  /** The date of the list whose units have no first day (1 March 2025 for the bundled data). */
  private static final LocalDate GSO_LIST_DATE = LocalDate.of(2025, 3, 1);

  private final DivisionsIndex index;
  private final @Nullable LocalDate listDate;

  private AdministrativeDivisions(DivisionsIndex index) {
    this(index, null);
  }

  private AdministrativeDivisions(DivisionsIndex index, @Nullable LocalDate listDate) {
    this.index = index;
    this.listDate = listDate;
  }

  /** Reads the bundled data on first use (class initialisation is lazy, once and thread-safe). */
  private static final class Bundled {
    static final AdministrativeDivisions GSO = new AdministrativeDivisions(DivisionsTsv.readBundled(), GSO_LIST_DATE);

    private Bundled() {}
  }

  /**
   * The data bundled with treem: the GSO's list of 1 March 2025 (until 30 June 2025) and the list
   * of the 2025 arrangement (from 1 July 2025), with the arrangement's successions.
   *
   * @return the shared instance, read on first use
   */
  public static AdministrativeDivisions gso() {
    return Bundled.GSO;
  }

  /**
   * Reads data in the format of the bundled files (UTF-8 tab-separated; described in the README
   * beside them): {@code units.tsv} with columns {@code code type parent from to name} and
   * {@code successions.tsv} with columns {@code from to date kind}.
   *
   * @param units the units file
   * @param successions the successions file
   * @return the data
   * @throws IOException when reading fails
   * @throws io.github.treem.core.validation.InvalidValueException (codes {@code TREEM-CORE-0610} to
   *     {@code TREEM-CORE-0620}, with the file and line) when a line is malformed or the data break
   *     the tree
   */
  public static AdministrativeDivisions read(Reader units, Reader successions) throws IOException {
    Objects.requireNonNull(units, "units must not be null");
    Objects.requireNonNull(successions, "successions must not be null");
    return new AdministrativeDivisions(DivisionsTsv.read(units, successions));
  }

  /**
   * Writes the data in the format {@link #read(Reader, Reader)} reads, in a canonical order
   * (code, then period; successions by predecessor), so that reading what was written gives equal
   * data and the same bytes.
   *
   * @param units receives the units file
   * @param successions receives the successions file
   * @throws IOException when writing fails
   */
  public void write(Writer units, Writer successions) throws IOException {
    DivisionsTsv.write(index, Objects.requireNonNull(units, "units must not be null"),
        Objects.requireNonNull(successions, "successions must not be null"));
  }

  /** {@return a builder with no data} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these data, to amend them (e.g. end units and add a newer list)} */
  public Builder toBuilder() {
    Builder b = new Builder();
    index.copyTo(b.units, b.links);
    return b;
  }

  /**
   * The date of the list whose units have no recorded first day, when known: 1 March 2025 for
   * {@link #gso()}. A code resolved at an earlier date to such a unit (or to a unit with such a
   * parent) carries the warning {@link AdministrativeIssueCode#ADMIN_NAMES_AFTER_DATE}: its name,
   * type and parents are those of the list's date, which may be later than the date asked for.
   *
   * @return the list's date, or empty (data read or built without one)
   */
  public Optional<LocalDate> getListDate() {
    return Optional.ofNullable(listDate);
  }

  /**
   * A copy whose units without a recorded first day are those of a list of this date (see
   * {@link #getListDate()}).
   *
   * @param date the list's date
   * @return the copy
   */
  public AdministrativeDivisions withListDate(LocalDate date) {
    return new AdministrativeDivisions(index, Objects.requireNonNull(date, "date must not be null"));
  }

  private static boolean hasUnrecordedStart(AdministrativeUnit unit) {
    for (AdministrativeUnit u = unit; u != null; u = u.getParent().orElse(null)) {
      if (u.getValidFrom().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Resolves a commune code at a date.
   *
   * @param code the commune code, as recorded
   * @param date the date (e.g. a report's reference date)
   * @return the commune with its district (before 1 July 2025) and province at the date, or an
   *     issue {@link AdministrativeIssueCode#ADMIN_UNIT_UNKNOWN} or
   *     {@link AdministrativeIssueCode#ADMIN_UNIT_NOT_IN_FORCE}
   */
  public UnitResolution resolveCommune(CommuneCode code, LocalDate date) {
    Objects.requireNonNull(code, "code must not be null");
    return resolve(AdministrativeLevel.COMMUNE, code.getCode(), date);
  }

  /**
   * Resolves a code of a level at a date.
   *
   * @param level the level: province, district or commune
   * @param code the code (2, 3 or 5 digits)
   * @param date the date
   * @return the unit with its parents at the date, or the issue that says why there is none
   * @throws IllegalArgumentException when the level is {@link AdministrativeLevel#VILLAGE} (no
   *     national code)
   */
  public UnitResolution resolve(AdministrativeLevel level, String code, LocalDate date) {
    checkLevel(level);
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(date, "date must not be null");
    if (!DivisionsIndex.isCode(code, level)) {
      return UnitResolution.failed(AdministrativeIssueCode.ADMIN_CODE_FORMAT.issue(Severity.ERROR, Location.unknown(),
          level + " " + printable(code) + ", " + level.getCodeLength() + " digits"));
    }
    UnitRecord r = index.find(code, date);
    if (r != null && r.level() == level) {
      AdministrativeUnit unit = toUnit(r, date, null);
      if (listDate != null && date.isBefore(listDate) && hasUnrecordedStart(unit)) {
        return UnitResolution.of(unit, AdministrativeIssueCode.ADMIN_NAMES_AFTER_DATE.issue(Severity.WARNING,
            Location.unknown(), level + " " + code + " @ " + date + " → " + unit.getName() + " @ " + listDate));
      }
      return UnitResolution.of(unit);
    }
    if (!level.isInUseOn(date)) {
      return UnitResolution.failed(AdministrativeIssueCode.ADMIN_LEVEL_NOT_IN_USE.issue(Severity.ERROR,
          Location.unknown(), level + " " + code + " @ " + date));
    }
    List<UnitRecord> versions = index.versions(code);
    if (versions.isEmpty()) {
      return UnitResolution.failed(AdministrativeIssueCode.ADMIN_UNIT_UNKNOWN.issue(Severity.ERROR,
          Location.unknown(), code));
    }
    String periods = versions.stream().map(v -> (v.from() == null ? "…" : v.from().toString()) + "–"
        + (v.to() == null ? "…" : v.to().toString())).collect(Collectors.joining(", "));
    return UnitResolution.failed(AdministrativeIssueCode.ADMIN_UNIT_NOT_IN_FORCE.issue(Severity.ERROR,
        Location.unknown(), code + " @ " + date + " (" + periods + ")"));
  }

  /**
   * The units of a level in force on a date, by code.
   *
   * @param level the level: province, district or commune
   * @param date the date
   * @return the units, with their parents at the date (empty for districts after 30 June 2025)
   */
  public List<AdministrativeUnit> units(AdministrativeLevel level, LocalDate date) {
    checkLevel(level);
    Objects.requireNonNull(date, "date must not be null");
    Map<UnitRecord, AdministrativeUnit> memo = new HashMap<>();
    List<AdministrativeUnit> result = new ArrayList<>();
    for (UnitRecord r : index.records()) {
      if (r.level() == level && r.covers(date)) {
        result.add(toUnit(r, date, memo));
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * The communes of a province, or of a district, on a date, by code: for example the communes
   * that should have sent a report.
   *
   * @param level the level of the container: province or district
   * @param code the container's code
   * @param date the date
   * @return the communes, with their parents at the date; empty when the container is not in force
   *     on the date (resolve it to learn why)
   */
  public List<AdministrativeUnit> communesWithin(AdministrativeLevel level, String code, LocalDate date) {
    if (level != AdministrativeLevel.PROVINCE && level != AdministrativeLevel.DISTRICT) {
      throw new IllegalArgumentException("communes lie within a province or a district, not a " + level);
    }
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(date, "date must not be null");
    UnitRecord container = index.find(code, date);
    List<AdministrativeUnit> result = new ArrayList<>();
    if (container != null && container.level() == level) {
      collectCommunes(container, date, new HashMap<>(), result);
      result.sort(Comparator.comparing(AdministrativeUnit::getCode));
    }
    return Collections.unmodifiableList(result);
  }

  private void collectCommunes(UnitRecord container, LocalDate date, Map<UnitRecord, AdministrativeUnit> memo,
      List<AdministrativeUnit> result) {
    for (UnitRecord r : index.children(container.code())) {
      if (r.covers(date)) {
        if (r.level() == AdministrativeLevel.COMMUNE) {
          result.add(toUnit(r, date, memo));
        } else {
          collectCommunes(r, date, memo, result);
        }
      }
    }
  }

  /**
   * Every unit that a code of a level has denoted, oldest first, each shown on its last day (or,
   * while in force, with its current parents): e.g. commune 19885 was Xã Quảng Vinh until 30 June
   * 2025 and is Xã Đan Điền from 1 July 2025.
   *
   * @param level the level: province, district or commune
   * @param code the code
   * @return the units (empty when the code is unknown)
   */
  public List<AdministrativeUnit> history(AdministrativeLevel level, String code) {
    checkLevel(level);
    Objects.requireNonNull(code, "code must not be null");
    List<AdministrativeUnit> result = new ArrayList<>();
    for (UnitRecord r : index.versions(code)) {
      if (r.level() == level) {
        result.add(toUnit(r, r.lastDayOrMax(), null));
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * The successions that ended the unit a code denotes at a date: the unit(s) it went into, each
   * full or partial. A change of name, type or parent under the same code is not a succession:
   * the unit is followed until it ends.
   *
   * @param level the level: province, district or commune
   * @param code the code
   * @param date a date on which the code is in force
   * @return the successions (empty when the unit is still in force, ended without successor, as a
   *     district did on 30 June 2025, or when the code is not in force at the date: resolve it to
   *     learn why)
   */
  public List<Succession> successorsOf(AdministrativeLevel level, String code, LocalDate date) {
    return successions(level, code, date, true);
  }

  /**
   * The successions that began the unit a code denotes at a date: the units merged into it, each
   * full or partial. A change of name, type or parent under the same code is not a succession: the
   * unit is followed back to its beginning.
   *
   * @param level the level: province, district or commune
   * @param code the code
   * @param date a date on which the code is in force
   * @return the successions (empty when the unit began without predecessor in the data, as every
   *     unit of the list of 1 March 2025, or when the code is not in force at the date)
   */
  public List<Succession> predecessorsOf(AdministrativeLevel level, String code, LocalDate date) {
    return successions(level, code, date, false);
  }

  private List<Succession> successions(AdministrativeLevel level, String code, LocalDate date, boolean forward) {
    checkLevel(level);
    return successions(index.successions(level, Objects.requireNonNull(code, "code must not be null"),
        Objects.requireNonNull(date, "date must not be null"), forward));
  }

  /** {@return every succession in the data, by predecessor code, date and successor code} */
  public List<Succession> successions() {
    return successions(index.links());
  }

  private List<Succession> successions(LinkRecord[] links) {
    List<Succession> result = new ArrayList<>(links.length);
    for (LinkRecord l : links) {
      result.add(Succession.of(toUnit(l.from(), l.from().to(), null), toUnit(l.to(), l.to().from(), null),
          l.date(), l.kind()));
    }
    return Collections.unmodifiableList(result);
  }

  /** The unit of a record with its parents on a date of its period; {@code memo} (or null) shares parents within one call. */
  private AdministrativeUnit toUnit(UnitRecord r, LocalDate at, @Nullable Map<UnitRecord, AdministrativeUnit> memo) {
    AdministrativeUnit u = memo == null ? null : memo.get(r);
    if (u != null) {
      return u;
    }
    AdministrativeUnit.Builder b = AdministrativeUnit.builder();
    b.code(r.code()).name(r.name()).level(r.level()).type(r.type());
    if (r.from() != null) {
      b.validFrom(r.from());
    }
    if (r.to() != null) {
      b.validTo(r.to());
    }
    if (r.parent() != null) {
      // the index guarantees a parent in force throughout the record's period
      b.parent(toUnit(index.find(r.parent(), at), at, memo));
    }
    LinkRecord[] out = r.out();
    if (out.length == 1 && out[0].kind() == SuccessionKind.FULL) {
      b.successorCode(out[0].toCode()).successorDate(out[0].date()).successorName(out[0].to().name());
    }
    u = b.build();
    if (memo != null) {
      memo.put(r, u);
    }
    return u;
  }

  private static void checkLevel(AdministrativeLevel level) {
    if (Objects.requireNonNull(level, "level must not be null") == AdministrativeLevel.VILLAGE) {
      throw new IllegalArgumentException("villages have no national code");
    }
  }

  /** A code for a message: at most 12 characters, printable ASCII only (it may come from any input). */
  private static String printable(String code) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < code.length() && b.length() < 12; i++) {
      char c = code.charAt(i);
      b.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return "\"" + b + (code.length() > 12 ? "…" : "") + "\"";
  }

  /**
   * Builds {@link AdministrativeDivisions} in code: from nothing ({@link #builder()}) or from
   * existing data ({@link #toBuilder()}), e.g. to end the units of one list and add the next.
   * Nothing is checked until {@link #build()}, which checks everything.
   *
   * <p>Implementation requirements: mutable and not thread-safe (use one builder in one thread).
   */
  public static final class Builder {
    private final List<UnitRecord> units = new ArrayList<>();
    private final List<LinkRecord> links = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a unit in one form over one period.
     *
     * @param code the GSO code (2, 3 or 5 digits, by the type's level)
     * @param type the type (which gives the level)
     * @param name the name, e.g. "Xã Quảng Vinh"
     * @param parentCode the code of the unit above (a district, or a province), null for a province
     * @param validFrom the first day, null when unknown
     * @param validTo the last day, null while in force
     * @return this builder
     */
    public Builder addUnit(String code, AdministrativeUnitType type, String name, String parentCode,
        LocalDate validFrom, LocalDate validTo) {
      units.add(new UnitRecord(Objects.requireNonNull(code, "code must not be null"),
          Objects.requireNonNull(type, "type must not be null"), Objects.requireNonNull(name, "name must not be null"),
          parentCode, validFrom, validTo, -(units.size() + 1)));
      return this;
    }

    /**
     * Ends the unit of a code that is in force without a last day.
     *
     * @param code the code
     * @param lastDay its last day
     * @return this builder
     * @throws IllegalArgumentException when no unit of the code is open-ended
     */
    public Builder endUnit(String code, LocalDate lastDay) {
      Objects.requireNonNull(lastDay, "lastDay must not be null");
      for (int i = 0; i < units.size(); i++) {
        UnitRecord r = units.get(i);
        if (r.code().equals(code) && r.to() == null) {
          units.set(i, r.withTo(lastDay));
          return this;
        }
      }
      throw new IllegalArgumentException("no unit " + code + " is in force without a last day");
    }

    /**
     * Adds a succession: the unit {@code predecessorCode} that ends the day before {@code date}
     * went, wholly or partly, into the unit {@code successorCode} that begins on {@code date}.
     *
     * @param predecessorCode the predecessor's code
     * @param successorCode the successor's code
     * @param date the successor's first day
     * @param kind full or partial
     * @return this builder
     */
    public Builder addSuccession(String predecessorCode, String successorCode, LocalDate date, SuccessionKind kind) {
      links.add(new LinkRecord(Objects.requireNonNull(predecessorCode, "predecessorCode must not be null"),
          Objects.requireNonNull(successorCode, "successorCode must not be null"),
          Objects.requireNonNull(date, "date must not be null"), Objects.requireNonNull(kind, "kind must not be null"),
          -(links.size() + 1)));
      return this;
    }

    /**
     * Checks and builds the data.
     *
     * @return the data
     * @throws io.github.treem.core.validation.InvalidValueException (codes {@code TREEM-CORE-0612} to
     *     {@code TREEM-CORE-0620}, naming the entry) when the data break the tree
     */
    public AdministrativeDivisions build() {
      // fresh records: an index sets their links, and this builder may build again
      List<UnitRecord> u = new ArrayList<>(units.size());
      for (UnitRecord r : units) {
        u.add(r.fresh());
      }
      List<LinkRecord> l = new ArrayList<>(links.size());
      for (LinkRecord k : links) {
        l.add(k.fresh());
      }
      return new AdministrativeDivisions(DivisionsIndex.of(u, l));
    }
  }
}
