package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A recipient of a document (a line of its "Nơi nhận"), as the document writes it, with the
 * purpose the document gives (e.g. "Để báo cáo", for information of a higher level).
 *
 * <pre>{@code
 * Recipient district = Recipient.of("UBND huyện", "Để báo cáo");
 * Recipient archive = Recipient.of("Lưu VT.");
 * }</pre>
 *
 * <p>Invariants (checked when built): the name is not blank.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class Recipient {
  Recipient() {}

  /** {@return the recipient as the document writes it, without the leading dash} */
  public abstract String getNameVi();

  /** {@return the purpose, e.g. "Để báo cáo", if the document gives one} */
  public abstract Optional<String> getPurposeVi();

  /**
   * A recipient without a purpose.
   *
   * @param nameVi the recipient as written
   * @return the recipient
   */
  public static Recipient of(String nameVi) {
    return builder().nameVi(nameVi).build();
  }

  /**
   * A recipient with a purpose.
   *
   * @param nameVi the recipient as written
   * @param purposeVi the purpose
   * @return the recipient
   */
  public static Recipient of(String nameVi, String purposeVi) {
    return builder().nameVi(nameVi).purposeVi(purposeVi).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getNameVi().isBlank()) {
      throw new InvalidValueException("TREEM-CORE-0555", "a recipient needs a name");
    }
  }

  /** Builds a {@link Recipient}. */
  public static final class Builder extends ImmutableRecipient.Builder {
    Builder() {}
  }
}
