package io.github.treem.io.internal.csv;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The columns of the CSV register format v1, in canonical order. */
public enum Column {
  CHILD_ID("child_id", "ma_tre", true, true),
  FULL_NAME("full_name", "ho_ten", true, true),
  SEX("sex", "gioi_tinh", false, false),
  DATE_OF_BIRTH("date_of_birth", "ngay_sinh", true, false),
  PERSONAL_ID("personal_id", "so_dinh_danh", true, false),
  ETHNICITY("ethnicity", "dan_toc", false, false),
  COMMUNE_CODE("commune_code", "ma_xa", false, false),
  VILLAGE("village", "thon", false, true),
  HOUSEHOLD_POVERTY("household_poverty", "ho_ngheo", false, false),
  DISABILITY("disability", "khuyet_tat", false, false),
  BIRTH_REGISTERED_ON("birth_registered_on", "ngay_dang_ky_khai_sinh", false, false),
  HI_CARD_NUMBER("hi_card_number", "so_the_bhyt", true, true),
  HI_CARD_ISSUED_ON("hi_card_issued_on", "ngay_cap_the_bhyt", false, false),
  HI_CARD_VALID_TO("hi_card_valid_to", "han_the_bhyt", false, false),
  MEASURED_ON("measured_on", "ngay_can_do", false, false),
  WEIGHT_KG("weight_kg", "can_nang_kg", false, false),
  LENGTH_HEIGHT_CM("length_height_cm", "chieu_cao_cm", false, false),
  MEASURE_POSITION("measure_position", "tu_the_do", false, false),
  OEDEMA("oedema", "phu", false, false),
  SCHOOL_LEVEL("school_level", "cap_hoc", false, false),
  GRADE("grade", "lop", false, false),
  INJURY_PREVENTION_TRAINED("injury_prevention_trained", "huong_dan_phong_tntt", false, false),
  CAN_SWIM("can_swim", "biet_boi", false, false),
  CIRCUMSTANCES("circumstances", "hoan_canh_dac_biet", false, false),
  SOCIAL_ASSISTANCE("social_assistance", "tro_cap_xa_hoi", false, false),
  EPI_FULL_BY_1("epi_full_by_1", "tiem_chung_day_du", false, false),
  GRADE1_DEFERRED("grade1_deferred", "hoan_vao_lop_1", false, false),
  CRIMINAL_LAW_CONFLICT("criminal_law_conflict", "vi_pham_phap_luat_hinh_su", false, false),
  LEGAL_AID("legal_aid", "tro_giup_phap_ly", false, false),
  /**
   * The synthetic-data marker: yes on the rows of a register that {@code treem generate} wrote
   * (never real children); written only by a writer told the data are synthetic, last.
   */
  SYNTHETIC_DATA("synthetic_data", "du_lieu_mo_phong", false, false);

  private static final Map<String, Column> BY_NAME = new HashMap<>();

  static {
    for (Column c : values()) {
      BY_NAME.put(c.canonical, c);
      BY_NAME.put(c.alias, c);
    }
  }

  /** The titles of {@link #getLabel()}. */
  private static final Map<Column, String> LABELS = new EnumMap<>(Column.class);

