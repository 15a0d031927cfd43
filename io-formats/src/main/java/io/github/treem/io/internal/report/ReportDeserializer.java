package io.github.treem.io.internal.report;

import io.github.treem.core.plan.TargetComparator;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.Indicator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.indicators.ValueState;
import io.github.treem.io.internal.json.JsonValues;
import io.github.treem.io.report.ReportDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a {@link ReportDocument} in the format of {@code report-v1.schema.json}. Values are
 * rebuilt through the public factories of the indicators module, so every derived figure is
 * recomputed: an indicator's or a cell's value and state from its numerator and denominator, a
 * target's status and gap from its threshold and value, and the cells of a suppressed report by
 * small-number suppression. A figure in the text that differs from the recomputed one is an
 * invalid value, never taken on trust. Indicator names are display text and are not read back.
 *
 * <p>Every problem goes through the {@link DeserializationContext} with the property path and a
 * message starting with a stable id ({@code TREEM-IO-100n}), and never repeats an input value.
 */
public final class ReportDeserializer extends StdDeserializer<ReportDocument> {
  private static final List<String> ROOT =
      List.of("year", "referenceDate", "suppressed", "indicators", "targets", "dataQuality", "manifest");
  private static final List<String> INDICATOR =
      List.of("code", "name", "unit", "numerator", "denominator", "value", "state", "exclusions", "breakdowns");
  private static final List<String> CELL = List.of("key", "numerator", "denominator", "value", "state");
  private static final List<String> TARGET =
      List.of("id", "indicator", "comparator", "threshold", "value", "status", "gap");
  private static final List<String> QUALITY = List.of("rowsRead", "rowsAccepted", "rowsRejected");
  private static final List<String> MANIFEST =
      List.of("treemVersion", "year", "referenceDate", "growthTables", "inputs", "options");

  /** Creates the deserializer. */
  public ReportDeserializer() {
    super(ReportDocument.class);
  }

  /** Reads one property; false when the name is unknown. */
  private interface PropertyReader {
    boolean read(String name);
  }

  @Override
  public ReportDocument deserialize(JsonParser p, DeserializationContext ctxt) {
    Class<?> o = ReportDocument.class;
    int[] year = new int[1];
    LocalDate[] ref = new LocalDate[1];
    boolean[] suppressed = new boolean[1];
    List<IndicatorResult> results = new ArrayList<>();
    List<TargetAssessment> targets = new ArrayList<>();
    List<DataQuality> quality = new ArrayList<>(1);
    List<ReportManifest> manifest = new ArrayList<>(1);
    object(p, ctxt, o, ROOT, name -> {
      switch (name) {
        case "year":
          year[0] = JsonValues.integer(p, ctxt, o);
          return true;
        case "referenceDate":
          ref[0] = JsonValues.date(p, ctxt, o);
          return true;
        case "suppressed":
          suppressed[0] = JsonValues.bool(p, ctxt, o);
          return true;
        case "indicators":
          array(p, ctxt, o, results, () -> indicator(p, ctxt));
          return true;
        case "targets":
          array(p, ctxt, o, targets, () -> target(p, ctxt));
          return true;
        case "dataQuality":
          quality.add(dataQuality(p, ctxt));
          return true;
        case "manifest":
          manifest.add(manifest(p, ctxt));
          return true;
        default:
          return false;
      }
    }, "year", "referenceDate", "indicators", "targets");
    IndicatorReport report = build(ctxt, IndicatorReport.class, () -> IndicatorReport.of(year[0], ref[0], results));
    if (!quality.isEmpty()) {
      report = report.withDataQuality(quality.get(0));
    }
    if (suppressed[0]) {
      report = report.suppressed();
      if (!report.getResults().equals(results)) {
        fail(ctxt, "indicators", "a figure of a suppressed report is one that small-number suppression hides");
      }
    }
    ReportDocument.Builder b = ReportDocument.builder().report(report).targets(targets);
    manifest.forEach(b::manifest);
    return b.build();
  }

  // ------------------------------------------------------------------ indicators

