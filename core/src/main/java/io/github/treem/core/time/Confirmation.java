package io.github.treem.core.time;

import org.apiguardian.api.API;

/**
 * How far a day of the holiday table is confirmed.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Confirmation {
  /** Stated by the official announcement cited for its year (or by press reports of it). */
  ANNOUNCED,
  /** Follows from the Labour Code alone: a fixed-date or lunar holiday, or a substitute day. */
  BY_RULE,
  /** A choice of the year (the days of Tết, an adjacent day, a swap) that no source found confirms. */
  UNCONFIRMED,
  /** Computed by treem for a year whose schedule has not been announced; see {@link HolidayYear#isProvisional()}. */
  PROVISIONAL
}
