/**
 * Child-protection case files: JSON (one case), JSON Lines (a case file, one case per line) and
 * the officers' CSV form (one case per row), read as a stream of {@link
 * io.github.treem.io.cases.CaseRecord}s with treem's reading guarantees (every record accepted or
 * rejected with located, coded issues; rows after a bad one still read; {@code rowsRead ==
 * rowsAccepted + rowsRejected}), and written back. {@link io.github.treem.io.cases.CaseFiles} opens
 * a file by its extension. The JSON form is published as {@code case-v1.schema.json}
 * ({@link io.github.treem.io.cases.CaseFiles#schemaText()}).
 *
 * <p>Case records are sensitive personal data (Decree 13/2023/NĐ-CP): no reader or writer puts a
 * value of a case (an id excepted: it is pseudonymous) in an issue message, an exception or a
 * {@code toString()}; descriptions travel only in the JSON forms, never in the CSV form.
 *
 * @since 0.1.0
 */
@NullMarked
@io.github.treem.io.internal.TreemStyle
package io.github.treem.io.cases;

import org.jspecify.annotations.NullMarked;
