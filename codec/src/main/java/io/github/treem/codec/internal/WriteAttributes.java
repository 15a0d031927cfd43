package io.github.treem.codec.internal;

/** The keys of the write attributes that codecs read ({@link TokenWriter#attribute(Object)}). */
public final class WriteAttributes {
  /**
   * The language of a report's indicator names (a {@code io.github.treem.core.validation.Language};
   * default: Vietnamese).
   */
  public static final String REPORT_LANGUAGE = "io.github.treem.io.report.language";

  private WriteAttributes() {}
}
