package io.github.treem.core.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The 14 groups of children in special circumstances (trẻ em có hoàn cảnh đặc biệt) of the Law
 * on Children 2016, Art. 10 (1) (Luật Trẻ em 102/2016/QH13, in force from 1 June 2017).
 *
 * <p>The codes are treem's ASCII codes for the law's point letters (a..o, skipping f and j, with
 * {@code đ} written {@code DD}); they are not official codes. Each group is detailed by Decree
 * 56/2017/NĐ-CP in the article given by {@link #getDecreeArticle()}, into the sub-groups of
 * {@link SpecialCircumstanceSubgroup}.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum SpecialCircumstanceGroup implements CircumstanceCode {
  /** Orphaned of both parents (Trẻ em mồ côi cả cha và mẹ). */
  A("a", "Trẻ em mồ côi cả cha và mẹ", "Orphaned of both parents", 3, 4),
  /** Abandoned children (Trẻ em bị bỏ rơi). */
  B("b", "Trẻ em bị bỏ rơi", "Abandoned children", 4, 2),
  /** Children without support ("no one to rely on") (Trẻ em không nơi nương tựa). */
  C("c", "Trẻ em không nơi nương tựa", "Children without support (\"no one to rely on\")", 5, 12),
  /** Children with disabilities (Trẻ em khuyết tật). */
  D("d", "Trẻ em khuyết tật", "Children with disabilities", 6, 3),
  /** Children living with HIV/AIDS (Trẻ em nhiễm HIV/AIDS). */
  DD("đ", "Trẻ em nhiễm HIV/AIDS", "Children living with HIV/AIDS", 7, 1),
  /** Children in conflict with the law (Trẻ em vi phạm pháp luật). */
  E("e", "Trẻ em vi phạm pháp luật", "Children in conflict with the law", 8, 4),
  /** Drug-addicted children (Trẻ em nghiện ma túy). */
  G("g", "Trẻ em nghiện ma túy", "Drug-addicted children", 9, 2),
  /** Children who dropped out to earn a living before completing universal lower-secondary education (Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở). */
  H("h", "Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở", "Children who dropped out to earn a living before completing universal lower-secondary education", 10, 2),
  /** Children seriously harmed physically and mentally by violence (Trẻ em bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực). */
  I("i", "Trẻ em bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực", "Children seriously harmed physically and mentally by violence", 11, 1),
  /** Exploited children (Trẻ em bị bóc lột). */
  K("k", "Trẻ em bị bóc lột", "Exploited children", 12, 5),
  /** Sexually abused children (Trẻ em bị xâm hại tình dục). */
  L("l", "Trẻ em bị xâm hại tình dục", "Sexually abused children", 13, 5),
  /** Trafficked children (Trẻ em bị mua bán). */
  M("m", "Trẻ em bị mua bán", "Trafficked children", 14, 2),
  /** Children with dangerous or long-term-treatment illness in poor or near-poor households (Trẻ em mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày thuộc hộ nghèo hoặc hộ cận nghèo). */
  N("n", "Trẻ em mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày thuộc hộ nghèo hoặc hộ cận nghèo", "Children with dangerous or long-term-treatment illness in poor or near-poor households", 15, 2),
  /** Migrant, displaced or refugee children whose parents are unidentified or who have no caregiver (Trẻ em di cư, trẻ em lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc). */
  O("o", "Trẻ em di cư, trẻ em lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc", "Migrant, displaced or refugee children whose parents are unidentified or who have no caregiver", 16, 3);

  /** The law that defines the groups: Law on Children 2016, Art. 10 (1). */
  public static final LegalReference LAW_ON_CHILDREN_ART_10 = LegalReference.LAW_ON_CHILDREN_2016.withArticle("10", "1");

  private final String pointLetter;
  private final String nameVi;
  private final String nameEn;
  private final int decreeArticle;
  private final int subgroupCount;

  SpecialCircumstanceGroup(String pointLetter, String nameVi, String nameEn, int decreeArticle, int subgroupCount) {
    this.pointLetter = pointLetter;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.decreeArticle = decreeArticle;
    this.subgroupCount = subgroupCount;
  }

  /** {@return treem's code of this group, e.g. {@code "DD"}} */
  @Override
  public String getCode() {
    return name();
  }

  /** {@return the point letter of Art. 10 (1), e.g. {@code "đ"}} */
  public String getPointLetter() {
    return pointLetter;
  }

  /** {@return the official Vietnamese name} */
  @Override
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  @Override
  public String getNameEn() {
    return nameEn;
  }

  /** {@return this group itself} */
  @Override
  public SpecialCircumstanceGroup getGroup() {
    return this;
  }

  /** {@return the article of Decree 56/2017/NĐ-CP that details this group} */
  public int getDecreeArticle() {
    return decreeArticle;
  }

  /** {@return the legal reference of this group: Law on Children 2016, Art. 10 (1), point letter} */
  @Override
  public LegalReference getLegalReference() {
    return LegalReference.LAW_ON_CHILDREN_2016.withArticle("10", "1." + pointLetter);
  }

  /** {@return the sub-groups of this group in Decree 56/2017, in their order} */
  public List<SpecialCircumstanceSubgroup> getSubgroups() {
    return SpecialCircumstanceSubgroup.ofGroup(this);
  }

  /** {@return how many sub-groups Decree 56/2017 defines for this group} */
  public int getSubgroupCount() {
    return subgroupCount;
  }

  /**
   * Whether a child in this group must be protected by small-number suppression when figures are
   * published (abuse, exploitation, trafficking, HIV, conflict with the law: DD, E, G, I, K, L,
   * M; docs/indicators.md §8; docs/domain.md §1.2).
   *
   * @return true for a sensitive group
   */
  public boolean isSensitive() {
    return switch (this) {
      case DD, E, G, I, K, L, M -> true;
      default -> false;
    };
  }

  /**
   * Finds a group by its code (case-insensitive, surrounding spaces ignored; {@code "Đ"} is read
   * as {@code "DD"}).
   *
   * @param code the code, e.g. {@code "dd"}
   * @return the group, or empty when no group has that code
   */
  public static Optional<SpecialCircumstanceGroup> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip().toUpperCase(Locale.ROOT).replace("Đ", "DD");
    for (SpecialCircumstanceGroup g : values()) {
      if (g.name().equals(c)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
