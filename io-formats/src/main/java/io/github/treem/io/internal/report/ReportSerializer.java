package io.github.treem.io.internal.report;

import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.Indicator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.io.report.ReportDocument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link ReportDocument} in the format of {@code report-v1.schema.json}: properties in a
 * fixed order, absent figures as {@code null}, decimals as written by {@link BigDecimal#toPlainString()},
 * indicator names in the language of the write's attribute {@link #LANGUAGE}, and a line feed
 * after the document. The line breaks before each indicator and target come from
 * {@link ReportPrettyPrinter}; the manifest's strings are escaped as
 * {@link ReportEscapes#MANIFEST}.
 */
public final class ReportSerializer extends StdSerializer<ReportDocument> {
  /** The write attribute holding the {@link Language} of indicator names (default: Vietnamese). */
  public static final String LANGUAGE = "io.github.treem.io.report.language";

  /** Creates the serializer. */
  public ReportSerializer() {
    super(ReportDocument.class);
  }

  @Override
  public void serialize(ReportDocument doc, JsonGenerator g, SerializationContext ctxt) {
    boolean vi = ctxt.getAttribute(LANGUAGE) != Language.EN;
    IndicatorReport report = doc.getReport();
    g.writeStartObject(doc);
    g.writeNumberProperty("year", report.getYear());
    g.writeStringProperty("referenceDate", report.getReferenceDate().toString());
    g.writeBooleanProperty("suppressed", report.isSuppressed());
    g.writeName("indicators");
    g.writeStartArray(report.getResults(), report.getResults().size());
    for (IndicatorResult r : report.getResults()) {
      indicator(g, r, vi);
    }
    g.writeEndArray();
    g.writeName("targets");
    g.writeStartArray(doc.getTargets(), doc.getTargets().size());
    for (TargetAssessment t : doc.getTargets()) {
      target(g, t);
    }
    g.writeEndArray();
    if (report.getDataQuality().isPresent()) {
      DataQuality q = report.getDataQuality().get();
      g.writeName("dataQuality");
      g.writeStartObject(q);
      g.writeNumberProperty("rowsRead", q.getRowsRead());
      g.writeNumberProperty("rowsAccepted", q.getRowsAccepted());
      g.writeNumberProperty("rowsRejected", q.getRowsRejected());
      g.writeEndObject();
    }
    if (doc.getManifest().isPresent()) {
      g.writeName("manifest");
      manifest(g, doc.getManifest().get());
    }
    g.writeEndObject();
    g.writeRaw('\n');
  }

  private static void indicator(JsonGenerator g, IndicatorResult r, boolean vi) {
    Indicator i = r.getIndicator();
    boolean count = i.getUnit() == IndicatorUnit.COUNT;
    g.writeStartObject(r);
    g.writeStringProperty("code", r.getCode());
    g.writeStringProperty("name", vi ? i.getNameVi() : i.getNameEn());
    g.writeStringProperty("unit", i.getUnit().name());
    g.writeNumberProperty("numerator", r.getNumerator());
    if (count) {
      g.writeNullProperty("denominator");
    } else {
      g.writeNumberProperty("denominator", r.getDenominator());
    }
    decimal(g, "value", r.getValue());
    g.writeStringProperty("state", r.getState().name());
    g.writeName("exclusions");
    g.writeStartObject(r.getExclusions());
    for (Map.Entry<ExclusionReason, Long> e : r.getExclusions().entrySet()) {
      g.writeNumberProperty(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeName("breakdowns");
    g.writeStartObject(r.getBreakdowns());
    for (Map.Entry<BreakdownDimension, List<BreakdownCell>> d : r.getBreakdowns().entrySet()) {
      g.writeName(d.getKey().getKey());
      g.writeStartArray(d.getValue(), d.getValue().size());
      for (BreakdownCell c : d.getValue()) {
        g.writeStartObject(c);
        g.writeStringProperty("key", c.getKey());
        count(g, "numerator", c.getNumerator());
        if (count) {
          g.writeNullProperty("denominator");
        } else {
          count(g, "denominator", c.getDenominator());
        }
        decimal(g, "value", c.getValue());
        g.writeStringProperty("state", c.getState().name());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void target(JsonGenerator g, TargetAssessment t) {
    g.writeStartObject(t);
    g.writeStringProperty("id", t.getTargetId());
    g.writeStringProperty("indicator", t.getIndicatorCode());
    g.writeStringProperty("comparator", t.getComparator().name());
    decimal(g, "threshold", t.getReference());
    decimal(g, "value", t.getValue());
    g.writeStringProperty("status", t.getStatus().name());
    decimal(g, "gap", t.getGap());
    g.writeEndObject();
  }

  private static void manifest(JsonGenerator g, ReportManifest m) {
    CharacterEscapes report = g.getCharacterEscapes();
    g.setCharacterEscapes(ReportEscapes.MANIFEST);
    g.writeStartObject(m);
    g.writeStringProperty("treemVersion", m.getTreemVersion());
    g.writeNumberProperty("year", m.getYear());
    g.writeStringProperty("referenceDate", m.getReferenceDate().toString());
    strings(g, "growthTables", m.getGrowthTables());
    strings(g, "inputs", m.getInputs());
    strings(g, "options", m.getOptions());
    g.writeEndObject();
    g.setCharacterEscapes(report);
  }

  private static void strings(JsonGenerator g, String name, Map<String, String> map) {
    g.writeName(name);
    g.writeStartObject(map);
    for (Map.Entry<String, String> e : map.entrySet()) {
      g.writeStringProperty(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void count(JsonGenerator g, String name, OptionalLong v) {
    if (v.isPresent()) {
      g.writeNumberProperty(name, v.getAsLong());
    } else {
      g.writeNullProperty(name);
    }
  }

  private static void decimal(JsonGenerator g, String name, Optional<BigDecimal> v) {
    if (v.isPresent()) {
      g.writeNumberProperty(name, v.get());
    } else {
      g.writeNullProperty(name);
    }
  }
}
