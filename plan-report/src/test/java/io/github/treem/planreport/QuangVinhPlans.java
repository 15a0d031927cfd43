package io.github.treem.planreport;

import io.github.treem.core.plan.Plan;

/** The Quảng Vinh 2020 plan, for tests in other packages. */
public final class QuangVinhPlans {
  private QuangVinhPlans() {}

  /** {@return the plan in full} */
  public static Plan plan() {
    return QuangVinh2020.plan();
  }
}
