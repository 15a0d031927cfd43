package io.github.treem.core.taxonomy;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The 54 ethnic groups of Viet Nam, with their codes in both official lists.
 *
 * <p>Two lists exist and disagree for most groups (docs/domain.md §10), so a code means nothing
 * without its list: {@link EthnicityCodeList#QD_121_1979} (Decision 121-TCTK/PPCĐ of 2 March 1979,
 * used by the commune register, civil status and health-insurance claims) and
 * {@link EthnicityCodeList#QD_1019_2008} (Decision 1019/QĐ-TCTK of 12 November 2008, GSO census
 * work; codes 21-54 of that list are from a secondary source and unconfirmed). Names have a
 * canonical Vietnamese spelling and the aliases found in sources; {@link #parse(String)} accepts
 * either list's codes only through {@link #fromCode(EthnicityCodeList, String)}, and names with or
 * without diacritics.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Ethnicity {
  /** Kinh: code 01 (1979), 01 (2008). */
  KINH("Kinh", "01", "01", List.of("Việt")),
  /** Tày: code 02 (1979), 02 (2008). */
  TAY("Tày", "02", "02", List.of()),
  /** Thái: code 03 (1979), 03 (2008). */
  THAI("Thái", "03", "03", List.of()),
  /** Hoa: code 04 (1979), 06 (2008). */
  HOA("Hoa", "04", "06", List.of("Hán")),
  /** Khơ-me: code 05 (1979), 05 (2008). */
  KHO_ME("Khơ-me", "05", "05", List.of("Khmer")),
  /** Mường: code 06 (1979), 04 (2008). */
  MUONG("Mường", "06", "04", List.of()),
  /** Nùng: code 07 (1979), 07 (2008). */
  NUNG("Nùng", "07", "07", List.of()),
  /** HMông: code 08 (1979), 08 (2008). */
  HMONG("HMông", "08", "08", List.of("Mông", "H'Mông", "Hmong")),
  /** Dao: code 09 (1979), 09 (2008). */
  DAO("Dao", "09", "09", List.of()),
  /** Gia-rai: code 10 (1979), 10 (2008). */
  GIA_RAI("Gia-rai", "10", "10", List.of("Jrai", "Gia Rai")),
  /** Ngái: code 11 (1979), 43 (2008). */
  NGAI("Ngái", "11", "43", List.of()),
  /** Ê-đê: code 12 (1979), 11 (2008). */
  E_DE("Ê-đê", "12", "11", List.of("Ede", "Ê Đê")),
  /** Ba-na: code 13 (1979), 12 (2008). */
  BA_NA("Ba-na", "13", "12", List.of("Bahnar", "Ba Na")),
  /** Xơ-đăng: code 14 (1979), 16 (2008). */
  XO_DANG("Xơ-đăng", "14", "16", List.of("Xơ Đăng")),
  /** Sán Chay: code 15 (1979), 13 (2008). */
  SAN_CHAY("Sán Chay", "15", "13", List.of()),
  /** Cơ-ho: code 16 (1979), 15 (2008). */
  CO_HO("Cơ-ho", "16", "15", List.of("Cơ Ho", "K'Ho")),
  /** Chăm: code 17 (1979), 14 (2008). */
  CHAM("Chăm", "17", "14", List.of()),
  /** Sán Dìu: code 18 (1979), 17 (2008). */
  SAN_DIU("Sán Dìu", "18", "17", List.of()),
  /** Hrê: code 19 (1979), 18 (2008). */
  HRE("Hrê", "19", "18", List.of()),
  /** Mnông: code 20 (1979), 20 (2008). */
  MNONG("Mnông", "20", "20", List.of()),
  /** Ra-glai: code 21 (1979), 19 (2008). */
  RA_GLAI("Ra-glai", "21", "19", List.of("Raglay", "Raglai")),
  /** Xtiêng: code 22 (1979), 22 (2008). */
  XTIENG("Xtiêng", "22", "22", List.of()),
  /** Bru-Vân Kiều: code 23 (1979), 24 (2008). */
  BRU_VAN_KIEU("Bru-Vân Kiều", "23", "24", List.of("Bru Vân Kiều", "Vân Kiều")),
  /** Thổ: code 24 (1979), 21 (2008). */
  THO("Thổ", "24", "21", List.of()),
  /** Giáy: code 25 (1979), 26 (2008). */
  GIAY("Giáy", "25", "26", List.of()),
  /** Cơ-tu: code 26 (1979), 25 (2008). */
  CO_TU("Cơ-tu", "26", "25", List.of()),
  /** Giẻ-Triêng: code 27 (1979), 29 (2008). */
  GIE_TRIENG("Giẻ-Triêng", "27", "29", List.of()),
  /** Mạ: code 28 (1979), 28 (2008). */
  MA("Mạ", "28", "28", List.of()),
  /** Khơ-mú: code 29 (1979), 23 (2008). */
  KHO_MU("Khơ-mú", "29", "23", List.of("Khơ Mú", "Khmu")),
  /** Co: code 30 (1979), 30 (2008). */
  CO("Co", "30", "30", List.of()),
  /** Tà-ôi: code 31 (1979), 27 (2008). */
  TA_OI("Tà-ôi", "31", "27", List.of()),
  /** Chơ-ro: code 32 (1979), 31 (2008). */
  CHO_RO("Chơ-ro", "32", "31", List.of()),
  /** Kháng: code 33 (1979), 37 (2008). */
  KHANG("Kháng", "33", "37", List.of()),
  /** Xinh-mun: code 34 (1979), 32 (2008). */
  XINH_MUN("Xinh-mun", "34", "32", List.of()),
  /** Hà Nhì: code 35 (1979), 33 (2008). */
  HA_NHI("Hà Nhì", "35", "33", List.of()),
  /** Chu-ru: code 36 (1979), 34 (2008). */
  CHU_RU("Chu-ru", "36", "34", List.of()),
  /** Lào: code 37 (1979), 35 (2008). */
  LAO("Lào", "37", "35", List.of()),
  /** La Chí: code 38 (1979), 36 (2008). */
  LA_CHI("La Chí", "38", "36", List.of()),
  /** La Ha: code 39 (1979), 40 (2008). */
  LA_HA("La Ha", "39", "40", List.of()),
  /** Phù Lá: code 40 (1979), 38 (2008). */
  PHU_LA("Phù Lá", "40", "38", List.of()),
  /** La Hủ: code 41 (1979), 39 (2008). */
  LA_HU("La Hủ", "41", "39", List.of()),
  /** Lự: code 42 (1979), 42 (2008). */
  LU("Lự", "42", "42", List.of()),
  /** Lô Lô: code 43 (1979), 45 (2008). */
  LO_LO("Lô Lô", "43", "45", List.of()),
  /** Chứt: code 44 (1979), 44 (2008). */
  CHUT("Chứt", "44", "44", List.of()),
  /** Mảng: code 45 (1979), 46 (2008). */
  MANG("Mảng", "45", "46", List.of()),
  /** Pà Thẻn: code 46 (1979), 41 (2008). */
  PA_THEN("Pà Thẻn", "46", "41", List.of()),
  /** Cờ Lao: code 47 (1979), 47 (2008). */
  CO_LAO("Cờ Lao", "47", "47", List.of("Co Lao", "Cơ Lao")),
  /** Cống: code 48 (1979), 49 (2008). */
  CONG("Cống", "48", "49", List.of()),
  /** Bố Y: code 49 (1979), 48 (2008). */
  BO_Y("Bố Y", "49", "48", List.of()),
  /** Si La: code 50 (1979), 50 (2008). */
  SI_LA("Si La", "50", "50", List.of()),
  /** Pu Péo: code 51 (1979), 51 (2008). */
  PU_PEO("Pu Péo", "51", "51", List.of()),
  /** Brâu: code 52 (1979), 53 (2008). */
  BRAU("Brâu", "52", "53", List.of()),
  /** Ơ Đu: code 53 (1979), 54 (2008). */
  O_DU("Ơ Đu", "53", "54", List.of()),
  /** Rơ Măm: code 54 (1979), 52 (2008). */
  RO_MAM("Rơ Măm", "54", "52", List.of());

  private static final Map<String, Ethnicity> BY_NAME = new HashMap<>();

  static {
    for (Ethnicity e : values()) {
      BY_NAME.put(fold(e.name), e);
      BY_NAME.put(fold(e.name()), e);
      for (String a : e.aliases) {
        BY_NAME.put(fold(a), e);
      }
    }
  }

  private final String name;
  private final String code1979;
  private final String code2008;
  @SuppressWarnings("ImmutableEnumChecker") // always a List.of(...): unmodifiable, which the check cannot see
  private final List<String> aliases;

  Ethnicity(String name, String code1979, String code2008, List<String> aliases) {
    this.name = name;
    this.code1979 = code1979;
    this.code2008 = code2008;
    this.aliases = aliases;
  }

  /** {@return the canonical Vietnamese name, e.g. {@code "Khơ-me"}} */
  public String getName() {
    return name;
  }

  /** {@return other spellings found in official and secondary sources, unmodifiable} */
  public List<String> getAliases() {
    return aliases;
  }

  /**
   * The two-digit code of this group in a list.
   *
   * @param list the code list
   * @return the code, e.g. {@code "04"} for Hoa in the 1979 list
   */
  public String getCode(EthnicityCodeList list) {
    return list == EthnicityCodeList.QD_121_1979 ? code1979 : code2008;
  }

  /**
   * Finds a group by its code in a list; leading and trailing spaces are ignored and a one-digit
   * code is read as if zero-padded ({@code "4"} = {@code "04"}).
   *
   * @param list the list the code belongs to
   * @param code the code
   * @return the group, or empty when the code is not in the list (55 "foreigner" and 56
   *     "unknown" of the 1979 list are not ethnic groups and give empty)
   */
  public static Optional<Ethnicity> fromCode(EthnicityCodeList list, @Nullable String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip();
    if (c.length() == 1) {
      c = "0" + c;
    }
    return Optional.ofNullable(Objects.requireNonNull(ByCode.MAPS.get(list)).get(c));
  }

  /** The groups by code of each list, built on first use (after the constants exist). */
  private static final class ByCode {
    static final Map<EthnicityCodeList, Map<String, Ethnicity>> MAPS = new EnumMap<>(EthnicityCodeList.class);

    static {
      for (EthnicityCodeList l : EthnicityCodeList.values()) {
        Map<String, Ethnicity> m = new HashMap<>();
        for (Ethnicity e : values()) {
          m.putIfAbsent(e.getCode(l), e);
        }
        MAPS.put(l, m);
      }
    }

    private ByCode() {}
  }

  /**
   * Finds a group by name or alias, ignoring case, diacritics, spaces, hyphens and apostrophes
   * ({@code "Khmer"}, {@code "KHO ME"}, {@code "Khơ-me"} are the same group).
   *
   * @param name the name
   * @return the group, or empty
   */
  public static Optional<Ethnicity> fromName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_NAME.get(fold(name)));
  }

  /**
   * Reads a value as the commune register writes it: a code of the 1979 list, or a name.
   *
   * @param text a 1979-list code or a name
   * @return the group, or empty when the text is neither
   */
  public static Optional<Ethnicity> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip();
    if (allDigits(t)) {
      return fromCode(EthnicityCodeList.QD_121_1979, t);
    }
    return fromName(t);
  }

  private static boolean allDigits(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String s) {
    String d = s.replace('Đ', 'D').replace('đ', 'd');
    d = Normalizer.normalize(d, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return d.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
