package io.github.treem.core.admin;

import io.github.treem.core.internal.Chars;
import io.github.treem.core.internal.CoreErrorCode;
import io.github.treem.core.validation.InvalidValueException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The 5-digit code of a commune-level unit (xã, phường, thị trấn, đặc khu) in the GSO list of
 * administrative units (Decision 124/2004/QĐ-TTg; from 1 July 2025 Decision 19/2025/QĐ-TTg).
 * Commune codes are unique nationwide. The same code can denote different units at different
 * dates (after the 2025 arrangement a new commune reuses one predecessor's code), so a code alone
 * does not identify a unit in time: see {@link AdministrativeUnit}.
 *
 * <p>Implementation requirements: immutable and thread-safe; value-based.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CommuneCode implements Comparable<CommuneCode> {
  private final String code;

  private CommuneCode(String code) {
    this.code = code;
  }

  /**
   * Reads a commune code: exactly 5 ASCII digits, surrounding spaces ignored.
   *
   * @param text the text
   * @return the code
   * @throws InvalidValueException (code {@code TREEM-CORE-0101}) when the text is not 5 digits
   */
  public static CommuneCode parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    String t = text.strip();
    if (t.length() != 5 || !Chars.isAsciiDigits(t)) {
      throw new InvalidValueException(CoreErrorCode.COMMUNE_CODE_FORMAT, "a commune code has exactly 5 digits");
    }
    return new CommuneCode(t);
  }

  /**
   * Whether a text is a well-formed commune code.
   *
   * @param text the text, may be null
   * @return true when {@link #parse(String)} would accept it
   */
  public static boolean isValid(String text) {
    if (text == null) {
      return false;
    }
    String t = text.strip();
    return t.length() == 5 && Chars.isAsciiDigits(t);
  }

  /** {@return the 5 digits} */
  public String getCode() {
    return code;
  }

  @Override
  public int compareTo(CommuneCode o) {
    return code.compareTo(o.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CommuneCode other && other.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** {@return the 5 digits, the inverse of {@link #parse(String)}} */
  @Override
  public String toString() {
    return code;
  }
}
