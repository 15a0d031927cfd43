package io.github.treem.io.report;

import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.io.internal.TreemStyle;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A published indicator report: the report, the assessment of the plan's targets and, when
 * given, the manifest of what it was made from. It is what {@code treem report} writes and what
 * {@link ReportJson} writes and reads back.
 *
 * <pre>{@code
 * ReportDocument doc = ReportDocument.of(report, TargetAssessment.assessAll(plan, report, Optional.empty()))
 *     .withManifest(manifest);
 * String json = ReportJson.of(Language.EN).write(doc);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ReportDocument {
  ReportDocument() {}

  /** {@return the indicator report} */
  public abstract IndicatorReport getReport();

  /** {@return the assessments of the plan's targets, in the plan's order (empty without a plan)} */
  public abstract List<TargetAssessment> getTargets();

  /** {@return the manifest of what the report was made from, if given} */
  public abstract Optional<ReportManifest> getManifest();

  /**
   * A document without a manifest.
   *
   * @param report the report
   * @param targets the target assessments
   * @return the document
   */
  public static ReportDocument of(IndicatorReport report, List<TargetAssessment> targets) {
    return builder().report(report).targets(targets).build();
  }

  /**
   * A copy with a manifest.
   *
   * @param manifest the manifest
   * @return the copy
   */
  public ReportDocument withManifest(ReportManifest manifest) {
    return builder().from(this).manifest(manifest).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportDocument}. */
  public static final class Builder extends ImmutableReportDocument.Builder {
    Builder() {}
  }
}
