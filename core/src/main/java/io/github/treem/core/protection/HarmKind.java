package io.github.treem.core.protection;

import io.github.treem.core.taxonomy.LegalReference;
import org.apiguardian.api.API;

/**
 * A kind of harm recorded on a protection case: a prohibited act of the Law on Children 2016
 * (Điều 6, {@link ProhibitedAct}) or a form of abuse (xâm hại) that its Điều 4 defines
 * ({@link AbuseForm}).
 *
 * <p>Implementation requirements: sealed; both implementations are enums, immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface HarmKind permits ProhibitedAct, AbuseForm {

  /** {@return treem's code, e.g. {@code "SEXUAL_ABUSE"}; not an official code} */
  String getCode();

  /** {@return the Vietnamese name} */
  String getNameVi();

  /** {@return the English name} */
  String getNameEn();

  /** {@return the article and clause of the law that defines it} */
  LegalReference getLegalReference();

  /**
   * Reads a code of either taxonomy (case-insensitive, surrounding spaces ignored).
   *
   * @param code the code
   * @return the kind, or empty when neither taxonomy has the code
   */
  static java.util.Optional<HarmKind> parse(String code) {
    if (code == null) {
      return java.util.Optional.empty();
    }
    String c = code.strip().toUpperCase(java.util.Locale.ROOT);
    for (AbuseForm f : AbuseForm.values()) {
      if (f.name().equals(c)) {
        return java.util.Optional.of(f);
      }
    }
    for (ProhibitedAct a : ProhibitedAct.values()) {
      if (a.name().equals(c)) {
        return java.util.Optional.of(a);
      }
    }
    return java.util.Optional.empty();
  }
}
