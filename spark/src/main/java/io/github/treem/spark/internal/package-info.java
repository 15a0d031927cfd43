/**
 * Internal: not API, may change without notice. The Spark {@code Aggregator} of treem-spark, its
 * buffer and the settings shipped to the executors.
 */
@NullMarked
package io.github.treem.spark.internal;

import org.jspecify.annotations.NullMarked;
