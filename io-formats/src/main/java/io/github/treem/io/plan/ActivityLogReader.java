package io.github.treem.io.plan;

import io.github.treem.core.plan.Activity;
import io.github.treem.core.plan.ActivityCost;
import io.github.treem.core.plan.ActivityKind;
import io.github.treem.core.plan.Audience;
import io.github.treem.core.plan.Headcount;
import io.github.treem.core.plan.ItemAssessment;
import io.github.treem.core.protection.SensitiveText;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.internal.csv.Text;
import io.github.treem.io.internal.json.JsonProblems;
import io.github.treem.io.internal.json.LineSource;
import io.github.treem.io.json.JsonIssueCode;
import io.github.treem.io.json.TreemJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads an activity log in one of its formats ({@link ActivityLogFormat}) with the reading
 * guarantees of treem's registers: every problem is an {@link Issue} with a stable code, a
 * severity and a location (file, line, property path or column), in Vietnamese and English, and
 * never repeats an input value; a bad record is rejected and the records after it are still read;
 * records read = accepted + rejected. Values are read strictly (unknown properties and duplicate
 * keys are errors). An activity log is one commune's year (hundreds of records), so the accepted
 * records are kept in the returned log; the file itself is parsed as a stream.
 *
 * <p>What is checked here is the form of each record. Whether a record fits the plan (its unit,
 * items, events, funding sources, dates) is {@link io.github.treem.core.plan.ActivityValidator}'s
 * work.
 *
 * <pre>{@code
 * ActivityLogReading r = ActivityLogReader.read(Path.of("hoat-dong-2020.csv"));
 * List<Issue> problems = r.issues();   // each located and coded
 * List<Activity> activities = r.log().activities();
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ActivityLogReader {
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([., ]\\d{3})+");
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  private final @Nullable String file;
  private final JsonMapper mapper = TreemJson.strict().getMapper();
  /** Reads one value of a longer stream: what follows it is read by this reader. */
  private final ObjectReader values = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final List<Issue> issues = new ArrayList<>();
  private final List<Activity> activities = new ArrayList<>();
  private final List<ItemAssessment> assessments = new ArrayList<>();
  private boolean synthetic;
  private Optional<String> planNumber = Optional.empty();
  private long read;
  private long rejected;
  private boolean complete = true;
  private int headerSize;

  private ActivityLogReader(@Nullable String file) {
    this.file = file;
  }

  /**
   * Reads a file, its format by its extension.
   *
   * @param file the file
   * @return the reading
   * @throws IllegalArgumentException when the extension is not one of a log's formats
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ActivityLogReading read(Path file) {
    Objects.requireNonNull(file, "file must not be null");
    String name = String.valueOf(file.getFileName());
    ActivityLogFormat format = ActivityLogFormat.ofFileName(name).orElseThrow(() ->
        new IllegalArgumentException("not an activity log file name (expected .json, .jsonl or .csv)"));
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, format, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The demo activity log bundled with a plan (resource
   * {@code io/github/treem/io/plans/<name>-activities.demo.json}): invented activities, marked
   * {@code "syntheticData": true}, never real data.
   *
   * <p>Bundled: {@code "quang-vinh-2020"}, a year of activities of the units of plan 90/KH-UBND
   * of xã Quảng Vinh, and the officer's assessments at the end of the year.
   *
   * @param name the plan's name
   * @return the reading
   * @throws IllegalArgumentException when no demo log has that name
   */
  public static ActivityLogReading bundledDemo(String name) {
    Objects.requireNonNull(name, "name must not be null");
    String resource = "/io/github/treem/io/plans/" + name + "-activities.demo.json";
    if (!name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("no demo activity log named '" + name + "'");
    }
    try (InputStream in = ActivityLogReader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no demo activity log named '" + name + "'");
      }
      return read(in, ActivityLogFormat.JSON, name + "-activities.demo.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a stream (not closed).
   *
   * @param in the stream (UTF-8; a byte order mark is skipped)
   * @param format the format
   * @param fileName the file name for locations, or null
   * @return the reading
   * @throws UncheckedIOException when the stream fails
   */
  public static ActivityLogReading read(InputStream in, ActivityLogFormat format, @Nullable String fileName) {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(format, "format must not be null");
    ActivityLogReader r = new ActivityLogReader(fileName);
    switch (format) {
      case JSON -> r.json(in);
      case JSON_LINES -> r.jsonLines(in);
      case CSV -> r.csv(in);
      default -> throw new IllegalArgumentException("format");
    }
    ActivityLog log = new ActivityLog(r.synthetic, r.planNumber, r.activities, r.assessments);
    return new ActivityLogReading(log, r.issues, r.read, r.read - r.rejected, r.rejected, r.complete);
  }

  private Location at(long line, @Nullable String path) {
    Location.Builder b = Location.builder();
    if (file != null) {
      b.file(file);
    }
    if (line > 0) {
      b.line(line);
    }
    if (path != null && !path.isEmpty()) {
      b.path(path);
    }
    return b.build();
  }

  private Location atColumn(long line, @Nullable String column) {
    Location.Builder b = Location.builder().from(at(line, null));
    return column == null ? b.build() : b.column(column).build();
  }

  // ------------------------------------------------------------------ JSON

  private void json(InputStream in) {
    boolean format = false;
    try (JsonParser p = mapper.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        issues.add(ActivityLogIssueCode.ACTIVITY_LOG_NOT_A_LOG.issue(at(1, null), null));
        complete = false;
        return;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        long line = p.currentTokenLocation().getLineNr();
        p.nextToken();
        switch (name) {
          case "format" -> {
            format = p.currentToken() == JsonToken.VALUE_STRING && ActivityLogWriter.FORMAT.equals(p.getString());
            if (!format) {
              issues.add(ActivityLogIssueCode.ACTIVITY_LOG_NOT_A_LOG.issue(at(line, "format"), null));
            }
          }
          case "version" -> {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != ActivityLogWriter.VERSION) {
              issues.add(ActivityLogIssueCode.ACTIVITY_LOG_UNSUPPORTED_VERSION.issue(at(line, "version"), "1"));
              complete = false;
              return;
            }
          }
          case "syntheticData" -> {
            if (p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE) {
              synthetic = p.getBooleanValue();
            } else {
              issues.add(JsonIssueCode.JSON_WRONG_TYPE.issue(Severity.ERROR, at(line, "syntheticData"), "a boolean"));
            }
          }
          case "planNumber" -> {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
              planNumber = Optional.of(p.getString());
            } else {
              issues.add(JsonIssueCode.JSON_WRONG_TYPE.issue(Severity.ERROR, at(line, "planNumber"), "a string"));
            }
          }
          case "activities", "assessments" -> array(p, name);
          default -> {
            issues.add(JsonIssueCode.JSON_UNKNOWN_PROPERTY.issue(Severity.ERROR, at(line, name), null));
            p.skipChildren();
          }
        }
      }
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      issues.add(JsonProblems.issueOf(e, file, 0, ""));
      complete = false;
      return;
    }
    if (!format) {
      if (issues.stream().noneMatch(i -> i.getCode().equals(ActivityLogIssueCode.ACTIVITY_LOG_NOT_A_LOG.name()))) {
        issues.add(ActivityLogIssueCode.ACTIVITY_LOG_NOT_A_LOG.issue(at(1, "format"), null));
      }
      rejected += activities.size() + assessments.size();
      activities.clear();
      assessments.clear();
    }
  }

  private void array(JsonParser p, String name) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      issues.add(JsonIssueCode.JSON_WRONG_TYPE.issue(Severity.ERROR, at(p.currentTokenLocation().getLineNr(), name),
          "an array"));
      p.skipChildren();
      return;
    }
    int index = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      long line = p.currentTokenLocation().getLineNr();
      JsonNode node = values.readTree(p); // a syntax error here stops the document
      record(node, line, name + "[" + index++ + "]", name.equals("assessments"));
    }
  }

  /** Reads one record of a tree: an activity, or an assessment; rejected with its problem. */
  private void record(JsonNode node, long line, String prefix, boolean assessment) {
    read++;
    if (!node.isObject()) {
      issues.add(JsonIssueCode.JSON_WRONG_TYPE.issue(Severity.ERROR, at(line, prefix), "an object"));
      rejected++;
      return;
    }
    try {
      if (assessment) {
        assessments.add(mapper.treeToValue(node, ItemAssessment.class));
      } else {
        activities.add(mapper.treeToValue(node, Activity.class));
      }
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      Issue i = JsonProblems.issueOf(e, file, 0, prefix);
      Location l = i.getLocation();
      issues.add(i.withLocation(Location.builder().from(l).line(line).build()));
      rejected++;
    }
  }

  // ------------------------------------------------------------------ JSON Lines

  private void jsonLines(InputStream in) {
    LineSource lines = new LineSource(in, 16 * 1024 * 1024);
    boolean first = true;
    while (lines.next()) {
      long line = lines.lineNumber();
      if (lines.isTooLong()) {
        read++;
        rejected++;
        issues.add(JsonIssueCode.JSON_LIMIT_EXCEEDED.issue(Severity.ERROR, at(line, null), "line longer than 16 MiB"));
        continue;
      }
      if (lines.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = mapper.readTree(lines.bytes(), 0, lines.length());
      } catch (JacksonException e) {
        JsonProblems.rethrowIo(e);
        read++;
        rejected++;
        issues.add(JsonProblems.issueOf(e, file, line - 1, ""));
        first = false;
        continue;
      }
      if (first && node.isObject() && node.has("format")) {
        first = false;
        header(node, line);
        continue;
      }
      first = false;
      record(node, line, "", node.isObject() && node.has("status"));
    }
  }

  private void header(JsonNode node, long line) {
    if (!ActivityLogWriter.FORMAT.equals(node.path("format").asString(""))) {
      issues.add(ActivityLogIssueCode.ACTIVITY_LOG_NOT_A_LOG.issue(at(line, "format"), null));
    }
    if (node.has("version") && node.get("version").asInt(-1) != ActivityLogWriter.VERSION) {
      issues.add(ActivityLogIssueCode.ACTIVITY_LOG_UNSUPPORTED_VERSION.issue(at(line, "version"), "1"));
    }
    synthetic = node.path("syntheticData").asBoolean(false);
    if (node.hasNonNull("planNumber")) {
      planNumber = Optional.of(node.get("planNumber").asString());
    }
  }

  // ------------------------------------------------------------------ CSV

  private void csv(InputStream in) {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    long offset = 0;
    char separator = ',';
    try {
      r.mark(1 << 16);
      String firstLine = r.readLine();
      if (firstLine != null && firstLine.startsWith("\uFEFF")) {
        firstLine = firstLine.substring(1);
        r.reset();
        r.skip(1);
        r.mark(1 << 16);
        r.readLine();
      }
      if (firstLine != null && firstLine.startsWith("#treem-activity-log")) {
        for (String part : firstLine.split(";", -1)) {
          int eq = part.indexOf('=');
          String key = eq < 0 ? part : part.substring(0, eq).strip();
          String value = eq < 0 ? "" : part.substring(eq + 1).strip();
          if (key.equals("syntheticData")) {
            synthetic = value.equalsIgnoreCase("true");
          } else if (key.equals("planNumber") && !value.isEmpty()) {
            planNumber = Optional.of(value);
          } else if (key.equals("version") && !value.equals("1")) {
            issues.add(ActivityLogIssueCode.ACTIVITY_LOG_UNSUPPORTED_VERSION.issue(at(1, null), "1"));
            complete = false;
            return;
          }
        }
        offset = 1;
        r.mark(1 << 16);
        firstLine = r.readLine();
      }
      r.reset();
      if (firstLine == null || firstLine.isBlank()) {
        issues.add(ActivityLogIssueCode.ACTIVITY_CSV_EMPTY.issue(at(offset + 1, null), null));
        complete = false;
        return;
      }
      if (firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0) {
        separator = ';';
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
    try (JsonParser p = new CsvMapper().reader().with(schema).with(CsvReadFeature.WRAP_AS_ARRAY)
        .with(CsvReadFeature.SKIP_EMPTY_LINES).createParser(r)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return;
      }
      Map<String, Integer> index = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.START_ARRAY; t = p.nextToken()) {
        List<String> fields = new ArrayList<>();
        long line = -1;
        while (p.nextToken() == JsonToken.VALUE_STRING) {
          if (line < 0) {
            line = p.currentTokenLocation().getLineNr() + offset;
          }
          fields.add(p.getString());
        }
        if (index == null) {
          index = header(fields, line);
          if (index == null) {
            complete = false;
            return;
          }
          continue;
        }
        row(index, fields, line);
      }
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + offset;
      issues.add(ActivityLogIssueCode.ACTIVITY_CSV_SYNTAX.issue(at(line, null), null));
      complete = false;
    }
  }

  private @Nullable Map<String, Integer> header(List<String> fields, long line) {
    headerSize = fields.size();
    Map<String, Integer> index = new HashMap<>();
    Map<String, String> canonical = new HashMap<>();
    for (String c : ActivityLogCsv.COLUMNS) {
      canonical.put(c.toLowerCase(Locale.ROOT), c);
    }
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.get(i).strip();
      String c = canonical.get(name.toLowerCase(Locale.ROOT));
      if (c == null) {
        issues.add(ActivityLogIssueCode.ACTIVITY_CSV_UNKNOWN_COLUMN.issue(atColumn(line, name), name));
      } else if (index.putIfAbsent(c, i) != null) {
        issues.add(ActivityLogIssueCode.ACTIVITY_CSV_DUPLICATE_COLUMN.issue(atColumn(line, c), c));
        return null;
      }
    }
    boolean ok = true;
    for (String c : ActivityLogCsv.REQUIRED) {
      if (!index.containsKey(c)) {
        issues.add(ActivityLogIssueCode.ACTIVITY_CSV_MISSING_COLUMN.issue(atColumn(line, c), c));
        ok = false;
      }
    }
    return ok ? index : null;
  }

  private void row(Map<String, Integer> index, List<String> fields, long line) {
    read++;
    Row row = new Row(index, fields, line);
    if (fields.size() > headerSize && fields.subList(headerSize, fields.size()).stream().anyMatch(f -> !f.isBlank())) {
      row.problem(ActivityLogIssueCode.ACTIVITY_CSV_EXTRA_FIELDS, null);
    }
    Activity.Builder b = Activity.builder();
    row.required("id").ifPresent(b::id);
    row.required("date").flatMap(v -> row.date("date", v)).ifPresent(b::date);
    row.value("endDate").flatMap(v -> row.date("endDate", v)).ifPresent(b::endDate);
    row.required("unitId").ifPresent(b::unitId);
    row.value("cooperatingUnitIds").ifPresent(v -> b.cooperatingUnitIds(ids(v)));
    row.required("itemIds").ifPresent(v -> b.itemIds(ids(v)));
    row.required("kind").flatMap(row::kind).ifPresent(b::kind);
    row.value("eventId").ifPresent(b::eventId);
    row.value("titleVi").map(Text::unneutralise).ifPresent(b::titleVi);
    Map<Audience, Headcount> reach = new LinkedHashMap<>();
    for (Audience a : Audience.values()) {
      String col = ActivityLogWriter.column(a);
      Optional<Long> total = row.value(col).flatMap(v -> row.count(col, v));
      Optional<Long> female = row.value(col + "Female").flatMap(v -> row.count(col + "Female", v));
      Optional<Long> male = row.value(col + "Male").flatMap(v -> row.count(col + "Male", v));
      if (total.isPresent() || (female.isPresent() && male.isPresent())) {
        Headcount.Builder h = Headcount.builder().total(total.orElseGet(() -> female.get() + male.get()));
        female.ifPresent(h::female);
        male.ifPresent(h::male);
        reach.put(a, h.build());
      } else if (female.isPresent() || male.isPresent()) {
        row.problem(ActivityLogIssueCode.ACTIVITY_CSV_MISSING_VALUE, col);
      }
    }
    b.reach(reach);
    row.value("costs").ifPresent(v -> b.costs(row.costs(v)));
    row.value("evidenceNote").map(Text::unneutralise).map(SensitiveText::of).ifPresent(b::evidenceNote);
    if (row.bad) {
      rejected++;
      return;
    }
    try {
      activities.add(b.build());
    } catch (RuntimeException e) {
      // an invariant of the activity (its message never holds a personal value)
      issues.add(ActivityLogIssueCode.ACTIVITY_CSV_INVALID_VALUE.issue(at(line, null), null));
      rejected++;
    }
  }

  private static List<String> ids(String v) {
    List<String> out = new ArrayList<>();
    for (String s : v.split("[;|]", -1)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** The cells of one row, and its problems. */
  private final class Row {
    final Map<String, Integer> index;
    final List<String> fields;
    final long line;
    boolean bad;

    Row(Map<String, Integer> index, List<String> fields, long line) {
      this.index = index;
      this.fields = fields;
      this.line = line;
    }

    void problem(ActivityLogIssueCode code, @Nullable String column) {
      issues.add(code.issue(atColumn(line, column), column));
      bad |= code.getSeverity() == Severity.ERROR;
    }

    Optional<String> value(String column) {
      Integer i = index.get(column);
      if (i == null || i >= fields.size() || fields.get(i).isBlank()) {
        return Optional.empty();
      }
      return Optional.of(fields.get(i).strip());
    }

    Optional<String> required(String column) {
      Optional<String> v = value(column);
      if (v.isEmpty()) {
        problem(ActivityLogIssueCode.ACTIVITY_CSV_MISSING_VALUE, column);
      }
      return v;
    }

    Optional<LocalDate> date(String column, String v) {
      try {
        return Optional.of(v.contains("/") ? LocalDate.parse(v, DMY) : LocalDate.parse(v));
      } catch (DateTimeParseException e) {
        problem(ActivityLogIssueCode.ACTIVITY_CSV_INVALID_VALUE, column);
        return Optional.empty();
      }
    }

    Optional<ActivityKind> kind(String v) {
      for (ActivityKind k : ActivityKind.values()) {
        if (k.name().equalsIgnoreCase(v)) {
          return Optional.of(k);
        }
      }
      problem(ActivityLogIssueCode.ACTIVITY_CSV_INVALID_VALUE, "kind");
      return Optional.empty();
    }

    Optional<Long> count(String column, String v) {
      Optional<Long> n = number(v);
      if (n.isEmpty()) {
        problem(ActivityLogIssueCode.ACTIVITY_CSV_INVALID_VALUE, column);
      }
      return n;
    }

    List<ActivityCost> costs(String v) {
      List<ActivityCost> out = new ArrayList<>();
      for (String pair : v.split(";", -1)) {
        if (pair.isBlank()) {
          continue;
        }
        int eq = pair.indexOf('=');
        Optional<Long> amount = eq <= 0 ? Optional.empty() : number(pair.substring(eq + 1).strip());
        if (amount.isEmpty() || pair.substring(0, eq).isBlank()) {
          problem(ActivityLogIssueCode.ACTIVITY_CSV_INVALID_VALUE, "costs");
          continue;
        }
        out.add(ActivityCost.of(pair.substring(0, eq).strip(), amount.get()));
      }
      return out;
    }
  }

  /** A whole number, its groups of three digits separated by dots, commas or spaces, or not. */
  static Optional<Long> number(String v) {
    String s = GROUPED.matcher(v).matches() ? v.replaceAll("[., ]", "") : v;
    if (!s.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(s));
  }
}
