/** Internal: not API. The WHO growth tables in primitive arrays and the LMS arithmetic. */
package io.github.treem.indicators.growth.internal;
