package io.github.treem.core.taxonomy;

import org.apiguardian.api.API;

/**
 * The two official code lists of the ethnic groups (docs/domain.md §10). A code is meaningless
 * without its list.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum EthnicityCodeList {
  /** Decision 121-TCTK/PPCĐ of 2 March 1979, ordered by the 1979 population (the register's list). */
  QD_121_1979,
  /** Decision 1019/QĐ-TCTK of 12 November 2008, ordered by the 1999 population (GSO census list). */
  QD_1019_2008
}
