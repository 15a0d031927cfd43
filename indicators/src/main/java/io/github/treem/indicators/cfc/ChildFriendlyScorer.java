package io.github.treem.indicators.cfc;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Scores a commune against the child-friendly commune standard (docs/child-friendly-commune.md).
 *
 * <p>Each item's value comes from its source ({@link InputSource}): the register's indicator
 * report (as an exact fraction), the self-assessment, or the protection-case figures, with the
 * fallbacks described there; it falls in one band of the item's step function, exactly. A
 * criterion's points are the sum of its items'; the {@link ScoreCard} decides the outcome on
 * confirmed parts only and never declares a commune recognised on a provisional band.
 *
 * <pre>{@code
 * ScoreCard card = ChildFriendlyScorer.qd06().score(ScoringInput.builder()
 *     .year(2020).report(report).selfAssessment(selfAssessment).build());
 * card.getStatus();   // PROVISIONAL_NOT_DECIDABLE with the bundled table
 * card.getTotal();    // e.g. 905 (provisional)
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ChildFriendlyScorer {
  private final List<ScoringTable> tables;

  private ChildFriendlyScorer(List<ScoringTable> tables) {
    this.tables = List.copyOf(tables);
  }

  /** {@return a scorer with the bundled table of Quyết định 06/QĐ-TTg} */
  public static ChildFriendlyScorer qd06() {
    return of(ScoringTable.qd06());
  }

  private static ScoringTable requireTable(ScoringTable table) {
    return Objects.requireNonNull(table, "table must not be null");
  }

  /**
   * A scorer with one table.
   *
   * @param table the table (e.g. a province's)
   * @return the scorer
   */
  public static ChildFriendlyScorer of(ScoringTable table) {
    return new ChildFriendlyScorer(List.of(requireTable(table)));
  }

  /**
   * A scorer that uses, for each assessment, the table in force on its reference date (of
   * several, the one that starts latest: a later decision replaces an earlier one).
   *
   * @param tables the tables
   * @return the scorer
   * @throws InvalidValueException (code {@code TREEM-CFC-0030}) when no table is given
   */
  public static ChildFriendlyScorer of(List<ScoringTable> tables) {
    if (tables.isEmpty()) {
      throw new InvalidValueException("TREEM-CFC-0030", "a scorer needs at least one table");
    }
    tables.forEach(ChildFriendlyScorer::requireTable);
    return new ChildFriendlyScorer(tables);
  }

  /** {@return the tables} */
  public List<ScoringTable> getTables() {
    return tables;
  }

  /**
   * The table in force on a date.
   *
   * @param date the date
   * @return the table
   * @throws InvalidValueException (code {@code TREEM-CFC-0031}) when no table applies on the date,
   *     or two tables starting on the same day do
   */
  public ScoringTable tableFor(LocalDate date) {
    List<ScoringTable> valid = tables.stream().filter(t -> t.isValidOn(date))
        .sorted(Comparator.comparing(ScoringTable::getValidFrom).reversed()).toList();
    if (valid.isEmpty()) {
      throw new InvalidValueException("TREEM-CFC-0031", "no scoring table applies on " + date + " (tables: "
          + String.join(", ", tables.stream().map(t -> t.getId() + " from " + t.getValidFrom()
              + t.getValidTo().map(to -> " to " + to).orElse("")).toList()) + ")");
    }
    if (valid.size() > 1 && valid.get(0).getValidFrom().equals(valid.get(1).getValidFrom())) {
      throw new InvalidValueException("TREEM-CFC-0031", "two scoring tables apply from the same day on " + date
          + ": " + valid.get(0).getId() + ", " + valid.get(1).getId());
    }
    return valid.get(0);
  }

  /**
   * Scores a commune.
   *
   * @param input the year, the report, the self-assessment and the case figures
   * @return the score card
   * @throws InvalidValueException (code {@code TREEM-CFC-0031}) when no table applies on the
   *     input's reference date
   */
  public ScoreCard score(ScoringInput input) {
    ScoringTable table = tableFor(input.getReferenceDate());
    List<CriterionScore> criteria = new ArrayList<>();
    List<ScoreReason> notes = new ArrayList<>();
    for (Criterion c : table.getCriteria()) {
      List<ItemScore> items = new ArrayList<>();
      for (ScoringItem item : c.getItems()) {
        items.add(scoreItem(item, input, notes));
      }
      criteria.add(new CriterionScore.Builder().criterion(c).items(items).build());
    }
    ScoreCard.Builder card = new ScoreCard.Builder().table(table).year(input.getYear())
        .referenceDate(input.getReferenceDate()).communeType(input.getCommuneType()).criteria(criteria);
    input.getSelfAssessment().ifPresent(s -> card.communeCode(s.getCommuneCode()).communeName(s.getCommuneName())
        .synthetic(s.isSynthetic()));
    Decision.decide(table, input.getCommuneType(), criteria, card);
    card.addAllReasons(notes);
    if (input.getSelfAssessment().map(SelfAssessment::isSynthetic).orElse(false)) {
      card.addReasons(ScoreReason.of(ScoreReason.Kind.SYNTHETIC_INPUT,
          "Bản tự đánh giá là dữ liệu mẫu (tổng hợp), không phải của một xã thực",
          "The self-assessment is synthetic demonstration data, not a real commune's"));
    }
    return card.build();
  }

  private static ItemScore scoreItem(ScoringItem item, ScoringInput input, List<ScoreReason> notes) {
    ItemScore.Builder b = new ItemScore.Builder().item(item);
    Optional<SelfAssessmentEntry> entry = input.getSelfAssessment().flatMap(s -> s.entry(item.getId()))
        .filter(e -> e.getValue().fits(item.getUnit()));
    entry.ifPresent(e -> b.selfAssessedValue(e.getValue()));
    Optional<ItemValue> register = item.getInputCode().flatMap(code -> registerValue(input.getReport(), code));
    String code = item.getInputCode().orElse("");
    switch (item.getInput()) {
      case REGISTER -> {
        if (register.isPresent() && register.get().getKind() != ItemValue.Kind.NOTHING_TO_COUNT) {
          use(b, item, register.get(), InputSource.REGISTER);
          if (entry.isPresent()) {
            notes.add(ScoreReason.of(ScoreReason.Kind.REGISTER_OVER_SELF_ASSESSMENT,
                "Mục " + item.getId() + ": dùng số liệu của sổ (" + code + ", " + register.get() + "), không dùng số tự đánh giá ("
                    + entry.get().getValue().toText(Language.VI) + ")",
                "Item " + item.getId() + ": the register's value (" + code + ", " + register.get()
                    + ") is used, not the self-assessment's (" + entry.get().getValue() + ")"));
          }
        } else if (entry.isPresent()) {
          use(b, item, entry.get().getValue(), InputSource.SELF_ASSESSMENT).evidence(entry.get().getEvidence());
        } else {
          register.ifPresent(v -> use(b, item, v, InputSource.REGISTER));
        }
      }
      case SELF_ASSESSMENT -> {
        if (entry.isPresent()) {
          use(b, item, entry.get().getValue(), InputSource.SELF_ASSESSMENT).evidence(entry.get().getEvidence());
        } else if (register.isPresent()) {
          use(b, item, register.get(), InputSource.REGISTER).proxy(true);
          notes.add(ScoreReason.of(ScoreReason.Kind.PROXY_USED,
              "Mục " + item.getId() + ": chưa tự đánh giá, tạm dùng chỉ tiêu " + code + " của sổ (" + register.get() + ")",
              "Item " + item.getId() + ": not self-assessed; the register's " + code + " stands in (" + register.get() + ")"));
        }
      }
      default -> {
        Optional<ItemValue> figure = input.getCaseFigures()
            .flatMap(f -> f.figure(code, input.getYear(), input.getReferenceDate()))
            .filter(v -> v.fits(item.getUnit()));
        if (figure.isPresent()) {
          use(b, item, figure.get(), InputSource.PROTECTION_CASES);
        } else if (entry.isPresent()) {
          use(b, item, entry.get().getValue(), InputSource.SELF_ASSESSMENT).evidence(entry.get().getEvidence());
        }
      }
    }
    return b.build();
  }

  private static ItemScore.Builder use(ItemScore.Builder b, ScoringItem item, ItemValue value, InputSource source) {
    b.value(value).source(source);
    item.bandOf(value).ifPresent(b::band);
    return b;
  }

  /**
   * The exact value of an indicator of the report: a fraction of a rate, the count of a count. A
   * rate whose every member was excluded (no denominator, some exclusions: a register without the
   * indicator's column, as {@code epi_full_by_1} in an older register) has no value: the
   * self-assessment's is used, and without one the item is not scored. A rate with no member at
   * all has nothing to count.
   */
  private static Optional<ItemValue> registerValue(Optional<IndicatorReport> report, String code) {
    if (report.isEmpty()) {
      return Optional.empty();
    }
    Optional<IndicatorResult> r = report.get().getResults().stream().filter(x -> x.getCode().equals(code))
        .filter(x -> x.getIndicator().getUnit() == IndicatorUnit.COUNT || x.getDenominator() > 0
            || (x.getExclusions().isEmpty() && x.getSuppressedExclusions().isEmpty()))
        .findFirst();
    return r.map(x -> x.getIndicator().getUnit() == IndicatorUnit.COUNT
        ? ItemValue.count(x.getNumerator())
        : ItemValue.fraction(x.getNumerator(), x.getDenominator()));
  }
}
