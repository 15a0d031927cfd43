package io.github.treem.io.internal.codec;

import io.github.treem.codec.internal.TokenReader;
import io.github.treem.codec.internal.TokenWriter;
import io.github.treem.codec.internal.ValueCodec;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.Indicator;
import io.github.treem.indicators.Trend;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The trend JSON of {@code io.github.treem.io.report.TrendReport}:
 * {@code {"years":[...],"series":[{"indicator","name","unit","dimension","key","points":[{"year",
 * "numerator","denominator","value","state","change","changeFrom"}]}]}}, every property always
 * written (an absent figure, and the dimension and key of a total, as {@code null}), decimals in
 * plain notation, indicator names in the language of the write attribute {@link #LANGUAGE}
 * (default: Vietnamese), strings escaped as the generator escapes them. The layout is the
 * generator's.
 *
 * <p>Written only: a trend is made again from the reports it compares, never read back.
 */
public final class TrendCodec {
  /** The write attribute holding the {@link Language} of indicator names (default: Vietnamese). */
  public static final String LANGUAGE = ReportCodec.LANGUAGE;

  /** The trend. */
  public static final ValueCodec<Trend> TREND = new WriteOnly<>() {
    @Override
    public void write(Trend trend, TokenWriter out) {
      boolean en = out.attribute(LANGUAGE) == Language.EN;
      out.startObject(trend);
      out.name("years");
      List<Integer> years = trend.getYears();
      out.startArray(years, years.size());
      for (int y : years) {
        out.number(y);
      }
      out.endArray();
      out.name("series");
      List<Trend.Series> series = trend.getSeries();
      out.startArray(series, series.size());
      for (Trend.Series s : series) {
        series(s, en, out);
      }
      out.endArray();
      out.endObject();
    }
  };

  private TrendCodec() {}

  private static void series(Trend.Series s, boolean en, TokenWriter out) {
    Indicator i = s.getIndicator();
    out.startObject(s);
    out.name("indicator");
    out.string(i.getCode());
    out.name("name");
    out.string(en ? i.getNameEn() : i.getNameVi());
    out.name("unit");
    out.string(i.getUnit().name());
    out.name("dimension");
    stringOrNull(s.getDimension().map(d -> d.getKey()), out);
    out.name("key");
    stringOrNull(s.getKey(), out);
    out.name("points");
    List<Trend.Point> points = s.getPoints();
    out.startArray(points, points.size());
    for (Trend.Point p : points) {
      point(p, out);
    }
    out.endArray();
    out.endObject();
  }

  private static void point(Trend.Point p, TokenWriter out) {
    out.startObject(p);
    out.name("year");
    out.number(p.getYear());
    out.name("numerator");
    countOrNull(p.getNumerator(), out);
    out.name("denominator");
    countOrNull(p.getDenominator(), out);
    out.name("value");
    decimalOrNull(p.getValue(), out);
    out.name("state");
    out.string(p.getState().name());
    out.name("change");
    decimalOrNull(p.getChange(), out);
    out.name("changeFrom");
    OptionalInt from = p.getChangeFrom();
    if (from.isPresent()) {
      out.number(from.getAsInt());
    } else {
      out.nullValue();
    }
    out.endObject();
  }

  private static void stringOrNull(Optional<String> v, TokenWriter out) {
    if (v.isPresent()) {
      out.string(v.get());
    } else {
      out.nullValue();
    }
  }

  private static void decimalOrNull(Optional<BigDecimal> v, TokenWriter out) {
    if (v.isPresent()) {
      out.decimal(v.get());
    } else {
      out.nullValue();
    }
  }

  private static void countOrNull(OptionalLong v, TokenWriter out) {
    if (v.isPresent()) {
      out.number(v.getAsLong());
    } else {
      out.nullValue();
    }
  }

  /** A codec that writes only. */
  private abstract static class WriteOnly<V> implements ValueCodec<V> {
    @Override
    public V read(TokenReader in, Class<?> owner) {
      throw new UnsupportedOperationException("a trend is written only: make it again from its reports");
    }
  }
}
