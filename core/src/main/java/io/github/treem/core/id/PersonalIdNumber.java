package io.github.treem.core.id;

import io.github.treem.core.internal.Chars;
import io.github.treem.core.internal.CoreErrorCode;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.validation.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The 12-digit personal identification number (số định danh cá nhân, the number of the CCCD /
 * căn cước card; Decree 137/2015/NĐ-CP Art. 13, Circular 07/2016/TT-BCA):
 * positions 1-3 the code of the province (or country) where the birth was registered, position
 * 4 the century-and-sex digit, positions 5-6 the last two digits of the year of birth, positions
 * 7-12 a random number. It has no check digit and does not encode the day or month of birth.
 *
 * <p>{@link #parse(String)} checks the form (12 digits) only; it accepts any 3-digit place code,
 * because births registered abroad carry a country code. Whether positions 1-3 are one of the 63
 * province codes of Circular 07/2016/TT-BCA ("0" + the pre-2025 GSO province code, 001 Hà Nội
 * ... 046 Thừa Thiên Huế ... 096 Cà Mau) is {@link #isKnownProvinceCode()}; codes given after the
 * 2025 merger of provinces are not known yet. Consistency with a child's sex and year of birth is
 * {@link #isConsistentWith(Sex, int)}. The number is personal data: {@link #toString()}
 * masks it; {@link #getDigits()} gives the digits.
 *
 * <p>Implementation requirements: immutable and thread-safe; value-based.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PersonalIdNumber {
  private final String digits;

  private PersonalIdNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Reads a personal identification number: exactly 12 ASCII digits, surrounding spaces ignored.
   *
   * @param text the text
   * @return the number
   * @throws InvalidValueException (code {@code TREEM-CORE-0201}) when the text is not 12 digits;
   *     the message does not repeat the text
   */
  public static PersonalIdNumber parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    String t = text.strip();
    if (!isWellFormed(t)) {
      throw new InvalidValueException(CoreErrorCode.PERSONAL_ID_FORMAT, "a personal identification number has exactly 12 digits");
    }
    return new PersonalIdNumber(t);
  }

  /**
   * Whether a text has the form of a personal identification number (12 digits).
   *
   * @param text the text, may be null
   * @return true when {@link #parse(String)} would accept it
   */
  public static boolean isWellFormed(String text) {
    if (text == null) {
      return false;
    }
    String t = text.strip();
    return t.length() == 12 && Chars.isAsciiDigits(t);
  }

  /** {@return the 12 digits (personal data)} */
  public String getDigits() {
    return digits;
  }

  /** {@return the 3-digit code of the province or country of birth registration} */
  public String getRegistrationPlaceCode() {
    return digits.substring(0, 3);
  }

  /**
   * {@return whether positions 1-3 are one of the 63 province codes of Circular 07/2016/TT-BCA
   * (false for a country code or an unknown code)}
   */
  public boolean isKnownProvinceCode() {
    return IdProvinceCodes.nameOf(getRegistrationPlaceCode()).isPresent();
  }

  /**
   * {@return the name of the (pre-2025) province of birth registration, e.g. "Tỉnh Thừa Thiên Huế"
   * for 046, or empty when positions 1-3 are not a known province code}
   */
  public Optional<String> getProvinceName() {
    return IdProvinceCodes.nameOf(getRegistrationPlaceCode());
  }

  /** {@return the century-and-sex digit (position 4), 0..9} */
  public int getCenturySexDigit() {
    return digits.charAt(3) - '0';
  }

  /** {@return the sex encoded by position 4: even digits male, odd female} */
  public Sex getSex() {
    return getCenturySexDigit() % 2 == 0 ? Sex.MALE : Sex.FEMALE;
  }

  /** {@return the first year of the century encoded by position 4: 1900, 2000, ..., 2300} */
  public int getCenturyStart() {
    return 1900 + 100 * (getCenturySexDigit() / 2);
  }

  /** {@return the year of birth encoded by positions 4-6, e.g. 2018} */
  public int getBirthYear() {
    // positions 5-6 are ASCII digits (parse checked them): read in place, without a substring
    return getCenturyStart() + 10 * (digits.charAt(4) - '0') + (digits.charAt(5) - '0');
  }

  /**
   * The century-and-sex digit for a sex and year of birth.
   *
   * @param sex the sex
   * @param birthYear the year of birth, 1900..2399
   * @return the digit, or empty outside 1900..2399
   */
  public static Optional<Integer> centurySexDigit(Sex sex, int birthYear) {
    if (birthYear < 1900 || birthYear > 2399) {
      return Optional.empty();
    }
    return Optional.of(2 * ((birthYear - 1900) / 100) + (sex == Sex.FEMALE ? 1 : 0));
  }

  /**
   * Whether this number agrees with a sex and year of birth (position 4 and positions 5-6).
   *
   * @param sex the sex
   * @param birthYear the year of birth
   * @return true when both agree
   */
  public boolean isConsistentWith(Sex sex, int birthYear) {
    return getSex() == sex && getBirthYear() == birthYear;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonalIdNumber other && other.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** {@return the number masked, e.g. {@code "046*********"}: it is personal data} */
  @Override
  public String toString() {
    return digits.substring(0, 3) + "*********";
  }
}
