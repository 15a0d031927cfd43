package io.github.treem.indicators.growth.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The twelve WHO tables, loaded once on first use (lazy holder idiom: class initialisation is
 * thread-safe and happens once).
 */
public final class Tables {
  /** Weight-for-age, 0-5 years, by day. */
  public static final LmsTable WEI = LmsTable.load("who2006-weianthro.txt", 1);
  /** Length/height-for-age, 0-5 years, by day. */
  public static final LmsTable LEN = LmsTable.load("who2006-lenanthro.txt", 1);
  /** Weight-for-length, 45-110 cm, by mm. */
  public static final LmsTable WFL = LmsTable.load("who2006-wflanthro.txt", 10);
  /** Weight-for-height, 65-120 cm, by mm. */
  public static final LmsTable WFH = LmsTable.load("who2006-wfhanthro.txt", 10);
  /** BMI-for-age, 0-5 years, by day. */
  public static final LmsTable BMI = LmsTable.load("who2006-bmianthro.txt", 1);
  /** Head circumference-for-age, by day. */
  public static final LmsTable HC = LmsTable.load("who2006-hcanthro.txt", 1);
  /** Arm circumference-for-age, by day from 91. */
  public static final LmsTable AC = LmsTable.load("who2006-acanthro.txt", 1);
  /** Triceps skinfold-for-age, by day from 91. */
  public static final LmsTable TS = LmsTable.load("who2006-tsanthro.txt", 1);
  /** Subscapular skinfold-for-age, by day from 91. */
  public static final LmsTable SS = LmsTable.load("who2006-ssanthro.txt", 1);
  /** Weight-for-age, 5-10 years, by month. */
  public static final LmsTable WFA2007 = LmsTable.load("who2007-wfawho2007.txt", 1);
  /** Height-for-age, 5-19 years, by month. */
  public static final LmsTable HFA2007 = LmsTable.load("who2007-hfawho2007.txt", 1);
  /** BMI-for-age, 5-19 years, by month. */
  public static final LmsTable BFA2007 = LmsTable.load("who2007-bfawho2007.txt", 1);

  /** File name to SHA-256 (hex), in a fixed order. */
  public static final Map<String, String> CHECKSUMS;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    for (LmsTable t : new LmsTable[] {WEI, LEN, WFL, WFH, BMI, HC, AC, TS, SS, WFA2007, HFA2007, BFA2007}) {
      m.put(t.getFileName(), t.getSha256());
    }
    CHECKSUMS = Collections.unmodifiableMap(m);
  }

  private Tables() {}
}
