/**
 * Part of the public API of treem core (io.github.treem.core.protection): child-protection cases
 * under the workflow of Decree 56/2017/NĐ-CP (Điều 25-32) and the Law on Children 2016.
 *
 * <p>{@link io.github.treem.core.protection.ProtectionCase} is the case (an immutable value with a
 * builder, each step typed and carrying its legal basis, every dated step also a
 * {@link io.github.treem.core.protection.CaseEvent}); {@link io.github.treem.core.protection.HarmKind}
 * with {@link io.github.treem.core.protection.ProhibitedAct} (Điều 6) and
 * {@link io.github.treem.core.protection.AbuseForm} (Điều 4) are the taxonomies of harm;
 * {@link io.github.treem.core.protection.DeadlineRules} holds the deadlines as data and answers
 * "met, missed, pending or not applicable at this moment";
 * {@link io.github.treem.core.protection.ProtectionCaseValidator} checks a case with treem's one
 * issue model.
 *
 * <p><b>Case data are sensitive personal data</b> (Decree 13/2023/NĐ-CP on personal data
 * protection: data on children and on abuse). treem never puts a description, a name or a date of
 * birth of a case in a message, an exception, a log or a {@code toString()}; case ids are
 * pseudonymous; descriptions are {@link io.github.treem.core.protection.SensitiveText}. Retention:
 * the decree keeps plan records at the commune and in the national child database (Điều 30 khoản
 * 3); no retention period was found in the texts studied (unconfirmed), and treem keeps nothing:
 * it holds cases in memory only while it computes.
 *
 * @since 0.1.0
 */
@org.jspecify.annotations.NullMarked
package io.github.treem.core.protection;
