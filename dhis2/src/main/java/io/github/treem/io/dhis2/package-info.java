/**
 * Part of the public API of treem io-formats: export of indicator reports to DHIS2
 * ({@link io.github.treem.io.dhis2.Dhis2Export}) through a mapping file
 * ({@link io.github.treem.io.dhis2.Dhis2Mapping}), as a dataValueSet in JSON, CSV or ADX.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.treem.io.dhis2;

import org.jspecify.annotations.NullMarked;
