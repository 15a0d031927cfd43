package io.github.treem.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Language;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.Trend;
import io.github.treem.io.internal.report.ReportPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trend JSON ({@code treem trend --format json}): golden files, and byte identity with the
 * hand-written Jackson generator it replaced (kept here as the reference) on seeded random series
 * whose cell keys hold quotes, back-slashes, control characters and emoji.
 */
class TrendReportJsonTest {

  /** Three years of one commune: the small report, its edges, and a year with no data. */
  static List<ReportDocument> series() {
    ReportDocument small = ReportFixtures.small();
    ReportDocument edges = ReportFixtures.edges();
    IndicatorReport r2021 = IndicatorReport.of(2021, java.time.LocalDate.of(2021, 12, 31),
        small.getReport().getResults());
    IndicatorReport r2019 = IndicatorReport.of(2019, java.time.LocalDate.of(2019, 12, 31),
        edges.getReport().getResults());
    return List.of(ReportDocument.unsuppressedForInternalUse(r2019, List.of()), small,
        ReportDocument.unsuppressedForInternalUse(r2021, List.of()));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theGoldenFilesAreUnchanged(Language language) throws IOException {
    TrendReport t = TrendReport.of(series());
    String file = "trend-" + language.name().toLowerCase(java.util.Locale.ROOT) + ".json";
    // the golden files were written by the reference renderer (the code before the codec layer)
    String golden = ReportJsonTest.golden(file, Reference.json(t.getTrend(), language));
    assertThat(t.json(language)).isEqualTo(golden);
    assertThat(golden).isEqualTo(Reference.json(t.getTrend(), language));
  }

  static List<Long> seeds() {
    return java.util.stream.LongStream.rangeClosed(1, 100).boxed().toList();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void writesTheBytesOfTheReferenceRenderer(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<ReportDocument> docs = new ArrayList<>();
    Set<Integer> years = new HashSet<>();
    for (int k = 0, n = 1 + rnd.nextInt(4); k < n; k++) {
      ReportDocument d = ReportFixtures.random(seed * 31 + k);
      if (years.add(d.getReport().getYear())) {
        docs.add(d);
      }
    }
    TrendReport t = TrendReport.of(docs);
    for (Language language : Language.values()) {
      assertThat(t.json(language)).isEqualTo(Reference.json(t.getTrend(), language));
    }
  }

  /** The JSON writer of TrendReport before it went through the codec layer (issue 22). */
  private static final class Reference {
    private static final JsonMapper JSON =
        JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    static String json(Trend trend, Language language) {
      StringWriter out = new StringWriter();
      try (JsonGenerator g = JSON.writer().with(ReportPrettyPrinter.INSTANCE).createGenerator(out)) {
        g.writeStartObject();
        g.writeName("years");
        g.writeStartArray();
        for (int y : trend.getYears()) {
          g.writeNumber(y);
        }
        g.writeEndArray();
        g.writeName("series");
        g.writeStartArray();
        for (Trend.Series s : trend.getSeries()) {
          g.writeStartObject();
          g.writeStringProperty("indicator", s.getIndicator().getCode());
          g.writeStringProperty("name", language == Language.VI ? s.getIndicator().getNameVi()
              : s.getIndicator().getNameEn());
          g.writeStringProperty("unit", s.getIndicator().getUnit().name());
          g.writeStringProperty("dimension", s.getDimension().map(d -> d.getKey()).orElse(null));
          g.writeStringProperty("key", s.getKey().orElse(null));
          g.writeName("points");
          g.writeStartArray();
          for (Trend.Point p : s.getPoints()) {
            g.writeStartObject();
            g.writeNumberProperty("year", p.getYear());
            g.writeName("numerator");
            number(g, p.getNumerator().isPresent() ? BigDecimal.valueOf(p.getNumerator().getAsLong()) : null);
            g.writeName("denominator");
            number(g, p.getDenominator().isPresent() ? BigDecimal.valueOf(p.getDenominator().getAsLong()) : null);
            g.writeName("value");
            number(g, p.getValue().orElse(null));
            g.writeStringProperty("state", p.getState().name());
            g.writeName("change");
            number(g, p.getChange().orElse(null));
            g.writeName("changeFrom");
            number(g, p.getChangeFrom().isPresent() ? BigDecimal.valueOf(p.getChangeFrom().getAsInt()) : null);
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      return out + "\n";
    }

    private static void number(JsonGenerator g, BigDecimal v) {
      if (v == null) {
        g.writeNull();
      } else {
        g.writeNumber(v.toPlainString());
      }
    }
  }
}
