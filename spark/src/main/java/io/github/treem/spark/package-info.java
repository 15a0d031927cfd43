/**
 * Part of the public API of treem spark: runs treem's indicator calculator inside Apache Spark
 * ({@link io.github.treem.spark.TreemSpark}), giving exactly the report that {@code treem report}
 * gives for the same register files ({@link io.github.treem.spark.SparkReport}).
 *
 * <p>This module has no {@code module-info.java}, unlike treem's other modules: Spark's jars are
 * not modules (most have no {@code Automatic-Module-Name}, their file names such as
 * {@code spark-sql_2.13-4.2.0.jar} give no valid automatic module name, and Spark's packages,
 * {@code org.apache.spark.sql} among them, are split across several jars), so a named module
 * could not require Spark. Spark applications run on the class path, and so does this jar. The
 * rule of the other modules still holds by convention: this package is the API, and
 * {@code io.github.treem.spark.internal} is not.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.treem.spark;

import org.jspecify.annotations.NullMarked;
