/**
 * Part of the public API of treem core (io.github.treem.core.plan): a commune's annual plan for
 * child protection, care and education as data, and what was done under it.
 *
 * <ul>
 *   <li>The plan: {@link io.github.treem.core.plan.Plan} with its computable
 *       {@link io.github.treem.core.plan.Target targets}, its
 *       {@link io.github.treem.core.plan.ResponsibleUnit units}, its tasks, solutions and duties as
 *       {@link io.github.treem.core.plan.PlanItem items}, the
 *       {@link io.github.treem.core.plan.EventType events} it names (placed in a year by a solar or
 *       lunar {@link io.github.treem.core.plan.DateRule}), its
 *       {@link io.github.treem.core.plan.FundingSource funding} in đồng, its
 *       {@link io.github.treem.core.plan.ReportingDuty reporting duties}, recipients and signature
 *       block; checked by {@link io.github.treem.core.plan.PlanValidator}.</li>
 *   <li>What was done: {@link io.github.treem.core.plan.Activity activities} and the officer's
 *       {@link io.github.treem.core.plan.ItemAssessment assessments}, checked by
 *       {@link io.github.treem.core.plan.ActivityValidator}; each item's status at a date by
 *       {@link io.github.treem.core.plan.PlanProgress}.</li>
 *   <li>The periods of reports: {@link io.github.treem.core.plan.ReportingPeriod}.</li>
 * </ul>
 *
 * @since 0.1.0
 */
@org.jspecify.annotations.NullMarked
package io.github.treem.core.plan;
