package io.github.treem.io.json;

import io.github.treem.codec.internal.TypeCodec;
import io.github.treem.codec.internal.WriteAttributes;
import io.github.treem.codec.internal.model.CaseCodecs;
import io.github.treem.codec.internal.model.CoreCodecs;
import io.github.treem.codec.internal.model.PlanCodecs;
import io.github.treem.core.Child;
import io.github.treem.core.SchoolLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.id.PersonalIdNumber;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.ResponsibleUnit;
import io.github.treem.core.plan.Target;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.Ethnicity;
import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.io.internal.codec.ReportCodecProvider;
import io.github.treem.io.internal.json.CodecDeserializer;
import io.github.treem.io.internal.json.CodecSerializer;
import io.github.treem.io.report.ReportDocument;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for every public type of treem core and for the report document. Core
 * carries no Jackson annotation: this module registers an explicit serializer and deserializer
 * per type, each an adapter of the type's one description in treem-codec (a table of its
 * properties), and the deserializers build values only through the types' public builders and
 * factories (no reflection, so it works on the module path without {@code opens}). The
 * Jackson 2 module {@code treem-jackson2} adapts the same descriptions and writes the same JSON.
 *
 * <p>Representation:
 * <ul>
 *   <li>{@link Child} and its records, {@link LegalReference}, {@link Issue}, {@link Location},
 *       {@link ValidationReport}: JSON objects whose property names are the accessor names without
 *       {@code get}; an optional attribute that is empty, and an empty list, is left out (never
 *       written as {@code null}); {@code null} is rejected on read.</li>
 *   <li>dates: ISO {@code yyyy-MM-dd} strings, nothing else is read;</li>
 *   <li>enums ({@link Sex}, {@link SchoolLevel}, ...): their constant names;</li>
 *   <li>{@link CircumstanceCode}: its register code ({@code "C10"}, {@code "DD"});</li>
 *   <li>{@link Ethnicity}: its two-digit code of the 1979 list ({@code "01"}); a name is accepted on
 *       read;</li>
 *   <li>{@link PersonalIdNumber}, {@link CommuneCode}: their digits as a string;</li>
 *   <li>{@link Plan}, {@link Target}, {@link ResponsibleUnit}, {@link AdministrativeUnit}: JSON
 *       objects as above (a unit's parents nested in {@code parent});</li>
 *   <li>{@link ReportDocument}: the object of {@code report-v1.schema.json}, as
 *       {@link io.github.treem.io.report.ReportJson} writes it but in the mapper's layout (names
 *       in Vietnamese unless the write's attribute says otherwise).</li>
 * </ul>
 *
 * <p>Strictness travels with treem's types: whatever the mapper's settings (its
 * {@code FAIL_ON_UNKNOWN_PROPERTIES}, duplicate detection, read constraints and problem
 * handlers), reading a treem type fails on an unknown property and on the same property twice,
 * and applies the nesting depth and string, number and name lengths of {@link TreemJson}. (The
 * document length can only be bounded by the mapper's parser.)
 *
 * <p>Errors: every decode problem is Jackson's own exception type with the location and the
 * property path, and problem handlers apply to instantiation problems. An
 * {@code InvalidValueException} of a builder becomes a {@code ValueInstantiationException} with
 * it as the cause. Messages never repeat a value (it may be personal data) and start with a
 * stable id {@code TREEM-IO-10NN}.
 *
 * <p>Register it explicitly (recommended), or let {@code findAndAddModules()} find it through
 * {@link java.util.ServiceLoader}:
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new TreemJacksonModule()).build();
 * }</pre>
 * {@link TreemJson} gives a mapper with this module and safe limits.
 *
 * <p>Implementation requirements: the module and its codecs are stateless and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class TreemJacksonModule extends SimpleModule {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * The write attribute holding the {@link io.github.treem.core.validation.Language} of a report
   * document's indicator names (default: Vietnamese), e.g.
   * {@code mapper.writer().withAttribute(TreemJacksonModule.REPORT_LANGUAGE, Language.EN)}.
   */
  public static final String REPORT_LANGUAGE = WriteAttributes.REPORT_LANGUAGE;

  /** Creates the module (the {@link java.util.ServiceLoader} entry point). */
  public TreemJacksonModule() {
    this(false);
  }

  /**
   * Creates the module.
   *
   * @param lenient whether unknown properties are left to the mapper's problem handlers (treem's
   *     own lenient mapper only, which skips them with a warning)
   */
  TreemJacksonModule(boolean lenient) {
    super("treem", Version.unknownVersion());
    for (TypeCodec<?> c : codecs()) {
      add(c, lenient);
    }
  }

  /** {@return the codecs this module registers: core's, the plan's and the report document's} */
  static List<TypeCodec<?>> codecs() {
    List<TypeCodec<?>> all = new ArrayList<>(CoreCodecs.all());
    all.addAll(PlanCodecs.all());
    all.addAll(CaseCodecs.all());
    all.addAll(new ReportCodecProvider().codecs());
    return all;
  }

  private <T> void add(TypeCodec<T> codec, boolean lenient) {
    Class<T> type = codec.getType();
    addSerializer(type, new CodecSerializer<>(type, codec.getWriter()));
    addDeserializer(type, new CodecDeserializer<>(type, codec.getReader(), lenient));
  }
}
