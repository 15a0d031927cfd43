package io.github.treem.core.admin;

import org.apiguardian.api.API;

/**
 * How much of a unit went into one of its successors when units were rearranged (the 2025
 * arrangement: Resolutions 1654-1687/NQ-UBTVQH15 say "toàn bộ" or "một phần" of a unit's natural
 * area and population).
 *
 * <p>A figure of the predecessor can be carried over to a {@link #FULL} successor; a figure of a
 * {@link #PARTIAL} link cannot be assigned exactly (the data does not say which part went where):
 * a series across such a link is not comparable and must say so, never be summed silently.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SuccessionKind {
  /** The whole of the predecessor (its area and population) went into the successor. */
  FULL("Toàn bộ", "Full"),
  /** Only part of the predecessor went into the successor; the rest went to other successors. */
  PARTIAL("Một phần", "Partial");

  private final String nameVi;
  private final String nameEn;

  SuccessionKind(String nameVi, String nameEn) {
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
