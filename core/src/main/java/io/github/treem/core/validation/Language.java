package io.github.treem.core.validation;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The languages treem writes its messages in.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Language {
  /** Vietnamese, the default. */
  VI(Locale.forLanguageTag("vi")),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** {@return the locale of this language} */
  public Locale getLocale() {
    return locale;
  }

  /**
   * Reads a language tag such as {@code vi} or {@code en} (case-insensitive).
   *
   * @param tag the tag
   * @return the language, or empty
   */
  public static Optional<Language> parse(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    return switch (tag.strip().toLowerCase(Locale.ROOT)) {
      case "vi" -> Optional.of(VI);
      case "en" -> Optional.of(EN);
      default -> Optional.empty();
    };
  }
}
