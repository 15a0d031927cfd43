package io.github.treem.io.report;

import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.ValueState;
import io.github.treem.indicators.cfc.CommuneType;
import io.github.treem.indicators.cfc.CriterionScore;
import io.github.treem.indicators.cfc.CriterionStatus;
import io.github.treem.indicators.cfc.InputSource;
import io.github.treem.indicators.cfc.ItemScore;
import io.github.treem.indicators.cfc.ItemValue;
import io.github.treem.indicators.cfc.RecognitionStatus;
import io.github.treem.indicators.cfc.ScoreCard;
import io.github.treem.indicators.cfc.ScoreReason;
import io.github.treem.io.internal.TreemStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The child-friendly commune standard (Quyết định 06/QĐ-TTg) as a report publishes it: the
 * commune's {@link ScoreCard} reduced to what every output shows (table, JSON, CSV, HTML): per
 * criterion the points, maximum, status and why; per item the value as shown, its source and
 * points; the total, the threshold of the commune's type and the status, with the provisional
 * mark wherever a point rests on an unconfirmed band.
 *
 * <p>What is published never tells more than the report's own figures: the value of an item the
 * table marks sensitive (children abused, in conflict with the law, cases of sexual abuse) is
 * never shown, only its band's points; nor is the value of an item taken from a register
 * indicator whose total the published report hides ({@link ItemLine#valueHidden()} is then true). The
 * self-assessment's evidence notes are never part of it.
 *
 * <p>While the card is {@link RecognitionStatus#PROVISIONAL_NOT_DECIDABLE} the commune is not
 * declared recognised: {@link #getStatus()} says so and {@link #getProvisionalOutcome()} gives
 * what the provisional bands would decide, for information only.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ChildFriendlyStanding {
  ChildFriendlyStanding() {}

  /** {@return the scoring table's identifier, e.g. {@code QD-06-2019}} */
  public abstract String getTableId();

  /** {@return the scoring table's version} */
  public abstract String getTableVersion();

  /** {@return the legal document of the table, e.g. "Quyết định 06/QĐ-TTg ngày 03/01/2019 ..."} */
  public abstract String getLegalBasis();

  /** {@return the commune's type, which sets the threshold} */
  public abstract CommuneType getCommuneType();

  /** {@return the total of the criteria's points} */
  public abstract int getTotal();

  /** {@return the most points the table gives} */
  public abstract int getMaximumTotal();

  /** {@return the least total for the commune's type} */
  public abstract int getThreshold();

  /** {@return the status: never RECOGNISED on provisional bands} */
  public abstract RecognitionStatus getStatus();

  /** {@return what the provisional bands would decide, when the status is PROVISIONAL_NOT_DECIDABLE} */
  public abstract Optional<RecognitionStatus> getProvisionalOutcome();

  /** {@return true when the total, a criterion's status or the outcome rests on a provisional part} */
  public abstract boolean isProvisional();

  /** {@return true when the self-assessment is synthetic demonstration data} */
  public abstract boolean isSynthetic();

  /** {@return the criteria, in the table's order} */
  public abstract List<CriterionLine> getCriteria();

  /** {@return the reasons for the status, most decisive first} */
  public abstract List<ScoreReason> getReasons();

  /**
   * {@return the explanation in a language: total, threshold, status and, when undecided, what
   * the provisional bands would give}
   *
   * @param vietnamese true for Vietnamese, false for English
   */
  public String explanation(boolean vietnamese) {
    if (vietnamese) {
      return "Tổng " + getTotal() + "/" + getMaximumTotal() + " điểm" + (isProvisional() ? " (tạm tính)" : "")
          + ", mức " + getThreshold() + " (" + getCommuneType().getNameVi() + "): " + getStatus().getNameVi()
          + getProvisionalOutcome().map(o -> " (theo thang điểm tạm tính: " + o.getNameVi() + ")").orElse("");
    }
    return "Total " + getTotal() + "/" + getMaximumTotal() + " points" + (isProvisional() ? " (provisional)" : "")
        + ", threshold " + getThreshold() + " (" + getCommuneType().getNameEn() + "): " + getStatus().getNameEn()
        + getProvisionalOutcome().map(o -> " (on the provisional bands: " + o.getNameEn() + ")").orElse("");
  }

  /**
   * One criterion as published.
   *
   * @param number the criterion's number, 1 to 13
   * @param nameVi its name in Vietnamese
   * @param nameEn its name in English
   * @param points the points scored
   * @param maximum the most points it gives
   * @param status met, not met, or no data
   * @param provisional true when its points or its minimum are provisional
   * @param reasonVi why, in Vietnamese
   * @param reasonEn why, in English
   * @param items its items
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record CriterionLine(int number, String nameVi, String nameEn, int points, int maximum,
      CriterionStatus status, boolean provisional, String reasonVi, String reasonEn, List<ItemLine> items) {}

  /**
   * One item as published.
   *
   * @param id the item's identifier, e.g. {@code 7.1}
   * @param nameVi what it measures, in Vietnamese
   * @param nameEn what it measures, in English
   * @param value the value as shown ({@code 95.65}, {@code yes}, {@code no}, {@code none} for
   *     nothing to count), empty when there is none or it is hidden
   * @param valueHidden true when a value exists but is not published (a sensitive item, or a
   *     figure the report hides)
   * @param source where the value came from, empty when there is none
   * @param points the band's points, empty when the item has no value
   * @param provisional true when the item's points are provisional
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record ItemLine(String id, String nameVi, String nameEn, Optional<String> value, boolean valueHidden,
      Optional<InputSource> source, Optional<Integer> points, boolean provisional) {
    /**
     * {@return the value as a reader of a language sees it: "có"/"yes", "không"/"no", "không phát
     * sinh"/"none", a decimal with a decimal comma in Vietnamese, {@code x} when hidden, "–" when
     * there is none}
     *
     * @param vietnamese true for Vietnamese
     */
    public String valueText(boolean vietnamese) {
      if (valueHidden) {
        return io.github.treem.indicators.DisclosureControl.SYMBOL;
      }
      if (value.isEmpty()) {
        return "–";
      }
      return switch (value.get()) {
        case "yes" -> vietnamese ? "có" : "yes";
        case "no" -> vietnamese ? "không" : "no";
        case "none" -> vietnamese ? "không phát sinh" : "none";
        default -> vietnamese ? value.get().replace('.', ',') : value.get();
      };
    }
  }

  /**
   * The standing as published from a score card and the report published beside it.
   *
   * @param card the card (scored on the unsuppressed figures)
   * @param published the report as published (its hidden totals hide the items they give)
   * @return the standing
   */
  public static ChildFriendlyStanding of(ScoreCard card, IndicatorReport published) {
    Objects.requireNonNull(card, "card must not be null");
    Objects.requireNonNull(published, "published must not be null");
    List<CriterionLine> criteria = new ArrayList<>();
    for (CriterionScore c : card.getCriteria()) {
      List<ItemLine> items = new ArrayList<>();
      for (ItemScore i : c.getItems()) {
        items.add(line(i, published));
      }
      criteria.add(new CriterionLine(c.getCriterion().getNumber(), c.getCriterion().getNameVi(),
          c.getCriterion().getNameEn(), c.getPoints(), c.getCriterion().getMaximum(), c.getStatus(), c.isProvisional(),
          c.getReasonVi(), c.getReasonEn(), List.copyOf(items)));
    }
    return builder().tableId(card.getTable().getId()).tableVersion(card.getTable().getVersion())
        .legalBasis(card.getTable().getLegalBasis().getDocument()).communeType(card.getCommuneType())
        .total(card.getTotal()).maximumTotal(card.getMaximumTotal()).threshold(card.getThreshold())
        .status(card.getStatus()).provisionalOutcome(card.getProvisionalOutcome()).provisional(card.isProvisional())
        .synthetic(card.isSynthetic()).criteria(criteria).reasons(card.getReasons()).build();
  }

  private static ItemLine line(ItemScore i, IndicatorReport published) {
    boolean hasValue = i.getValue().isPresent();
    boolean hidden = hasValue && (i.getItem().isSensitive() || (i.getSource().orElse(null) == InputSource.REGISTER
        && i.getItem().getInputCode().map(code -> hiddenIn(published, code)).orElse(false)));
    Optional<String> value = hasValue && !hidden ? Optional.of(shown(i)) : Optional.empty();
    return new ItemLine(i.getItem().getId(), i.getItem().getNameVi(), i.getItem().getNameEn(), value, hidden,
        i.getSource(), i.isScored() ? Optional.of(i.getPoints()) : Optional.empty(), i.isProvisional());
  }

  private static boolean hiddenIn(IndicatorReport published, String code) {
    Optional<IndicatorResult> r = published.getResults().stream().filter(x -> x.getCode().equals(code)).findFirst();
    return r.map(x -> x.getState() == ValueState.SUPPRESSED).orElse(false);
  }

  private static String shown(ItemScore i) {
    ItemValue v = i.getValue().orElseThrow();
    return switch (v.getKind()) {
      case YES_NO -> v.isYes() ? "yes" : "no";
      case NOTHING_TO_COUNT -> "none";
      default -> i.getDisplayValue().map(d -> d.toPlainString()).orElse("");
    };
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChildFriendlyStanding}. */
  public static final class Builder extends ImmutableChildFriendlyStanding.Builder {
    Builder() {}
  }
}
