package io.github.treem.core.internal;

/** Character tests of the hot paths, without streams or regular expressions (internal: not API). */
public final class Chars {
  private Chars() {}

  /**
   * Whether every character of a text is an ASCII digit.
   *
   * @param t the text
   * @return true when it has only ASCII digits (also when it is empty)
   */
  public static boolean isAsciiDigits(CharSequence t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
