package io.github.treem.io.dhis2;

import io.github.treem.io.internal.dhis2.MappingJson;
import io.github.treem.io.internal.dhis2.TreemStyle;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How a treem indicator report maps to a DHIS2 data set: the data set, the period, the org unit
 * of the commune and of each village or area, and for each figure the data elements and option
 * combos ({@link Dhis2ValueMapping}). Read from a JSON file (schema
 * {@code io/github/treem/io/schema/dhis2-mapping-v1.schema.json}, JSON Schema draft 2020-12):
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "dataSet": "QvPlanDs001",
 *   "period": "2020",
 *   "orgUnit": "QvCommune01",
 *   "completeDate": "2021-01-15",
 *   "categoryOptionCombo": "HllvX50cXC0",
 *   "attributeOptionCombo": "HllvX50cXC0",
 *   "orgUnits": { "Thôn 1": "QvThon00001", "Thôn 2": "QvThon00002" },
 *   "values": [
 *     { "indicator": "HI_U6",
 *       "numerator": { "dataElement": "QvHiU6Num01" },
 *       "denominator": { "dataElement": "QvHiU6Den01" } },
 *     { "indicator": "HI_U6", "breakdown": "sex", "key": "FEMALE",
 *       "numerator": { "dataElement": "QvHiU6Num01", "categoryOptionCombo": "QvFemale001" },
 *       "denominator": { "dataElement": "QvHiU6Den01", "categoryOptionCombo": "QvFemale001" } },
 *     { "indicator": "HI_U6", "breakdown": "village",
 *       "numerator": { "dataElement": "QvHiU6Num01" },
 *       "denominator": { "dataElement": "QvHiU6Den01" } }
 *   ]
 * }
 * }</pre>
 *
 * <p>Fields: {@code version} (1); {@code dataSet}, {@code orgUnit} (UIDs); {@code period} (a
 * DHIS2 period, see {@link Dhis2Period}); {@code completeDate} (optional, ISO date);
 * {@code categoryOptionCombo}, {@code attributeOptionCombo} (defaults for every value, both
 * {@value #DEFAULT_COMBO} when absent, DHIS2's "default" combo); {@code orgUnits} (village or
 * area key, as written in the report, to org unit UID); {@code values} (see
 * {@link Dhis2ValueMapping}). A DHIS2 UID is 11 characters, a letter then letters or digits.
 *
 * <p>Reading checks the structure only (a malformed file throws); identifiers, periods,
 * indicator codes and breakdown keys are checked by {@link Dhis2Export#validate()}, which reports
 * every problem at once.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class Dhis2Mapping {
  Dhis2Mapping() {}

  /** The UID of DHIS2's default category option combo (and attribute option combo). */
  public static final String DEFAULT_COMBO = "HllvX50cXC0";

  private static final Pattern UID = Pattern.compile("[A-Za-z][A-Za-z0-9]{10}");

  /** {@return the data set UID} */
  public abstract String getDataSet();

  /** {@return the period identifier as written (checked by validation)} */
  public abstract String getPeriod();

  /** {@return the org unit UID of the report's totals (the commune)} */
  public abstract String getOrgUnit();

  /** {@return the date the data set was completed, as written (ISO date), if given} */
  public abstract Optional<String> getCompleteDate();

  /** {@return the default category option combo UID} */
  @Value.Default
  public String getCategoryOptionCombo() {
    return DEFAULT_COMBO;
  }

  /** {@return the default attribute option combo UID} */
  @Value.Default
  public String getAttributeOptionCombo() {
    return DEFAULT_COMBO;
  }

  /** {@return the org unit UID of each village or area key} */
  public abstract Map<String, String> getOrgUnits();

  /** {@return the figures to export, in order} */
  public abstract List<Dhis2ValueMapping> getValues();

  /**
   * Whether a text is a DHIS2 UID: 11 characters, a letter then letters or digits.
   *
   * @param s the text
   * @return true for a UID
   */
  public static boolean isUid(String s) {
    return s != null && UID.matcher(s).matches();
  }

  /**
   * Reads a mapping from JSON.
   *
   * @param json the JSON text
   * @return the mapping
   * @throws io.github.treem.core.validation.TreemException (code {@code TREEM-IO-0702}) when the JSON is
   *     malformed or does not have the mapping's structure
   */
  public static Dhis2Mapping parse(Reader json) {
    return MappingJson.read(json);
  }

  /**
   * Reads a mapping from a JSON file (UTF-8).
   *
   * @param file the file
   * @return the mapping
   * @throws IOException when the file cannot be read
   * @throws io.github.treem.core.validation.TreemException (code {@code TREEM-IO-0702}) when the JSON is
   *     malformed or does not have the mapping's structure
   */
  public static Dhis2Mapping read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r);
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dhis2Mapping}. */
  public static final class Builder extends ImmutableDhis2Mapping.Builder {
    Builder() {}
  }
}
