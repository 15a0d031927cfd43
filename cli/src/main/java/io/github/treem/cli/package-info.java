/**
 * The {@code treem} command line (picocli): the entry point {@link io.github.treem.cli.Treem} and
 * its commands, which are package-private.
 */
@NullMarked
package io.github.treem.cli;

import org.jspecify.annotations.NullMarked;
