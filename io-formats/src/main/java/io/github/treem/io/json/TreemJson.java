package io.github.treem.io.json;

import io.github.treem.codec.internal.ReadLimits;
import io.github.treem.core.Child;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.Issue;
import io.github.treem.io.ReadMode;
import io.github.treem.io.internal.json.UnknownPropertyCollector;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * treem's JSON with safe defaults: a {@link JsonMapper} with {@link TreemJacksonModule}, no
 * default typing (no polymorphic type ids are ever read), strict duplicate detection (an object
 * of treem's types with the same property twice is an error: the codecs check it, whatever the
 * mapper, and report a typed exception; the register readers also check the values of unknown
 * properties they skip), trailing content after a value is an error, and bounded input:
 *
 * <table>
 *   <caption>Read limits (exceeding one is an error, {@link JsonIssueCode#JSON_LIMIT_EXCEEDED})</caption>
 *   <tr><th>limit</th><th>value</th></tr>
 *   <tr><td>document length</td><td>{@value #MAX_DOCUMENT_LENGTH} bytes (256 MiB; for JSON Lines: per line)</td></tr>
 *   <tr><td>nesting depth</td><td>{@value #MAX_NESTING_DEPTH}</td></tr>
 *   <tr><td>string length</td><td>{@value #MAX_STRING_LENGTH} characters (1 MiB)</td></tr>
 *   <tr><td>number length</td><td>{@value #MAX_NUMBER_LENGTH} characters</td></tr>
 *   <tr><td>property name length</td><td>{@value #MAX_NAME_LENGTH} characters</td></tr>
 * </table>
 *
 * <p>Unknown properties follow the {@link ReadMode}: {@link ReadMode#STRICT} (the default) fails
 * on them; {@link ReadMode#LENIENT} skips them and reports each as a warning to the caller (see
 * {@link #read(String, Class, Consumer)}). They are never dropped silently. (A bad value fails in
 * both: dropping bad values in lenient mode is the register readers' work.)
 *
 * <pre>{@code
 * TreemJson json = TreemJson.strict();
 * String text = json.writeChild(child);
 * Child back = json.readChild(text);
 * }</pre>
 *
 * <p>Exceptions: decode problems throw Jackson's {@link JacksonException} subclasses (with
 * location and property path; messages never repeat input values, and those of treem's values
 * open with an id {@code TREEM-IO-1001} wrong type, {@code -1002} invalid value, {@code -1003}
 * missing property); the register readers turn them into coded issues instead.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class TreemJson {
  /** Maximum length of a document in bytes: {@value}. */
  public static final long MAX_DOCUMENT_LENGTH = ReadLimits.MAX_DOCUMENT_LENGTH;
  /** Maximum nesting depth of arrays and objects: {@value}. */
  public static final int MAX_NESTING_DEPTH = ReadLimits.MAX_NESTING_DEPTH;
  /** Maximum length of a string value in characters: {@value}. */
  public static final int MAX_STRING_LENGTH = ReadLimits.MAX_STRING_LENGTH;
  /** Maximum length of a number in characters: {@value}. */
  public static final int MAX_NUMBER_LENGTH = ReadLimits.MAX_NUMBER_LENGTH;
  /** Maximum length of a property name in characters: {@value}. */
  public static final int MAX_NAME_LENGTH = ReadLimits.MAX_NAME_LENGTH;

  private static final TreemJson STRICT = new TreemJson(ReadMode.STRICT);
  private static final TreemJson LENIENT = new TreemJson(ReadMode.LENIENT);
  /** The bundled plans read so far, by name (a few at most: the names are the bundled files'). */
  private static final ConcurrentMap<String, Plan> BUNDLED_PLANS = new ConcurrentHashMap<>();

  private final ReadMode mode;
  private final JsonMapper mapper;

  private TreemJson(ReadMode mode) {
    this.mode = mode;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(streamReadConstraints())
        // no parser-level duplicate detection: Jackson's says what it found only in its message;
        // the codecs' own check throws a typed exception (the same as on a host's mapper)
        .build();
    JsonMapper.Builder b = JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .addModule(new TreemJacksonModule(mode == ReadMode.LENIENT));
    if (mode == ReadMode.STRICT) {
      b.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    } else {
      b.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).addHandler(new UnknownPropertyCollector());
    }
    this.mapper = b.build();
  }

  /** {@return the instance that fails on unknown properties} */
  public static TreemJson strict() {
    return STRICT;
  }

  /** {@return the instance that skips unknown properties with a warning} */
  public static TreemJson lenient() {
    return LENIENT;
  }

  /**
   * The instance of a read mode.
   *
   * @param mode the mode (unknown properties: errors in {@code STRICT}, warnings in {@code LENIENT})
   * @return the instance
   * @since 0.2.0
   */
  public static TreemJson of(ReadMode mode) {
    return Objects.requireNonNull(mode, "mode must not be null") == ReadMode.STRICT ? STRICT : LENIENT;
  }

  /** {@return the read limits of every treem JSON reader (see the class description)} */
  public static StreamReadConstraints streamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .build();
  }

  /**
   * {@return the read mode (what becomes of unknown properties)}
   *
   * @since 0.2.0
   */
  public ReadMode getMode() {
    return mode;
  }

  /** {@return the configured mapper (immutable; derive variants with {@code rebuild()})} */
  public JsonMapper getMapper() {
    return mapper;
  }

  /**
   * Writes any treem value (or a list or map of them) as compact JSON.
   *
   * @param value the value
   * @return the JSON text
   */
  public String toJson(Object value) {
    return mapper.writeValueAsString(value);
  }

  /**
   * Writes any treem value as indented JSON.
   *
   * @param value the value
   * @return the JSON text
   */
  public String toPrettyJson(Object value) {
    return mapper.writer().with(prettyPrinter()).writeValueAsString(value);
  }

  /** {@return the indentation of treem's indented JSON: two spaces, {@code \n} on every platform} */
  static PrettyPrinter prettyPrinter() {
    return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
  }

  /**
   * Writes a value to a stream (UTF-8), leaving the stream open.
   *
   * @param out the stream
   * @param value the value
   */
  public void write(OutputStream out, Object value) {
    mapper.writer().without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, value);
  }

  /**
   * Reads a value of a type. Unknown properties in the lenient mode are skipped without a
   * report; use {@link #read(String, Class, Consumer)} to receive them.
   *
   * @param <T> the type
   * @param json the JSON text
   * @param type the type
   * @return the value
   * @throws JacksonException when the text is not a value of the type
   */
  public <T> T read(String json, Class<T> type) {
    return mapper.readValue(json, type);
  }

  /**
   * Reads a value of a type, giving each skipped unknown property (lenient mode) to a consumer
   * as a warning.
   *
   * @param <T> the type
   * @param json the JSON text
   * @param type the type
   * @param warnings receives the warnings
   * @return the value
   * @throws JacksonException when the text is not a value of the type
   */
  public <T> T read(String json, Class<T> type, Consumer<Issue> warnings) {
    List<Issue> sink = UnknownPropertyCollector.newSink();
    T value = readerWith(sink).forType(type).readValue(json);
    sink.forEach(warnings);
    return value;
  }

  /**
   * Reads a value of a type from a stream (UTF-8), leaving the stream open.
   *
   * @param <T> the type
   * @param in the stream
   * @param type the type
   * @return the value
   * @throws JacksonException when the input is not a value of the type
   */
  public <T> T read(InputStream in, Class<T> type) {
    return mapper.readerFor(type).without(StreamReadFeature.AUTO_CLOSE_SOURCE).readValue(in);
  }

  /**
   * Writes a child as compact JSON.
   *
   * @param child the child
   * @return the JSON text
   */
  public String writeChild(Child child) {
    return toJson(Objects.requireNonNull(child, "child must not be null"));
  }

  /**
   * Reads a child.
   *
   * @param json the JSON text
   * @return the child
   * @throws JacksonException when the text is not a child
   */
  public Child readChild(String json) {
    return read(json, Child.class);
  }

  /**
   * Writes a plan as indented JSON (the format of {@code plan-v2.schema.json}, {@code "version": 2}).
   *
   * @param plan the plan
   * @return the JSON text
   */
  public String writePlan(Plan plan) {
    return toPrettyJson(Objects.requireNonNull(plan, "plan must not be null"));
  }

  /**
   * Reads a plan (format version 2, or version 1: a plan without {@code version}).
   *
   * @param json the JSON text
   * @return the plan
   * @throws JacksonException when the text is not a plan
   */
  public Plan readPlan(String json) {
    return read(json, Plan.class);
  }

  /**
   * A plan bundled with treem, read from its JSON resource
   * {@code io/github/treem/io/plans/<name>.json} (strict mode).
   *
   * <p>Bundled: {@code "quang-vinh-2020"}, plan 90/KH-UBND of 9 March 2020 of the People's
   * Committee of xã Quảng Vinh (commune code 19885), in full: its text verbatim (preamble,
   * objectives, the six tasks, eight solutions and sixteen duties of its seven units as items,
   * closing, recipients; task 4's citation "06/2019/QĐ-TTg" kept as written, with its correction
   * beside it), the events it names, its funding sources, its reporting duties, and its specific
   * targets mapped to the indicators of the province standard (their lead units inferred, and
   * marked so). The plan's text is in the resource {@code quang-vinh-2020.source.txt} beside it.
   *
   * @param name the plan's name
   * @return the plan
   * @throws IllegalArgumentException when no plan has that name
   */
  public static Plan bundledPlan(String name) {
    Objects.requireNonNull(name, "name must not be null");
    if (!name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("no bundled plan named '" + name + "'");
    }
    // a plan is immutable: the one read is shared by every caller (a second caller while it is
    // read waits for it; a failure is not kept, the next caller reads again)
    return BUNDLED_PLANS.computeIfAbsent(name, TreemJson::readBundledPlan);
  }

  private static Plan readBundledPlan(String name) {
    try (InputStream in = TreemJson.class.getResourceAsStream("/io/github/treem/io/plans/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled plan named '" + name + "'");
      }
      return STRICT.read(in, Plan.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The text of a JSON Schema (draft 2020-12) published with treem, read from the resource
   * {@code io/github/treem/io/schema/<name>} (the same files as the repository's {@code schemas/}
   * folder).
   *
   * <p>Published: {@code register-v1.schema.json} (the register document; its
   * {@code #/$defs/child} is one line of a JSON Lines register), {@code plan-v1.schema.json},
   * {@code plan-v2.schema.json} (the plan in full, written by {@link #writePlan}),
   * {@code activity-log-v1.schema.json} and {@code report-v1.schema.json} (the indicator report of
   * {@link io.github.treem.io.report.ReportJson}).
   *
   * @param name the file name, e.g. {@code "register-v1.schema.json"}
   * @return the schema text (UTF-8 decoded)
   * @throws IllegalArgumentException when no schema has that name
   */
  public static String schemaText(String name) {
    Objects.requireNonNull(name, "name must not be null");
    if (!name.matches("[a-z0-9-]+\\.schema\\.json")) {
      throw new IllegalArgumentException("no schema named '" + name + "'");
    }
    try (InputStream in = TreemJson.class.getResourceAsStream("/io/github/treem/io/schema/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no schema named '" + name + "'");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A reader whose lenient unknown-property warnings go to a list (internal use by the register
   * readers).
   *
   * @param sink the list
   * @return the reader
   */
  ObjectReader readerWith(List<Issue> sink) {
    return mapper.reader().withAttribute(UnknownPropertyCollector.ATTRIBUTE, sink);
  }
}
