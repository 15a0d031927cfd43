package io.github.treem.testkit.internal;

import io.github.treem.core.validation.TreemValidator;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared {@link TreemValidator} per reference date (building one is costly; they are
 * thread-safe and live as long as the test JVM). Internal: not API.
 */
public final class Validators {
  private static final Map<LocalDate, TreemValidator> CACHE = new ConcurrentHashMap<>();

  private Validators() {}

  /**
   * The validator for a reference date.
   *
   * @param referenceDate the date
   * @return the shared validator
   */
  public static TreemValidator on(LocalDate referenceDate) {
    return CACHE.computeIfAbsent(referenceDate, TreemValidator::of);
  }
}