  private IndicatorResult indicator(JsonParser p, DeserializationContext ctxt) {
    Class<?> o = IndicatorResult.class;
    Indicator[] indicator = new Indicator[1];
    IndicatorUnit[] unit = new IndicatorUnit[1];
    long[] numerator = new long[1];
    List<OptionalLong> denominator = new ArrayList<>(1);
    List<Optional<BigDecimal>> value = new ArrayList<>(1);
    ValueState[] state = new ValueState[1];
    Map<ExclusionReason, Long> exclusions = new LinkedHashMap<>();
    Map<BreakdownDimension, List<RawCell>> breakdowns = new LinkedHashMap<>();
    object(p, ctxt, o, INDICATOR, name -> {
      switch (name) {
        case "code": {
          String code = JsonValues.string(p, ctxt, o);
          indicator[0] = Indicators.fromCode(code).filter(i -> i.getCode().equals(code)).orElse(null);
          if (indicator[0] == null) {
            JsonValues.invalid(ctxt, o, "not the code of a treem indicator");
          }
          return true;
        }
        case "name":
          JsonValues.string(p, ctxt, o); // display text, in the language written
          return true;
        case "unit":
          unit[0] = JsonValues.enumByName(p, ctxt, IndicatorUnit.class);
          return true;
        case "numerator":
          numerator[0] = count(p, ctxt, o);
          return true;
        case "denominator":
          denominator.add(countOrNull(p, ctxt, o));
          return true;
        case "value":
          value.add(decimalOrNull(p, ctxt, o));
          return true;
        case "state":
          state[0] = JsonValues.enumByName(p, ctxt, ValueState.class);
          return true;
        case "exclusions":
          object(p, ctxt, o, null, reason -> {
            ExclusionReason r = constant(ExclusionReason.class, reason);
            if (r == null) {
              JsonValues.invalid(ctxt, o, "not an exclusion reason of treem");
            }
            exclusions.put(r, count(p, ctxt, o));
            return true;
          });
          return true;
        case "breakdowns":
          object(p, ctxt, o, null, key -> {
            BreakdownDimension d = BreakdownDimension.fromKey(key).filter(x -> x.getKey().equals(key)).orElse(null);
            if (d == null) {
              JsonValues.invalid(ctxt, o, "not a breakdown dimension of treem");
            }
            List<RawCell> cells = new ArrayList<>();
            array(p, ctxt, o, cells, () -> cell(p, ctxt));
            breakdowns.put(d, cells);
            return true;
          });
          return true;
        default:
          return false;
      }
    }, "code", "numerator", "denominator", "value", "state", "exclusions", "breakdowns");
    Indicator i = indicator[0];
    boolean count = i.getUnit() == IndicatorUnit.COUNT;
    if (unit[0] != null && unit[0] != i.getUnit()) {
      fail(ctxt, "unit", "not the unit of the indicator");
    }
    if (count != denominator.get(0).isEmpty()) {
      fail(ctxt, "denominator", "must be null for a count indicator and only then");
    }
    Map<BreakdownDimension, List<BreakdownCell>> cells = new LinkedHashMap<>();
    for (Map.Entry<BreakdownDimension, List<RawCell>> e : breakdowns.entrySet()) {
      List<BreakdownCell> list = new ArrayList<>();
      for (int k = 0; k < e.getValue().size(); k++) {
        try {
          list.add(e.getValue().get(k).resolve(ctxt, i.getUnit()));
        } catch (JacksonException ex) {
          throw JacksonException.wrapWithPath(JacksonException.wrapWithPath(
              JacksonException.wrapWithPath(ex, list, k), cells, e.getKey().getKey()), breakdowns, "breakdowns");
        }
      }
      cells.put(e.getKey(), list);
    }
    IndicatorResult r = build(ctxt, IndicatorResult.class,
        () -> IndicatorResult.of(i, numerator[0], denominator.get(0).orElse(0), exclusions, cells));
    if (!sameDecimal(r.getValue(), value.get(0)) || r.getState() != state[0]) {
      fail(ctxt, "value", "value or state does not follow from the numerator and the denominator");
    }
    return r;
  }

  /** A cell as read, resolved once the indicator's unit is known. */
  private static final class RawCell {
    String key;
    OptionalLong numerator;
    OptionalLong denominator;
    Optional<BigDecimal> value;
    ValueState state;

    BreakdownCell resolve(DeserializationContext ctxt, IndicatorUnit unit) {
      if (state == ValueState.SUPPRESSED) {
        if (numerator.isPresent() || denominator.isPresent() || value.isPresent()) {
          fail(ctxt, "state", "a suppressed cell has null figures");
        }
        return BreakdownCell.suppressed(key);
      }
      if (numerator.isEmpty()) {
        fail(ctxt, "numerator", "null only in a suppressed cell");
      }
      if ((unit == IndicatorUnit.COUNT) != denominator.isEmpty()) {
        fail(ctxt, "denominator", "must be null for a count indicator or a suppressed cell, and only then");
      }
      BreakdownCell c = BreakdownCell.of(key, unit, numerator.getAsLong(), denominator.orElse(0));
      if (!sameDecimal(c.getValue(), value) || c.getState() != state) {
        fail(ctxt, "value", "value or state does not follow from the numerator and the denominator");
      }
      return c;
    }
  }

