package io.github.treem.io.internal.html;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The view model of the HTML report: everything the template shows, as text already formatted
 * in the report's language, and every chart as geometry (coordinates in SVG user units) computed
 * in Java. The template only places these values; it computes nothing.
 */
public final class View {
  private View() {}

  /**
   * The whole report.
   *
   * @param lang the language tag
   * @param labels the fixed texts
   * @param title the h1 title
   * @param banners the banners above everything (synthetic data, internal use), empty for none
   * @param header the plan's header, as label/value rows
   * @param cards the target cards
   * @param charts the charts, one per indicator with a place breakdown
   * @param tables the tables of the other breakdowns
   * @param dataQuality the data-quality section
   * @param manifest the manifest rows (empty: the section says none was given)
   * @param childFriendly the score card of the child-friendly commune standard, or null
   * @param province the province's view of its communes (a merge's report), or null
   */
  public record Report(String lang, Labels labels, String title, List<String> banners, List<Row> header, List<Card> cards,
      List<Chart> charts, List<Table> tables, DataQualityView dataQuality, List<Row> manifest,
      @Nullable ChildFriendlyView childFriendly, @Nullable ProvinceView province) {
    /**
     * The report without a score card.
     *
     * @param lang the language tag
     * @param labels the fixed texts
     * @param title the h1 title
     * @param banners the banners (synthetic data, internal use)
     * @param header the plan's header
     * @param cards the target cards
     * @param charts the charts
     * @param tables the tables of the other breakdowns
     * @param dataQuality the data-quality section
     * @param manifest the manifest rows
     */
    public Report(String lang, Labels labels, String title, List<String> banners, List<Row> header, List<Card> cards,
        List<Chart> charts, List<Table> tables, DataQualityView dataQuality, List<Row> manifest) {
      this(lang, labels, title, banners, header, cards, charts, tables, dataQuality, manifest, null, null);
    }

    /**
     * A copy with a score card.
     *
     * @param card the score card
     * @return the copy
     */
    public Report withChildFriendly(ChildFriendlyView card) {
      return new Report(lang, labels, title, banners, header, cards, charts, tables, dataQuality, manifest, card,
          province);
    }

    /**
     * A copy with the province's view of its communes.
     *
     * @param view the province's view
     * @return the copy
     */
    public Report withProvince(ProvinceView view) {
      return new Report(lang, labels, title, banners, header, cards, charts, tables, dataQuality, manifest,
          childFriendly, view);
    }

    /** {@return whether the province's view is shown} */
    public boolean hasProvince() {
      return province != null;
    }

    /** {@return whether a score card is shown} */
    public boolean hasChildFriendly() {
      return childFriendly != null;
    }

    /** {@return whether manifest entries were given} */
    public boolean hasManifest() {
      return !manifest.isEmpty();
    }
  }

  /**
   * A label and a value.
   *
   * @param label the label
   * @param value the value
   */
  public record Row(String label, String value) {}

  /**
   * A card of one target.
   *
   * @param id the element id, e.g. {@code target-T1}
   * @param indicatorCode the indicator code
   * @param title the indicator's name
   * @param targetText the target as the plan words it
   * @param requirement the comparison, e.g. "≥ 100%"
   * @param valueText the value, or the no-data text
   * @param status the CSS status class: {@code met}, {@code not-met}, {@code no-data}
   * @param statusSymbol a symbol repeating the status (✓, ✗, –)
   * @param statusText the status in words
   * @param numeratorText the numerator with its meaning
   * @param denominatorText the denominator with its meaning
   * @param lead the lead unit's name
   * @param cooperating the co-operating units' names, joined
   * @param caveat where the indicator measures less than the plan's sentence, empty for none
   * @param gauge the bar with the threshold
   */
  public record Card(String id, String indicatorCode, String title, String targetText, String requirement,
      String valueText, String status, String statusSymbol, String statusText, String numeratorText,
      String denominatorText, String lead, String cooperating, String caveat, Gauge gauge) {
    /** {@return the card's class: {@code monitoring-card} for a monitoring line, else {@code target-card}} */
    public String kind() {
      return id.startsWith("monitoring-") ? "monitoring-card" : "target-card";
    }

    /** {@return whether co-operating units are named} */
    public boolean hasCooperating() {
      return !cooperating.isEmpty();
    }

    /** {@return whether a caveat is shown} */
    public boolean hasCaveat() {
      return !caveat.isEmpty();
    }
  }

  /**
   * A horizontal bar from 0 to the value, with a marker at the threshold.
   *
   * @param width the SVG width
   * @param height the SVG height
   * @param trackY the y of the track
   * @param trackHeight the height of the track and of the bar
   * @param barWidth the width of the value bar (0 when there is no value)
   * @param hasThreshold whether a threshold marker is drawn
   * @param thresholdX the x of the threshold marker
   * @param thresholdLabel the label of the marker
   * @param thresholdLabelX the x of the label
   * @param thresholdAnchor the text-anchor of the label
   * @param scaleLabel the label of the right end of the scale
   * @param title the SVG title
   * @param desc the SVG description
   * @param trackWidth the width of the track
   * @param markerY1 the top of the threshold marker
   * @param markerY2 the bottom of the threshold marker
   * @param thresholdLabelY the baseline of the threshold label
   * @param scaleY the baseline of the scale labels
   * @param scaleEndX the x of the right scale label
   */
  public record Gauge(int width, int height, int trackY, int trackHeight, int barWidth, boolean hasThreshold,
      int thresholdX, String thresholdLabel, int thresholdLabelX, String thresholdAnchor, String scaleLabel,
      String title, String desc, int trackWidth, int markerY1, int markerY2, int thresholdLabelY, int scaleY,
      int scaleEndX) {}

