package io.github.treem.core.id;

import io.github.treem.core.internal.CoreErrorCode;
import io.github.treem.core.validation.InvalidValueException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The 15-character code of a health-insurance card (mã thẻ BHYT, Decision 1351/QĐ-BHXH of 2015):
 * a 2-letter beneficiary group (e.g. {@code TE}, children under 6), a benefit-level digit 1-5, a
 * 2-digit province code, and the 10-digit social-insurance number (mã số BHXH). Example form:
 * {@code TE1} + {@code 46} + ten digits.
 *
 * <p>{@link #parse(String)} and {@link #isWellFormed(String)} accept exactly that form: upper-case
 * ASCII letters and ASCII digits, surrounding spaces ignored. Lower-case letters are refused (cards
 * print the group in capitals; a reader that wants to be lenient upper-cases the text itself).
 *
 * <p>Cards on the newer form (Decision 1666/QĐ-BHXH, from 1 April 2021) reportedly print only the
 * 10-digit social-insurance number (unconfirmed). Such a number is not a card code: test it with
 * {@link #isSocialInsuranceNumber(String)}; the constraint
 * {@code io.github.treem.core.constraints.ValidHealthInsuranceCode} accepts it only when asked to
 * ({@code accept = {CARD_CODE, SOCIAL_INSURANCE_NUMBER}}).
 *
 * <p>The code is personal data: {@link #toString()} masks it, and {@link #parse(String)} never
 * repeats the text in its exception.
 *
 * <p>Implementation requirements: immutable and thread-safe; value-based.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class HealthInsuranceCode {
  /** The length of a card code. */
  public static final int LENGTH = 15;

  /** The beneficiary group of children under 6 (trẻ em dưới 6 tuổi). */
  public static final String CHILD_UNDER_SIX_GROUP = "TE";

  private final String code;

  private HealthInsuranceCode(String code) {
    this.code = code;
  }

  /**
   * Reads a card code: 2 upper-case letters, a benefit digit 1-5, 2 province digits and 10
   * digits; surrounding spaces ignored.
   *
   * @param text the text
   * @return the code
   * @throws InvalidValueException (code {@code TREEM-CORE-0301}) when the text is not a card
   *     code; the message does not repeat the text
   */
  public static HealthInsuranceCode parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    String t = text.strip();
    if (!isWellFormed(t)) {
      throw new InvalidValueException(CoreErrorCode.HI_CARD_CODE_FORMAT,
          "a health-insurance card code has 15 characters: 2 capital letters, a benefit digit 1-5 and 12 digits");
    }
    return new HealthInsuranceCode(t);
  }

  /**
   * Whether a text has the form of a card code.
   *
   * @param text the text, may be null
   * @return true when {@link #parse(String)} would accept it
   */
  public static boolean isWellFormed(String text) {
    if (text == null) {
      return false;
    }
    String t = text.strip();
    if (t.length() != LENGTH) {
      return false;
    }
    if (!isUpperAscii(t.charAt(0)) || !isUpperAscii(t.charAt(1))) {
      return false;
    }
    char benefit = t.charAt(2);
    if (benefit < '1' || benefit > '5') {
      return false;
    }
    return allDigits(t, 3, LENGTH);
  }

  /**
   * Whether a text is a bare 10-digit social-insurance number (mã số BHXH), the only number that
   * cards on the 2021 form reportedly print (unconfirmed). Surrounding spaces are ignored.
   *
   * @param text the text, may be null
   * @return true when the text is exactly 10 ASCII digits
   */
  public static boolean isSocialInsuranceNumber(String text) {
    if (text == null) {
      return false;
    }
    String t = text.strip();
    return t.length() == 10 && allDigits(t, 0, 10);
  }

  private static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean allDigits(String t, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@return the 2-letter beneficiary group, e.g. {@code TE}} */
  public String getBeneficiaryGroup() {
    return code.substring(0, 2);
  }

  /** {@return the benefit level, 1..5} */
  public int getBenefitLevel() {
    return code.charAt(2) - '0';
  }

  /** {@return the 2-digit province code of the social-insurance office} */
  public String getProvinceCode() {
    return code.substring(3, 5);
  }

  /** {@return the 10-digit social-insurance number (personal data)} */
  public String getSocialInsuranceNumber() {
    return code.substring(5);
  }

  /** {@return the whole 15-character code (personal data)} */
  public String getCode() {
    return code;
  }

  /** {@return true when the beneficiary group is {@code TE}, children under 6} */
  public boolean isChildUnderSix() {
    return code.startsWith(CHILD_UNDER_SIX_GROUP); // the group is the first 2 characters
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HealthInsuranceCode other && other.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** {@return the code masked after the group and benefit level, e.g. {@code "TE1************"}} */
  @Override
  public String toString() {
    return code.substring(0, 3) + "************";
  }
}
