package io.github.treem.core.internal.constraints;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ConstraintValidatorContext} for calling a validator directly: it records each violation
 * as {@code template @ path}, the path written as Hibernate Validator writes it (e.g.
 * {@code measurements[2].measuredOn}).
 */
final class RecordingContext implements InvocationHandler {
  private final Clock clock;
  private final List<String> violations = new ArrayList<>();
  private boolean defaultDisabled;
  private String template;
  private final List<String> names = new ArrayList<>();
  private final List<Integer> indexes = new ArrayList<>();

  private RecordingContext(LocalDate today) {
    this.clock = Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }

  static RecordingContext on(LocalDate today) {
    return new RecordingContext(today);
  }

  ConstraintValidatorContext context() {
    return proxy(ConstraintValidatorContext.class);
  }

  /** {@return the violations, each "key @ path", the key without braces and package} */
  List<String> violations() {
    return violations;
  }

  boolean isDefaultDisabled() {
    return defaultDisabled;
  }

  private <T> T proxy(Class<T> type) {
    return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, this));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) {
    switch (method.getName()) {
      case "getClockProvider":
        return (ClockProvider) () -> clock;
      case "disableDefaultConstraintViolation":
        defaultDisabled = true;
        return null;
      case "buildConstraintViolationWithTemplate":
        template = (String) args[0];
        names.clear();
        indexes.clear();
        break;
      case "addPropertyNode":
        names.add((String) args[0]);
        indexes.add(null);
        break;
      case "addBeanNode":
        names.add("");
        indexes.add(null);
        break;
      case "atIndex":
        indexes.set(indexes.size() - 1, (Integer) args[0]);
        break;
      case "addConstraintViolation":
        violations.add(template.replace("{io.github.treem.core.constraints.", "").replace("}", "") + " @ " + path());
        break;
      case "toString":
        return "RecordingContext";
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == args[0];
      default:
        break;
    }
    Class<?> r = method.getReturnType();
    if (r.isInterface()) {
      return proxy(r);
    }
    if (r == void.class) {
      return null;
    }
    throw new UnsupportedOperationException(method.getName());
  }

  private String path() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (indexes.get(i) != null) {
        b.append('[').append(indexes.get(i)).append(']');
      }
      if (!names.get(i).isEmpty()) {
        b.append(b.length() > 0 ? "." : "").append(names.get(i));
      }
    }
    return b.toString();
  }
}
