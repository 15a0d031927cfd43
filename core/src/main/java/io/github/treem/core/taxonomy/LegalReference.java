package io.github.treem.core.taxonomy;

import io.github.treem.core.internal.TreemStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a legal text: the document, optionally an article and clause, and the period in
 * which it is in force. Rules, taxonomies and targets carry one so that every figure can say
 * which law it applies.
 *
 * <p>Example: {@code LegalReference.of("Luật Trẻ em 102/2016/QH13", "Law on Children 2016")
 * .withArticle("10", "1")}.
 *
 * <p>Implementation requirements: immutable and thread-safe; build with {@link #builder()} or
 * {@link #of(String, String)}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class LegalReference {

  /** Law on Children 102/2016/QH13, in force from 1 June 2017. */
  public static final LegalReference LAW_ON_CHILDREN_2016 = builder()
      .document("Luật Trẻ em 102/2016/QH13")
      .titleEn("Law on Children 2016")
      .inForceFrom(LocalDate.of(2017, 6, 1))
      .build();

  /** Decree 56/2017/NĐ-CP detailing the Law on Children, in force from 1 July 2017. */
  public static final LegalReference DECREE_56_2017 = builder()
      .document("Nghị định 56/2017/NĐ-CP")
      .titleEn("Decree 56/2017 detailing the Law on Children")
      .inForceFrom(LocalDate.of(2017, 7, 1))
      .build();

  /** Law on Protection, Care and Education of Children 25/2004/QH11, 1 January 2005 to 31 May 2017. */
  public static final LegalReference LAW_ON_CHILDREN_2004 = builder()
      .document("Luật Bảo vệ, chăm sóc và giáo dục trẻ em 25/2004/QH11")
      .titleEn("Law on Protection, Care and Education of Children 2004")
      .inForceFrom(LocalDate.of(2005, 1, 1))
      .inForceTo(LocalDate.of(2017, 5, 31))
      .build();

  LegalReference() {}

  /** {@return the document's number and title as cited in Vietnamese} */
  public abstract String getDocument();

  /** {@return an English title, if known} */
  public abstract Optional<String> getTitleEn();

  /** {@return the article (Điều), if the reference is to one} */
  public abstract Optional<String> getArticle();

  /** {@return the clause (khoản) or point, if the reference is to one} */
  public abstract Optional<String> getClause();

  /** {@return the first day the text is in force, if known} */
  public abstract Optional<LocalDate> getInForceFrom();

  /** {@return the last day the text is in force, empty while it is in force} */
  public abstract Optional<LocalDate> getInForceTo();

  /**
   * A copy referring to an article and clause of the same document.
   *
   * @param article the article, e.g. {@code "10"}
   * @param clause the clause, or null for the whole article
   * @return the new reference
   */
  public LegalReference withArticle(String article, @Nullable String clause) {
    return builder().from(this).article(Optional.ofNullable(article)).clause(Optional.ofNullable(clause)).build();
  }

  /**
   * Whether the text is in force on a date.
   *
   * @param date the date
   * @return true when the date is in the period in force (unknown bounds are open)
   */
  public boolean isInForceOn(LocalDate date) {
    return getInForceFrom().map(f -> !date.isBefore(f)).orElse(true)
        && getInForceTo().map(t -> !date.isAfter(t)).orElse(true);
  }

  /**
   * A reference to a whole document.
   *
   * @param document the Vietnamese citation
   * @param titleEn an English title
   * @return the reference
   */
  public static LegalReference of(String document, String titleEn) {
    return builder().document(document).titleEn(titleEn).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getDocument().isBlank()) {
      throw new IllegalStateException("document must not be blank");
    }
    if (getInForceFrom().isPresent() && getInForceTo().isPresent()
        && getInForceTo().get().isBefore(getInForceFrom().get())) {
      throw new IllegalStateException("inForceTo must not be before inForceFrom");
    }
  }

  /** {@return the citation, e.g. {@code "Luật Trẻ em 102/2016/QH13, Điều 10, khoản 1"}} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(getDocument());
    getArticle().ifPresent(a -> b.append(", Điều ").append(a));
    getClause().ifPresent(c -> b.append(", khoản ").append(c));
    return b.toString();
  }

  /** Builds a {@link LegalReference}. */
  public static final class Builder extends ImmutableLegalReference.Builder {
    Builder() {}
  }
}
