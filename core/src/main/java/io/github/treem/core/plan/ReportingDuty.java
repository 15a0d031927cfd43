package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A duty to report that a plan sets: who reports, periodically or ad hoc, to whom, and which item
 * of the plan states it. In the Quảng Vinh 2020 plan the labour-social officer reports
 * periodically and ad hoc (duty 1 of section V) to the district People's Committee and its labour
 * office (the recipients "Để báo cáo"), and the village heads report to the commune steering
 * committee.
 *
 * <pre>{@code
 * ReportingDuty duty = ReportingDuty.builder()
 *     .itemId("TC1.4")
 *     .reporterUnitId("LDTBXH")
 *     .addKinds(ReportKind.PERIODIC, ReportKind.AD_HOC)
 *     .addRecipients("UBND huyện", "Phòng LĐ- TBXH huyện")
 *     .build();
 * }</pre>
 *
 * <p>The plan does not say how often a periodic report is due; {@link #getSchedule()} is empty
 * then, and the officer chooses the period of each report.
 *
 * <p>Invariants (checked when built): the item and unit identifiers are not blank; at least one
 * kind and one recipient.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ReportingDuty {
  ReportingDuty() {}

  /** {@return the identifier of the plan item that states the duty} */
  public abstract String getItemId();

  /** {@return the identifier of the unit that reports} */
  public abstract String getReporterUnitId();

  /** {@return the kinds of report} */
  public abstract Set<ReportKind> getKinds();

  /** {@return to whom, as the plan names them (e.g. "UBND huyện")} */
  public abstract List<String> getRecipients();

  /** {@return the periods of the periodic reports, when the plan states them (else empty)} */
  public abstract List<ReportingPeriod.Kind> getSchedule();

  /** {@return a note (where the recipients come from), if any} */
  public abstract Optional<String> getNote();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getItemId().isBlank() || getReporterUnitId().isBlank()) {
      throw new InvalidValueException("TREEM-CORE-0553", "a reporting duty needs its item and its unit");
    }
    if (getKinds().isEmpty() || getRecipients().isEmpty()) {
      throw new InvalidValueException("TREEM-CORE-0554",
          "reporting duty of " + getItemId() + ": needs at least one kind and one recipient");
    }
  }

  /** Builds a {@link ReportingDuty}. */
  public static final class Builder extends ImmutableReportingDuty.Builder {
    Builder() {}
  }
}
