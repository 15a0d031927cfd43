package io.github.treem.io.dhis2;

import io.github.treem.io.internal.dhis2.TreemStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One DHIS2 data value: keyed by (data element, period, org unit, category option combo,
 * attribute option combo), with its value (a count of children, as text).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class Dhis2DataValue {
  Dhis2DataValue() {}

  /** {@return the data element UID} */
  public abstract String getDataElement();

  /** {@return the period identifier} */
  public abstract String getPeriod();

  /** {@return the org unit UID} */
  public abstract String getOrgUnit();

  /** {@return the category option combo UID} */
  public abstract String getCategoryOptionCombo();

  /** {@return the attribute option combo UID} */
  public abstract String getAttributeOptionCombo();

  /** {@return the value} */
  public abstract String getValue();

  /** {@return the key DHIS2 stores the value under, as one text: de/period/ou/coc/aoc} */
  public String key() {
    return getDataElement() + "/" + getPeriod() + "/" + getOrgUnit() + "/" + getCategoryOptionCombo() + "/"
        + getAttributeOptionCombo();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dhis2DataValue}. */
  public static final class Builder extends ImmutableDhis2DataValue.Builder {
    Builder() {}
  }
}
