/**
 * The descriptions of treem core's types: the child and its records, taxonomies, identifiers,
 * validation issues and reports, plans and administrative units. Not API: exported only to
 * treem's Jackson modules.
 */
@NullMarked
package io.github.treem.codec.internal.model;

import org.jspecify.annotations.NullMarked;