  private RawCell cell(JsonParser p, DeserializationContext ctxt) {
    Class<?> o = BreakdownCell.class;
    RawCell c = new RawCell();
    object(p, ctxt, o, CELL, name -> {
      switch (name) {
        case "key":
          c.key = JsonValues.string(p, ctxt, o);
          if (c.key.isEmpty()) {
            JsonValues.invalid(ctxt, o, "a cell key must not be empty");
          }
          return true;
        case "numerator":
          c.numerator = countOrNull(p, ctxt, o);
          return true;
        case "denominator":
          c.denominator = countOrNull(p, ctxt, o);
          return true;
        case "value":
          c.value = decimalOrNull(p, ctxt, o);
          return true;
        case "state":
          c.state = JsonValues.enumByName(p, ctxt, ValueState.class);
          return true;
        default:
          return false;
      }
    }, "key", "numerator", "denominator", "value", "state");
    return c;
  }

  // ------------------------------------------------------------------ targets, data quality, manifest

  private TargetAssessment target(JsonParser p, DeserializationContext ctxt) {
    Class<?> o = TargetAssessment.class;
    String[] text = {"", null};
    TargetComparator[] comparator = new TargetComparator[1];
    List<Optional<BigDecimal>> threshold = new ArrayList<>(1);
    List<Optional<BigDecimal>> value = new ArrayList<>(1);
    TargetStatus[] status = new TargetStatus[1];
    List<Optional<BigDecimal>> gap = new ArrayList<>(1);
    object(p, ctxt, o, TARGET, name -> {
      switch (name) {
        case "id":
          text[0] = JsonValues.string(p, ctxt, o);
          return true;
        case "indicator":
          text[1] = JsonValues.string(p, ctxt, o);
          return true;
        case "comparator":
          comparator[0] = JsonValues.enumByName(p, ctxt, TargetComparator.class);
          return true;
        case "threshold":
          threshold.add(decimalOrNull(p, ctxt, o));
          return true;
        case "value":
          value.add(decimalOrNull(p, ctxt, o));
          return true;
        case "status":
          status[0] = JsonValues.enumByName(p, ctxt, TargetStatus.class);
          return true;
        case "gap":
          gap.add(decimalOrNull(p, ctxt, o));
          return true;
        default:
          return false;
      }
    }, "indicator", "comparator", "threshold", "status", "gap");
    Optional<BigDecimal> ref = threshold.get(0);
    if (ref.isPresent() && !Double.isFinite(ref.get().doubleValue())) {
      fail(ctxt, "threshold", "number out of range");
    }
    OptionalDouble reference = ref.isPresent() ? OptionalDouble.of(ref.get().doubleValue()) : OptionalDouble.empty();
    Optional<BigDecimal> v = value.isEmpty() ? Optional.empty() : value.get(0);
    TargetAssessment t = build(ctxt, TargetAssessment.class,
        () -> TargetAssessment.of(text[0], text[1], comparator[0], reference, v));
    if (t.getStatus() != status[0] || !sameDecimal(t.getGap(), gap.get(0))) {
      fail(ctxt, "status", "status or gap does not follow from the threshold and the value");
    }
    return t;
  }

  private DataQuality dataQuality(JsonParser p, DeserializationContext ctxt) {
    Class<?> o = DataQuality.class;
    long[] n = new long[3];
    object(p, ctxt, o, QUALITY, name -> {
      int k = QUALITY.indexOf(name);
      if (k < 0) {
        return false;
      }
      n[k] = count(p, ctxt, o);
      return true;
    }, QUALITY.toArray(new String[0]));
    return build(ctxt, DataQuality.class, () -> DataQuality.of(n[0], n[1], n[2]));
  }

