/** Internal: not API. The WHO growth tables in primitive arrays and the LMS arithmetic. */
@NullMarked
package io.github.treem.indicators.growth.internal;

import org.jspecify.annotations.NullMarked;
