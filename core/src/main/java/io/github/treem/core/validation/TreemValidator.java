package io.github.treem.core.validation;

import io.github.treem.core.internal.constraints.FastChecks;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates treem's value types (and any other bean) with Hibernate Validator and reports every
 * problem as an {@link Issue} with a stable code ({@link ValidationCode}), a severity, the property
 * path and messages in Vietnamese and English.
 *
 * <pre>{@code
 * try (TreemValidator validator = TreemValidator.of(LocalDate.of(2020, 12, 31))) {
 *   ValidationReport report = validator.validate(child);
 *   boolean usable = report.isValid(); // no ERROR; warnings may remain
 *   List<Issue> warnings = report.issuesOf(Severity.WARNING);
 * }
 * }</pre>
 *
 * <p>The reference date: the validator's {@link jakarta.validation.ClockProvider} is fixed at the
 * start of the reference date (UTC), so rules that depend on "today" (such as
 * {@code @ChildUnder16}) use it; nothing reads the system clock.
 *
 * <p>Severity: {@link Severity#ERROR} unless the constraint's payload names
 * {@link Severity.Warning} or {@link Severity.Info}. Invalid data never throws and never stops the
 * validation at the first problem. Issues come sorted by path (list indexes in numeric order), then
 * code, then severity, then English message.
 *
 * <p>Messages: interpolated once per language from the constraint's message template, without the
 * validated value (a template's {@code ${validatedValue}} reads as {@code null}), so no personal
 * datum reaches a message. Templates of treem's constraints are in the
 * {@code ContributorValidationMessages} bundles of this jar; message parameters added by a
 * validator through Hibernate Validator's own context API are not interpolated.
 *
 * <p>Speed: a {@link io.github.treem.core.Child} that satisfies every constraint (nearly every child of a register) is
 * recognised by the constraint validators' own code run without Hibernate Validator's machinery
 * and gets the empty report at once; any other child is validated by Hibernate Validator, so the
 * issues reported are always Hibernate Validator's. A test keeps the two answers equal.
 *
 * <p>Configuration: Hibernate Validator is chosen explicitly (no provider look-up) and an
 * application's {@code META-INF/validation.xml} is ignored, so the outcome does not depend on the
 * class path.
 *
 * <p>Implementation requirements: thread-safe; build one per reference date and reuse it. It
 * holds one {@link ValidatorFactory}, built at the first object that the fast checks do not
 * clear (so that validating a clean register never starts Hibernate Validator) and released by
 * {@link #close()}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class TreemValidator implements AutoCloseable {
  private static final Comparator<Issue> ORDER = Comparator
      .comparing((Issue i) -> i.getLocation().getPath().orElse(""), TreemValidator::comparePaths)
      .thenComparing(Issue::getCode)
      .thenComparing(Issue::getSeverity)
      .thenComparing(Issue::getMessageEn);

  private final LocalDate referenceDate;
  /** Hibernate Validator, built at the first child that needs it (null before, and after close). */
  private volatile @Nullable Provider provider;
  private volatile boolean closed;

  private TreemValidator(LocalDate referenceDate) {
    this.referenceDate = referenceDate;
  }

  /** The validator factory of a reference date, with what is taken from it. */
  private static final class Provider {
    final ValidatorFactory factory;
    final Validator validator;
    final MessageInterpolator interpolator;

    Provider(LocalDate referenceDate) {
      Clock clock = Clock.fixed(referenceDate.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
      this.factory = Validation.byProvider(HibernateValidator.class)
          .providerResolver(() -> List.of(new HibernateValidator()))
          .configure()
          .ignoreXmlConfiguration()
          .clockProvider(() -> clock)
          .buildValidatorFactory();
      this.validator = factory.getValidator();
      this.interpolator = factory.getMessageInterpolator();
    }
  }

  /** Builds the provider once (double-checked: the field is volatile). */
  private Provider provider() {
    Provider p = provider;
    if (p == null) {
      synchronized (this) {
        if (closed) {
          throw new IllegalStateException("the validator is closed");
        }
        p = provider;
        if (p == null) {
          p = new Provider(referenceDate);
          provider = p;
        }
      }
    }
    return p;
  }

  /**
   * A validator for a reference date.
   *
   * @param referenceDate the date that stands for "today" in the rules
   * @return the validator
   */
  public static TreemValidator of(LocalDate referenceDate) {
    return new TreemValidator(Objects.requireNonNull(referenceDate, "referenceDate must not be null"));
  }

  /** {@return the reference date} */
  public LocalDate getReferenceDate() {
    return referenceDate;
  }

  /**
   * Validates a child with all its records, or any other object with the constraints declared on
   * its type. A {@link io.github.treem.core.Child} is validated with all its records (a child that
   * satisfies every constraint gets the empty report at once, see "Speed").
   *
   * @param object the child, or any other object
   * @return every issue found
   * @throws IllegalStateException when the validator is closed
   */
  public ValidationReport validate(Object object) {
    Objects.requireNonNull(object, "object must not be null");
    if (closed) {
      throw new IllegalStateException("the validator is closed");
    }
    if (FastChecks.holdsForChild(object, referenceDate)) {
      return ValidationReport.empty();
    }
    return validateWithProvider(object);
  }

  /** Hibernate Validator's answer. */
  ValidationReport validateWithProvider(Object object) {
    Provider p = provider();
    Set<ConstraintViolation<Object>> violations = p.validator.validate(object);
    List<Issue> issues = new ArrayList<>(violations.size());
    for (ConstraintViolation<Object> v : violations) {
      issues.add(toIssue(v, p.interpolator));
    }
    issues.sort(ORDER);
    return ValidationReport.of(issues);
  }

  private static Issue toIssue(ConstraintViolation<?> v, MessageInterpolator interpolator) {
    ConstraintDescriptor<?> d = v.getConstraintDescriptor();
    String code = ValidationCode.codeOf(d.getAnnotation().annotationType(), v.getMessageTemplate());
    String path = v.getPropertyPath().toString();
    Location location = path.isEmpty() ? Location.unknown() : Location.ofPath(path);
    Context context = new Context(v);
    return Issue.of(code, severityOf(d.getPayload()), location,
        interpolator.interpolate(v.getMessageTemplate(), context, Language.VI.getLocale()),
        interpolator.interpolate(v.getMessageTemplate(), context, Locale.ENGLISH));
  }

  /**
   * Orders property paths as text, except that runs of digits compare as numbers, so that
   * {@code measurements[2]} comes before {@code measurements[10]}.
   */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (isDigit(ca) && isDigit(cb)) {
        int ei = i;
        while (ei < a.length() && isDigit(a.charAt(ei))) {
          ei++;
        }
        int ej = j;
        while (ej < b.length() && isDigit(b.charAt(ej))) {
          ej++;
        }
        String na = stripLeadingZeros(a.substring(i, ei));
        String nb = stripLeadingZeros(b.substring(j, ej));
        int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
        if (c != 0) {
          return c;
        }
        i = ei;
        j = ej;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String stripLeadingZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }

  static Severity severityOf(Set<Class<? extends Payload>> payload) {
    if (payload.contains(Severity.Warning.class)) {
      return Severity.WARNING;
    }
    if (payload.contains(Severity.Info.class)) {
      return Severity.INFO;
    }
    return Severity.ERROR;
  }

  /** Releases the validator factory (if one was built); later calls to {@code validate} throw. Idempotent. */
  @Override
  public void close() {
    Provider p;
    synchronized (this) {
      closed = true;
      p = provider;
      provider = null;
    }
    if (p != null) {
      p.factory.close();
    }
  }

  @Override
  public String toString() {
    return "TreemValidator{referenceDate=" + referenceDate + "}";
  }

  /** The interpolation context of a violation, without its validated value. */
  private static final class Context implements HibernateMessageInterpolatorContext {
    private final ConstraintViolation<?> violation;

    Context(ConstraintViolation<?> violation) {
      this.violation = violation;
    }

    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
      return violation.getConstraintDescriptor();
    }

    @Override
    public @Nullable Object getValidatedValue() {
      return null; // personal data never reaches a message
    }

    @Override
    public Class<?> getRootBeanType() {
      return violation.getRootBeanClass();
    }

    @Override
    public Map<String, Object> getMessageParameters() {
      return Map.of();
    }

    @Override
    public Map<String, Object> getExpressionVariables() {
      return Map.of();
    }

    @Override
    public Path getPropertyPath() {
      return violation.getPropertyPath();
    }

    @Override
    public ExpressionLanguageFeatureLevel getExpressionLanguageFeatureLevel() {
      return ExpressionLanguageFeatureLevel.BEAN_PROPERTIES;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      if (type.isInstance(this)) {
        return type.cast(this);
      }
      throw new jakarta.validation.ValidationException("cannot unwrap to " + type.getName());
    }
  }
}
