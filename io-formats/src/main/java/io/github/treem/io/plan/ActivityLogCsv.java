package io.github.treem.io.plan;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The columns of the CSV form of an activity log, for officers (one activity per row, a header
 * row first; the separator is a comma, or a semicolon when the header has semicolons and no
 * comma, as spreadsheets in Vietnamese locales write). Required: {@code id}, {@code date},
 * {@code unitId}, {@code itemIds}, {@code kind}.
 *
 * <ul>
 *   <li>dates: {@code yyyy-MM-dd} or {@code dd/MM/yyyy};
 *   <li>lists ({@code cooperatingUnitIds}, {@code itemIds}): identifiers separated by {@code ;}
 *       or {@code |};
 *   <li>{@code kind}: the name of an {@link io.github.treem.core.plan.ActivityKind} (any case);
 *   <li>people reached: for each audience ({@code children}, {@code parents},
 *       {@code collaborators}, {@code officials}, {@code others}) a total and, where known, the
 *       counts by sex ({@code childrenFemale}, {@code childrenMale}, ...);
 *   <li>{@code costs}: {@code SOURCE=amount} pairs in đồng separated by {@code ;}, e.g.
 *       {@code NS_HUYEN=1.500.000; HUY_DONG=500000} (dots, commas or spaces between groups of
 *       three digits are read as thousands separators);
 *   <li>{@code evidenceNote}: free text (kept as sensitive text, never logged).
 * </ul>
 *
 * <p>Assessments of items are not part of the CSV form (use the JSON or JSON Lines form). Text
 * cells that a spreadsheet would run as a formula are written with a leading apostrophe, which
 * the reader removes.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ActivityLogCsv {
  /**
   * The first line that marks a file (before the header), followed by
   * {@code ;syntheticData=true|false} and, when known, {@code ;planNumber=90/KH-UBND}.
   */
  public static final String MARKER = "#treem-activity-log;version=1";

  /** The columns, in the order written. */
  public static final List<String> COLUMNS = List.of("id", "date", "endDate", "unitId", "cooperatingUnitIds",
      "itemIds", "kind", "eventId", "titleVi",
      "children", "childrenFemale", "childrenMale", "parents", "parentsFemale", "parentsMale",
      "collaborators", "collaboratorsFemale", "collaboratorsMale", "officials", "officialsFemale", "officialsMale",
      "others", "othersFemale", "othersMale", "costs", "evidenceNote");

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("id", "date", "unitId", "itemIds", "kind");

  private ActivityLogCsv() {}
}
