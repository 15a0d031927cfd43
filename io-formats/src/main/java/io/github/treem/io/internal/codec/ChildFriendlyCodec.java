package io.github.treem.io.internal.codec;

import static io.github.treem.codec.internal.Codecs.invalidAt;

import io.github.treem.codec.internal.Codecs;
import io.github.treem.codec.internal.ObjectCodec;
import io.github.treem.codec.internal.TokenReader;
import io.github.treem.codec.internal.ValueCodec;
import io.github.treem.indicators.cfc.CommuneType;
import io.github.treem.indicators.cfc.CriterionStatus;
import io.github.treem.indicators.cfc.InputSource;
import io.github.treem.indicators.cfc.RecognitionStatus;
import io.github.treem.indicators.cfc.ScoreReason;
import io.github.treem.io.report.ChildFriendlyStanding;
import io.github.treem.io.report.ChildFriendlyStanding.CriterionLine;
import io.github.treem.io.report.ChildFriendlyStanding.ItemLine;
import java.util.List;
import java.util.Optional;

/**
 * The child-friendly commune standard's score card as a report publishes it (the
 * {@code childFriendly} object of {@code report-v1.schema.json}): read back exactly as written.
 * The total and the criteria's points are checked against the items' points when read.
 */
final class ChildFriendlyCodec {
  private ChildFriendlyCodec() {}

  /** An item as read. */
  // NullAway.Init: a holder filled by the codec, which refuses a document that lacks a required
  // property before finish() reads it; the optional ones have a default
  @SuppressWarnings("NullAway.Init")
  private static final class ItemHolder {
    String id;
    String nameVi;
    String nameEn;
    Optional<String> value = Optional.empty();
    boolean hidden;
    Optional<InputSource> source = Optional.empty();
    Optional<Integer> points = Optional.empty();
    boolean provisional;

    ItemLine finish(TokenReader in) {
      return Codecs.construct(in, ItemLine.class,
          () -> new ItemLine(id, nameVi, nameEn, value, hidden, source, points, provisional));
    }
  }

  private static final ObjectCodec<ItemLine> ITEM = ObjectCodec
      .finishing(ItemLine.class, ItemHolder::new, ItemHolder::finish)
      .required("id", Codecs.STRING, ItemLine::id, (h, v) -> h.id = v)
      .required("nameVi", Codecs.STRING, ItemLine::nameVi, (h, v) -> h.nameVi = v)
      .required("nameEn", Codecs.STRING, ItemLine::nameEn, (h, v) -> h.nameEn = v)
      .optional("value", Codecs.STRING, ItemLine::value, (h, v) -> h.value = Optional.of(v))
      .required("valueHidden", Codecs.BOOLEAN, ItemLine::valueHidden, (h, v) -> h.hidden = v)
      .optional("source", Codecs.enumByName(InputSource.class), ItemLine::source, (h, v) -> h.source = Optional.of(v))
      .optional("points", Codecs.INTEGER, ItemLine::points, (h, v) -> h.points = Optional.of(v))
      .required("provisional", Codecs.BOOLEAN, ItemLine::provisional, (h, v) -> h.provisional = v)
      .build();

  private static final ValueCodec<List<ItemLine>> ITEMS = Codecs.arrayOf(ITEM);

  /** A criterion as read. */
  // NullAway.Init: a holder filled by the codec, which refuses a document that lacks a required
  // property before finish() reads it; the optional ones have a default
  @SuppressWarnings("NullAway.Init")
  private static final class CriterionHolder {
    int number;
    String nameVi;
    String nameEn;
    int points;
    int maximum;
    CriterionStatus status;
    boolean provisional;
    String reasonVi;
    String reasonEn;
    List<ItemLine> items = List.of();

    CriterionLine finish(TokenReader in) {
      if (items.stream().mapToInt(i -> i.points().orElse(0)).sum() != points) {
        throw invalidAt(in, "points", "a criterion's points are the sum of its items' points");
      }
      return Codecs.construct(in, CriterionLine.class, () -> new CriterionLine(number, nameVi, nameEn, points, maximum,
          status, provisional, reasonVi, reasonEn, items));
    }
  }

  private static final ObjectCodec<CriterionLine> CRITERION = ObjectCodec
      .finishing(CriterionLine.class, CriterionHolder::new, CriterionHolder::finish)
      .required("number", Codecs.INTEGER, CriterionLine::number, (h, v) -> h.number = v)
      .required("nameVi", Codecs.STRING, CriterionLine::nameVi, (h, v) -> h.nameVi = v)
      .required("nameEn", Codecs.STRING, CriterionLine::nameEn, (h, v) -> h.nameEn = v)
      .required("points", Codecs.INTEGER, CriterionLine::points, (h, v) -> h.points = v)
      .required("maximum", Codecs.INTEGER, CriterionLine::maximum, (h, v) -> h.maximum = v)
      .required("status", Codecs.enumByName(CriterionStatus.class), CriterionLine::status, (h, v) -> h.status = v)
      .required("provisional", Codecs.BOOLEAN, CriterionLine::provisional, (h, v) -> h.provisional = v)
      .required("reasonVi", Codecs.STRING, CriterionLine::reasonVi, (h, v) -> h.reasonVi = v)
      .required("reasonEn", Codecs.STRING, CriterionLine::reasonEn, (h, v) -> h.reasonEn = v)
      .required("items", ITEMS, CriterionLine::items, (h, v) -> h.items = v)
      .build();

