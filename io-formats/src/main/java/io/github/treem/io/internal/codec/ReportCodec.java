package io.github.treem.io.internal.codec;

import static io.github.treem.codec.internal.Codecs.invalid;
import static io.github.treem.codec.internal.Codecs.invalidAt;

import io.github.treem.codec.internal.Codecs;
import io.github.treem.codec.internal.ObjectCodec;
import io.github.treem.codec.internal.ReadLimits;
import io.github.treem.codec.internal.StringEscapes;
import io.github.treem.codec.internal.Token;
import io.github.treem.codec.internal.TokenReader;
import io.github.treem.codec.internal.TokenWriter;
import io.github.treem.codec.internal.ValueCodec;
import io.github.treem.codec.internal.WriteAttributes;
import io.github.treem.core.plan.DesiredDirection;
import io.github.treem.core.plan.MonitoringLine;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.ExactValue;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.Indicator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.MonitoringAssessment;
import io.github.treem.indicators.MonitoringStatus;
import io.github.treem.indicators.Publication;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.indicators.ValueFormat;
import io.github.treem.indicators.ValueState;
import io.github.treem.indicators.cases.DayHistogram;
import io.github.treem.indicators.cases.MedianDaysToPlan;
import io.github.treem.io.report.ReportDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The report document in the format of {@code report-v1.schema.json}.
 *
 * <p>Each object is one table of its properties, read into a holder and written from the value.
 *
 * <p>Writing writes {@link ReportDocument#published()}: properties in a fixed order; every value
 * (total and cell) as the indicator's {@link ValueFormat} shows it beside the document's targets;
 * a hidden exclusion count as {@code null}; absent figures as {@code null}; decimals in plain
 * notation; indicator names in the language of the write's attribute {@link #LANGUAGE} (default:
 * Vietnamese); strings escaped as {@link StringEscapes#REPORT}, the manifest's as
 * {@link StringEscapes#MANIFEST}, whatever the generator's settings. The layout (a line feed
 * before each indicator and target) is the generator's.
 *
 * <p>Reading rebuilds the report through the public factories of the indicators module, so every
 * derived figure is recomputed: an indicator's or a cell's value and state from its numerator and
 * denominator (the value as the display rule shows it beside the targets read), a target's status
 * and gap from its threshold and value; a report marked suppressed must pass the disclosure audit
 * (and carries it), one marked unsuppressed reads back as the internal form
 * ({@link ReportDocument#isUnsuppressedForInternalUse()}). A figure in the text that differs from
 * the recomputed one is an invalid value, never taken on trust. Indicator names are display text
 * and are not read back.
 */
public final class ReportCodec {
  /** The value of {@code format}: what the document is. */
  public static final String FORMAT = "treem-report";
  /**
   * The value of {@code version}: the report format's version. A document without {@code format}
   * and {@code version} (as written before they were) is version 1.
   */
  public static final int VERSION = 1;
  /** The write attribute holding the {@link Language} of indicator names (default: Vietnamese). */
  public static final String LANGUAGE = WriteAttributes.REPORT_LANGUAGE;

  /** A count: a non-negative integer. */
  private static final ValueCodec<Long> COUNT = new ValueCodec<>() {
    @Override
    public Long read(TokenReader in, Class<?> owner) {
      long v = Codecs.longInteger(in, owner);
      if (v < 0) {
        throw invalid(in, owner, "a count must not be negative");
      }
      return v;
    }

    @Override
    public void write(Long value, TokenWriter out) {
      out.number(value.longValue());
    }
  };

  /** A count or {@code null}. */
  private static final ValueCodec<OptionalLong> COUNT_OR_NULL = new ValueCodec<>() {
    @Override
    public OptionalLong read(TokenReader in, Class<?> owner) {
      return in.current() == Token.VALUE_NULL ? OptionalLong.empty() : OptionalLong.of(COUNT.read(in, owner));
    }

    @Override
    public void write(OptionalLong value, TokenWriter out) {
      if (value.isPresent()) {
        out.number(value.getAsLong());
      } else {
        out.nullValue();
      }
    }
  };

  /** A decimal number, kept exactly, or {@code null}. */
  private static final ValueCodec<Optional<BigDecimal>> DECIMAL_OR_NULL = new ValueCodec<>() {
    @Override
    public Optional<BigDecimal> read(TokenReader in, Class<?> owner) {
      Token t = in.current();
      if (t == Token.VALUE_NULL) {
        return Optional.empty();
      }
      if (t == null || !t.isNumber()) {
        throw Codecs.wrongType(in, owner, "a number or null");
      }
      ReadLimits.checkNumber(in);
      return Optional.of(in.decimalValue());
    }

    @Override
    public void write(Optional<BigDecimal> value, TokenWriter out) {
      if (value.isPresent()) {
        out.decimal(value.get());
      } else {
        out.nullValue();
      }
    }
  };

  private static final ValueCodec<Indicator> INDICATOR_CODE = new ValueCodec<>() {
    @Override
    public Indicator read(TokenReader in, Class<?> owner) {
      String code = Codecs.string(in, owner);
      // a register indicator or a protection-case indicator (a report given --cases holds both)
      return Indicator.ofCode(code).orElseThrow(() -> invalid(in, owner, "not the code of a treem indicator"));
    }

    @Override
    public void write(Indicator value, TokenWriter out) {
      out.string(value.getCode());
    }
  };

  private static final ValueCodec<String> CELL_KEY = new ValueCodec<>() {
    @Override
    public String read(TokenReader in, Class<?> owner) {
      String key = Codecs.string(in, owner);
      if (key.isEmpty()) {
        throw invalid(in, owner, "a cell key must not be empty");
      }
      return key;
    }

    @Override
    public void write(String value, TokenWriter out) {
      out.string(value);
    }
  };

  /**
   * An indicator's exclusion counts by reason, in reason order: a count, or {@code null} for a
   * count hidden by disclosure control ({@link IndicatorResult#getSuppressedExclusions()}).
   */
  private static final ValueCodec<Map<ExclusionReason, OptionalLong>> EXCLUSIONS = new ValueCodec<>() {
    @Override
    public Map<ExclusionReason, OptionalLong> read(TokenReader in, Class<?> owner) {
      Codecs.expect(in, owner, Token.START_OBJECT, "an object");
      ReadLimits.checkDepth(in);
      Map<ExclusionReason, OptionalLong> map = new LinkedHashMap<>();
      for (String name = in.nextName(); name != null; name = in.nextName()) {
        ReadLimits.checkName(in, name);
        in.next();
        try {
          ExclusionReason reason = constant(ExclusionReason.class, name)
              .orElseThrow(() -> invalid(in, owner, "not an exclusion reason of treem"));
          if (map.put(reason, COUNT_OR_NULL.read(in, owner)) != null) {
            throw in.duplicateProperty(name);
          }
        } catch (RuntimeException e) {
          throw in.withPath(e, owner, name);
        }
      }
      return map;
    }

    @Override
    public void write(Map<ExclusionReason, OptionalLong> value, TokenWriter out) {
      out.startObject(value);
      for (Map.Entry<ExclusionReason, OptionalLong> e : value.entrySet()) {
        out.name(e.getKey().name());
        COUNT_OR_NULL.write(e.getValue(), out);
      }
      out.endObject();
    }
  };

  /** The exclusions of a result as written: counts and hidden counts ({@code null}), in reason order. */
  private static Map<ExclusionReason, OptionalLong> exclusionsOf(IndicatorResult r) {
    Map<ExclusionReason, OptionalLong> m = new LinkedHashMap<>();
    for (ExclusionReason reason : ExclusionReason.values()) {
      if (r.getSuppressedExclusions().contains(reason)) {
        m.put(reason, OptionalLong.empty());
      } else if (r.getExclusions().containsKey(reason)) {
        m.put(reason, OptionalLong.of(r.getExclusions().get(reason)));
      }
    }
    return m;
  }

  private static final ValueCodec<Map<String, String>> STRINGS = Codecs.mapOf((name, in, owner) -> name,
      Function.identity(), Codecs.STRING);

  /** A breakdown cell as read, resolved once the indicator's unit is known. */
  // NullAway.Init: a holder filled by the codec, which refuses a document that lacks a required
  // property before finish() reads it; the optional ones are @Nullable or have a default
  @SuppressWarnings("NullAway.Init")
  private static final class RawCell {
    String key;
    OptionalLong numerator;
    OptionalLong denominator;
    Optional<BigDecimal> value;
    ValueState state;

    BreakdownCell resolve(TokenReader in, IndicatorUnit unit) {
      if (state == ValueState.SUPPRESSED) {
        if (numerator.isPresent() || denominator.isPresent() || value.isPresent()) {
          throw invalidAt(in, "state", "a suppressed cell has null figures");
        }
        return BreakdownCell.suppressed(key);
      }
      if (numerator.isEmpty()) {
        throw invalidAt(in, "numerator", "null only in a suppressed cell");
      }
      if ((unit == IndicatorUnit.COUNT) != denominator.isEmpty()) {
        throw invalidAt(in, "denominator", "must be null for a count indicator or a suppressed cell, and only then");
      }
      BreakdownCell c = BreakdownCell.of(key, unit, numerator.getAsLong(), denominator.orElse(0));
      if (c.getState() != state || !nearDisplay(ExactValue.of(unit, c), value, unit)) {
        throw invalidAt(in, "value", "value or state does not follow from the numerator and the denominator");
      }
      return c;
    }
  }

  private static final ObjectCodec<RawCell> CELL = ObjectCodec
      .<RawCell, RawCell>finishing(BreakdownCell.class, RawCell::new, (c, in) -> c)
      .nullsAreValues()
      .property("key", true, CELL_KEY, (c, v) -> c.key = v, null)
      // the names of a legacy_group cell: written for readers, derived from the key, not read
      .property("nameVi", false, Codecs.STRING, (c, v) -> { }, null)
      .property("nameEn", false, Codecs.STRING, (c, v) -> { }, null)
      .property("numerator", true, COUNT_OR_NULL, (c, v) -> c.numerator = v, null)
      .property("denominator", true, COUNT_OR_NULL, (c, v) -> c.denominator = v, null)
      .property("value", true, DECIMAL_OR_NULL, (c, v) -> c.value = v, null)
      .property("state", true, Codecs.enumByName(ValueState.class), (c, v) -> c.state = v, null)
      .build();

  private static final ValueCodec<Map<BreakdownDimension, List<RawCell>>> BREAKDOWNS = Codecs.mapOf(
      (key, in, owner) -> BreakdownDimension.fromKey(key).filter(d -> d.getKey().equals(key))
          .orElseThrow(() -> invalid(in, owner, "not a breakdown dimension of treem")),
      BreakdownDimension::getKey, Codecs.arrayOf(CELL));

  /** An indicator's figures as read. */
  // NullAway.Init: a holder filled by the codec, which refuses a document that lacks a required
  // property before finish() reads it; the optional ones are @Nullable or have a default
  @SuppressWarnings("NullAway.Init")
  private static final class RawIndicator {
    Indicator indicator;
    @Nullable IndicatorUnit unit;
    OptionalLong numerator;
    OptionalLong denominator;
    Optional<BigDecimal> value;
    ValueState state;
    Map<ExclusionReason, OptionalLong> exclusions;
    Map<BreakdownDimension, List<RawCell>> breakdowns;

    Shown finish(TokenReader in) {
      Indicator i = indicator;
      boolean count = i.getUnit() == IndicatorUnit.COUNT;
      if (unit != null && unit != i.getUnit()) {
        throw invalidAt(in, "unit", "not the unit of the indicator");
      }
      if (state == ValueState.SUPPRESSED) {
        return hiddenTotal(in);
      }
      if (numerator.isEmpty()) {
        throw invalidAt(in, "numerator", "null only in a hidden total (state SUPPRESSED)");
      }
      if (count != denominator.isEmpty()) {
        throw invalidAt(in, "denominator", "must be null for a count indicator and only then");
      }
      Map<BreakdownDimension, List<BreakdownCell>> cells = new LinkedHashMap<>();
      Map<BreakdownDimension, List<Optional<BigDecimal>>> shownCells = new LinkedHashMap<>();
      for (Map.Entry<BreakdownDimension, List<RawCell>> e : breakdowns.entrySet()) {
        shownCells.put(e.getKey(), e.getValue().stream().map(c -> c.value).toList());
        List<BreakdownCell> list = new ArrayList<>();
        for (int k = 0; k < e.getValue().size(); k++) {
          try {
            list.add(e.getValue().get(k).resolve(in, i.getUnit()));
          } catch (RuntimeException ex) {
            throw in.withPath(in.withPath(in.withPath(ex, list, k), cells, e.getKey().getKey()), breakdowns,
                "breakdowns");
          }
        }
        cells.put(e.getKey(), list);
      }
      Map<ExclusionReason, Long> counts = new LinkedHashMap<>();
      Set<ExclusionReason> hidden = EnumSet.noneOf(ExclusionReason.class);
      splitExclusions(counts, hidden);
      IndicatorResult r = Codecs.construct(in, IndicatorResult.class, () -> IndicatorResult.of(i, numerator.getAsLong(),
          denominator.orElse(0), counts, cells).withSuppressedExclusions(hidden));
      if (r.getState() != state || !nearDisplay(ExactValue.of(r), value, i.getUnit())) {
        throw invalidAt(in, "value", "value or state does not follow from the numerator and the denominator");
      }
      return new Shown(r, null, value, shownCells);
    }

    /**
     * A total hidden by disclosure control (the small total of a sensitive population, such as a
     * protection-case indicator's): no figures, no breakdown, as {@link DisclosureControl} makes it.
     */
    private Shown hiddenTotal(TokenReader in) {
      if (numerator.isPresent() || denominator.isPresent() || value.isPresent()) {
        throw invalidAt(in, "numerator", "a hidden total (state SUPPRESSED) has null figures");
      }
      if (!breakdowns.isEmpty()) {
        throw invalidAt(in, "breakdowns", "a hidden total has no breakdown (it would add up to the total)");
      }
      Map<ExclusionReason, Long> counts = new LinkedHashMap<>();
      Set<ExclusionReason> hidden = EnumSet.noneOf(ExclusionReason.class);
      splitExclusions(counts, hidden);
      Indicator i = indicator;
      IndicatorResult r = Codecs.construct(in, IndicatorResult.class,
          () -> IndicatorResult.of(i, 0, 0, counts, Map.of()).withSuppressedExclusions(hidden).withSuppressedTotal());
      return new Shown(r, null, value, Map.of());
    }

    private void splitExclusions(Map<ExclusionReason, Long> counts, Set<ExclusionReason> hidden) {
      exclusions.forEach((reason, n) -> {
        if (n.isPresent()) {
          counts.put(reason, n.getAsLong());
        } else {
          hidden.add(reason);
        }
      });
    }
  }

  /**
   * An indicator with its values as shown: to write, the result and its {@link ValueFormat}; as
   * read, the result and the values of the text (checked once the targets are read).
   */
  private record Shown(IndicatorResult result, @Nullable ValueFormat format, Optional<BigDecimal> value,
      Map<BreakdownDimension, List<Optional<BigDecimal>>> cellValues) {}

  private static final ObjectCodec<Shown> INDICATOR = ObjectCodec
      .finishing(IndicatorResult.class, RawIndicator::new, RawIndicator::finish)
      .nullsAreValues()
      .property("code", true, INDICATOR_CODE, (r, v) -> r.indicator = v, (s, out) -> out.string(s.result().getCode()))
      .property("name", false, Codecs.STRING, (r, v) -> {
        // display text, in the language written: not read back
      }, (s, out) -> out.string(out.attribute(LANGUAGE) != Language.EN ? s.result().getIndicator().getNameVi()
          : s.result().getIndicator().getNameEn()))
      .property("unit", false, Codecs.enumByName(IndicatorUnit.class), (r, v) -> r.unit = v,
          (s, out) -> out.string(s.result().getIndicator().getUnit().name()))
      .property("numerator", true, COUNT_OR_NULL, (r, v) -> r.numerator = v,
          (s, out) -> COUNT_OR_NULL.write(isHidden(s.result()) ? OptionalLong.empty()
              : OptionalLong.of(s.result().getNumerator()), out))
      .property("denominator", true, COUNT_OR_NULL, (r, v) -> r.denominator = v,
          (s, out) -> COUNT_OR_NULL.write(isCount(s.result()) || isHidden(s.result()) ? OptionalLong.empty()
              : OptionalLong.of(s.result().getDenominator()), out))
      .property("value", true, DECIMAL_OR_NULL, (r, v) -> r.value = v,
          (s, out) -> DECIMAL_OR_NULL.write(Objects.requireNonNull(s.format()).format(s.result()), out))
      .property("state", true, Codecs.enumByName(ValueState.class), (r, v) -> r.state = v,
          (s, out) -> out.string(s.result().getState().name()))
      .property("exclusions", true, EXCLUSIONS, (r, v) -> r.exclusions = v,
          (s, out) -> EXCLUSIONS.write(exclusionsOf(s.result()), out))
      .property("breakdowns", true, BREAKDOWNS, (r, v) -> r.breakdowns = v, ReportCodec::breakdowns)
      .build();

  /** A target assessment as read. */
  // NullAway.Init: a holder filled by the codec, which refuses a document that lacks a required
  // property before finish() reads it; the optional ones are @Nullable or have a default
  @SuppressWarnings("NullAway.Init")
  private static final class RawTarget {
    String id = "";
    String indicator;
    TargetComparator comparator;
    Optional<BigDecimal> threshold;
    Optional<BigDecimal> value = Optional.empty();
    TargetStatus status;
    Optional<BigDecimal> gap;

    TargetAssessment finish(TokenReader in) {
      TargetAssessment t = Codecs.construct(in, TargetAssessment.class,
          () -> TargetAssessment.ofDecimals(id, indicator, comparator, threshold, value));
      if (t.getStatus() != status || !sameDecimal(t.getGap(), gap)) {
        throw invalidAt(in, "status", "status or gap does not follow from the threshold and the value");
      }
      return t;
    }
  }

  private static final ObjectCodec<TargetAssessment> TARGET = ObjectCodec
      .finishing(TargetAssessment.class, RawTarget::new, RawTarget::finish)
      .nullsAreValues()
      .property("id", false, Codecs.STRING, (t, v) -> t.id = v, (t, out) -> out.string(t.getTargetId()))
      .property("indicator", true, Codecs.STRING, (t, v) -> t.indicator = v, (t, out) -> out.string(t.getIndicatorCode()))
      .property("comparator", true, Codecs.enumByName(TargetComparator.class), (t, v) -> t.comparator = v,
          (t, out) -> out.string(t.getComparator().name()))
      .property("threshold", true, DECIMAL_OR_NULL, (t, v) -> t.threshold = v, (t, out) -> DECIMAL_OR_NULL.write(t.getReference(), out))
      .property("value", false, DECIMAL_OR_NULL, (t, v) -> t.value = v, (t, out) -> DECIMAL_OR_NULL.write(t.getValue(), out))
      .property("status", true, Codecs.enumByName(TargetStatus.class), (t, v) -> t.status = v,
          (t, out) -> out.string(t.getStatus().name()))
      .property("gap", true, DECIMAL_OR_NULL, (t, v) -> t.gap = v, (t, out) -> DECIMAL_OR_NULL.write(t.getGap(), out))
      .build();

  /** A value of a codec, or {@code null}. */
  private static <T> ValueCodec<Optional<T>> orNull(ValueCodec<T> codec) {
    return new ValueCodec<>() {
      @Override
      public Optional<T> read(TokenReader in, Class<?> owner) {
        return in.current() == Token.VALUE_NULL ? Optional.empty() : Optional.of(codec.read(in, owner));
      }

      @Override
      public void write(Optional<T> value, TokenWriter out) {
        if (value.isPresent()) {
          codec.write(value.get(), out);
        } else {
          out.nullValue();
        }
      }
    };
  }

  private static final ValueCodec<Optional<Integer>> YEAR_OR_NULL = orNull(Codecs.INTEGER);
  private static final ValueCodec<Optional<ValueState>> STATE_OR_NULL = orNull(Codecs.enumByName(ValueState.class));
  private static final ValueCodec<Optional<String>> STRING_OR_NULL = orNull(Codecs.STRING);

  /** A monitoring line as read: the plan's line, its two years' values, the change and its direction. */
  // NullAway.Init: a holder filled by the codec, which refuses a document that lacks a required
  // property before finish() reads it; the optional ones have a default
  @SuppressWarnings("NullAway.Init")
  private static final class RawMonitoring {
    String id;
    String indicator;
    DesiredDirection direction;
    String textVi;
    String textEn;
    Optional<String> itemId = Optional.empty();
    ValueState state;
    Optional<BigDecimal> value;
    Optional<Integer> previousYear;
    Optional<ValueState> previousState;
    Optional<BigDecimal> previousValue;
    Optional<BigDecimal> change;
    MonitoringStatus status;

    MonitoringAssessment finish(TokenReader in) {
      MonitoringLine line = Codecs.construct(in, MonitoringLine.class, () -> MonitoringLine.builder().id(id)
          .indicatorCode(indicator).direction(direction).textVi(textVi).textEn(textEn).itemId(itemId).build());
      MonitoringAssessment a = Codecs.construct(in, MonitoringAssessment.class, () -> MonitoringAssessment.of(line,
          state, value, previousYear.map(OptionalInt::of).orElse(OptionalInt.empty()), previousState, previousValue));
      if (a.getStatus() != status || !sameDecimal(a.getChange(), change)) {
        throw invalidAt(in, "status", "change or status does not follow from the two years' values and the direction");
      }
      return a;
    }
  }

  /** A monitoring line of the plan, read against the two years. */
  private static final ObjectCodec<MonitoringAssessment> MONITORING = ObjectCodec
      .finishing(MonitoringAssessment.class, RawMonitoring::new, RawMonitoring::finish)
      .nullsAreValues()
      .property("id", true, Codecs.STRING, (m, v) -> m.id = v, (m, out) -> out.string(m.getLine().getId()))
      .property("indicator", true, Codecs.STRING, (m, v) -> m.indicator = v, (m, out) -> out.string(m.getIndicatorCode()))
      .property("direction", true, Codecs.enumByName(DesiredDirection.class), (m, v) -> m.direction = v,
          (m, out) -> out.string(m.getLine().getDirection().name()))
      .property("textVi", true, Codecs.STRING, (m, v) -> m.textVi = v, (m, out) -> out.string(m.getLine().getTextVi()))
      .property("textEn", true, Codecs.STRING, (m, v) -> m.textEn = v, (m, out) -> out.string(m.getLine().getTextEn()))
      .property("itemId", false, STRING_OR_NULL, (m, v) -> m.itemId = v,
          (m, out) -> STRING_OR_NULL.write(m.getLine().getItemId(), out))
      .property("state", true, Codecs.enumByName(ValueState.class), (m, v) -> m.state = v,
          (m, out) -> out.string(m.getState().name()))
      .property("value", true, DECIMAL_OR_NULL, (m, v) -> m.value = v, (m, out) -> DECIMAL_OR_NULL.write(m.getValue(), out))
      .property("previousYear", true, YEAR_OR_NULL, (m, v) -> m.previousYear = v,
          (m, out) -> YEAR_OR_NULL.write(m.getPreviousYear().isPresent()
              ? Optional.of(m.getPreviousYear().getAsInt()) : Optional.empty(), out))
      .property("previousState", true, STATE_OR_NULL, (m, v) -> m.previousState = v,
          (m, out) -> STATE_OR_NULL.write(m.getPreviousState(), out))
      .property("previousValue", true, DECIMAL_OR_NULL, (m, v) -> m.previousValue = v,
          (m, out) -> DECIMAL_OR_NULL.write(m.getPreviousValue(), out))
      .property("change", true, DECIMAL_OR_NULL, (m, v) -> m.change = v, (m, out) -> DECIMAL_OR_NULL.write(m.getChange(), out))
      .property("status", true, Codecs.enumByName(MonitoringStatus.class), (m, v) -> m.status = v,
          (m, out) -> out.string(m.getStatus().name()))
      .build();

  private static final ValueCodec<List<MonitoringAssessment>> MONITORING_LINES = Codecs.arrayOf(MONITORING);

  private static final ObjectCodec<DataQuality> DATA_QUALITY = ObjectCodec
      .<DataQuality, long[]>finishing(DataQuality.class, () -> new long[3],
          (n, in) -> Codecs.construct(in, DataQuality.class, () -> DataQuality.of(n[0], n[1], n[2])))
      .nullsAreValues()
      .property("rowsRead", true, COUNT, (n, v) -> n[0] = v, (q, out) -> out.number(q.getRowsRead()))
      .property("rowsAccepted", true, COUNT, (n, v) -> n[1] = v, (q, out) -> out.number(q.getRowsAccepted()))
      .property("rowsRejected", true, COUNT, (n, v) -> n[2] = v, (q, out) -> out.number(q.getRowsRejected()))
      .build();

  /** The median days to an approved plan, as read (published until the document says otherwise). */
  private static final class RawDaysToPlan {
    OptionalLong cases = OptionalLong.empty();
    OptionalLong excluded = OptionalLong.empty();
    Optional<BigDecimal> median = Optional.empty();
    ValueState state = ValueState.NO_DATA;
    Optional<DayHistogram> histogram = Optional.empty();

    MedianDaysToPlan finish(TokenReader in) {
      if (histogram.isEmpty()) {
        return Codecs.construct(in, MedianDaysToPlan.class, () -> MedianDaysToPlan.of(state, cases, excluded, median, true));
      }
      // the histogram of an unsuppressed report (a commune's submission): the counts and the
      // median written beside it must be its own
      DayHistogram h = histogram.get();
      if (cases.isEmpty() || excluded.isEmpty() || state == ValueState.SUPPRESSED) {
        throw invalidAt(in, "histogram", "a histogram is carried only with the unsuppressed counts");
      }
      if ((state == ValueState.NO_DATA) != (h.count() == 0)) {
        throw invalidAt(in, "state", "NO_DATA exactly when the histogram counts no case");
      }
      return Codecs.construct(in, MedianDaysToPlan.class,
          () -> MedianDaysToPlan.of(cases.getAsLong(), excluded.getAsLong(), median, h));
    }
  }

  /**
   * A day-count histogram: {@code counts[d]} cases of {@code d} days (at most
   * {@link DayHistogram#MAX_DAYS} + 1 counts, trailing zeros left out) and the overflow.
   */
  private static final ObjectCodec<DayHistogram> HISTOGRAM = ObjectCodec
      .<DayHistogram, long[][]>finishing(DayHistogram.class, () -> new long[][] {new long[0], new long[1]},
          (h, in) -> Codecs.construct(in, DayHistogram.class, () -> DayHistogram.of(h[0], h[1][0])))
      .property("counts", true, Codecs.listOf(COUNT, Long.class), (h, v) -> {
        h[0] = new long[v.size()];
        for (int i = 0; i < v.size(); i++) {
          h[0][i] = v.get(i);
        }
      }, (d, out) -> {
        long[] counts = d.counts();
        out.startArray(counts, counts.length);
        for (long c : counts) {
          out.number(c);
        }
        out.endArray();
      })
      .property("overflow", true, COUNT, (h, v) -> h[1][0] = v, (d, out) -> out.number(d.overflow()))
      .build();

  /** The median days from receipt to an approved plan: its counts and median, {@code null} when hidden. */
  private static final ObjectCodec<MedianDaysToPlan> DAYS_TO_PLAN = ObjectCodec
      .<MedianDaysToPlan, RawDaysToPlan>finishing(MedianDaysToPlan.class, RawDaysToPlan::new, RawDaysToPlan::finish)
      .nullsAreValues()
      .property("cases", true, COUNT_OR_NULL, (d, v) -> d.cases = v, (m, out) -> COUNT_OR_NULL.write(m.getCases(), out))
      .property("excluded", true, COUNT_OR_NULL, (d, v) -> d.excluded = v,
          (m, out) -> COUNT_OR_NULL.write(m.getExcluded(), out))
      .property("median", true, DECIMAL_OR_NULL, (d, v) -> d.median = v,
          (m, out) -> DECIMAL_OR_NULL.write(m.getMedian(), out))
      .property("state", true, Codecs.enumByName(ValueState.class), (d, v) -> d.state = v,
          (m, out) -> out.string(m.getState().name()))
      .optional("histogram", HISTOGRAM, MedianDaysToPlan::getHistogram, (d, v) -> d.histogram = Optional.of(v))
      .build();

  /** The manifest, its strings escaped as {@link StringEscapes#MANIFEST}. */
  private static final ValueCodec<ReportManifest> MANIFEST = Codecs.escaped(ObjectCodec
      .<ReportManifest, ReportManifest.Builder>finishing(ReportManifest.class, ReportManifest::builder,
          (b, in) -> Codecs.construct(in, ReportManifest.class, b::build))
      .nullsAreValues()
      .required("treemVersion", Codecs.STRING, ReportManifest::getTreemVersion, ReportManifest.Builder::treemVersion)
      .requiredInt("year", ReportManifest::getYear, ReportManifest.Builder::year)
      .required("referenceDate", Codecs.DATE, ReportManifest::getReferenceDate, ReportManifest.Builder::referenceDate)
      .required("growthTables", STRINGS, ReportManifest::getGrowthTables, ReportManifest.Builder::putAllGrowthTables)
      .required("inputs", STRINGS, ReportManifest::getInputs, ReportManifest.Builder::putAllInputs)
      .optional("inputEncodings", STRINGS, m -> m.getInputEncodings().isEmpty() ? Optional.empty()
          : Optional.of(m.getInputEncodings()), ReportManifest.Builder::putAllInputEncodings)
      .required("options", STRINGS, ReportManifest::getOptions, ReportManifest.Builder::putAllOptions)
      // always written, true or false; a report written before it was added reads as false
      .optionalBool("syntheticData", m -> Optional.of(m.isSyntheticData()), ReportManifest.Builder::syntheticData)
      .build(), StringEscapes.MANIFEST);

  /**
   * An indicator's total in an earlier year, with the change since then ({@code changeSince}:
   * the report's value minus that year's, written from the document and checked when read).
   */
  // NullAway.Init: a holder filled by the codec, which refuses a document that lacks a required
  // property before finish() reads it; the optional ones are @Nullable or have a default
  @SuppressWarnings("NullAway.Init")
  private static final class PreviousIndicator {
    Indicator indicator;
    OptionalLong numerator = OptionalLong.empty();
    OptionalLong denominator = OptionalLong.empty();
    Optional<BigDecimal> value = Optional.empty();
    ValueState state;
    Optional<BigDecimal> changeSince = Optional.empty();
    IndicatorResult result;

    static PreviousIndicator of(IndicatorResult result, Optional<BigDecimal> shown, Optional<BigDecimal> changeSince) {
      PreviousIndicator p = new PreviousIndicator();
      p.result = result;
      p.value = shown;
      p.changeSince = changeSince;
      return p;
    }

    PreviousIndicator finish(TokenReader in) {
      Indicator i = indicator;
      if (state == ValueState.SUPPRESSED) {
        // that year's total was hidden (a sensitive population's small total): no figures
        if (numerator.isPresent() || denominator.isPresent() || value.isPresent() || changeSince.isPresent()) {
          throw invalidAt(in, "numerator", "a hidden total (state SUPPRESSED) has null figures");
        }
        result = Codecs.construct(in, IndicatorResult.class,
            () -> IndicatorResult.of(i, 0, 0, Map.of(), Map.of()).withSuppressedTotal());
        return this;
      }
      if (numerator.isEmpty()) {
        throw invalidAt(in, "numerator", "null only in a hidden total (state SUPPRESSED)");
      }
      if ((i.getUnit() == IndicatorUnit.COUNT) != denominator.isEmpty()) {
        throw invalidAt(in, "denominator", "must be null for a count indicator and only then");
      }
      result = Codecs.construct(in, IndicatorResult.class,
          () -> IndicatorResult.of(i, numerator.getAsLong(), denominator.orElse(0), Map.of(), Map.of()));
      // the value as shown is checked once the document is read (it is displayed beside this year's)
      if (result.getValue().isPresent() != value.isPresent() || result.getState() != state) {
        throw invalidAt(in, "value", "value or state does not follow from the numerator and the denominator");
      }
      return this;
    }
  }

  private static final ObjectCodec<PreviousIndicator> PREVIOUS_INDICATOR = ObjectCodec
      .finishing(PreviousIndicator.class, PreviousIndicator::new, PreviousIndicator::finish)
      .nullsAreValues()
      .property("code", true, INDICATOR_CODE, (r, v) -> r.indicator = v, (r, out) -> out.string(r.result.getCode()))
      .property("numerator", true, COUNT_OR_NULL, (r, v) -> r.numerator = v,
          (r, out) -> COUNT_OR_NULL.write(isHidden(r.result) ? OptionalLong.empty()
              : OptionalLong.of(r.result.getNumerator()), out))
      .property("denominator", true, COUNT_OR_NULL, (r, v) -> r.denominator = v,
          (r, out) -> COUNT_OR_NULL.write(isCount(r.result) || isHidden(r.result) ? OptionalLong.empty()
              : OptionalLong.of(r.result.getDenominator()), out))
      .property("value", true, DECIMAL_OR_NULL, (r, v) -> r.value = v,
          (r, out) -> DECIMAL_OR_NULL.write(r.value, out))
      .property("state", true, Codecs.enumByName(ValueState.class), (r, v) -> r.state = v,
          (r, out) -> out.string(r.result.getState().name()))
      .property("changeSince", true, DECIMAL_OR_NULL, (r, v) -> r.changeSince = v,
          (r, out) -> DECIMAL_OR_NULL.write(r.changeSince, out))
      .build();

  /** An earlier year as written: its year, reference date and totals. */
  // NullAway.Init: a holder filled by the codec, which refuses a document that lacks a required
  // property before finish() reads it; the optional ones are @Nullable or have a default
  @SuppressWarnings("NullAway.Init")
  private static final class PreviousYearView {
    int year;
    LocalDate referenceDate;
    List<PreviousIndicator> indicators;

    static PreviousYearView of(ReportDocument doc, ReportDocument.PreviousYear p) {
      PreviousYearView v = new PreviousYearView();
      v.year = p.getReport().getYear();
      v.referenceDate = p.getReport().getReferenceDate();
      v.indicators = new ArrayList<>();
      for (IndicatorResult r : p.getReport().getResults()) {
        v.indicators.add(PreviousIndicator.of(r, doc.previousValue(v.year, r.getCode()),
            doc.changeSince(v.year, r.getCode())));
      }
      return v;
    }
  }

  private static final ValueCodec<List<PreviousIndicator>> PREVIOUS_INDICATORS = Codecs.arrayOf(PREVIOUS_INDICATOR);

  private static final ObjectCodec<PreviousYearView> PREVIOUS_YEAR = ObjectCodec
      .<PreviousYearView, PreviousYearView>finishing(PreviousYearView.class, PreviousYearView::new, (v, in) -> v)
      .nullsAreValues()
      .property("year", true, Codecs.INTEGER, (v, x) -> v.year = x, (v, out) -> out.number(v.year))
      .property("referenceDate", true, Codecs.DATE, (v, x) -> v.referenceDate = x,
          (v, out) -> Codecs.DATE.write(v.referenceDate, out))
      .property("indicators", true, PREVIOUS_INDICATORS, (v, x) -> v.indicators = x,
          (v, out) -> PREVIOUS_INDICATORS.write(v.indicators, out))
      .build();

  private static final ValueCodec<List<PreviousYearView>> PREVIOUS = Codecs.arrayOf(PREVIOUS_YEAR);

  private static List<PreviousYearView> previousOf(ReportDocument d) {
    List<PreviousYearView> out = new ArrayList<>();
    d.getPrevious().forEach(p -> out.add(PreviousYearView.of(d, p)));
    return out;
  }

  private static final ValueCodec<List<Shown>> INDICATORS = Codecs.arrayOf(INDICATOR);
  private static final ValueCodec<List<TargetAssessment>> TARGETS = Codecs.arrayOf(TARGET);

  /** The document as read. */
  // NullAway.Init: a holder filled by the codec, which refuses a document that lacks a required
  // property before finish() reads it; the optional ones are @Nullable or have a default
  @SuppressWarnings("NullAway.Init")
  private static final class RawDocument {
    String format = FORMAT;
    int version = VERSION;
    int year;
    LocalDate referenceDate;
    boolean suppressed;
    List<Shown> results;
    List<TargetAssessment> targets;
    @Nullable DataQuality quality;
    @Nullable ReportManifest manifest;
    List<PreviousYearView> previous = List.of();
    List<MonitoringAssessment> monitoring = List.of();
    io.github.treem.io.report.@Nullable ChildFriendlyStanding childFriendly;
    @Nullable MedianDaysToPlan daysToPlan;

    ReportDocument finish(TokenReader in) {
      if (!FORMAT.equals(format)) {
        throw invalidAt(in, "format", "not a treem report (" + FORMAT + ")");
      }
      if (version != VERSION) {
        throw invalidAt(in, "version", "an unknown version of the report format (this treem reads " + VERSION + ")");
      }
      IndicatorReport report = Codecs.construct(in, IndicatorReport.class,
          () -> IndicatorReport.of(year, referenceDate, results.stream().map(Shown::result).toList()));
      if (quality != null) {
        report = report.withDataQuality(quality);
      }
      List<TargetAssessment> targets = exactTargets(report, this.targets, previous);
      ReportDocument.Builder b = ReportDocument.builder();
      if (suppressed) {
        IndicatorReport read = report;
        Publication p;
        try {
          p = DisclosureControl.verify(read, targets);
        } catch (IllegalArgumentException e) {
          throw invalidAt(in, "indicators", "a report marked suppressed must pass the disclosure audit");
        }
        b.report(p.report()).targets(p.assessments()).publication(p);
      } else {
        // written unsuppressed: the internal form, asked for by name, and read back as such
        b.report(report).targets(targets).unsuppressedForInternalUse(true);
      }
      if (manifest != null) {
        b.manifest(manifest);
      }
      if (childFriendly != null) {
        b.childFriendly(childFriendly);
      }
      if (daysToPlan != null) {
        MedianDaysToPlan m = daysToPlan;
        if (suppressed && m.getHistogram().isPresent()) {
          throw invalidAt(in, "daysToPlan", "a published report carries no day-count histogram");
        }
        b.daysToPlan(suppressed || m.getHistogram().isPresent() ? m : Codecs.construct(in, MedianDaysToPlan.class,
            () -> MedianDaysToPlan.of(m.getState(), m.getCases(), m.getExcluded(), m.getMedian(), false)));
      }
      for (PreviousYearView p : previous) {
        List<IndicatorResult> totals = new ArrayList<>();
        p.indicators.forEach(i -> totals.add(i.result));
        IndicatorReport before = Codecs.construct(in, IndicatorReport.class,
            () -> IndicatorReport.of(p.year, p.referenceDate, totals));
        b.addPrevious(ReportDocument.PreviousYear.of(before));
      }
      monitoring.forEach(m -> b.addMonitoringLines(m.getLine()));
      ReportDocument doc = Codecs.construct(in, ReportDocument.class, b::build);
      if (!sameMonitoring(doc.monitoring(), monitoring)) {
        throw invalidAt(in, "monitoring", "the values of a monitoring line are not those of the indicators and the previous year");
      }
      for (Shown s : results) {
        checkShown(in, doc, s);
      }
      for (PreviousYearView p : previous) {
        for (PreviousIndicator i : p.indicators) {
          if (!sameDecimal(doc.previousValue(p.year, i.result.getCode()), i.value)) {
            throw invalidAt(in, "previous", "value does not follow from that year's numerator and denominator");
          }
          if (!sameDecimal(doc.changeSince(p.year, i.result.getCode()), i.changeSince)) {
            throw invalidAt(in, "previous", "changeSince does not follow from the two years' values");
          }
        }
      }
      return doc;
    }
  }

  /**
   * The targets read, assessed again on the exact value of their indicator's counts where that
   * gives what the text shows (reference, value, status, gap): so a document read back holds the
   * targets it was written from. A target whose reference is last year's fraction takes it from
   * last year's counts when the document carries them ({@code previous}); else (only its display
   * is in the text) it keeps the decimals read.
   */
  private static List<TargetAssessment> exactTargets(IndicatorReport report, List<TargetAssessment> read,
      List<PreviousYearView> previous) {
    List<TargetAssessment> out = new ArrayList<>(read.size());
    for (TargetAssessment t : read) {
      Optional<IndicatorResult> r = report.getResults().stream()
          .filter(x -> x.getCode().equals(t.getIndicatorCode())).findFirst();
      Optional<IndicatorResult> lastYear = t.getComparator() != TargetComparator.INCREASE ? Optional.empty()
          : previous.stream().filter(p -> p.year == report.getYear() - 1)
              .flatMap(p -> p.indicators.stream()).map(i -> i.result)
              .filter(x -> x.getCode().equals(t.getIndicatorCode())).findFirst();
      TargetAssessment e = r.isEmpty() ? t
          : lastYear.isPresent() ? TargetAssessment.of(t.getTargetId(), t.getIndicatorCode(), t.getComparator(),
              ExactValue.of(lastYear.get()), ExactValue.of(r.get()))
          : TargetAssessment.ofThreshold(t.getTargetId(), t.getIndicatorCode(),
              t.getComparator(), t.getReference(), ExactValue.of(r.get()));
      // the same object when it is the same (a reference is equal only at the same scale)
      boolean same = e.getStatus() == t.getStatus() && e.getReference().equals(t.getReference())
          && sameDecimal(e.getValue(), t.getValue()) && sameDecimal(e.getGap(), t.getGap());
      out.add(same ? e : t);
    }
    return List.copyOf(out);
  }

  /**
   * A value as read must be the one the display rule shows ({@link ValueFormat}): the total as its
   * format shows it (or, beside an {@code INCREASE} target, as that target shows it: last year's
   * exact value is not in the text, only its display), each cell as its format shows it.
   */
  private static void checkShown(TokenReader in, ReportDocument doc, Shown s) {
    IndicatorResult r = s.result();
    ValueFormat format = doc.format(r);
    Optional<BigDecimal> total = doc.getTargets().stream()
        .filter(t -> t.getIndicatorCode().equals(r.getCode()) && t.getComparator() == TargetComparator.INCREASE
            && t.getValue().isPresent())
        .findFirst().flatMap(TargetAssessment::getValue).or(() -> format.format(r));
    if (!sameDecimal(total, s.value())) {
      throw invalidAt(in, "indicators", "the value of " + r.getCode() + " is not the one its counts and targets show");
    }
    for (Map.Entry<BreakdownDimension, List<BreakdownCell>> e : r.getBreakdowns().entrySet()) {
      List<Optional<BigDecimal>> shown = Objects.requireNonNull(s.cellValues().get(e.getKey()));
      for (int k = 0; k < e.getValue().size(); k++) {
        if (!sameDecimal(format.format(e.getValue().get(k)), shown.get(k))) {
          throw invalidAt(in, "indicators", "a cell value of " + r.getCode() + " is not the one its counts and targets show");
        }
      }
    }
  }

  /** The report document, its strings escaped as {@link StringEscapes#REPORT}. */
  private static final ValueCodec<ReportDocument> DOCUMENT_AS_GIVEN = Codecs.escaped(ObjectCodec
      .finishing(ReportDocument.class, RawDocument::new, RawDocument::finish)
      .nullsAreValues()
      .property("format", false, Codecs.STRING, (d, v) -> d.format = v, (d, out) -> out.string(FORMAT))
      .property("version", false, Codecs.INTEGER, (d, v) -> d.version = v, (d, out) -> out.number(VERSION))
      .property("year", true, Codecs.INTEGER, (d, v) -> d.year = v, (d, out) -> out.number(d.getReport().getYear()))
      .property("referenceDate", true, Codecs.DATE, (d, v) -> d.referenceDate = v,
          (d, out) -> Codecs.DATE.write(d.getReport().getReferenceDate(), out))
      .property("suppressed", false, Codecs.BOOLEAN, (d, v) -> d.suppressed = v,
          (d, out) -> out.bool(d.getReport().isSuppressed()))
      .property("indicators", true, INDICATORS, (d, v) -> d.results = v,
          (d, out) -> INDICATORS.write(d.getReport().getResults().stream()
              .map(r -> new Shown(r, d.format(r), Optional.empty(), Map.of())).toList(), out))
      .property("targets", true, TARGETS, (d, v) -> d.targets = v, (d, out) -> TARGETS.write(d.getTargets(), out))
      .optional("dataQuality", DATA_QUALITY, d -> d.getReport().getDataQuality(), (d, v) -> d.quality = v)
      .optional("manifest", MANIFEST, ReportDocument::getManifest, (d, v) -> d.manifest = v)
      .list("monitoring", MONITORING_LINES, ReportDocument::monitoring, (d, v) -> d.monitoring = v)
      .list("previous", PREVIOUS, ReportCodec::previousOf, (d, v) -> d.previous = v)
      .optional("childFriendly", ChildFriendlyCodec.STANDING, ReportDocument::getChildFriendly,
          (d, v) -> d.childFriendly = v)
      .optional("daysToPlan", DAYS_TO_PLAN, ReportDocument::getDaysToPlan, (d, v) -> d.daysToPlan = v)
      .build(), StringEscapes.REPORT);

  /**
   * The report document, its strings escaped as {@link StringEscapes#REPORT}: what is written is
   * {@link ReportDocument#published()} (an unsuppressed report is suppressed and audited first,
   * unless the document is the internal form asked for by name), whatever mapper writes it.
   */
  public static final ValueCodec<ReportDocument> DOCUMENT = new ValueCodec<>() {
    @Override
    public ReportDocument read(TokenReader in, Class<?> owner) {
      return DOCUMENT_AS_GIVEN.read(in, owner);
    }

    @Override
    public void write(ReportDocument value, TokenWriter out) {
      DOCUMENT_AS_GIVEN.write(value.published(), out);
    }
  };

  private ReportCodec() {}

  // ------------------------------------------------------------------ writing

  private static boolean isCount(IndicatorResult r) {
    return r.getIndicator().getUnit() == IndicatorUnit.COUNT;
  }

  /** A total hidden by disclosure control: written with null figures, as a hidden cell is. */
  private static boolean isHidden(IndicatorResult r) {
    return r.getState() == ValueState.SUPPRESSED;
  }

  /** Writes an indicator's breakdowns: a cell of a count has no denominator. */
  private static void breakdowns(Shown s, TokenWriter out) {
    IndicatorResult r = s.result();
    boolean count = isCount(r);
    out.startObject(r.getBreakdowns());
    for (Map.Entry<BreakdownDimension, List<BreakdownCell>> d : r.getBreakdowns().entrySet()) {
      out.name(d.getKey().getKey());
      out.startArray(d.getValue(), d.getValue().size());
      for (BreakdownCell c : d.getValue()) {
        out.startObject(c);
        out.name("key");
        out.string(c.getKey());
        if (d.getKey().hasCellNames()) {
          out.name("nameVi");
          out.string(d.getKey().cellNameVi(c.getKey()));
          out.name("nameEn");
          out.string(d.getKey().cellNameEn(c.getKey()));
        }
        out.name("numerator");
        COUNT_OR_NULL.write(c.getNumerator(), out);
        out.name("denominator");
        COUNT_OR_NULL.write(count ? OptionalLong.empty() : c.getDenominator(), out);
        out.name("value");
        DECIMAL_OR_NULL.write(Objects.requireNonNull(s.format()).format(c), out);
        out.name("state");
        out.string(c.getState().name());
        out.endObject();
      }
      out.endArray();
    }
    out.endObject();
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Whether a value as written can be the display of an exact value: both absent, or at least the
   * unit's decimals (2 for a rate, 0 for a count) and the exact value rounded down or up to them.
   * Which of the two is decided once the targets are read ({@link #checkShown}).
   */
  private static boolean nearDisplay(Optional<ExactValue> exact, Optional<BigDecimal> shown, IndicatorUnit unit) {
    if (exact.isEmpty() || shown.isEmpty()) {
      return exact.isEmpty() && shown.isEmpty();
    }
    // a rate is displayed with at least two decimals; a tool that re-serialises the number (a JSON
    // tree through a double: 100.00 as 100.0) drops trailing zeros, which changes no value: such a
    // number is compared at two decimals, so it must still be one of the two displays exactly
    int scale = Math.max(shown.get().scale(), unit == IndicatorUnit.COUNT ? 0 : 2);
    if (scale > 40) {
      return false;
    }
    return shown.get().compareTo(exact.get().round(scale, RoundingMode.FLOOR)) == 0
        || shown.get().compareTo(exact.get().round(scale, RoundingMode.CEILING)) == 0;
  }

  /**
   * Whether the monitoring lines read are those the document computes: the same lines, states and
   * statuses, decimals equal by value (a JSON tree of a host's mapper may rewrite {@code 10.00} as
   * {@code 10.0}, as for every other figure).
   */
  private static boolean sameMonitoring(List<MonitoringAssessment> computed, List<MonitoringAssessment> read) {
    if (computed.size() != read.size()) {
      return false;
    }
    for (int i = 0; i < computed.size(); i++) {
      MonitoringAssessment c = computed.get(i);
      MonitoringAssessment r = read.get(i);
      if (!c.getLine().equals(r.getLine()) || c.getState() != r.getState() || c.getStatus() != r.getStatus()
          || !c.getPreviousYear().equals(r.getPreviousYear()) || !c.getPreviousState().equals(r.getPreviousState())
          || !sameDecimal(c.getValue(), r.getValue()) || !sameDecimal(c.getPreviousValue(), r.getPreviousValue())
          || !sameDecimal(c.getChange(), r.getChange())) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameDecimal(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
  }

  private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
