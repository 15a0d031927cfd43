package io.github.treem.core.protection;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A free-text description on a protection case: the most sensitive datum treem holds (what
 * happened to a child). It is kept only so that the record is complete: its text is returned
 * only by {@link #reveal()}, never by {@link #toString()}, and treem never puts it in a message,
 * an exception, a log or a figure.
 *
 * <p>Implementation requirements: immutable and thread-safe; equal when the texts are equal.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SensitiveText {
  private final String text;

  private SensitiveText(String text) {
    this.text = text;
  }

  /**
   * Wraps a text.
   *
   * @param text the text
   * @return the wrapped text
   */
  public static SensitiveText of(String text) {
    return new SensitiveText(Objects.requireNonNull(text, "text must not be null"));
  }

  /** {@return the text; the caller takes responsibility for where it goes} */
  public String reveal() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SensitiveText other && other.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** {@return {@code "[hidden]"}, never the text} */
  @Override
  public String toString() {
    return "[hidden]";
  }
}
