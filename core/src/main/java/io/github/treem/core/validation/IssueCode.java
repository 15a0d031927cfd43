package io.github.treem.core.validation;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A stable code of a problem that treem reports, with its severity and a short text in
 * Vietnamese and English: treem's one issue-code model. Every module lists its codes in one enum
 * implementing this interface: the validator's ({@link ValidationCode}), the register readers'
 * ({@code io.github.treem.io.RegisterIssueCode}, {@code io.github.treem.io.json.JsonIssueCode}),
 * the DHIS2 export's ({@code io.github.treem.io.dhis2.Dhis2IssueCode}), and the codes
 * {@code TREEM-<MODULE>-nnnn} of the exceptions ({@link io.github.treem.core.validation.TreemException#getIssueCode()}),
 * which are errors. The same problem has the same code in every format; a code is never reused for
 * another meaning.
 *
 * <p>An {@link Issue} is one occurrence of a code: made by {@link #issue(Location)} or
 * {@link #issue(Severity, Location, String)}, it carries the code, the severity, the location and
 * the two texts (followed by a detail, when there is one).
 *
 * <p>Implementation requirements: immutable (enum constants); the texts never contain personal
 * data.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface IssueCode {
  /** {@return what the code is: the code itself, its severity, its texts} */
  Definition definition();

  /** {@return the code as it appears in issues and exceptions, e.g. {@code INVALID_DATE}} */
  default String getCode() {
    return definition().code();
  }

  /** {@return the severity of the problem (a reader in lenient mode may lower it: see its documentation)} */
  default Severity getSeverity() {
    return definition().severity();
  }

  /** {@return the text in Vietnamese} */
  default String getMessageVi() {
    return definition().messageVi();
  }

  /** {@return the text in English} */
  default String getMessageEn() {
    return definition().messageEn();
  }

  /**
   * The text in a language.
   *
   * @param language the language
   * @return the text
   */
  default String getMessage(Language language) {
    return language == Language.EN ? getMessageEn() : getMessageVi();
  }

  /**
   * An issue of this code at a location, with the code's severity and texts.
   *
   * @param location where
   * @return the issue
   */
  default Issue issue(Location location) {
    return issue(getSeverity(), location, null);
  }

  /**
   * An issue of this code with a detail appended to both texts ({@code ": detail"}).
   *
   * @param severity the severity
   * @param location where
   * @param detail the detail (never personal data: readers echo a value only where it cannot be
   *     personal), or null for none
   * @return the issue
   */
  default Issue issue(Severity severity, Location location, @Nullable String detail) {
    String suffix = detail == null || detail.isEmpty() ? "" : ": " + detail;
    return Issue.of(getCode(), severity, location, getMessageVi() + suffix, getMessageEn() + suffix);
  }

  /**
   * What a code is, held by each constant of a registry enum.
   *
   * @param code the code, e.g. {@code INVALID_DATE} or {@code TREEM-CORE-0001}
   * @param severity the severity
   * @param messageVi the text in Vietnamese
   * @param messageEn the text in English
   */
  record Definition(String code, Severity severity, String messageVi, String messageEn) {
    /**
     * Checks that every part is given.
     *
     * @param code the code
     * @param severity the severity
     * @param messageVi the text in Vietnamese
     * @param messageEn the text in English
     */
    public Definition {
      java.util.Objects.requireNonNull(code, "code must not be null");
      java.util.Objects.requireNonNull(severity, "severity must not be null");
      java.util.Objects.requireNonNull(messageVi, "messageVi must not be null");
      java.util.Objects.requireNonNull(messageEn, "messageEn must not be null");
    }
  }
}
