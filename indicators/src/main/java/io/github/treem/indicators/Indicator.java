package io.github.treem.indicators;

import io.github.treem.core.taxonomy.LegalReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An indicator of the commune's annual child-protection plan: a code, names, the unit, what its
 * numerator and denominator count, the age rule it uses and its legal basis. The built-in
 * indicators, defined exactly as docs/indicators.md (province standard v1), are the constants of
 * {@link Indicators}; {@link IndicatorCalculator} computes them.
 *
 * <p>What an indicator is, is one value, its {@link Definition}: an implementation returns it from
 * {@link #definition()} and every getter reads it (as {@link io.github.treem.core.validation.IssueCode}
 * reads its {@code IssueCode.Definition}).
 *
 * <p>For implementors: implementations are immutable, thread-safe and pure; the code is unique,
 * stable and upper-case ASCII. In this version the calculator computes only the built-ins.
 * Implement {@link #definition()} only (since 0.1.0 the getters are default methods over it).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Indicator {

  /**
   * {@return what the indicator is: its code, names, unit, numerator and denominator, age rule,
   * legal bases and caveat, in one immutable value}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  Definition definition();

  /** {@return the stable code, e.g. {@code "UNDERWEIGHT_U5"}} */
  default String getCode() {
    return definition().code();
  }

  /** {@return the Vietnamese name as the plan writes it} */
  default String getNameVi() {
    return definition().nameVi();
  }

  /** {@return the English name} */
  default String getNameEn() {
    return definition().nameEn();
  }

  /** {@return whether the value is a percentage or a count} */
  default IndicatorUnit getUnit() {
    return definition().unit();
  }

  /** {@return what the numerator counts, in Vietnamese} */
  default String getNumeratorVi() {
    return definition().numeratorVi();
  }

  /** {@return what the numerator counts, in English} */
  default String getNumeratorEn() {
    return definition().numeratorEn();
  }

  /** {@return what the denominator counts, in Vietnamese (empty text for a count)} */
  default String getDenominatorVi() {
    return definition().denominatorVi();
  }

  /** {@return what the denominator counts, in English (empty text for a count)} */
  default String getDenominatorEn() {
    return definition().denominatorEn();
  }

  /** {@return the age rule that decides membership and keys the age breakdown} */
  default AgeBasis getAgeBasis() {
    return definition().ageBasis();
  }

  /** {@return the legal text (or standard) the indicator rests on today: the latest of {@link #getLegalBases()}} */
  default LegalReference getLegalBasis() {
    List<LegalReference> bases = definition().legalBases();
    return bases.get(bases.size() - 1);
  }

  /**
   * {@return every legal text the indicator has rested on, oldest first, each with the period in
   * which it is in force (e.g. Decree 136/2013 until 30/06/2021, then Decree 20/2021)}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  default List<LegalReference> getLegalBases() {
    return definition().legalBases();
  }

  /**
   * The legal basis in force on a date, e.g. the report's reference date: the latest of
   * {@link #getLegalBases()} in force on that date, else {@link #getLegalBasis()}.
   *
   * @param date the date, e.g. the reference date R
   * @return the legal basis to cite for figures at that date
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  default LegalReference legalBasisOn(LocalDate date) {
    LegalReference found = null;
    for (LegalReference r : getLegalBases()) {
      if (r.isInForceOn(date)) {
        found = r;
      }
    }
    return found != null ? found : getLegalBasis();
  }

  /**
   * {@return where the indicator measures less than the plan's sentence, one line in Vietnamese
   * (e.g. {@code HI_U6} counts valid cards, not their timely issue): every human-readable output
   * shows it beside the target; empty when the indicator measures what the plan says}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  default Optional<String> getCaveatVi() {
    String caveat = definition().caveatVi();
    return caveat.isEmpty() ? Optional.empty() : Optional.of(caveat);
  }

  /** {@return the caveat of {@link #getCaveatVi()} in English, empty when there is none} */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  default Optional<String> getCaveatEn() {
    String caveat = definition().caveatEn();
    return caveat.isEmpty() ? Optional.empty() : Optional.of(caveat);
  }

  /**
   * What an indicator is, held by each constant of an indicator enum: the values of the getters
   * of {@link Indicator}. Immutable; the lists are unmodifiable copies.
   *
   * <pre>{@code
   * new Indicator.Definition("HI_U6", "Trẻ em dưới 6 tuổi có thẻ BHYT",
   *     "Children under 6 with a health-insurance card", IndicatorUnit.PERCENT,
   *     "trẻ có thẻ BHYT còn hiệu lực tại ngày tham chiếu", "those holding a card valid at R",
   *     "trẻ sinh đến ngày tham chiếu, dưới 72 tháng tuổi tròn", "children born on or before R ...",
   *     AgeBasis.COMPLETED_MONTHS_AT_REFERENCE, List.of(lawOnHealthInsurance))
   *     .withCaveat("Chỉ số đếm trẻ có thẻ BHYT còn hiệu lực, ...", "Counts children holding a valid card; ...");
   * }</pre>
   *
   * @param code the stable code, upper-case ASCII (for an enum, the constant's name)
   * @param nameVi the Vietnamese name as the plan writes it
   * @param nameEn the English name
   * @param unit a percentage or a count
   * @param numeratorVi what the numerator counts, in Vietnamese
   * @param numeratorEn what the numerator counts, in English
   * @param denominatorVi what the denominator counts, in Vietnamese (empty text for a count)
   * @param denominatorEn what the denominator counts, in English (empty text for a count)
   * @param ageBasis the age rule that decides membership and keys the age breakdown
   * @param legalBases every legal text the indicator has rested on, oldest first (at least one;
   *     the last is the one in force today)
   * @param caveatVi where the indicator measures less than the plan's sentence, in Vietnamese
   *     (empty text: no caveat)
   * @param caveatEn the caveat in English (empty text: no caveat)
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Definition(String code, String nameVi, String nameEn, IndicatorUnit unit, String numeratorVi,
      String numeratorEn, String denominatorVi, String denominatorEn, AgeBasis ageBasis,
      List<LegalReference> legalBases, String caveatVi, String caveatEn) {

    /**
     * Checks that every part is given and that there is a legal basis; copies the list.
     *
     * @param code the code
     * @param nameVi the Vietnamese name
     * @param nameEn the English name
     * @param unit the unit
     * @param numeratorVi the numerator in Vietnamese
     * @param numeratorEn the numerator in English
     * @param denominatorVi the denominator in Vietnamese
     * @param denominatorEn the denominator in English
     * @param ageBasis the age rule
     * @param legalBases the legal bases, oldest first
     * @param caveatVi the caveat in Vietnamese, or empty text
     * @param caveatEn the caveat in English, or empty text
     */
    public Definition {
      Objects.requireNonNull(code, "code must not be null");
      Objects.requireNonNull(nameVi, "nameVi must not be null");
      Objects.requireNonNull(nameEn, "nameEn must not be null");
      Objects.requireNonNull(unit, "unit must not be null");
      Objects.requireNonNull(numeratorVi, "numeratorVi must not be null");
      Objects.requireNonNull(numeratorEn, "numeratorEn must not be null");
      Objects.requireNonNull(denominatorVi, "denominatorVi must not be null");
      Objects.requireNonNull(denominatorEn, "denominatorEn must not be null");
      Objects.requireNonNull(ageBasis, "ageBasis must not be null");
      legalBases = List.copyOf(legalBases);
      if (legalBases.isEmpty()) {
        throw new IllegalArgumentException("an indicator rests on at least one legal text");
      }
      Objects.requireNonNull(caveatVi, "caveatVi must not be null");
      Objects.requireNonNull(caveatEn, "caveatEn must not be null");
    }

    /**
     * A definition without a caveat.
     *
     * @param code the code
     * @param nameVi the Vietnamese name
     * @param nameEn the English name
     * @param unit the unit
     * @param numeratorVi the numerator in Vietnamese
     * @param numeratorEn the numerator in English
     * @param denominatorVi the denominator in Vietnamese (empty text for a count)
     * @param denominatorEn the denominator in English (empty text for a count)
     * @param ageBasis the age rule
     * @param legalBases the legal bases, oldest first
     */
    public Definition(String code, String nameVi, String nameEn, IndicatorUnit unit, String numeratorVi,
        String numeratorEn, String denominatorVi, String denominatorEn, AgeBasis ageBasis,
        List<LegalReference> legalBases) {
      this(code, nameVi, nameEn, unit, numeratorVi, numeratorEn, denominatorVi, denominatorEn, ageBasis,
          legalBases, "", "");
    }

    /**
     * This definition with a caveat.
     *
     * @param vi the caveat in Vietnamese (one line)
     * @param en the caveat in English
     * @return the definition with the caveat
     */
    public Definition withCaveat(String vi, String en) {
      return new Definition(code, nameVi, nameEn, unit, numeratorVi, numeratorEn, denominatorVi, denominatorEn,
          ageBasis, legalBases, vi, en);
    }

    /** {@return the code and the English name (an indicator's definition holds no personal data)} */
    @Override
    public String toString() {
      return "Indicator.Definition{" + code + ", " + nameEn + "}";
    }
  }

  /**
   * Finds an indicator of treem by its exact code: a register indicator ({@link Indicators}) or a
   * protection-case indicator ({@link CaseIndicators}). The readers of reports resolve codes
   * through it, so that a report holding case figures reads back.
   *
   * @param code the code, e.g. {@code "HI_U6"} or {@code "CASES_RECEIVED"}
   * @return the indicator, or empty when no indicator has exactly this code
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  static Optional<Indicator> ofCode(@Nullable String code) {
    if (code == null) {
      return Optional.empty();
    }
    Optional<Indicator> register = Indicators.fromCode(code).filter(i -> i.getCode().equals(code)).map(i -> i);
    return register.isPresent() ? register : CaseIndicators.fromCode(code).map(i -> i);
  }
}
