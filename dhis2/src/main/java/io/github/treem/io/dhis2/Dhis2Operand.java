package io.github.treem.io.dhis2;

import io.github.treem.io.internal.dhis2.TreemStyle;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Where one number goes in DHIS2: a data element, with the category option combo and the
 * attribute option combo when they differ from the mapping's defaults.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class Dhis2Operand {
  Dhis2Operand() {}

  /** {@return the data element UID} */
  public abstract String getDataElement();

  /** {@return the category option combo UID; empty for the mapping's default} */
  public abstract Optional<String> getCategoryOptionCombo();

  /** {@return the attribute option combo UID; empty for the mapping's default} */
  public abstract Optional<String> getAttributeOptionCombo();

  /**
   * An operand with the default combos.
   *
   * @param dataElement the data element UID
   * @return the operand
   */
  public static Dhis2Operand of(String dataElement) {
    return builder().dataElement(dataElement).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dhis2Operand}. */
  public static final class Builder extends ImmutableDhis2Operand.Builder {
    Builder() {}
  }
}
