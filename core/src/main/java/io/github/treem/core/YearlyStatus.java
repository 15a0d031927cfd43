package io.github.treem.core;

import io.github.treem.core.internal.TreemStyle;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What is recorded of a child for one calendar year: the household's poverty status and whether
 * the child receives the monthly social allowance (trợ cấp xã hội hằng tháng, Decree 20/2021/NĐ-CP).
 * Each may be missing, which is different from "none" or "no". It also holds whether the child was
 * in conflict with criminal law that year (vi phạm pháp luật về hình sự) and, if so, whether the
 * child received legal aid (trợ giúp pháp lý, Luật Trợ giúp pháp lý 11/2017/QH14 Điều 7).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class YearlyStatus {
  YearlyStatus() {}

  /** {@return the calendar year} */
  public abstract int getYear();

  /** {@return the household's poverty status that year, if recorded} */
  public abstract Optional<HouseholdPoverty> getHouseholdPoverty();

  /** {@return whether the child receives the monthly social allowance that year, if recorded} */
  public abstract Optional<Boolean> getSocialAssistance();

  /**
   * Whether the child was in conflict with criminal law that year: suspected, accused or
   * prosecuted for a criminal offence, or under a criminal or judicial measure (register column
   * {@code criminal_law_conflict}), if recorded. Sensitive: figures about these children are
   * disclosure-controlled.
   *
   * @return the answer, or empty when not recorded
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract Optional<Boolean> getCriminalLawConflict();

  /**
   * Whether the child received legal aid (trợ giúp pháp lý) that year for that conflict with
   * criminal law (register column {@code legal_aid}), if recorded.
   *
   * @return the answer, or empty when not recorded
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract Optional<Boolean> getLegalAid();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link YearlyStatus}. */
  public static final class Builder extends ImmutableYearlyStatus.Builder {
    Builder() {}
  }
}
