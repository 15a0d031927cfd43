package io.github.treem.core.protection;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.LegalReference;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The receipt of information on a child who is abused or at risk of violence, exploitation or
 * abandonment (Decree 56/2017 Điều 25, recorded on Mẫu số 01): when, from whom, by whom.
 *
 * <p>The time of receipt carries its offset; the 12 hours of emergency measures run from it
 * (Điều 26 khoản 3) and the periods in days from the next day in Viet Nam (Civil Code Điều 147).
 *
 * <p>Implementation requirements: immutable and thread-safe; {@code toString()} shows no
 * description.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class InformationReceipt {
  InformationReceipt() {}

  /** {@return when the information was received, with its offset (local time is Asia/Ho_Chi_Minh)} */
  public abstract OffsetDateTime getReceivedAt();

  /** {@return who passed the information on} */
  public abstract InformationSource getSource();

  /** {@return the role of the person who received it, if recorded} */
  public abstract Optional<CaseRole> getReceivedBy();

  /** {@return a free-text description, if recorded (sensitive: never in a message, log or {@code toString()})} */
  public abstract Optional<SensitiveText> getDescription();

  /** {@return Decree 56/2017, Điều 25} */
  public LegalReference getLegalReference() {
    return CaseStepKind.RECEIVED.getLegalReference();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "InformationReceipt{" + getReceivedAt() + ", " + getSource() + "}";
  }

  /** Builds a {@link InformationReceipt}. */
  public static final class Builder extends ImmutableInformationReceipt.Builder {
    Builder() {}
  }
}
