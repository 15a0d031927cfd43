package io.github.treem.core.validation;

import io.github.treem.core.internal.TreemStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One problem found in data: a stable code (e.g. {@code CHILD_DATES_ORDER},
 * {@code INVALID_DATE}), a severity, a location, and a message in Vietnamese and in English.
 * This is treem's one error model: the validator, the readers and the commands all report
 * {@code Issue}s.
 *
 * <p>Messages never contain personal data; readers echo an offending value only for columns that
 * are not personal data.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Issue {
  Issue() {}

  /** {@return the stable code; codes are never reused for another meaning} */
  public abstract String getCode();

  /** {@return the severity} */
  public abstract Severity getSeverity();

  /** {@return where the problem is} */
  @Value.Default
  public Location getLocation() {
    return Location.unknown();
  }

  /** {@return the message in Vietnamese} */
  public abstract String getMessageVi();

  /** {@return the message in English} */
  public abstract String getMessageEn();

  /**
   * The message in a language.
   *
   * @param language the language
   * @return the message
   */
  public String getMessage(Language language) {
    return language == Language.EN ? getMessageEn() : getMessageVi();
  }

  /**
   * A copy at another location.
   *
   * @param location the location
   * @return the copy
   */
  public Issue withLocation(Location location) {
    return builder().from(this).location(location).build();
  }

  /**
   * An issue.
   *
   * @param code the code
   * @param severity the severity
   * @param location the location
   * @param messageVi the Vietnamese message
   * @param messageEn the English message
   * @return the issue
   */
  public static Issue of(String code, Severity severity, Location location, String messageVi, String messageEn) {
    return builder().code(code).severity(severity).location(location).messageVi(messageVi).messageEn(messageEn).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return getSeverity() + " " + getCode() + " at " + getLocation() + ": " + getMessageEn();
  }

  /** Builds an {@link Issue}. */
  public static final class Builder extends ImmutableIssue.Builder {
    Builder() {}
  }
}
