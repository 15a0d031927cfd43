/**
 * Part of the public API of treem plan-report (io.github.treem.planreport): the commune's report on
 * its plan ({@link io.github.treem.planreport.ImplementationReport}) built from the plan, the
 * activity log, the officer's assessments and the published figures bound through
 * {@link io.github.treem.planreport.ReportInputs} ({@link io.github.treem.planreport.TargetResults},
 * {@link io.github.treem.planreport.ChildFriendlyScores}, {@link io.github.treem.planreport.CaseFigures},
 * {@link io.github.treem.planreport.ChildFigureDisclosure}); next year's draft plan
 * ({@link io.github.treem.planreport.PlanDrafts}).
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.treem.planreport;

import org.jspecify.annotations.NullMarked;
