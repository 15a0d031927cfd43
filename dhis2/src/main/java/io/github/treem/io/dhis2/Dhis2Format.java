package io.github.treem.io.dhis2;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The DHIS2 import formats treem writes.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Dhis2Format {
  /** A dataValueSet in JSON ({@code /api/dataValueSets} with {@code Content-Type: application/json}). */
  JSON("json"),
  /** CSV with DHIS2's column names ({@code /api/dataValueSets} with {@code Content-Type: application/csv}). */
  CSV("csv"),
  /**
   * ADX XML ({@code urn:ihe:qrph:adx:2015}); the identifiers are UIDs, so import it with
   * {@code idScheme=UID} (ADX's default scheme is the code).
   */
  ADX("adx.xml");

  private final String extension;

  Dhis2Format(String extension) {
    this.extension = extension;
  }

  /** {@return the usual file name extension, without the dot} */
  public String getFileExtension() {
    return extension;
  }

  /**
   * Finds a format by name (case-insensitive).
   *
   * @param name {@code json}, {@code csv} or {@code adx}
   * @return the format
   * @throws IllegalArgumentException for any other name
   */
  public static Dhis2Format fromName(String name) {
    return valueOf(name.strip().toUpperCase(Locale.ROOT));
  }
}
