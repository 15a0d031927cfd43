package io.github.treem.spring;

import io.github.treem.core.validation.TreemValidator;
import io.github.treem.core.validation.ValidationReport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * treem's validators of an application, one per reference date: the configured
 * {@code treem.reference-date}, or else the current date in Viet Nam, so that a server that runs
 * for months validates against today and not against the day it started.
 *
 * <pre>{@code
 * ValidationReport report = validators.validate(child); // reference date: configured, or today
 * TreemValidator forReport = validators.forDate(LocalDate.of(2025, 12, 31));
 * }</pre>
 *
 * <p>Each {@link TreemValidator} is treem's own: Hibernate Validator with treem's messages in
 * Vietnamese and English and a clock fixed at the reference date, independent of the
 * application's {@code jakarta.validation.Validator} (whose clock is the system's and whose
 * messages are the application's).
 *
 * <p>Implementation requirements: thread-safe. The validators of the last few dates are kept
 * (a validator is costly to build, cheap to use); an older one is dropped, not closed, since a
 * thread may still be using it. {@link #close()} closes those kept.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TreemValidators implements AutoCloseable {
  /** Viet Nam's time zone (UTC+7, no daylight saving time): where "today" is reckoned. */
  public static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final int KEPT = 4;

  private final Optional<LocalDate> referenceDate;
  private final Clock clock;
  private final Map<LocalDate, TreemValidator> kept = new LinkedHashMap<>();
  /** The validator last asked for: most calls ask for the same date, without taking the lock. */
  private volatile @Nullable Last last;

  private record Last(LocalDate date, TreemValidator validator) {}

  private TreemValidators(Optional<LocalDate> referenceDate, Clock clock) {
    this.referenceDate = referenceDate;
    this.clock = clock;
  }

  /**
   * Validators for a fixed reference date, or for the current date of a clock.
   *
   * @param referenceDate the fixed date, or empty for the clock's current date
   * @param clock the clock (its zone decides when a day starts; usually {@link #VIET_NAM})
   * @return the validators
   */
  public static TreemValidators of(Optional<LocalDate> referenceDate, Clock clock) {
    return new TreemValidators(Objects.requireNonNull(referenceDate, "referenceDate must not be null"),
        Objects.requireNonNull(clock, "clock must not be null"));
  }

  /** {@return the reference date now: the configured one, or the clock's current date} */
  public LocalDate getReferenceDate() {
    return referenceDate.orElseGet(() -> LocalDate.now(clock));
  }

  /** {@return whether the reference date is fixed by configuration} */
  public boolean isFixed() {
    return referenceDate.isPresent();
  }

  /** {@return the validator of the reference date now} */
  public TreemValidator current() {
    return forDate(getReferenceDate());
  }

  /**
   * The validator of a reference date.
   *
   * @param date the reference date
   * @return the validator (shared; do not close it)
   */
  public TreemValidator forDate(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    Last l = last;
    if (l != null && l.date().equals(date)) {
      return l.validator();
    }
    synchronized (this) {
      TreemValidator v = lookUp(date);
      last = new Last(date, v);
      return v;
    }
  }

  private TreemValidator lookUp(LocalDate date) {
    TreemValidator v = kept.get(date);
    if (v == null) {
      v = TreemValidator.of(date);
      kept.put(date, v);
      if (kept.size() > KEPT) {
        LocalDate oldest = kept.keySet().iterator().next();
        kept.remove(oldest);
      }
    }
    return v;
  }

  /**
   * Validates with the validator of the reference date now.
   *
   * @param object a child, a plan, or any bean with constraints
   * @return every issue found
   */
  public ValidationReport validate(Object object) {
    return current().validate(object);
  }

  /** Closes the validators kept; later calls build new ones. */
  @Override
  public void close() {
    List<TreemValidator> closing;
    synchronized (this) {
      closing = new ArrayList<>(kept.values());
      kept.clear();
      last = null;
    }
    closing.forEach(TreemValidator::close);
  }

  @Override
  public String toString() {
    return "TreemValidators[" + referenceDate.map(LocalDate::toString).orElse("today in " + clock.getZone()) + "]";
  }
}