  static {
    LABELS.put(CHILD_ID, "Mã trẻ");
    LABELS.put(FULL_NAME, "Họ tên");
    LABELS.put(SEX, "Giới tính");
    LABELS.put(DATE_OF_BIRTH, "Ngày sinh");
    LABELS.put(PERSONAL_ID, "Số định danh");
    LABELS.put(ETHNICITY, "Dân tộc");
    LABELS.put(COMMUNE_CODE, "Mã xã");
    LABELS.put(VILLAGE, "Thôn");
    LABELS.put(HOUSEHOLD_POVERTY, "Hộ nghèo");
    LABELS.put(DISABILITY, "Khuyết tật");
    LABELS.put(BIRTH_REGISTERED_ON, "Ngày đăng ký khai sinh");
    LABELS.put(HI_CARD_NUMBER, "Số thẻ BHYT");
    LABELS.put(HI_CARD_ISSUED_ON, "Ngày cấp thẻ BHYT");
    LABELS.put(HI_CARD_VALID_TO, "Hạn thẻ BHYT");
    LABELS.put(MEASURED_ON, "Ngày cân đo");
    LABELS.put(WEIGHT_KG, "Cân nặng kg");
    LABELS.put(LENGTH_HEIGHT_CM, "Chiều cao cm");
    LABELS.put(MEASURE_POSITION, "Tư thế đo");
    LABELS.put(OEDEMA, "Phù");
    LABELS.put(SCHOOL_LEVEL, "Cấp học");
    LABELS.put(GRADE, "Lớp");
    LABELS.put(INJURY_PREVENTION_TRAINED, "Hướng dẫn phòng TNTT");
    LABELS.put(CAN_SWIM, "Biết bơi");
    LABELS.put(CIRCUMSTANCES, "Hoàn cảnh đặc biệt");
    LABELS.put(SOCIAL_ASSISTANCE, "Trợ cấp xã hội");
    LABELS.put(EPI_FULL_BY_1, "Tiêm chủng đầy đủ");
    LABELS.put(GRADE1_DEFERRED, "Hoãn vào lớp 1");
    LABELS.put(CRIMINAL_LAW_CONFLICT, "Vi phạm pháp luật hình sự");
    LABELS.put(LEGAL_AID, "Trợ giúp pháp lý");
    LABELS.put(SYNTHETIC_DATA, "Dữ liệu mô phỏng");
  }

  private final String canonical;
  private final String alias;
  private final boolean personal;
  private final boolean text;

  Column(String canonical, String alias, boolean personal, boolean text) {
    this.canonical = canonical;
    this.alias = alias;
    this.personal = personal;
    this.text = text;
  }

  /** {@return the canonical name} */
  public String getCanonical() {
    return canonical;
  }

  /** {@return the Vietnamese name (without diacritics, as {@code ngay_sinh})} */
  public String getAlias() {
    return alias;
  }

  /**
   * {@return the column's title as commune officers write it in their registers, in Vietnamese
   * with diacritics ({@code Ngày sinh}, {@code Số thẻ BHYT}): the name messages give it beside
   * {@link #getCanonical()} and {@link #getAlias()}; it folds ({@link Text#fold}) to the alias, so
   * it is itself a header treem knows}
   *
   * <p>The titles are those of the officers' guide (docs/officers-guide.md, section 3.1). A column
   * without a title of its own here is named by its alias with spaces ({@code ngay sinh}).
   */
  public String getLabel() {
    return LABELS.getOrDefault(this, alias.replace('_', ' '));
  }

  /** {@return whether values of this column are personal data, never echoed} */
  public boolean isPersonal() {
    return personal;
  }

  /** {@return whether the column holds free text (subject to formula neutralisation)} */
  public boolean isText() {
    return text;
  }

  /**
   * {@return the columns a register writer writes: every column, the synthetic-data marker only
   * for synthetic data}
   *
   * @param syntheticData whether the data are synthetic
   */
  public static Column[] written(boolean syntheticData) {
    return syntheticData ? values() : WITHOUT_MARKER.clone();
  }

  private static final Column[] WITHOUT_MARKER = java.util.Arrays.stream(values())
      .filter(c -> c != SYNTHETIC_DATA).toArray(Column[]::new);

  /** {@return whether the column is required} */
  public boolean isRequired() {
    return this == CHILD_ID || this == SEX || this == DATE_OF_BIRTH;
  }

  /**
   * Finds a column by a header cell.
   *
   * @param header the header cell
   * @return the column, or empty
   */
  public static Optional<Column> byHeader(String header) {
    return Optional.ofNullable(BY_NAME.get(Text.fold(header)));
  }
}
