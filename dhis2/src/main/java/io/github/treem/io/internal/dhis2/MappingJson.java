package io.github.treem.io.internal.dhis2;

import io.github.treem.core.validation.TreemException;
import io.github.treem.io.dhis2.Dhis2Mapping;
import io.github.treem.io.dhis2.Dhis2Operand;
import io.github.treem.io.dhis2.Dhis2ValueMapping;
import io.github.treem.io.internal.IoErrorCode;
import java.io.Reader;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a {@link Dhis2Mapping} from JSON (structure only; content is checked by the export). */
public final class MappingJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Set<String> TOP = Set.of("$schema", "version", "dataSet", "period", "orgUnit", "completeDate",
      "categoryOptionCombo", "attributeOptionCombo", "orgUnits", "values", "description");
  private static final Set<String> VALUE = Set.of("indicator", "breakdown", "key", "numerator", "denominator",
      "comment");
  private static final Set<String> OPERAND = Set.of("dataElement", "categoryOptionCombo", "attributeOptionCombo");

  private MappingJson() {}

  /**
   * Reads a mapping.
   *
   * @param json the JSON text
   * @return the mapping
   * @throws TreemException (TREEM-IO-0702) when malformed
   */
  public static Dhis2Mapping read(Reader json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw fail("", "malformed JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw fail("", "the mapping must be a JSON object");
    }
    only(root, TOP, "");
    JsonNode version = root.get("version");
    if (version == null || !version.isInt() || version.intValue() != 1) {
      throw fail("version", "version must be 1");
    }
    Dhis2Mapping.Builder b = Dhis2Mapping.builder()
        .dataSet(text(root, "dataSet", ""))
        .period(text(root, "period", ""))
        .orgUnit(text(root, "orgUnit", ""));
    if (root.has("completeDate")) {
      b.completeDate(text(root, "completeDate", ""));
    }
    if (root.has("categoryOptionCombo")) {
      b.categoryOptionCombo(text(root, "categoryOptionCombo", ""));
    }
    if (root.has("attributeOptionCombo")) {
      b.attributeOptionCombo(text(root, "attributeOptionCombo", ""));
    }
    JsonNode orgUnits = root.get("orgUnits");
    if (orgUnits != null) {
      if (!orgUnits.isObject()) {
        throw fail("orgUnits", "orgUnits must be an object");
      }
      for (Map.Entry<String, JsonNode> e : orgUnits.properties()) {
        if (!e.getValue().isString()) {
          throw fail("orgUnits." + e.getKey(), "must be a string");
        }
        b.putOrgUnits(e.getKey(), e.getValue().stringValue());
      }
    }
    JsonNode values = root.get("values");
    if (values == null || !values.isArray()) {
      throw fail("values", "values must be an array");
    }
    int i = 0;
    for (JsonNode v : values.values()) {
      String p = "values[" + i++ + "]";
      if (!v.isObject()) {
        throw fail(p, "must be an object");
      }
      only(v, VALUE, p + ".");
      Dhis2ValueMapping.Builder vb = Dhis2ValueMapping.builder().indicator(text(v, "indicator", p + "."));
      if (v.has("breakdown")) {
        vb.breakdown(text(v, "breakdown", p + "."));
      }
      if (v.has("key")) {
        vb.key(text(v, "key", p + "."));
      }
      vb.numerator(operand(v.get("numerator"), p + ".numerator"));
      if (v.has("denominator")) {
        vb.denominator(operand(v.get("denominator"), p + ".denominator"));
      }
      b.addValues(vb.build());
    }
    return b.build();
  }

  private static Dhis2Operand operand(JsonNode n, String p) {
    if (n == null || !n.isObject()) {
      throw fail(p, "must be an object with a dataElement");
    }
    only(n, OPERAND, p + ".");
    Dhis2Operand.Builder b = Dhis2Operand.builder().dataElement(text(n, "dataElement", p + "."));
    if (n.has("categoryOptionCombo")) {
      b.categoryOptionCombo(text(n, "categoryOptionCombo", p + "."));
    }
    if (n.has("attributeOptionCombo")) {
      b.attributeOptionCombo(text(n, "attributeOptionCombo", p + "."));
    }
    return b.build();
  }

  private static void only(JsonNode n, Set<String> allowed, String p) {
    for (String name : n.propertyNames()) {
      if (!allowed.contains(name)) {
        throw fail(p + name, "unknown property");
      }
    }
  }

  private static String text(JsonNode n, String field, String p) {
    JsonNode v = n.get(field);
    if (v == null || !v.isString()) {
      throw fail(p + field, "a string is required");
    }
    return v.stringValue();
  }

  private static TreemException fail(String path, String message) {
    return new TreemException(IoErrorCode.DHIS2_MAPPING_INVALID,
        "DHIS2 mapping" + (path.isEmpty() ? "" : " at " + path) + ": " + message);
  }
}
