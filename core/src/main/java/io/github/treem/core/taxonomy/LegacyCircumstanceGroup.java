package io.github.treem.core.taxonomy;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The 11 groups of children in special circumstances of the 2004 law (Luật Bảo vệ, chăm sóc và
 * giáo dục trẻ em 25/2004/QH11, in force 1 January 2005 to 31 May 2017), from which a commune plan's
 * "11 nhóm trẻ em có hoàn cảnh đặc biệt khó khăn" almost certainly comes (docs/domain.md
 * §1.5). The law's sentence lists ten items separated by semicolons, the first bundling two
 * categories; split, they give these eleven groups in the law's order.
 *
 * <p>This is a legacy taxonomy for importing old data, not current law: the 2016 groups are
 * {@link SpecialCircumstanceGroup}; {@link LegacyMapping} relates the two. The article is commonly
 * cited as Art. 40 of the 2004 law; the text is confirmed but the article label itself was not
 * seen in the sources (UNCONFIRMED), and no circular listing exactly "11 nhóm" was found.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum LegacyCircumstanceGroup {
  /** 1. Orphans without support (Trẻ em mồ côi không nơi nương tựa). */
  ORPHAN_WITHOUT_SUPPORT(1, "Trẻ em mồ côi không nơi nương tựa", "Orphans without support"),
  /** 2. Abandoned children (Trẻ em bị bỏ rơi). */
  ABANDONED(2, "Trẻ em bị bỏ rơi", "Abandoned children"),
  /** 3. Children with disabilities or impairments (Trẻ em khuyết tật, tàn tật). */
  DISABLED(3, "Trẻ em khuyết tật, tàn tật", "Children with disabilities/impairments"),
  /** 4. Child victims of toxic chemicals, Agent Orange/dioxin (Trẻ em là nạn nhân của chất độc hoá học). */
  TOXIC_CHEMICAL_VICTIM(4, "Trẻ em là nạn nhân của chất độc hoá học",
      "Child victims of toxic chemicals (Agent Orange/dioxin)"),
  /** 5. Children living with HIV/AIDS (Trẻ em nhiễm HIV/AIDS). */
  HIV_AIDS(5, "Trẻ em nhiễm HIV/AIDS", "Children living with HIV/AIDS"),
  /** 6. Children doing heavy, dangerous or toxic work (Trẻ em phải làm việc nặng nhọc, nguy hiểm, tiếp xúc với chất độc hại). */
  HEAVY_DANGEROUS_WORK(6, "Trẻ em phải làm việc nặng nhọc, nguy hiểm, tiếp xúc với chất độc hại",
      "Children doing heavy, dangerous or toxic work"),
  /** 7. Children working away from their families (Trẻ em phải làm việc xa gia đình). */
  WORKING_AWAY_FROM_FAMILY(7, "Trẻ em phải làm việc xa gia đình", "Children working away from their families"),
  /** 8. Street (wandering) children (Trẻ em lang thang). */
  STREET_CHILDREN(8, "Trẻ em lang thang", "Street (wandering) children"),
  /** 9. Sexually abused children (Trẻ em bị xâm hại tình dục). */
  SEXUALLY_ABUSED(9, "Trẻ em bị xâm hại tình dục", "Sexually abused children"),
  /** 10. Drug-addicted children (Trẻ em nghiện ma tuý). */
  DRUG_ADDICTED(10, "Trẻ em nghiện ma tuý", "Drug-addicted children"),
  /** 11. Children in conflict with the law (Trẻ em vi phạm pháp luật). */
  IN_CONFLICT_WITH_LAW(11, "Trẻ em vi phạm pháp luật", "Children in conflict with the law");

  /**
   * The legal reference of the 2004 list: Law 25/2004/QH11, Art. 40. The article number is
   * UNCONFIRMED (docs/domain.md §13, item 11): the text is confirmed, the label was not seen.
   */
  public static final LegalReference LAW_ON_CHILDREN_2004_ART_40 = LegalReference.LAW_ON_CHILDREN_2004.withArticle("40", null);

  private final int number;
  private final String nameVi;
  private final String nameEn;

  LegacyCircumstanceGroup(int number, String nameVi, String nameEn) {
    this.number = number;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the number of the group in the law's order, 1..11} */
  public int getNumber() {
    return number;
  }

  /** {@return the Vietnamese name as in the 2004 law} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  public String getNameEn() {
    return nameEn;
  }

  /**
   * {@return the legal reference: Law 25/2004/QH11, Art. 40 (the article number is UNCONFIRMED)}
   */
  public LegalReference getLegalReference() {
    return LAW_ON_CHILDREN_2004_ART_40;
  }

  /** {@return how this group maps to the 2016 taxonomy (analytical, not legal)} */
  public LegacyMappingEntry getMapping() {
    return LegacyMapping.of(this);
  }

  /**
   * The group with a number.
   *
   * @param number the number, 1..11
   * @return the group, or empty when the number is out of range
   */
  public static Optional<LegacyCircumstanceGroup> fromNumber(int number) {
    return number >= 1 && number <= values().length ? Optional.of(values()[number - 1]) : Optional.empty();
  }
}
