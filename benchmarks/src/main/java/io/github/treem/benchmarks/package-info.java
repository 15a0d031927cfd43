/** Internal: not API. JMH benchmarks; run {@code java -jar benchmarks/target/benchmarks.jar}. */
package io.github.treem.benchmarks;
