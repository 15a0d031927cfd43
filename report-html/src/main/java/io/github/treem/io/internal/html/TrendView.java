package io.github.treem.io.internal.html;

import java.util.List;

/**
 * What the trend page shows, ready to render: every text final and every SVG coordinate
 * computed, so that the template only places them (it escapes every text).
 *
 * @param lang the page's {@code lang}
 * @param title the title
 * @param intro the line under the title
 * @param yearsHeader the header of the year column
 * @param valueHeader the header of the value column
 * @param changeHeader the header of the change column
 * @param indicators one section per indicator
 */
public record TrendView(String lang, String title, String intro, String yearsHeader, String valueHeader,
    String changeHeader, List<Indicator> indicators) {

  /**
   * One indicator: its line chart and the table beside it.
   *
   * @param id the section's id
   * @param code the indicator's code
   * @param name the indicator's name
   * @param chartTitle the chart's title
   * @param chartDescription the chart's description (every point in words)
   * @param width the SVG width
   * @param height the SVG height
   * @param polyline the points of the line, {@code x,y x,y ...} (empty when fewer than two values)
   * @param dots one dot per value
   * @param axisLabels the years under the axis
   * @param rows the table's rows
   */
  public record Indicator(String id, String code, String name, String chartTitle, String chartDescription, int width,
      int height, String polyline, List<Dot> dots, List<Label> axisLabels, List<Row> rows) {}

  /**
   * A point of the line with its label.
   *
   * @param x x
   * @param y y
   * @param label the value shown above it
   */
  public record Dot(int x, int y, String label) {}

  /**
   * A year under the axis.
   *
   * @param x x
   * @param y y
   * @param text the year
   */
  public record Label(int x, int y, String text) {}

  /**
   * A row of the table.
   *
   * @param year the year
   * @param value the value as shown
   * @param change the change as shown
   */
  public record Row(String year, String value, String change) {}
}