  /**
   * A horizontal bar chart of one indicator by place, with its data table.
   *
   * @param id the element id, e.g. {@code chart-HI_U6}
   * @param patternId the id of the hatch pattern of suppressed bars
   * @param title the h3 title and SVG title
   * @param desc the SVG description
   * @param dimension the name of the dimension (column header)
   * @param width the SVG width
   * @param height the SVG height
   * @param plotX the x of the value axis origin
   * @param plotWidth the width of the plot
   * @param axisY the y of the axis line
   * @param bars the bars
   * @param ticks the ticks of the value axis
   * @param hasThreshold whether a threshold line is drawn
   * @param thresholdX the x of the threshold line
   * @param thresholdLabel the label of the threshold line
   * @param rows the data table
   * @param note a note under the chart (e.g. on suppression), empty for none
   */
  public record Chart(String id, String patternId, String title, String desc, String dimension, int width,
      int height, int plotX, int plotWidth, int axisY, List<Bar> bars, List<Tick> ticks, boolean hasThreshold,
      int thresholdX, String thresholdLabel, List<TableRow> rows, String note) {
    /** {@return whether a note is shown} */
    public boolean hasNote() {
      return !note.isEmpty();
    }

    /** {@return the x of the right end of the value axis} */
    public int plotEndX() {
      return plotX + plotWidth;
    }

    /** {@return the baseline of the tick labels, under the axis} */
    public int tickLabelY() {
      return axisY + 16;
    }
  }

  /**
   * The data table of a breakdown that is not drawn.
   *
   * @param id the element id, e.g. {@code table-SPECIAL_CIRCUMSTANCES-group}
   * @param title the h3 title and caption
   * @param dimension the name of the dimension (column header)
   * @param rows the rows
   * @param note a note under the table (on hidden cells), empty for none
   */
  public record Table(String id, String title, String dimension, List<TableRow> rows, String note) {
    /** {@return whether a note is shown} */
    public boolean hasNote() {
      return !note.isEmpty();
    }
  }

  /**
   * One bar of a chart.
   *
   * @param label the category label
   * @param labelX the x of the label (right-aligned)
   * @param textY the baseline of the label and value texts
   * @param x the x of the bar
   * @param y the y of the bar
   * @param width the width of the bar
   * @param height the height of the bar
   * @param valueText the value text
   * @param valueX the x of the value text
   * @param suppressed whether the cell is suppressed (hatched bar)
   * @param noData whether the cell has no value
   */
  public record Bar(String label, int labelX, int textY, int x, int y, int width, int height, String valueText,
      int valueX, boolean suppressed, boolean noData) {}

  /**
   * A tick of a value axis.
   *
   * @param x the x
   * @param label the label
   */
  public record Tick(int x, String label) {}

  /**
   * A row of a chart's data table.
   *
   * @param key the category
   * @param numerator the numerator text
   * @param denominator the denominator text
   * @param value the value text
   * @param state the state in words
   * @param suppressed whether the row is suppressed
   */
  public record TableRow(String key, String numerator, String denominator, String value, String state,
      boolean suppressed) {}

  /**
   * The data-quality section.
   *
   * @param hasRows whether the input row counts were given
   * @param rows the input row counts
   * @param exclusions the exclusions, by indicator and reason
   * @param suppressedNote the note on small-number suppression
   */
  public record DataQualityView(boolean hasRows, List<Row> rows, List<ExclusionRow> exclusions,
      String suppressedNote) {
    /** {@return whether any child was excluded} */
    public boolean hasExclusions() {
      return !exclusions.isEmpty();
    }
  }

  /**
   * A row of the exclusions table.
   *
   * @param indicator the indicator's name
   * @param reason the reason in words
   * @param code the reason code
   * @param count the count
   */
  public record ExclusionRow(String indicator, String reason, String code, String count) {}

  /**
   * The fixed texts of one language.
   *
   * @param planSection h2 of the plan header
   * @param targetsSection h2 of the targets
   * @param noTargets text when the plan has no target
   * @param value label of the value
   * @param requirement label of the requirement
   * @param status label of the status
   * @param numerator label of the numerator
   * @param denominator label of the denominator
   * @param lead label of the lead unit
   * @param cooperating label of the co-operating units
   * @param chartsSection h2 of the charts
   * @param noCharts text when no indicator has a place breakdown
   * @param tableCaption caption prefix of a data table
   * @param colValue column header of values
   * @param colState column header of states
   * @param dataQualitySection h2 of the data quality
   * @param rowsHeading h3 of the row counts
   * @param noRows text when no row counts were given
   * @param exclusionsHeading h3 of the exclusions
   * @param colIndicator column header of indicators
   * @param colReason column header of reasons
   * @param colCount column header of counts
   * @param noExclusions text when nobody was excluded
   * @param manifestSection h2 of the manifest
   * @param colKey column header of keys
   * @param noManifest text when no manifest was given
   * @param legend legend of the status colours
   * @param caveat label of an indicator's caveat
   * @param tablesSection h2 of the other breakdowns
   */
  public record Labels(String planSection, String targetsSection, String noTargets, String value, String requirement,
      String status, String numerator, String denominator, String lead, String cooperating, String chartsSection,
      String noCharts, String tableCaption, String colValue, String colState, String dataQualitySection,
      String rowsHeading, String noRows, String exclusionsHeading, String colIndicator, String colReason,
      String colCount, String noExclusions, String manifestSection, String colKey, String noManifest,
      String legend, String caveat, String tablesSection) {}
}
