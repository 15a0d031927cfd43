package io.github.treem.planreport;

import io.github.treem.core.plan.SignatureBlock;
import io.github.treem.planreport.internal.TreemStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a report takes besides the plan, the period and the log: the optional sources of published
 * figures (assessed targets, the child-friendly score, case figures), the disclosure control for
 * the figures of children the report computes itself, and the document's particulars that the
 * officer gives (number, date, place, signature block, proposals).
 *
 * <pre>{@code
 * ReportInputs inputs = ReportInputs.builder()
 *     .targets(myTargetResults)
 *     .date(LocalDate.of(2020, 6, 20))
 *     .build();
 * }</pre>
 *
 * <p>Left out: the number is left blank ({@code Số:      /BC-UBND}) for the office to fill; the
 * date is written with blanks ({@code ngày    tháng    năm 2020}); the place is the commune's name
 * from the plan's issuer; the signature block is "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" with no name; the
 * proposals are a placeholder paragraph for the officer.
 *
 * <p>Implementation requirements: immutable and thread-safe (when the sources are).
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ReportInputs {
  /** The default signature block: on behalf of the People's Committee, its chairman. */
  public static final SignatureBlock DEFAULT_SIGNATURE = SignatureBlock.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");

  ReportInputs() {}

  /** {@return the assessed targets, if bound} */
  public abstract Optional<TargetResults> getTargets();

  /** {@return the child-friendly scores, if bound} */
  public abstract Optional<ChildFriendlyScores> getChildFriendly();

  /** {@return the case figures, if bound} */
  public abstract Optional<CaseFigures> getCases();

  /** {@return the disclosure control of the figures of children the report computes} */
  @Value.Default
  public ChildFigureDisclosure getDisclosure() {
    return ChildFigureDisclosure.smallCounts();
  }

  /** {@return the number of the report (the part before "/BC-UBND"), if already given} */
  public abstract Optional<String> getNumber();

  /** {@return the date of the report, if already given} */
  public abstract Optional<LocalDate> getDate();

  /** {@return the place written before the date, e.g. "Quảng Vinh"; default: from the plan's issuer} */
  public abstract Optional<String> getPlace();

  /** {@return the signature block} */
  @Value.Default
  public SignatureBlock getSignature() {
    return DEFAULT_SIGNATURE;
  }

  /** {@return the proposals (đề xuất, kiến nghị), if the officer wrote them} */
  public abstract Optional<String> getProposalsVi();

  /** {@return notes to print at the end of the report (e.g. that the data are synthetic)} */
  public abstract List<String> getNotesVi();

  /**
   * {@return whether the figures come from synthetic data (default false): the documents then
   * open with the synthetic-data banner}
   */
  @Value.Default
  public boolean isSyntheticData() {
    return false;
  }

  /** {@return inputs with nothing bound and every default} */
  public static ReportInputs none() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReportInputs}. */
  public static final class Builder extends ImmutableReportInputs.Builder {
    Builder() {}
  }
}
