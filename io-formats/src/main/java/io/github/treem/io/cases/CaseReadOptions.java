package io.github.treem.io.cases;

import io.github.treem.core.protection.ProtectionCaseValidator;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How a case file is read: the file name for locations, the validator applied to each case, and
 * whether the reading is strict (the default: unknown JSON properties and validator errors reject
 * the case) or lenient (unknown properties are warnings; validator errors stay on the accepted
 * case). Value errors reject the case in both.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class CaseReadOptions {
  CaseReadOptions() {}

  /** {@return the file name put in issue locations, if any} */
  public abstract Optional<String> getFileName();

  /** {@return the validator applied to each case read, if any} */
  public abstract Optional<ProtectionCaseValidator> getValidator();

  /** {@return true for strict reading (the default)} */
  @Value.Default
  public boolean isStrict() {
    return true;
  }

  /** {@return strict reading, validated by {@link ProtectionCaseValidator#defaults()}, no file name} */
  public static CaseReadOptions defaults() {
    return builder().validator(ProtectionCaseValidator.defaults()).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CaseReadOptions}. */
  public static final class Builder extends ImmutableCaseReadOptions.Builder {
    Builder() {}
  }
}
