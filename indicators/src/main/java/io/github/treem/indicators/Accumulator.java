package io.github.treem.indicators;

import io.github.treem.core.Child;
import io.github.treem.core.DisabilityDegree;
import io.github.treem.core.taxonomy.Ethnicity;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.internal.CellKeys;
import io.github.treem.indicators.internal.ChildEvaluator;
import io.github.treem.indicators.internal.IndicatorErrorCode;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The counts of an {@link IndicatorCalculator} over the children added so far: per indicator and
 * per breakdown cell, the numerator, the denominator and the exclusions by reason. It holds no
 * child. {@link #merge(Accumulator)} is associative and commutative: the state is sorted maps
 * of counts, so the result is the same whatever the order of adding and merging.
 * {@code SPECIAL_CIRCUMSTANCES} is always broken down by {@link BreakdownDimension#GROUP}, even
 * when the calculator was not asked for that breakdown (docs/indicators.md §3.8).
 *
 * <p>Implementation requirements: mutable, not thread-safe; use one per thread and merge.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
@SuppressWarnings("EnumOrdinal") // counts in arrays indexed by ordinal on the hot path; the binary form writes names
public final class Accumulator {

  private static final int NUM = 0;
  private static final int DEN = 1;
  private static final int SIZE = 2 + ExclusionReason.values().length;

  private final IndicatorCalculator calculator;
  private final Map<Indicators, long[]> totals = new EnumMap<>(Indicators.class);
  private final Map<Indicators, Map<BreakdownDimension, TreeMap<String, long[]>>> cells = new EnumMap<>(Indicators.class);
  private final Slot[] slots;
  /** The calculator's year, reference date and scorer as every child's evaluation reads them. */
  private final ChildEvaluator.Setting setting;
  private long added;
  /** The numbers of the breakdown keys met, by dimension ordinal (the same numbering in every slot). */
  private final KeyNumbers[] numbers = new KeyNumbers[BreakdownDimension.values().length];
  /** The key numbers of the child being added, by dimension ordinal, -1 until computed (reused: no array a child). */
  private final int[] keys = new int[BreakdownDimension.values().length];
  /** The numbers of the child's GROUP keys ({@code groupCount} of them), computed once a child. */
  private final int[] groupKeys = new int[SpecialCircumstanceGroup.values().length + 1];
  private int groupCount;
  /** The numbers of the child's LEGACY_GROUP keys ({@code legacyCount} of them), computed once a child. */
  private int[] legacyKeys = new int[16];
  private int legacyCount;

  Accumulator(IndicatorCalculator calculator) {
    this.calculator = calculator;
    this.setting = new ChildEvaluator.Setting(calculator.getYear(), calculator.getReferenceDate(),
        calculator.getGrowthScorer());
    for (Indicators i : calculator.getIndicators()) {
      totals.put(i, new long[SIZE]);
      Map<BreakdownDimension, TreeMap<String, long[]>> m = new EnumMap<>(BreakdownDimension.class);
      for (BreakdownDimension d : calculator.getDimensions()) {
        if (d.isCaseOnly()) {
          continue; // a dimension of protection cases: no register breakdown by it
        }
        m.put(d, new TreeMap<>(CellKeys.ORDER));
      }
      if (i == Indicators.SPECIAL_CIRCUMSTANCES) {
        // docs/indicators.md §3.8: the count is always broken down by the 14 groups
        m.put(BreakdownDimension.GROUP, new TreeMap<>(CellKeys.ORDER));
      }
      cells.put(i, m);
    }
    for (int d = 0; d < numbers.length; d++) {
      numbers[d] = new KeyNumbers();
    }
    slots = new Slot[calculator.getIndicators().size()];
    int k = 0;
    for (Indicators i : calculator.getIndicators()) {
      slots[k++] = new Slot(i, totals(i), Objects.requireNonNull(cells.get(i)), numbers);
    }
  }

  /**
   * The breakdown keys of one dimension met so far, each with a number (in the order met): the
   * cells of a key are found by its number in each indicator's array, with one hash look-up a
   * child and dimension instead of one per indicator.
   */
  private static final class KeyNumbers {
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> keys = new ArrayList<>();

    int of(String key) {
      Integer n = numbers.get(key);
      if (n == null) {
        n = keys.size();
        numbers.put(key, n);
        keys.add(key);
      }
      return n;
    }

    String key(int number) {
      return keys.get(number);
    }
  }

  /**
   * The counts of one indicator as {@link #add} walks them: arrays instead of map iteration, and
   * an array of cells by key number ({@link KeyNumbers}) in front of each sorted map of cells (the
   * sorted maps stay the state; a cell missing from an array is looked up in its sorted map, so
   * merging may bypass the arrays).
   */
  private static final class Slot {
    final Indicators indicator;
    final long[] total;
    final BreakdownDimension[] dimensions;
    final List<Map<String, long[]>> sorted;
    final KeyNumbers[] numbers;
    final long[][][] byNumber;

    Slot(Indicators indicator, long[] total, Map<BreakdownDimension, ? extends Map<String, long[]>> cells,
        KeyNumbers[] numbersByDimension) {
      this.indicator = indicator;
      this.total = total;
      int n = cells.size();
      dimensions = new BreakdownDimension[n];
      sorted = new ArrayList<>(n);
      numbers = new KeyNumbers[n];
      byNumber = new long[n][][];
      int k = 0;
      for (Map.Entry<BreakdownDimension, ? extends Map<String, long[]>> e : cells.entrySet()) {
        dimensions[k] = e.getKey();
        sorted.add(e.getValue());
        numbers[k] = numbersByDimension[e.getKey().ordinal()];
        byNumber[k] = new long[16][];
        k++;
      }
    }

    /** The cell of the key of a number in the {@code d}-th dimension. */
    long[] cell(int d, int number) {
      long[][] a = byNumber[d];
      if (number < a.length) {
        long[] c = a[number];
        if (c != null) {
          return c;
        }
      } else {
        a = Arrays.copyOf(a, Math.max(number + 1, 2 * a.length));
        byNumber[d] = a;
      }
      long[] c = Accumulator.cell(sorted.get(d), numbers[d].key(number));
      a[number] = c;
      return c;
    }
  }

  /** {@return the number of children added (including those of merged accumulators)} */
  public long getChildrenAdded() {
    return added;
  }

  /**
   * Adds one child.
   *
   * @param child the child
   * @param area the key of the child's {@link BreakdownDimension#AREA} cell (the register or
   *     commune); null is read as {@code UNKNOWN}
   * @return this accumulator
   */
  public Accumulator add(Child child, @Nullable String area) {
    added++;
    ChildEvaluator e = new ChildEvaluator(child, setting);
    int[] keys = this.keys; // the numbers of this child's breakdown keys, each computed once
    Arrays.fill(keys, -1);
    groupCount = -1;
    legacyCount = -1;
    for (Slot slot : slots) {
      int outcome = e.evaluate(slot.indicator);
      if (outcome == ChildEvaluator.OUT) {
        continue;
      }
      count(slot.total, outcome);
      for (int d = 0; d < slot.dimensions.length; d++) {
        BreakdownDimension dim = slot.dimensions[d];
        switch (dim) {
          case GROUP -> {
            if (groupCount < 0) {
              groupKeys(e);
            }
            for (int g = 0; g < groupCount; g++) {
              count(slot.cell(d, groupKeys[g]), outcome);
            }
          }
          case LEGACY_GROUP -> {
            if (legacyCount < 0) {
              legacyKeys(e);
            }
            for (int g = 0; g < legacyCount; g++) {
              count(slot.cell(d, legacyKeys[g]), outcome);
            }
          }
          case AGE -> count(slot.cell(d, numbers[dim.ordinal()].of(e.ageKey(slot.indicator))), outcome);
          default -> {
            int k = keys[dim.ordinal()];
            if (k < 0) {
              k = numbers[dim.ordinal()].of(key(dim, child, area));
              keys[dim.ordinal()] = k;
            }
            count(slot.cell(d, k), outcome);
          }
        }
      }
    }
    return this;
  }

  /** The numbers of the child's GROUP keys: its groups active at R in group order, or NONE alone. */
  private void groupKeys(ChildEvaluator e) {
    KeyNumbers n = numbers[BreakdownDimension.GROUP.ordinal()];
    Set<SpecialCircumstanceGroup> groups = e.groups();
    int c = 0;
    if (groups.isEmpty()) {
      groupKeys[c++] = n.of(BreakdownDimension.NONE);
    }
    for (SpecialCircumstanceGroup g : groups) {
      groupKeys[c++] = n.of(g.getCode());
    }
    groupCount = c;
  }

  /** The numbers of the child's LEGACY_GROUP keys ({@link ChildEvaluator#legacyGroupKeys()}). */
  private void legacyKeys(ChildEvaluator e) {
    KeyNumbers n = numbers[BreakdownDimension.LEGACY_GROUP.ordinal()];
    List<String> legacy = e.legacyGroupKeys();
    if (legacy.size() > legacyKeys.length) {
      legacyKeys = new int[legacy.size()];
    }
    int c = 0;
    for (String k : legacy) {
      legacyKeys[c++] = n.of(k);
    }
    legacyCount = c;
  }

  private static String key(BreakdownDimension d, Child child, @Nullable String area) {
    // the Optionals of the child read without lambdas (this runs for every child)
    String k = switch (d) {
      case VILLAGE -> {
        String v = child.getVillage().orElse(null);
        if (v != null) {
          v = v.strip();
        }
        yield v == null || v.isEmpty() ? null : v;
      }
      case SEX -> {
        Sex x = child.getSex().orElse(null);
        yield x == null ? null : x.name();
      }
      case ETHNICITY -> {
        Ethnicity x = child.getEthnicity().orElse(null);
        yield x == null ? null : x.name();
      }
      case DISABILITY -> {
        DisabilityDegree x = child.getDisability().orElse(null);
        yield x == null ? null : x == DisabilityDegree.NONE ? "NONE" : "ANY";
      }
      case AREA -> area;
      default -> throw new IllegalStateException("dimension " + d);
    };
    return k == null ? BreakdownDimension.UNKNOWN : k;
  }

  /** The counts of one of the calculator's indicators (the constructor made them for each). */
  private long[] totals(Indicators i) {
    return Objects.requireNonNull(totals.get(i));
  }

  private static long[] cell(Map<String, long[]> m, String key) {
    return m.computeIfAbsent(key, x -> new long[SIZE]);
  }

  private static void count(long[] c, int outcome) {
    if (outcome == ChildEvaluator.NUMERATOR) {
      c[NUM]++;
      c[DEN]++;
    } else if (outcome == ChildEvaluator.DENOMINATOR) {
      c[DEN]++;
    } else {
      c[outcome]++;
    }
  }

  /**
   * Adds the counts of another accumulator of the same configuration into this one.
   *
   * @param other the other accumulator (left unchanged)
   * @return this accumulator
   * @throws InvalidValueException when the other was made by a calculator of another year,
   *     reference date, indicators or breakdowns
   */
  public Accumulator merge(Accumulator other) {
    if (!calculator.isCompatible(other.calculator)) {
      throw new InvalidValueException(IndicatorErrorCode.ACCUMULATORS_INCOMPATIBLE,
          "accumulators of different years, reference dates, indicators or breakdowns cannot be merged");
    }
    added += other.added;
    for (Indicators i : calculator.getIndicators()) {
      addInto(totals(i), other.totals(i));
      Map<BreakdownDimension, TreeMap<String, long[]>> mine = Objects.requireNonNull(cells.get(i));
      for (Map.Entry<BreakdownDimension, TreeMap<String, long[]>> d : Objects.requireNonNull(other.cells.get(i)).entrySet()) {
        TreeMap<String, long[]> m = Objects.requireNonNull(mine.get(d.getKey())); // compatible: the same breakdowns
        for (Map.Entry<String, long[]> c : d.getValue().entrySet()) {
          addInto(cell(m, c.getKey()), c.getValue());
        }
      }
    }
    return this;
  }

  private static void addInto(long[] a, long[] b) {
    for (int k = 0; k < a.length; k++) {
      a[k] += b[k];
    }
  }

  /**
   * The report of the counts so far, unsuppressed (for internal use; call
   * {@link DisclosureControl#publish(IndicatorReport, List)} before publishing). Breakdown cells are
   * sorted in natural order ({@code "Thôn 2"} before {@code "Thôn 10"}, {@code UNKNOWN} last); only cells with a non-zero denominator (non-zero count, for a count indicator) are listed,
   * except the {@link BreakdownDimension#GROUP} breakdown of {@code SPECIAL_CIRCUMSTANCES}, which
   * always lists the 14 groups.
   *
   * @return the report
   */
  public IndicatorReport result() {
    List<IndicatorResult> results = new ArrayList<>();
    for (Indicators i : calculator.getIndicators()) {
      long[] t = totals(i);
      Map<ExclusionReason, Long> excl = new LinkedHashMap<>();
      for (ExclusionReason r : ExclusionReason.values()) {
        if (t[2 + r.ordinal()] > 0) {
          excl.put(r, t[2 + r.ordinal()]);
        }
      }
      Map<BreakdownDimension, List<BreakdownCell>> bd = new LinkedHashMap<>();
      for (Map.Entry<BreakdownDimension, TreeMap<String, long[]>> d : Objects.requireNonNull(cells.get(i)).entrySet()) {
        List<BreakdownCell> list = new ArrayList<>();
        TreeMap<String, long[]> m = d.getValue();
        if (i == Indicators.SPECIAL_CIRCUMSTANCES && d.getKey() == BreakdownDimension.GROUP) {
          for (SpecialCircumstanceGroup g : SpecialCircumstanceGroup.values()) {
            long[] c = m.get(g.getCode());
            list.add(BreakdownCell.of(g.getCode(), i.getUnit(), c == null ? 0 : c[NUM], 0));
          }
        } else {
          for (Map.Entry<String, long[]> c : m.entrySet()) {
            long[] v = c.getValue();
            if (v[DEN] > 0 || (i.getUnit() == IndicatorUnit.COUNT && v[NUM] > 0)) {
              list.add(BreakdownCell.of(c.getKey(), i.getUnit(), v[NUM],
                  i.getUnit() == IndicatorUnit.COUNT ? 0 : v[DEN]));
            }
          }
        }
        bd.put(d.getKey(), List.copyOf(list));
      }
      results.add(IndicatorResult.of(i, t[NUM], i.getUnit() == IndicatorUnit.COUNT ? 0 : t[DEN], excl, bd));
    }
    return IndicatorReport.of(calculator.getYear(), calculator.getReferenceDate(), results);
  }

  // ---- the binary form of the state (additive: below this line only) ----

  /** The first int of the binary form: "TRAC" (treem accumulator). */
  static final int BINARY_MAGIC = 0x54524143;
  /** The version of the binary form written by {@link #writeTo(DataOutput)}. */
  static final int BINARY_VERSION = 1;

  /**
   * Writes the counts of this accumulator in treem's versioned binary form, so that they can
   * cross a process boundary (a distributed engine's shuffle, a file, a queue) and be read back
   * with {@link IndicatorCalculator#readAccumulator(DataInput)}. The form holds counts only,
   * never a child: the calculator's configuration (year, reference date, indicators and
   * breakdowns, by name), then per indicator the totals and the breakdown cells (cell keys, such
   * as village names, in UTF-8) with their counts.
   *
   * <p>Version 1, big-endian as {@link DataOutput} writes: int magic {@code 0x54524143}
   * ("TRAC"); int version {@code 1}; int year; long reference date (epoch day); the indicators,
   * the breakdown dimensions and the exclusion reasons, each as an int count followed by that
   * many names (strings); long children added; then for each indicator in catalogue order: its
   * counts, then an int count of dimensions and, for each, the dimension's name, an int count of
   * cells and for each cell its key (string) and its counts. Counts are longs: numerator,
   * denominator, then one per exclusion reason in the order listed. A string is an int length
   * followed by that many bytes of UTF-8. Readers of a later version read version 1.
   *
   * @param out where to write (not closed, not flushed)
   * @throws IOException when {@code out} fails
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public void writeTo(DataOutput out) throws IOException {
    out.writeInt(BINARY_MAGIC);
    out.writeInt(BINARY_VERSION);
    out.writeInt(calculator.getYear());
    out.writeLong(calculator.getReferenceDate().toEpochDay());
    out.writeInt(calculator.getIndicators().size());
    for (Indicators i : calculator.getIndicators()) {
      writeString(out, i.name());
    }
    out.writeInt(calculator.getDimensions().size());
    for (BreakdownDimension d : calculator.getDimensions()) {
      writeString(out, d.name());
    }
    out.writeInt(ExclusionReason.values().length);
    for (ExclusionReason r : ExclusionReason.values()) {
      writeString(out, r.name());
    }
    out.writeLong(added);
    for (Indicators i : calculator.getIndicators()) {
      writeCounts(out, totals(i));
      Map<BreakdownDimension, TreeMap<String, long[]>> m = Objects.requireNonNull(cells.get(i));
      out.writeInt(m.size());
      for (Map.Entry<BreakdownDimension, TreeMap<String, long[]>> d : m.entrySet()) {
        writeString(out, d.getKey().name());
        out.writeInt(d.getValue().size());
        for (Map.Entry<String, long[]> c : d.getValue().entrySet()) {
          writeString(out, c.getKey());
          writeCounts(out, c.getValue());
        }
      }
    }
  }

  /**
   * Reads the binary form written by {@link #writeTo(DataOutput)} into a new accumulator of the
   * calculator.
   *
   * @throws InvalidValueException TREEM-IND-0013 when the form was written by a calculator of
   *     another configuration; TREEM-IND-0014 when it is not a treem accumulator of a known
   *     version or is inconsistent
   */
  static Accumulator readFrom(IndicatorCalculator calculator, DataInput in) throws IOException {
    if (in.readInt() != BINARY_MAGIC) {
      throw corrupt("not the binary form of a treem accumulator");
    }
    int version = in.readInt();
    if (version != BINARY_VERSION) {
      throw corrupt("unknown version of the binary form of an accumulator");
    }
    int year = in.readInt();
    long epochDay = in.readLong();
    List<Indicators> indicators = new ArrayList<>();
    for (String name : readNames(in)) {
      indicators.add(constant(Indicators.class, name));
    }
    List<BreakdownDimension> dimensions = new ArrayList<>();
    for (String name : readNames(in)) {
      dimensions.add(constant(BreakdownDimension.class, name));
    }
    if (year != calculator.getYear() || epochDay != calculator.getReferenceDate().toEpochDay()
        || !indicators.equals(calculator.getIndicators())
        || !Set.copyOf(dimensions).equals(calculator.getDimensions())) {
      throw new InvalidValueException(IndicatorErrorCode.ACCUMULATOR_OF_ANOTHER_CALCULATOR,
          "the accumulator was written by a calculator of another year, reference date, indicators or breakdowns");
    }
    List<String> reasonNames = readNames(in);
    int[] slot = new int[reasonNames.size()];
    for (int k = 0; k < slot.length; k++) {
      slot[k] = 2 + constant(ExclusionReason.class, reasonNames.get(k)).ordinal();
    }
    Accumulator acc = new Accumulator(calculator);
    acc.added = nonNegative(in.readLong());
    for (Indicators i : indicators) {
      readCounts(in, slot, acc.totals(i));
      Map<BreakdownDimension, TreeMap<String, long[]>> m = Objects.requireNonNull(acc.cells.get(i));
      int dims = in.readInt();
      if (dims != m.size()) {
        throw corrupt("breakdowns do not match the calculator's");
      }
      for (int k = 0; k < dims; k++) {
        TreeMap<String, long[]> cellMap = m.get(constant(BreakdownDimension.class, readString(in)));
        if (cellMap == null) {
          throw corrupt("breakdowns do not match the calculator's");
        }
        int n = in.readInt();
        if (n < 0) {
          throw corrupt("negative count");
        }
        for (int c = 0; c < n; c++) {
          String key = readString(in);
          if (cellMap.containsKey(key)) {
            throw corrupt("a breakdown cell appears twice");
          }
          readCounts(in, slot, cell(cellMap, key));
        }
      }
    }
    return acc;
  }

  private static void writeCounts(DataOutput out, long[] c) throws IOException {
    for (long v : c) {
      out.writeLong(v);
    }
  }

  private static void readCounts(DataInput in, int[] slot, long[] into) throws IOException {
    into[NUM] = nonNegative(in.readLong());
    into[DEN] = nonNegative(in.readLong());
    for (int s : slot) {
      into[s] = nonNegative(in.readLong());
    }
  }

  private static void writeString(DataOutput out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_STRING_BYTES) {
      throw corrupt("string length out of range");
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** The longest string read: a cell key of the register's longest field (100,000 characters) in UTF-8. */
  private static final int MAX_STRING_BYTES = 4 * 100_000;

  private static List<String> readNames(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 1_000) {
      throw corrupt("count out of range");
    }
    List<String> names = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      names.add(readString(in));
    }
    return names;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw corrupt("unknown " + type.getSimpleName() + " in the binary form");
    }
  }

  private static long nonNegative(long v) {
    if (v < 0) {
      throw corrupt("negative count");
    }
    return v;
  }

  private static InvalidValueException corrupt(String message) {
    return new InvalidValueException(IndicatorErrorCode.ACCUMULATOR_CORRUPT, message);
  }
}
