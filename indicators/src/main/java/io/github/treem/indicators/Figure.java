package io.github.treem.indicators;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One published figure of a report, as the disclosure audit names it: an indicator's total, one
 * cell of one of its breakdowns, or one of its exclusion counts.
 *
 * @param indicatorCode the indicator's code
 * @param part which kind of figure
 * @param dimension the breakdown, for a cell
 * @param key the cell's key, the exclusion reason's name, or empty text for a total
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Figure(String indicatorCode, Part part, Optional<BreakdownDimension> dimension, String key)
    implements Comparable<Figure> {

  /** The kind of a published figure. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Part {
    /** The indicator's total. */
    TOTAL,
    /** A cell of a breakdown. */
    CELL,
    /** An exclusion count. */
    EXCLUSION
  }

  private static final Comparator<Figure> ORDER = Comparator
      .comparing((Figure f) -> Indicators.fromCode(f.indicatorCode).map(Enum::ordinal).orElse(Integer.MAX_VALUE))
      .thenComparing(Figure::indicatorCode)
      .thenComparing(Figure::part)
      .thenComparing(f -> f.dimension.map(Enum::ordinal).orElse(-1))
      .thenComparing(Figure::key, BreakdownCell.keyOrder());

  /**
   * Checks the components.
   *
   * @param indicatorCode the indicator's code
   * @param part which kind of figure
   * @param dimension the breakdown, for a cell
   * @param key the key
   */
  public Figure {
    Objects.requireNonNull(indicatorCode, "indicatorCode must not be null");
    Objects.requireNonNull(part, "part must not be null");
    Objects.requireNonNull(dimension, "dimension must not be null");
    Objects.requireNonNull(key, "key must not be null");
    if ((part == Part.CELL) != dimension.isPresent()) {
      throw new IllegalArgumentException("a cell, and only a cell, has a dimension");
    }
  }

  /**
   * The total of an indicator.
   *
   * @param indicatorCode the code
   * @return the figure
   */
  public static Figure total(String indicatorCode) {
    return new Figure(indicatorCode, Part.TOTAL, Optional.empty(), "");
  }

  /**
   * A breakdown cell.
   *
   * @param indicatorCode the code
   * @param dimension the breakdown
   * @param key the cell's key
   * @return the figure
   */
  public static Figure cell(String indicatorCode, BreakdownDimension dimension, String key) {
    return new Figure(indicatorCode, Part.CELL, Optional.of(dimension), key);
  }

  /**
   * An exclusion count.
   *
   * @param indicatorCode the code
   * @param reason the reason
   * @return the figure
   */
  public static Figure exclusion(String indicatorCode, ExclusionReason reason) {
    return new Figure(indicatorCode, Part.EXCLUSION, Optional.empty(), reason.name());
  }

  /** Catalogue order of indicators, then total, cells (by dimension and key order), exclusions. */
  @Override
  public int compareTo(Figure o) {
    return ORDER.compare(this, o);
  }

  /** {@return e.g. {@code "HI_U6/group/DD"}, {@code "HI_U6/total"}, {@code "WELFARE_COVERAGE/exclusion/MISSING_POVERTY"}} */
  @Override
  public String toString() {
    return switch (part) {
      case TOTAL -> indicatorCode + "/total";
      case CELL -> indicatorCode + "/" + dimension.orElseThrow().getKey() + "/" + key;
      default -> indicatorCode + "/exclusion/" + key;
    };
  }
}
