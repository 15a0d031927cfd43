package io.github.treem.io.internal;

import io.github.treem.core.Child;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.io.ChildValidator;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * {@link ChildValidator#treem(LocalDate)}: a {@link TreemValidator} shared by every read of the
 * JVM with the same reference date. Building a validator costs little (its Hibernate Validator
 * factory waits for the first child that fails the fast checks), but that factory costs tens of
 * milliseconds and some megabytes, so one per date is kept: at most {@value #MAX_DATES} dates,
 * beyond which the map is emptied (the validators are not closed: a read may still use one; they
 * hold no thread or file, and are collected with their last user). Equal by date; serializable
 * by date.
 */
public final class SharedTreemValidator implements ChildValidator, Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_DATES = 64;
  private static final Map<LocalDate, TreemValidator> SHARED = new ConcurrentHashMap<>();

  private final LocalDate referenceDate;
  /** The shared validator, looked up once per instance. */
  private transient volatile @Nullable TreemValidator validator;

  private SharedTreemValidator(LocalDate referenceDate) {
    this.referenceDate = referenceDate;
  }

  /**
   * The validator of a date.
   *
   * @param referenceDate the date
   * @return the validator
   */
  public static SharedTreemValidator of(LocalDate referenceDate) {
    return new SharedTreemValidator(Objects.requireNonNull(referenceDate, "referenceDate must not be null"));
  }

  @Override
  public ValidationReport validate(Child child) {
    TreemValidator v = validator;
    if (v == null) {
      if (SHARED.size() >= MAX_DATES) {
        SHARED.clear();
      }
      v = SHARED.computeIfAbsent(referenceDate, TreemValidator::of);
      validator = v;
    }
    return v.validate(child);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SharedTreemValidator v && v.referenceDate.equals(referenceDate);
  }

  @Override
  public int hashCode() {
    return referenceDate.hashCode();
  }

  @Override
  public String toString() {
    return "ChildValidator.treem(" + referenceDate + ")";
  }
}
