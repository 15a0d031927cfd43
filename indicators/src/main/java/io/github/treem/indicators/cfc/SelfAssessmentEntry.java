package io.github.treem.indicators.cfc;

import io.github.treem.core.protection.SensitiveText;
import io.github.treem.indicators.internal.TreemStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One value of a commune's self-assessment: the item it scores, the value, and the evidence the
 * commune holds for it (minutes, reports, lists, survey results). The evidence is free text that
 * may name people, so it is kept as {@link SensitiveText}: never in {@code toString()}, a message
 * or a log.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class SelfAssessmentEntry {
  SelfAssessmentEntry() {}

  /** {@return the identifier of the item it scores, e.g. {@code "9.1"}} */
  public abstract String getItemId();

  /** {@return the value} */
  public abstract ItemValue getValue();

  /** {@return the evidence note (hidden from {@code toString()})} */
  public abstract SensitiveText getEvidence();

  /**
   * An entry.
   *
   * @param itemId the item's identifier
   * @param value the value
   * @param evidence the evidence note, e.g. "Biên bản họp Ban bảo vệ trẻ em quý IV/2020"
   * @return the entry
   */
  public static SelfAssessmentEntry of(String itemId, ItemValue value, String evidence) {
    return new Builder().itemId(itemId).value(value).evidence(SensitiveText.of(evidence)).build();
  }

  /** Builds a {@link SelfAssessmentEntry}. */
  static final class Builder extends ImmutableSelfAssessmentEntry.Builder {
    Builder() {}
  }
}
