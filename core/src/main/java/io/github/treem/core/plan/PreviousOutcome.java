package io.github.treem.core.plan;

import org.apiguardian.api.API;

/**
 * How a target of last year's plan ended, as a draft of next year's plan records it beside the
 * target it carries over. (The assessment itself is made by treem indicators; core records only
 * its outcome.)
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PreviousOutcome {
  /** The target was met. */
  MET("đạt", "met"),
  /** The target was not met: the draft flags it for the officer. */
  NOT_MET("không đạt", "not met"),
  /** The target could not be assessed (no data, or figures withheld). */
  NOT_ASSESSED("chưa đánh giá được", "not assessed");

  private final String nameVi;
  private final String nameEn;

  PreviousOutcome(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the Vietnamese name} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  public String getNameEn() {
    return nameEn;
  }
}
