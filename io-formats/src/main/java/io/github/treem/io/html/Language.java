package io.github.treem.io.html;

import org.apiguardian.api.API;

/**
 * The language of a rendered report.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Language {
  /** Vietnamese (tiếng Việt), the default. */
  VI("vi", "Tiếng Việt", "Vietnamese"),
  /** English. */
  EN("en", "Tiếng Anh", "English");

  private final String tag;
  private final String nameVi;
  private final String nameEn;

  Language(String tag, String nameVi, String nameEn) {
    this.tag = tag;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the BCP 47 language tag, {@code "vi"} or {@code "en"}} */
  public String getTag() {
    return tag;
  }

  /** {@return the Vietnamese name} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  public String getNameEn() {
    return nameEn;
  }

  /**
   * Finds a language by its tag (case-insensitive).
   *
   * @param tag {@code "vi"} or {@code "en"}
   * @return the language
   * @throws IllegalArgumentException for any other tag
   */
  public static Language fromTag(String tag) {
    for (Language l : values()) {
      if (l.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language: " + tag + " (expected vi or en)");
  }
}
