package io.github.treem.io.internal.codec;

import static io.github.treem.codec.internal.Codecs.invalidAt;

import io.github.treem.codec.internal.Codecs;
import io.github.treem.codec.internal.ObjectCodec;
import io.github.treem.codec.internal.StringEscapes;
import io.github.treem.codec.internal.TokenReader;
import io.github.treem.codec.internal.ValueCodec;
import io.github.treem.indicators.cfc.CommuneType;
import io.github.treem.indicators.cfc.ItemValue;
import io.github.treem.indicators.cfc.SelfAssessment;
import io.github.treem.indicators.cfc.SelfAssessmentEntry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A commune's self-assessment on the child-friendly commune standard in the format of
 * {@code cfc-self-assessment-v1.schema.json}: a header (format, version, commune, year, type, the
 * day and the body that assessed, the table assessed against, the synthetic mark) and one entry
 * per item, whose value is exactly one of {@code numerator} with {@code denominator} (a rate of
 * two counts), {@code value} (a decimal in the item's unit), {@code answer} (yes/no) or
 * {@code nothingToCount: true}, with its evidence note.
 */
public final class SelfAssessmentCodec {
  /** The value of {@code format}. */
  public static final String FORMAT = "treem-cfc-self-assessment";
  /** The value of {@code formatVersion}. */
  public static final int VERSION = 1;

  private SelfAssessmentCodec() {}

  /** An entry as read. */
  // NullAway.Init: a holder filled by the codec, which refuses a document that lacks a required
  // property before finish() reads it; the optional ones have a default
  @SuppressWarnings("NullAway.Init")
  private static final class EntryHolder {
    String item;
    Optional<Long> numerator = Optional.empty();
    Optional<Long> denominator = Optional.empty();
    Optional<BigDecimal> value = Optional.empty();
    Optional<Boolean> answer = Optional.empty();
    boolean nothing;
    String evidence;

    SelfAssessmentEntry finish(TokenReader in) {
      int kinds = (numerator.isPresent() || denominator.isPresent() ? 1 : 0) + (value.isPresent() ? 1 : 0)
          + (answer.isPresent() ? 1 : 0) + (nothing ? 1 : 0);
      if (kinds != 1) {
        throw invalidAt(in, "value", "give exactly one of numerator and denominator, value, answer, nothingToCount");
      }
      if (numerator.isPresent() != denominator.isPresent()) {
        throw invalidAt(in, numerator.isPresent() ? "denominator" : "numerator",
            "a rate of two counts has a numerator and a denominator");
      }
      ItemValue v;
      if (numerator.isPresent()) {
        v = Codecs.construct(in, ItemValue.class, () -> ItemValue.fraction(numerator.get(), denominator.get()));
      } else if (value.isPresent()) {
        v = Codecs.construct(in, ItemValue.class, () -> ItemValue.decimal(value.get()));
      } else if (answer.isPresent()) {
        v = ItemValue.of(answer.get());
      } else {
        v = ItemValue.nothingToCount();
      }
      return SelfAssessmentEntry.of(item, v, evidence);
    }
  }

  private static final ValueCodec<Long> COUNT = new ValueCodec<>() {
    @Override
    public Long read(TokenReader in, Class<?> owner) {
      long n = Codecs.longInteger(in, owner);
      if (n < 0) {
        throw Codecs.invalid(in, owner, "a count is 0 or more");
      }
      return n;
    }

    @Override
    public void write(Long value, io.github.treem.codec.internal.TokenWriter out) {
      out.number(value);
    }
  };

  private static Optional<Long> numeratorOf(SelfAssessmentEntry e) {
    return e.getValue().getKind() == ItemValue.Kind.FRACTION ? Optional.of(e.getValue().getNumerator()) : Optional.empty();
  }

  private static Optional<Long> denominatorOf(SelfAssessmentEntry e) {
    return e.getValue().getKind() == ItemValue.Kind.FRACTION ? Optional.of(e.getValue().getDenominator()) : Optional.empty();
  }

  private static final ObjectCodec<SelfAssessmentEntry> ENTRY = ObjectCodec
      .finishing(SelfAssessmentEntry.class, EntryHolder::new, EntryHolder::finish)
      .required("item", Codecs.STRING, SelfAssessmentEntry::getItemId, (h, v) -> h.item = v)
      .optional("numerator", COUNT, SelfAssessmentCodec::numeratorOf, (h, v) -> h.numerator = Optional.of(v))
      .optional("denominator", COUNT, SelfAssessmentCodec::denominatorOf, (h, v) -> h.denominator = Optional.of(v))
      .optionalDecimal("value", e -> e.getValue().getDecimal(), (h, v) -> h.value = Optional.of(v))
      .optionalBool("answer", e -> e.getValue().getKind() == ItemValue.Kind.YES_NO
          ? Optional.of(e.getValue().isYes()) : Optional.empty(), (h, v) -> h.answer = Optional.of(v))
      .optionalBool("nothingToCount", e -> e.getValue().getKind() == ItemValue.Kind.NOTHING_TO_COUNT
          ? Optional.of(true) : Optional.empty(), (h, v) -> h.nothing = v)
      .required("evidence", Codecs.STRING, e -> e.getEvidence().reveal(), (h, v) -> h.evidence = v)
      .build();

  private static final ValueCodec<List<SelfAssessmentEntry>> ENTRIES = Codecs.arrayOf(ENTRY);

  /** The header as read. */
  // NullAway.Init: a holder filled by the codec, which refuses a document that lacks a required
  // property before finish() reads it; the optional ones have a default
  @SuppressWarnings("NullAway.Init")
  private static final class Holder {
    final SelfAssessment.Builder b = SelfAssessment.builder();
    String format;
    int version;

    SelfAssessment finish(TokenReader in) {
      if (!FORMAT.equals(format)) {
        throw invalidAt(in, "format", "not a treem child-friendly self-assessment (" + FORMAT + ")");
      }
      if (version != VERSION) {
        throw invalidAt(in, "formatVersion", "an unknown version of the self-assessment format (this treem reads 1)");
      }
      return Codecs.construct(in, SelfAssessment.class, b::build);
    }
  }

  /** The self-assessment, its strings escaped as {@link StringEscapes#REPORT}. */
  public static final ValueCodec<SelfAssessment> SELF_ASSESSMENT = Codecs.escaped(ObjectCodec
      .finishing(SelfAssessment.class, Holder::new, Holder::finish)
      .property("format", true, Codecs.STRING, (h, v) -> h.format = v, (s, out) -> out.string(FORMAT))
      .property("formatVersion", true, Codecs.INTEGER, (h, v) -> h.version = v, (s, out) -> out.number(VERSION))
      .required("communeCode", Codecs.STRING, SelfAssessment::getCommuneCode, (h, v) -> h.b.communeCode(v))
      .required("communeName", Codecs.STRING, SelfAssessment::getCommuneName, (h, v) -> h.b.communeName(v))
      .required("year", Codecs.INTEGER, SelfAssessment::getYear, (h, v) -> h.b.year(v))
      .required("communeType", Codecs.enumByName(CommuneType.class), SelfAssessment::getCommuneType,
          (h, v) -> h.b.communeType(v))
      .required("assessedOn", Codecs.DATE, SelfAssessment::getAssessedOn, (h, v) -> h.b.assessedOn(v))
      .required("assessedBy", Codecs.STRING, SelfAssessment::getAssessedBy, (h, v) -> h.b.assessedBy(v))
      .optional("table", Codecs.STRING, SelfAssessment::getTableId, (h, v) -> h.b.tableId(v))
      .optional("tableVersion", Codecs.STRING, SelfAssessment::getTableVersion, (h, v) -> h.b.tableVersion(v))
      .optionalBool("synthetic", s -> s.isSynthetic() ? Optional.of(true) : Optional.empty(),
          (h, v) -> h.b.synthetic(v))
      .required("entries", ENTRIES, SelfAssessment::getEntries, (h, v) -> h.b.entries(v))
      .build(), StringEscapes.REPORT);
}
