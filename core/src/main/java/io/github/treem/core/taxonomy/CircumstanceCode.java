package io.github.treem.core.taxonomy;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A code of a special circumstance as the commune register records it: a sub-group of Decree
 * 56/2017 ({@code A1}..{@code O3}) or, where the sub-group is unknown, only the group of the Law
 * on Children 2016 ({@code A}..{@code O}).
 *
 * <p>Implementation requirements: sealed; both implementations are enums, immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface CircumstanceCode permits SpecialCircumstanceGroup, SpecialCircumstanceSubgroup {

  /** {@return the code as written in the register, e.g. {@code "C10"} or {@code "DD"}} */
  String getCode();

  /** {@return the group of the Law on Children 2016 that the code belongs to} */
  SpecialCircumstanceGroup getGroup();

  /** {@return the Vietnamese name} */
  String getNameVi();

  /** {@return the English name} */
  String getNameEn();

  /** {@return the legal text that defines this code} */
  LegalReference getLegalReference();

  /** {@return the sub-group, or empty when only the group is known} */
  default Optional<SpecialCircumstanceSubgroup> getSubgroup() {
    return this instanceof SpecialCircumstanceSubgroup subgroup
        ? Optional.of(subgroup)
        : Optional.empty();
  }

  /**
   * Reads a register code: a sub-group code or a group letter code (case-insensitive, surrounding
   * spaces ignored, {@code Đ} read as {@code DD}).
   *
   * @param code the text
   * @return the code, or empty when it is neither a sub-group nor a group
   */
  static Optional<CircumstanceCode> parse(String code) {
    Optional<SpecialCircumstanceSubgroup> s = SpecialCircumstanceSubgroup.fromCode(code);
    if (s.isPresent()) {
      return Optional.of(s.get());
    }
    return SpecialCircumstanceGroup.fromCode(code).map(g -> g);
  }
}