  private ReportManifest manifest(JsonParser p, DeserializationContext ctxt) {
    Class<?> o = ReportManifest.class;
    ReportManifest.Builder b = ReportManifest.builder();
    object(p, ctxt, o, MANIFEST, name -> {
      switch (name) {
        case "treemVersion":
          b.treemVersion(JsonValues.string(p, ctxt, o));
          return true;
        case "year":
          b.year(JsonValues.integer(p, ctxt, o));
          return true;
        case "referenceDate":
          b.referenceDate(JsonValues.date(p, ctxt, o));
          return true;
        case "growthTables":
          object(p, ctxt, o, null, k -> {
            b.putGrowthTables(k, JsonValues.string(p, ctxt, o));
            return true;
          });
          return true;
        case "inputs":
          object(p, ctxt, o, null, k -> {
            b.putInputs(k, JsonValues.string(p, ctxt, o));
            return true;
          });
          return true;
        case "options":
          object(p, ctxt, o, null, k -> {
            b.putOptions(k, JsonValues.string(p, ctxt, o));
            return true;
          });
          return true;
        default:
          return false;
      }
    }, MANIFEST.toArray(new String[0]));
    return build(ctxt, ReportManifest.class, b::build);
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Reads an object, one property at a time, adding the property name to the path of any problem.
   *
   * @param known the names of the properties, which must not be null unless the reader accepts
   *     null; null when the object is a map (any name, values never null)
   */
  private void object(JsonParser p, DeserializationContext ctxt, Class<?> owner, List<String> known,
      PropertyReader reader, String... required) {
    JsonValues.expect(p, ctxt, owner, JsonToken.START_OBJECT, "an object");
    Set<String> seen = new HashSet<>();
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken t = p.nextToken();
      boolean ok;
      try {
        if (t == JsonToken.VALUE_NULL && known == null) {
          JsonValues.wrongType(p, ctxt, owner, "a value");
        }
        ok = reader.read(name);
      } catch (JacksonException e) {
        throw JacksonException.wrapWithPath(e, owner, name);
      }
      if (ok) {
        seen.add(name);
      } else {
        ctxt.handleUnknownProperty(p, this, owner, name);
      }
    }
    for (String r : required) {
      if (!seen.contains(r)) {
        JsonValues.missing(ctxt, owner, r);
      }
    }
  }

  /** Reads an array of objects, adding the index to the path of any problem. */
  private static <T> void array(JsonParser p, DeserializationContext ctxt, Class<?> owner, List<T> out,
      Supplier<T> element) {
    JsonValues.expect(p, ctxt, owner, JsonToken.START_ARRAY, "an array");
    int i = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
      try {
        out.add(element.get());
      } catch (JacksonException e) {
        throw JacksonException.wrapWithPath(e, out, i);
      }
    }
  }

  private static long count(JsonParser p, DeserializationContext ctxt, Class<?> owner) {
    JsonValues.expect(p, ctxt, owner, JsonToken.VALUE_NUMBER_INT, "an integer");
    JsonParser.NumberType n = p.getNumberType();
    if (n != JsonParser.NumberType.INT && n != JsonParser.NumberType.LONG) {
      JsonValues.invalid(ctxt, owner, "integer out of range");
    }
    long v = p.getLongValue();
    if (v < 0) {
      JsonValues.invalid(ctxt, owner, "a count must not be negative");
    }
    return v;
  }

  private static OptionalLong countOrNull(JsonParser p, DeserializationContext ctxt, Class<?> owner) {
    return p.currentToken() == JsonToken.VALUE_NULL ? OptionalLong.empty() : OptionalLong.of(count(p, ctxt, owner));
  }

  private static Optional<BigDecimal> decimalOrNull(JsonParser p, DeserializationContext ctxt, Class<?> owner) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      JsonValues.wrongType(p, ctxt, owner, "a number or null");
    }
    return Optional.of(p.getDecimalValue());
  }

  private static boolean sameDecimal(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** Builds a value, turning a broken invariant into an invalid-value problem with the cause kept. */
  private static <T> T build(DeserializationContext ctxt, Class<T> type, Supplier<T> factory) {
    try {
      return Objects.requireNonNull(factory.get());
    } catch (RuntimeException e) {
      if (e instanceof JacksonException) {
        throw e;
      }
      @SuppressWarnings("unchecked")
      T handled = (T) ctxt.handleInstantiationProblem(type, null, e);
      return handled;
    }
  }

  /** Reports a value that does not agree with the others, at a property of the object read. */
  private static void fail(DeserializationContext ctxt, String property, String what) {
    try {
      JsonValues.invalid(ctxt, Object.class, what);
    } catch (JacksonException e) {
      throw JacksonException.wrapWithPath(e, Object.class, property);
    }
  }
}
