package io.github.treem.io;

import org.apiguardian.api.API;

/**
 * What a register reader checks beyond the format: by default treem's validator, so that the
 * library, {@code treem validate} and {@code treem report} accept and reject the same records.
 *
 * @see ReadOptions#getValidation()
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum Validation {
  /**
   * The default: each child read is validated with treem's rules
   * ({@link ChildValidator#treem(java.time.LocalDate)} at the options' reference date), or with
   * the options' own {@linkplain ReadOptions#getValidator() validator} when they set one. A
   * validator error rejects the record; its warnings stay on the accepted record.
   */
  TREEM,
  /**
   * No validation: only the format's own rules apply (decoding, duplicate identifiers). For
   * tools that check the format alone; figures computed from such a read may count records that
   * the validator rejects.
   */
  NONE
}