  private static final ValueCodec<List<CriterionLine>> CRITERIA = Codecs.arrayOf(CRITERION);

  /** A reason as read. */
  // NullAway.Init: a holder filled by the codec, which refuses a document that lacks a required
  // property before finish() reads it; the optional ones have a default
  @SuppressWarnings("NullAway.Init")
  private static final class ReasonHolder {
    ScoreReason.Kind kind;
    String vi;
    String en;
  }

  private static final ObjectCodec<ScoreReason> REASON = ObjectCodec
      .<ScoreReason, ReasonHolder>finishing(ScoreReason.class, ReasonHolder::new,
          (h, in) -> Codecs.construct(in, ScoreReason.class, () -> ScoreReason.of(h.kind, h.vi, h.en)))
      .required("kind", Codecs.enumByName(ScoreReason.Kind.class), ScoreReason::getKind, (h, v) -> h.kind = v)
      .required("messageVi", Codecs.STRING, ScoreReason::getMessageVi, (h, v) -> h.vi = v)
      .required("messageEn", Codecs.STRING, ScoreReason::getMessageEn, (h, v) -> h.en = v)
      .build();

  private static final ValueCodec<List<ScoreReason>> REASONS = Codecs.arrayOf(REASON);

  /** The standing as read. */
  // NullAway.Init: a holder filled by the codec, which refuses a document that lacks a required
  // property before finish() reads it; the optional ones have a default
  @SuppressWarnings("NullAway.Init")
  private static final class StandingHolder {
    final ChildFriendlyStanding.Builder b = ChildFriendlyStanding.builder();
    int total;
    List<CriterionLine> criteria = List.of();
    RecognitionStatus status;
    Optional<RecognitionStatus> outcome = Optional.empty();

    ChildFriendlyStanding finish(TokenReader in) {
      if (criteria.stream().mapToInt(CriterionLine::points).sum() != total) {
        throw invalidAt(in, "total", "the total is the sum of the criteria's points");
      }
      if (outcome.isPresent() != (status == RecognitionStatus.PROVISIONAL_NOT_DECIDABLE)) {
        throw invalidAt(in, "provisionalOutcome", "given when the status is PROVISIONAL_NOT_DECIDABLE, and only then");
      }
      return Codecs.construct(in, ChildFriendlyStanding.class,
          () -> b.total(total).criteria(criteria).status(status).provisionalOutcome(outcome).build());
    }
  }

  /** The {@code childFriendly} object. */
  static final ValueCodec<ChildFriendlyStanding> STANDING = ObjectCodec
      .finishing(ChildFriendlyStanding.class, StandingHolder::new, StandingHolder::finish)
      .required("table", Codecs.STRING, ChildFriendlyStanding::getTableId, (h, v) -> h.b.tableId(v))
      .required("tableVersion", Codecs.STRING, ChildFriendlyStanding::getTableVersion, (h, v) -> h.b.tableVersion(v))
      .required("legalBasis", Codecs.STRING, ChildFriendlyStanding::getLegalBasis, (h, v) -> h.b.legalBasis(v))
      .required("communeType", Codecs.enumByName(CommuneType.class), ChildFriendlyStanding::getCommuneType,
          (h, v) -> h.b.communeType(v))
      .required("total", Codecs.INTEGER, ChildFriendlyStanding::getTotal, (h, v) -> h.total = v)
      .required("maximumTotal", Codecs.INTEGER, ChildFriendlyStanding::getMaximumTotal, (h, v) -> h.b.maximumTotal(v))
      .required("threshold", Codecs.INTEGER, ChildFriendlyStanding::getThreshold, (h, v) -> h.b.threshold(v))
      .required("status", Codecs.enumByName(RecognitionStatus.class), ChildFriendlyStanding::getStatus,
          (h, v) -> h.status = v)
      .optional("provisionalOutcome", Codecs.enumByName(RecognitionStatus.class),
          ChildFriendlyStanding::getProvisionalOutcome, (h, v) -> h.outcome = Optional.of(v))
      .required("provisional", Codecs.BOOLEAN, ChildFriendlyStanding::isProvisional, (h, v) -> h.b.provisional(v))
      .required("synthetic", Codecs.BOOLEAN, ChildFriendlyStanding::isSynthetic, (h, v) -> h.b.synthetic(v))
      .required("criteria", CRITERIA, ChildFriendlyStanding::getCriteria, (h, v) -> h.criteria = v)
      .required("reasons", REASONS, ChildFriendlyStanding::getReasons, (h, v) -> h.b.reasons(v))
      .build();
}
