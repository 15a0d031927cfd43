/**
 * The plan's year as files: the plan in JSON (version 2, reading version 1) and the activity log
 * (what each unit did under the plan, and the officer's assessments of its items) in JSON, JSON
 * Lines and a CSV form for officers, read with located, coded problems and written back.
 */
@NullMarked
package io.github.treem.io.plan;

import org.jspecify.annotations.NullMarked;
