package io.github.treem.planreport;

import io.github.treem.indicators.TargetStatus;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A target of the plan in a report: its text, its reference, the published values for the period
 * and last year, and how it stands.
 *
 * @param targetId the identifier of the target
 * @param textVi the target as the plan words it
 * @param referenceText the reference as shown, e.g. "≥ 100%" or "tăng so với năm trước"
 * @param unit the unit of the values, e.g. "%"
 * @param value the value for the period (no data when the target was not assessed)
 * @param previousValue last year's value
 * @param status the status (no data when not assessed)
 * @param gap value minus reference when not met
 * @param leadUnitNameVi the name of the lead unit
 * @param noteVi a note on the value, if any
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TargetLine(String targetId, String textVi, String referenceText, String unit, Figure value,
    Figure previousValue, TargetStatus status, Optional<BigDecimal> gap, String leadUnitNameVi, Optional<String> noteVi) {
}
