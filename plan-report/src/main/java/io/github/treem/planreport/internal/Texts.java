package io.github.treem.planreport.internal;

import io.github.treem.planreport.Figure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the report writes numbers, dates and names in Vietnamese (both writers use it). */
public final class Texts {
  private static final Locale VI = Locale.forLanguageTag("vi-VN");
  private static final Pattern COMMUNE_TYPE = Pattern.compile("(?iu)^(.*?)\\s+(xã|phường|thị trấn|đặc khu)\\s+(.+)$");
  private static final Pattern YEAR = Pattern.compile("(?u)\\bnăm (\\d{4})\\b");

  private Texts() {}

  /**
   * A whole number with dots between the thousands, as Vietnamese documents write amounts:
   * {@code 1.500.000}.
   */
  public static String number(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder b = new StringBuilder();
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    b.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      b.append('.').append(digits, i, i + 3);
    }
    return n < 0 ? "-" + b : b.toString();
  }

  /** An amount in đồng, or "—" when unknown. */
  public static String dong(OptionalLong amount) {
    return amount.isPresent() ? number(amount.getAsLong()) : Figure.NO_DATA_SYMBOL;
  }

  /** A decimal with a comma before the decimals, as Vietnamese writes it: {@code 96,55}. */
  public static String decimal(BigDecimal value) {
    String s = value.stripTrailingZeros().toPlainString();
    if (s.startsWith("-")) {
      return "-" + decimal(value.negate());
    }
    int dot = s.indexOf('.');
    String whole = dot < 0 ? s : s.substring(0, dot);
    String grouped = number(Long.parseLong(whole));
    return dot < 0 ? grouped : grouped + "," + s.substring(dot + 1);
  }

  /** A figure as printed: the value (Vietnamese decimals), "x" when hidden, "—" when missing. */
  public static String figure(Figure f) {
    return f.isValue() ? decimal(f.getValue().orElseThrow()) : f.toString();
  }

  /** A figure with its unit when it has a value: {@code 96,55%}. */
  public static String figure(Figure f, String unit) {
    return f.isValue() ? decimal(f.getValue().orElseThrow()) + unit : f.toString();
  }

  /** The day as Decree 30/2020 writes it: day 1-9 and months 1-2 with a leading 0. */
  public static String dayMonthYear(LocalDate d) {
    return String.format(Locale.ROOT, "%02d/%s/%d", d.getDayOfMonth(), month(d.getMonthValue()), d.getYear());
  }

  /** {@code ngày 09 tháng 3 năm 2020}: the date line of a document. */
  public static String dateLine(LocalDate d) {
    return String.format(Locale.ROOT, "ngày %02d tháng %s năm %d", d.getDayOfMonth(), month(d.getMonthValue()), d.getYear());
  }

  /** The date line with blanks for the office to fill: {@code ngày      tháng      năm 2020}. */
  public static String blankDateLine(int year) {
    return "ngày      tháng      năm " + year;
  }

  private static String month(int m) {
    return m <= 2 ? String.format(Locale.ROOT, "%02d", m) : Integer.toString(m);
  }

  /** A short date in a table: {@code 09/3/2020}. */
  public static String shortDate(LocalDate d) {
    return dayMonthYear(d);
  }

  /**
   * The issuing body's lines: "Ủy ban nhân dân xã Quảng Vinh" gives "ỦY BAN NHÂN DÂN" and "XÃ QUẢNG
   * VINH"; a name without a commune word is one line.
   */
  public static List<String> issuerLines(String issuerName) {
    Matcher m = COMMUNE_TYPE.matcher(issuerName.trim());
    if (m.matches()) {
      return List.of(upper(m.group(1)), upper(m.group(2) + " " + m.group(3)));
    }
    return List.of(upper(issuerName.trim()));
  }

  /** The place of the date line: the commune's name from the issuer ("Quảng Vinh"), else the issuer. */
  public static String place(String issuerName) {
    Matcher m = COMMUNE_TYPE.matcher(issuerName.trim());
    return m.matches() ? m.group(3) : issuerName.trim();
  }

  /** Upper case, Vietnamese rules. */
  public static String upper(String s) {
    return s.toUpperCase(VI);
  }

  /**
   * The symbol of the issuer in a document number: "90/KH-UBND" gives "UBND"; "UBND" when the
   * number has none.
   */
  public static String issuerSymbol(String number) {
    int slash = number.indexOf('/');
    String symbol = slash < 0 ? "" : number.substring(slash + 1).trim();
    int dash = symbol.indexOf('-');
    String issuer = dash < 0 ? "" : symbol.substring(dash + 1).trim();
    return issuer.isEmpty() ? "UBND" : issuer;
  }

  /** Replaces "năm {from}" by "năm {to}" (the year of a plan, not dates inside citations). */
  public static String moveYear(String text, int from, int to) {
    Matcher m = YEAR.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Integer.parseInt(m.group(1)) == from ? "năm " + to : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(b);
    return b.toString();
  }
}
