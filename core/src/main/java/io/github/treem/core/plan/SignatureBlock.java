package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The signature block of a document (Nghị định 30/2020/NĐ-CP, Phụ lục I): the authority in which
 * it is signed, e.g. "TM. ỦY BAN NHÂN DÂN" (on behalf of the committee) or "KT. CHỦ TỊCH"
 * (for the chairman), the signer's role ("CHỦ TỊCH", "PHÓ CHỦ TỊCH"), and the signer's name only
 * when the document gives it. treem never invents a name: a report leaves it blank for the
 * officer.
 *
 * <pre>{@code
 * SignatureBlock s = SignatureBlock.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
 * }</pre>
 *
 * <p>Invariants (checked when built): the authority and role are not blank.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class SignatureBlock {
  SignatureBlock() {}

  /** {@return the authority line, e.g. "TM. ỦY BAN NHÂN DÂN"} */
  public abstract String getAuthorityVi();

  /** {@return the role of the signer, e.g. "CHỦ TỊCH"} */
  public abstract String getRoleVi();

  /** {@return the signer's name, only when the document gives it} */
  public abstract Optional<String> getSignerName();

  /**
   * A signature block without a name.
   *
   * @param authorityVi the authority line
   * @param roleVi the role
   * @return the block
   */
  public static SignatureBlock of(String authorityVi, String roleVi) {
    return builder().authorityVi(authorityVi).roleVi(roleVi).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getAuthorityVi().isBlank() || getRoleVi().isBlank()) {
      throw new InvalidValueException("TREEM-CORE-0556", "a signature block needs an authority and a role");
    }
  }

  /** {@return the authority and role (the name is left out)} */
  @Override
  public String toString() {
    return "SignatureBlock{" + getAuthorityVi() + " / " + getRoleVi() + "}";
  }

  /** Builds a {@link SignatureBlock}. */
  public static final class Builder extends ImmutableSignatureBlock.Builder {
    Builder() {}
  }
}
