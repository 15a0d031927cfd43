/** Internal: not API, may change without notice. Constraint validators of treem's constraints. */
package io.github.treem.core.internal.constraints;
