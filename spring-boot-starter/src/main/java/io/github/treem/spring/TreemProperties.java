package io.github.treem.spring;

import io.github.treem.core.validation.Language;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The properties {@code treem.*} of a Spring Boot application.
 *
 * <pre>
 * treem.reference-date=2025-12-31
 * treem.language=en
 * treem.suppression=true
 * </pre>
 *
 * @since 0.1.0
 */
@ConfigurationProperties(prefix = "treem")
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class TreemProperties {
  /**
   * The date that treem's rules take as "today" (yyyy-MM-dd), and the reference date of the
   * reports. Unset: the current date in Viet Nam (UTC+7) for validation, and 31 December of the
   * plan's year for reports.
   */
  private @Nullable LocalDate referenceDate;

  /** The language of reports (HTML and JSON indicator names): vi or en. */
  private Language language = Language.VI;

  /**
   * Whether reports hide small numbers (small-number suppression). Turn it off only for
   * internal reports that are never published.
   */
  private boolean suppression = true;

  /** Creates the properties with their defaults. */
  public TreemProperties() {}

  /** {@return the reference date, or null when unset} */
  public @Nullable LocalDate getReferenceDate() {
    return referenceDate;
  }

  /**
   * Sets the reference date.
   *
   * @param referenceDate the date, or null for the current date
   */
  public void setReferenceDate(@Nullable LocalDate referenceDate) {
    this.referenceDate = referenceDate;
  }

  /** {@return the language of reports} */
  public Language getLanguage() {
    return language;
  }

  /**
   * Sets the language of reports.
   *
   * @param language the language
   */
  public void setLanguage(Language language) {
    this.language = language;
  }

  /** {@return whether reports hide small numbers} */
  public boolean isSuppression() {
    return suppression;
  }

  /**
   * Sets whether reports hide small numbers.
   *
   * @param suppression false only for internal reports that are never published
   */
  public void setSuppression(boolean suppression) {
    this.suppression = suppression;
  }
}
