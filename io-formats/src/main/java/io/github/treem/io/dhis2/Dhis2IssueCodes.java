package io.github.treem.io.dhis2;

import org.apiguardian.api.API;

/**
 * The codes of the {@link io.github.treem.core.validation.Issue}s of a DHIS2 export: the checks
 * DHIS2 makes on import (its error codes in brackets), made before upload.
 *
 * <p>Implementation requirements: constants only; not instantiable.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Dhis2IssueCodes {
  /** An identifier is not a DHIS2 UID (11 characters, a letter then letters or digits) [E8102-E8106]. Error. */
  public static final String INVALID_UID = "DHIS2_INVALID_UID";
  /** The period is not a DHIS2 period identifier [E8101]. Error. */
  public static final String INVALID_PERIOD = "DHIS2_INVALID_PERIOD";
  /** The completion date is not an ISO date. Error. */
  public static final String INVALID_COMPLETE_DATE = "DHIS2_INVALID_COMPLETE_DATE";
  /** The mapping names an indicator code that treem does not know. Error. */
  public static final String UNKNOWN_INDICATOR = "DHIS2_UNKNOWN_INDICATOR";
  /** The mapping names a breakdown dimension that treem does not know. Error. */
  public static final String UNKNOWN_BREAKDOWN = "DHIS2_UNKNOWN_BREAKDOWN";
  /** The mapping names a breakdown key that the dimension cannot have (or the report lacks). Error. */
  public static final String UNKNOWN_BREAKDOWN_KEY = "DHIS2_UNKNOWN_BREAKDOWN_KEY";
  /** A breakdown other than village or area needs a key. Error. */
  public static final String BREAKDOWN_KEY_REQUIRED = "DHIS2_BREAKDOWN_KEY_REQUIRED";
  /** Two values have the same (data element, period, org unit, COC, AOC) key [E8128]. Error. */
  public static final String DUPLICATE_KEY = "DHIS2_DUPLICATE_KEY";
  /** A village or area of the report has no org unit in the mapping: its values are left out. Warning. */
  public static final String UNMAPPED_ORG_UNIT = "DHIS2_UNMAPPED_ORG_UNIT";
  /** The report does not compute a mapped indicator or breakdown: nothing exported for it. Warning. */
  public static final String NOT_IN_REPORT = "DHIS2_NOT_IN_REPORT";
  /** A count indicator has no denominator: the mapped denominator is ignored. Warning. */
  public static final String DENOMINATOR_OF_COUNT = "DHIS2_DENOMINATOR_OF_COUNT";
  /** Suppressed cells (fewer than 5 children of sensitive groups) were not exported. Info. */
  public static final String SUPPRESSED_NOT_EXPORTED = "DHIS2_SUPPRESSED_NOT_EXPORTED";

  private Dhis2IssueCodes() {}
}
