package io.github.treem.io.plan;

import io.github.treem.core.plan.Activity;
import io.github.treem.core.plan.Audience;
import io.github.treem.core.plan.Headcount;
import io.github.treem.core.plan.ItemAssessment;
import io.github.treem.io.internal.csv.Text;
import io.github.treem.io.json.TreemJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Writes an activity log in one of its formats ({@link ActivityLogFormat}): UTF-8, one record per
 * line, in the log's order, so that two logs compare line by line. What it writes,
 * {@link ActivityLogReader} reads back equal.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(file)) {
 *   ActivityLogWriter.write(log, ActivityLogFormat.JSON, out);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ActivityLogWriter {
  /** The format name in a log document and a JSON Lines header. */
  public static final String FORMAT = "treem-activity-log";
  /** The format version written. */
  public static final int VERSION = 1;

  private ActivityLogWriter() {}

  /**
   * Writes a log (the stream is flushed, not closed).
   *
   * @param log the log
   * @param format the format
   * @param out the stream
   * @throws UncheckedIOException when the stream fails
   */
  public static void write(ActivityLog log, ActivityLogFormat format, OutputStream out) {
    Objects.requireNonNull(log, "log must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Writer w = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out must not be null"),
        StandardCharsets.UTF_8));
    try {
      switch (format) {
        case JSON -> json(log, w);
        case JSON_LINES -> jsonLines(log, w);
        case CSV -> csv(log, w);
        default -> throw new IllegalArgumentException("format");
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String header(ActivityLog log) {
    TreemJson j = TreemJson.strict();
    return "\"format\" : \"" + FORMAT + "\", \"version\" : " + VERSION + ", \"syntheticData\" : " + log.syntheticData()
        + log.planNumber().map(n -> ", \"planNumber\" : " + j.toJson(n)).orElse("");
  }

  private static void json(ActivityLog log, Writer w) throws IOException {
    TreemJson j = TreemJson.strict();
    w.write("{\n  " + header(log).replace(", \"", ",\n  \"") + ",\n  \"activities\" : [");
    records(w, log.activities().stream().map(j::toJson).toList());
    w.write("],\n  \"assessments\" : [");
    records(w, log.assessments().stream().map(j::toJson).toList());
    w.write("]\n}\n");
  }

  private static void records(Writer w, List<String> json) throws IOException {
    for (int i = 0; i < json.size(); i++) {
      w.write(i == 0 ? "\n    " : ",\n    ");
      w.write(json.get(i));
    }
    if (!json.isEmpty()) {
      w.write("\n  ");
    }
  }

  private static void jsonLines(ActivityLog log, Writer w) throws IOException {
    TreemJson j = TreemJson.strict();
    w.write("{" + header(log).replace(" : ", ":").replace(", ", ",") + "}\n");
    for (Activity a : log.activities()) {
      w.write(j.toJson(a));
      w.write('\n');
    }
    for (ItemAssessment a : log.assessments()) {
      w.write(j.toJson(a));
      w.write('\n');
    }
  }

  private static void csv(ActivityLog log, Writer w) throws IOException {
    if (!log.assessments().isEmpty()) {
      throw new IllegalArgumentException("the CSV form has no assessments: write the log as JSON or JSON Lines");
    }
    w.write('\uFEFF'); // spreadsheets read the file as UTF-8
    w.write(ActivityLogCsv.MARKER + ";syntheticData=" + log.syntheticData()
        + log.planNumber().filter(n -> n.indexOf(';') < 0 && n.indexOf('\n') < 0).map(n -> ";planNumber=" + n).orElse("")
        + "\r\n");
    w.write(Text.record(ActivityLogCsv.COLUMNS, ',') + "\r\n");
    for (Activity a : log.activities()) {
      List<String> f = new ArrayList<>();
      f.add(a.getId());
      f.add(a.getDate().toString());
      f.add(a.getEndDate().map(Object::toString).orElse(""));
      f.add(a.getUnitId());
      f.add(String.join(";", a.getCooperatingUnitIds()));
      f.add(String.join(";", a.getItemIds()));
      f.add(a.getKind().name());
      f.add(a.getEventId().orElse(""));
      f.add(text(a.getTitleVi().orElse("")));
      for (Audience au : Audience.values()) {
        Headcount h = a.getReach().get(au);
        f.add(h == null ? "" : Long.toString(h.getTotal()));
        f.add(h == null || h.getFemale().isEmpty() ? "" : Long.toString(h.getFemale().getAsLong()));
        f.add(h == null || h.getMale().isEmpty() ? "" : Long.toString(h.getMale().getAsLong()));
      }
      f.add(a.getCosts().stream().map(c -> c.getSourceId() + "=" + c.getAmountDong()).collect(Collectors.joining(";")));
      f.add(text(a.getEvidenceNote().map(s -> s.reveal()).orElse("")));
      w.write(Text.record(f, ',') + "\r\n");
    }
  }

  private static String text(String s) {
    return Text.needsNeutralising(s) ? "'" + s : s;
  }

  /** {@return the CSV column name of an audience's total, e.g. {@code children}} */
  static String column(Audience a) {
    return a.name().toLowerCase(Locale.ROOT);
  }
}
