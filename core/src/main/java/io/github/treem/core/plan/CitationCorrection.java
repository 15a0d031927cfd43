package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.validation.InvalidValueException;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A citation that a plan writes wrongly, kept as written, with the reference it means carried
 * beside it. The plan's text is never changed: task 4 of the Quảng Vinh 2020 plan cites
 * "Quyết định số 06/2019/QĐ-TTg ngày 03/01/2019"; the decision is an individual decision numbered
 * 06/QĐ-TTg (docs/domain.md §2), which this correction records.
 *
 * <pre>{@code
 * CitationCorrection c = CitationCorrection.builder()
 *     .asWritten("Quyết định số 06/2019/QĐ-TTg ngày 03/01/2019")
 *     .corrected(LegalReference.of("Quyết định 06/QĐ-TTg ngày 03/01/2019 của Thủ tướng Chính phủ",
 *         "Decision 06/QĐ-TTg of 3 January 2019 of the Prime Minister"))
 *     .noteVi("Số hiệu đúng là 06/QĐ-TTg (quyết định cá biệt), không phải 06/2019/QĐ-TTg.")
 *     .build();
 * }</pre>
 *
 * <p>Invariants (checked when built): the text as written is not blank. The validator checks that
 * the item's text contains it.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class CitationCorrection {
  CitationCorrection() {}

  /** {@return the citation exactly as the plan writes it (a part of the item's text)} */
  public abstract String getAsWritten();

  /** {@return the reference the citation means} */
  public abstract LegalReference getCorrected();

  /** {@return why the citation is corrected, in Vietnamese, if recorded} */
  public abstract Optional<String> getNoteVi();

  /** {@return why the citation is corrected, in English, if recorded} */
  public abstract Optional<String> getNoteEn();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getAsWritten().isBlank()) {
      throw new InvalidValueException("TREEM-CORE-0530", "a citation correction needs the citation as written");
    }
  }

  /** Builds a {@link CitationCorrection}. */
  public static final class Builder extends ImmutableCitationCorrection.Builder {
    Builder() {}
  }
}
