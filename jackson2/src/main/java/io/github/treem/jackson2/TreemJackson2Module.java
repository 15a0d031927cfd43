package io.github.treem.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.treem.codec.internal.CodecProvider;
import io.github.treem.codec.internal.TypeCodec;
import io.github.treem.codec.internal.WriteAttributes;
import io.github.treem.codec.internal.model.CaseCodecs;
import io.github.treem.codec.internal.model.CoreCodecs;
import io.github.treem.codec.internal.model.PlanCodecs;
import io.github.treem.core.validation.Language;
import io.github.treem.jackson2.internal.Jackson2Codecs;
import io.github.treem.jackson2.internal.ReportPrettyPrinter2;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import org.apiguardian.api.API;

/**
 * The Jackson 2 ({@code com.fasterxml.jackson}) module of treem, for Jackson 2 hosts such as
 * Spring Boot 3: it writes exactly the JSON of treem's Jackson 3 module
 * ({@code io.github.treem.io.json.TreemJacksonModule}) and reads what it reads, because both
 * adapt the same descriptions of treem's types (one table of properties per type; no reflection,
 * no annotations on treem's types, so it works on the module path without {@code opens}).
 *
 * <p>Types: the child and its records, taxonomies, identifiers, validation issues and reports,
 * plans, targets, responsible units and administrative units (with treem core); the report
 * document ({@code io.github.treem.io.report.ReportDocument}) when treem-io-formats is present
 * (its description is found through the {@link ServiceLoader}). See the Jackson 3 module for the
 * representation.
 *
 * <p>Strictness travels with treem's types: whatever the mapper's settings (its
 * {@code FAIL_ON_UNKNOWN_PROPERTIES}, duplicate detection, read constraints and problem
 * handlers), reading a treem type fails on an unknown property
 * ({@code UnrecognizedPropertyException}), on the same property twice (a
 * {@code JsonParseException} "Duplicate Object property"), and beyond treem's read limits
 * (nesting depth 64, strings of 1 MiB, numbers of 100 digits, names of 1000 characters: a
 * {@code StreamConstraintsException}). Value problems are {@code MismatchedInputException}s and
 * {@code ValueInstantiationException}s with the property path, and their messages start with
 * the same stable ids {@code TREEM-IO-10NN} as with Jackson 3; they never repeat an input value.
 *
 * <p>Register it explicitly (recommended), or let {@code findAndRegisterModules()} find it:
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new TreemJackson2Module());
 * String json = mapper.writeValueAsString(plan);
 * Child child = mapper.readValue(text, Child.class);
 * }</pre>
 * In Spring Boot 3, a bean of this type is enough: Boot registers every {@code Module} bean with
 * the application's {@code ObjectMapper} ({@code @Bean Module treem() { return new
 * TreemJackson2Module(); }}). On the module path, {@code requires io.github.treem.jackson2}.
 *
 * <p>Implementation requirements: the module and its codecs are stateless and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TreemJackson2Module extends SimpleModule {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The write attribute holding the {@link Language} of a report's indicator names (default: Vietnamese). */
  public static final String REPORT_LANGUAGE = WriteAttributes.REPORT_LANGUAGE;

  /**
   * The module's name and id ({@link #getTypeId()}): a mapper registers a module of the same id
   * once (Jackson's {@code IGNORE_DUPLICATE_MODULE_REGISTRATIONS}, on by default), so a module
   * found by {@code findAndRegisterModules()} and one registered explicitly, or by a Spring Boot
   * starter, are one registration. Stable across releases.
   */
  public static final String MODULE_ID = "treem";

  /** Creates the module (the {@link ServiceLoader} entry point). */
  public TreemJackson2Module() {
    super(MODULE_ID, Version.unknownVersion());
    for (TypeCodec<?> c : codecs()) {
      add(c);
    }
  }

  /** {@return the codecs registered: core's, the plan's, and those of the providers found} */
  static List<TypeCodec<?>> codecs() {
    List<TypeCodec<?>> all = new ArrayList<>(CoreCodecs.all());
    all.addAll(PlanCodecs.all());
    all.addAll(CaseCodecs.all());
    for (CodecProvider p : ServiceLoader.load(CodecProvider.class, TreemJackson2Module.class.getClassLoader())) {
      all.addAll(p.codecs());
    }
    return all;
  }

  /**
   * {@return {@value #MODULE_ID}, whatever the Jackson 2 version (older ones would take the class
   * name of a {@code SimpleModule} subclass)}
   */
  @Override
  public Object getTypeId() {
    return MODULE_ID;
  }

  private <T> void add(TypeCodec<T> codec) {
    Class<T> type = codec.getType();
    addSerializer(type, new Jackson2Codecs.Serializer<>(type, codec.getWriter()));
    addDeserializer(type, new Jackson2Codecs.Deserializer<>(type, codec.getReader()));
  }

  /**
   * A writer of report documents in the layout of {@code treem report --format json} (a line feed
   * before each indicator and each target; the file adds one after the document): with it, a
   * Jackson 2 mapper that has this module writes the bytes of
   * {@code io.github.treem.io.report.ReportJson}, less the final line feed.
   *
   * @param mapper a mapper with this module
   * @param language the language of the indicator names
   * @return the writer
   */
  public static ObjectWriter reportWriter(ObjectMapper mapper, Language language) {
    Objects.requireNonNull(language, "language must not be null");
    return mapper.writer(ReportPrettyPrinter2.INSTANCE).withAttribute(REPORT_LANGUAGE, language);
  }
}
