package io.github.treem.planreport;

import io.github.treem.core.plan.UnitRole;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What one unit did against its duties: the duties the plan gives it and the tasks and solutions
 * it leads, each with its status, and the activities it carried out in the period.
 *
 * @param unitId the identifier of the unit
 * @param nameVi the unit's name as the plan writes it
 * @param role the unit's role
 * @param duties its duties (section "Tổ chức thực hiện"), in the plan's order
 * @param ledItems the tasks and solutions it leads, in the plan's order
 * @param activities its activities in the period, by date
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record UnitPart(String unitId, String nameVi, UnitRole role, List<ItemLine> duties, List<ItemLine> ledItems,
    List<ActivityLine> activities) {
  /**
   * Copies the lists.
   *
   * @param unitId the identifier
   * @param nameVi the name
   * @param role the role
   * @param duties the duties
   * @param ledItems the items led
   * @param activities the activities
   */
  public UnitPart {
    duties = List.copyOf(duties);
    ledItems = List.copyOf(ledItems);
    activities = List.copyOf(activities);
  }
}
