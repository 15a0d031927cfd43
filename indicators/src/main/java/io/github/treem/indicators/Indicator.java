package io.github.treem.indicators;

import io.github.treem.core.taxonomy.LegalReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An indicator of the commune's annual child-protection plan: a code, names, the unit, what its
 * numerator and denominator count, the age rule it uses and its legal basis. The built-in
 * indicators, defined exactly as docs/indicators.md (province standard v1), are the constants of
 * {@link Indicators}; {@link IndicatorCalculator} computes them.
 *
 * <p>For implementors: implementations are immutable, thread-safe and pure; the code is unique,
 * stable and upper-case ASCII. In this version the calculator computes only the built-ins.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Indicator {

  /** {@return the stable code, e.g. {@code "UNDERWEIGHT_U5"}} */
  String getCode();

  /** {@return the Vietnamese name as the plan writes it} */
  String getNameVi();

  /** {@return the English name} */
  String getNameEn();

  /** {@return whether the value is a percentage or a count} */
  IndicatorUnit getUnit();

  /** {@return what the numerator counts, in Vietnamese} */
  String getNumeratorVi();

  /** {@return what the numerator counts, in English} */
  String getNumeratorEn();

  /** {@return what the denominator counts, in Vietnamese (empty text for a count)} */
  String getDenominatorVi();

  /** {@return what the denominator counts, in English (empty text for a count)} */
  String getDenominatorEn();

  /** {@return the age rule that decides membership and keys the age breakdown} */
  AgeBasis getAgeBasis();

  /** {@return the legal text (or standard) the indicator rests on today: the latest of {@link #getLegalBases()}} */
  LegalReference getLegalBasis();

  /**
   * {@return every legal text the indicator has rested on, oldest first, each with the period in
   * which it is in force (e.g. Decree 136/2013 until 30/06/2021, then Decree 20/2021)}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  default List<LegalReference> getLegalBases() {
    return List.of(getLegalBasis());
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
    return Optional.empty();
  }

  /** {@return the caveat of {@link #getCaveatVi()} in English, empty when there is none} */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  default Optional<String> getCaveatEn() {
    return Optional.empty();
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
  static Optional<Indicator> ofCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    Optional<Indicator> register = Indicators.fromCode(code).filter(i -> i.getCode().equals(code)).map(i -> i);
    return register.isPresent() ? register : CaseIndicators.fromCode(code).map(i -> i);
  }
}
