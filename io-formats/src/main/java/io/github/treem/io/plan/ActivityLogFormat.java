package io.github.treem.io.plan;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The file formats of an activity log.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ActivityLogFormat {
  /**
   * One JSON document {@code {"format": "treem-activity-log", "version": 1, "syntheticData": false,
   * "activities": [...], "assessments": [...]}} ({@code activity-log-v1.schema.json}).
   */
  JSON,
  /**
   * JSON Lines: one activity per line ({@code #/$defs/activity}); a line with {@code "status"} is
   * an officer's assessment ({@code #/$defs/assessment}); an optional first line
   * {@code {"format": "treem-activity-log", "version": 1, "syntheticData": true}} is the header.
   */
  JSON_LINES,
  /**
   * CSV for officers: a header row, then one activity per row (see {@link ActivityLogCsv}); an
   * optional first line {@code #treem-activity-log;version=1;syntheticData=true} marks the file.
   */
  CSV;

  /**
   * The format of a file, by its extension ({@code .json}, {@code .jsonl}/{@code .ndjson},
   * {@code .csv}).
   *
   * @param fileName the file name
   * @return the format, or empty when the extension is none of these
   */
  public static Optional<ActivityLogFormat> ofFileName(String fileName) {
    Objects.requireNonNull(fileName, "fileName must not be null");
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return Optional.of(JSON_LINES);
    }
    if (n.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (n.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    return Optional.empty();
  }
}
