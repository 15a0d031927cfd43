package io.github.treem.codec.internal;

/**
 * The read limits of every treem JSON reader. The codecs check them on what they read, whatever
 * the limits of the parser that a host configured (a parser configured by treem checks them
 * first, with the same values); the document length can only be bounded by the parser.
 */
public final class ReadLimits {
  /** Maximum length of a document in bytes: {@value}. */
  public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;
  /** Maximum nesting depth of arrays and objects: {@value}. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Maximum length of a string value in characters: {@value}. */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;
  /** Maximum length of a number in characters: {@value}. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** Maximum length of a property name in characters: {@value}. */
  public static final int MAX_NAME_LENGTH = 1000;

  private static final String FROM = ", from treem's read limits)";

  private ReadLimits() {}

  /**
   * Checks the nesting depth of the object or array the reader is on.
   *
   * @param in the reader
   */
  public static void checkDepth(TokenReader in) {
    int depth = in.depth();
    if (depth > MAX_NESTING_DEPTH) {
      throw in.limitExceeded("Document nesting depth (" + depth + ") exceeds the maximum allowed ("
          + MAX_NESTING_DEPTH + FROM);
    }
  }

  /**
   * Checks the length of a property name.
   *
   * @param in the reader
   * @param name the name
   */
  public static void checkName(TokenReader in, String name) {
    if (name.length() > MAX_NAME_LENGTH) {
      throw in.limitExceeded("Name length (" + name.length() + ") exceeds the maximum allowed ("
          + MAX_NAME_LENGTH + FROM);
    }
  }

  /**
   * Checks the length of a string value.
   *
   * @param in the reader
   * @param value the string
   */
  public static void checkString(TokenReader in, String value) {
    if (value.length() > MAX_STRING_LENGTH) {
      throw in.limitExceeded("String value length (" + value.length() + ") exceeds the maximum allowed ("
          + MAX_STRING_LENGTH + FROM);
    }
  }

  /**
   * Checks the length of the number the reader is on: its digits, as the parsers count them.
   *
   * @param in the reader
   */
  public static void checkNumber(TokenReader in) {
    if (in.textLength() > MAX_NUMBER_LENGTH) {
      String text = in.tokenText();
      int digits = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          digits++;
        }
      }
      if (digits > MAX_NUMBER_LENGTH) {
        throw in.limitExceeded("Number value length (" + digits + ") exceeds the maximum allowed ("
            + MAX_NUMBER_LENGTH + FROM);
      }
    }
  }
}
