package io.github.treem.core.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The 48 sub-groups of children in special circumstances of Decree 56/2017/NĐ-CP, Art. 3-16
 * (in force from 1 July 2017), each within one {@link SpecialCircumstanceGroup}.
 *
 * <p>Codes are the group code followed by the sub-group's number within the group's article
 * ({@code A1}..{@code O3}); Vietnamese names are abridged where the decree repeats its group's
 * wording. A child may be in several sub-groups at once (e.g. D2 and N1).
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum SpecialCircumstanceSubgroup implements CircumstanceCode {
  /** Double orphan, no caregiver. */
  A1(SpecialCircumstanceGroup.A, 1, "Mồ côi cả cha và mẹ không có người chăm sóc", "Double orphan, no caregiver"),
  /** … in a child-protection service facility or social-assistance facility. */
  A2(SpecialCircumstanceGroup.A, 2, "… được nuôi dưỡng trong cơ sở cung cấp dịch vụ bảo vệ trẻ em hoặc cơ sở trợ giúp xã hội", "… in a child-protection service facility or social-assistance facility"),
  /** … living with relatives. */
  A3(SpecialCircumstanceGroup.A, 3, "… sống với người thân thích", "… living with relatives"),
  /** … in alternative care by non-relatives (not adoption). */
  A4(SpecialCircumstanceGroup.A, 4, "… được nhận chăm sóc thay thế bởi cá nhân, gia đình không phải người thân thích, trừ trường hợp được nhận làm con nuôi", "… in alternative care by non-relatives (not adoption)"),
  /** Abandoned, not yet in alternative care. */
  B1(SpecialCircumstanceGroup.B, 1, "Trẻ em bị bỏ rơi chưa được chăm sóc thay thế", "Abandoned, not yet in alternative care"),
  /** Abandoned, in alternative care. */
  B2(SpecialCircumstanceGroup.B, 2, "Trẻ em bị bỏ rơi được chăm sóc thay thế", "Abandoned, in alternative care"),
  /** One parent dead, the other legally declared missing. */
  C1(SpecialCircumstanceGroup.C, 1, "Mồ côi cha hoặc mẹ và người còn lại mất tích theo quy định của pháp luật", "One parent dead, the other legally declared missing"),
  /** One parent dead, other in a social-assistance facility or unable to care. */
  C2(SpecialCircumstanceGroup.C, 2, "Mồ côi cha hoặc mẹ và người còn lại đang hưởng chế độ chăm sóc, nuôi dưỡng tại cơ sở trợ giúp xã hội hoặc không còn khả năng chăm sóc, nuôi dưỡng", "One parent dead, other in a social-assistance facility or unable to care"),
  /** One parent dead, other imprisoned / in compulsory education or rehab facility. */
  C3(SpecialCircumstanceGroup.C, 3, "Mồ côi cha hoặc mẹ và người còn lại đang chấp hành án phạt tù tại trại giam hoặc đang chấp hành quyết định đưa vào cơ sở giáo dục bắt buộc, cơ sở cai nghiện bắt buộc", "One parent dead, other imprisoned / in compulsory education or rehab facility"),
  /** Both parents legally missing. */
  C4(SpecialCircumstanceGroup.C, 4, "Cả cha và mẹ mất tích theo quy định của pháp luật", "Both parents legally missing"),
  /** One missing, other in social-assistance facility. */
  C5(SpecialCircumstanceGroup.C, 5, "Cha hoặc mẹ mất tích … và người còn lại đang hưởng chế độ … tại cơ sở trợ giúp xã hội", "One missing, other in social-assistance facility"),
  /** One missing, other imprisoned / in compulsory facility. */
  C6(SpecialCircumstanceGroup.C, 6, "Cha hoặc mẹ mất tích … và người còn lại đang chấp hành án phạt tù / cơ sở giáo dục bắt buộc / cai nghiện bắt buộc", "One missing, other imprisoned / in compulsory facility"),
  /** Both parents unable to care. */
  C7(SpecialCircumstanceGroup.C, 7, "Cả cha và mẹ không còn khả năng chăm sóc trẻ em", "Both parents unable to care"),
  /** Both parents in social-assistance facility. */
  C8(SpecialCircumstanceGroup.C, 8, "Cả cha và mẹ đang hưởng chế độ … tại cơ sở trợ giúp xã hội", "Both parents in social-assistance facility"),
  /** Both parents imprisoned / in compulsory facility. */
  C9(SpecialCircumstanceGroup.C, 9, "Cả cha và mẹ đang chấp hành án phạt tù / cơ sở giáo dục bắt buộc / cai nghiện bắt buộc", "Both parents imprisoned / in compulsory facility"),
  /** One in social-assistance facility, other imprisoned / in compulsory facility. */
  C10(SpecialCircumstanceGroup.C, 10, "Cha hoặc mẹ đang hưởng chế độ … tại cơ sở trợ giúp xã hội và người còn lại đang chấp hành án phạt tù / …", "One in social-assistance facility, other imprisoned / in compulsory facility"),
  /** Both parents are themselves children (under 16). */
  C11(SpecialCircumstanceGroup.C, 11, "Trẻ em sống trong gia đình có cả cha và mẹ trong độ tuổi trẻ em", "Both parents are themselves children (under 16)"),
  /** Both parents' parental rights restricted, or child temporarily separated from them by law. */
  C12(SpecialCircumstanceGroup.C, 12, "Cả cha và mẹ bị hạn chế quyền làm cha mẹ hoặc tạm thời cách ly khỏi cha hoặc mẹ theo quy định của pháp luật", "Both parents' parental rights restricted, or child temporarily separated from them by law"),
  /** Extremely severe disability. */
  D1(SpecialCircumstanceGroup.D, 1, "Trẻ em khuyết tật đặc biệt nặng", "Extremely severe disability"),
  /** Severe disability. */
  D2(SpecialCircumstanceGroup.D, 2, "Trẻ em khuyết tật nặng", "Severe disability"),
  /** Mild disability. */
  D3(SpecialCircumstanceGroup.D, 3, "Trẻ em khuyết tật nhẹ", "Mild disability"),
  /** Living with HIV/AIDS. */
  DD1(SpecialCircumstanceGroup.DD, 1, "Trẻ em nhiễm HIV/AIDS theo quy định pháp luật", "Living with HIV/AIDS"),
  /** Under administrative measure: education at commune, reformatory, or family-management substitute measure. */
  E1(SpecialCircumstanceGroup.E, 1, "Đang bị áp dụng biện pháp xử lý hành chính giáo dục tại xã, phường, thị trấn hoặc đưa vào trường giáo dưỡng; đang bị áp dụng biện pháp thay thế xử lý vi phạm hành chính quản lý tại gia đình", "Under administrative measure: education at commune, reformatory, or family-management substitute measure"),
  /** No stable residence, serving commune-education measure at a service/social-assistance facility. */
  E2(SpecialCircumstanceGroup.E, 2, "Chưa xác định được nơi cư trú ổn định, đang chấp hành biện pháp xử lý hành chính giáo dục tại xã … tại cơ sở cung cấp dịch vụ bảo vệ trẻ em, cơ sở trợ giúp xã hội", "No stable residence, serving commune-education measure at a service/social-assistance facility"),
  /** Under judicial measure or criminal penalty (non-custodial reform, prison, suspended sentence). */
  E3(SpecialCircumstanceGroup.E, 3, "Đang bị áp dụng biện pháp tư pháp giáo dục tại xã … hoặc đưa vào trường giáo dưỡng; đang bị áp dụng hình phạt cải tạo không giam giữ, tù có thời hạn hoặc tù có thời hạn nhưng được hưởng án treo", "Under judicial measure or criminal penalty (non-custodial reform, prison, suspended sentence)"),
  /** Completed prison term or reformatory. */
  E4(SpecialCircumstanceGroup.E, 4, "Chấp hành xong hình phạt tù có thời hạn hoặc chấp hành xong biện pháp đưa vào trường giáo dưỡng", "Completed prison term or reformatory"),
  /** Addicted, in rehab facility. */
  G1(SpecialCircumstanceGroup.G, 1, "Nghiện ma túy trong cơ sở cai nghiện", "Addicted, in rehab facility"),
  /** Addicted, family/community-based treatment. */
  G2(SpecialCircumstanceGroup.G, 2, "Nghiện ma túy đang áp dụng biện pháp cai nghiện, điều trị nghiện tại gia đình, cộng đồng", "Addicted, family/community-based treatment"),
  /** Dropped out to earn a living, no caregiver. */
  H1(SpecialCircumstanceGroup.H, 1, "Bỏ học kiếm sống … không có người chăm sóc", "Dropped out to earn a living, no caregiver"),
  /** Dropped out to earn a living, living with parents/caregiver. */
  H2(SpecialCircumstanceGroup.H, 2, "Bỏ học kiếm sống … sống cùng cha, mẹ hoặc người chăm sóc", "Dropped out to earn a living, living with parents/caregiver"),
  /** Violence causing mental/behavioural disorder or limited communication/learning/self-care, certified by an assessment body, health facility or qualified expert. */
  I1(SpecialCircumstanceGroup.I, 1, "Bị bạo lực dẫn đến rối loạn tâm thần, hành vi, hạn chế khả năng giao tiếp, học tập hoặc tự phục vụ … theo kết luận của cơ quan giám định, cơ sở khám bệnh, chữa bệnh hoặc người có chuyên môn", "Violence causing mental/behavioural disorder or limited communication/learning/self-care, certified by an assessment body, health facility or qualified expert"),
  /** Forced into unlawful labour. */
  K1(SpecialCircumstanceGroup.K, 1, "Bị bắt buộc tham gia lao động trái quy định của pháp luật về lao động", "Forced into unlawful labour"),
  /** Induced/forced into pornographic performance/production. */
  K2(SpecialCircumstanceGroup.K, 2, "Bị rủ rê, xúi giục, … ép buộc tham gia trình diễn hoặc bị sử dụng trong sản xuất các sản phẩm khiêu dâm", "Induced/forced into pornographic performance/production"),
  /** Sexually abused in tourism; given/received/supplied for prostitution. */
  K3(SpecialCircumstanceGroup.K, 3, "… tham gia hoạt động du lịch mà bị xâm hại tình dục; bị cho, nhận hoặc cung cấp để hoạt động mại dâm", "Sexually abused in tourism; given/received/supplied for prostitution"),
  /** Used in drug/contraband transport, trade, production, storage. */
  K4(SpecialCircumstanceGroup.K, 4, "… tham gia vận chuyển, mua bán, sản xuất, tàng trữ chất gây nghiện và hàng hóa cấm", "Used in drug/contraband transport, trade, production, storage"),
  /** Other profiteering activities. */
  K5(SpecialCircumstanceGroup.K, 5, "… tham gia các hoạt động trục lợi khác", "Other profiteering activities"),
  /** Raped. */
  L1(SpecialCircumstanceGroup.L, 1, "Bị hiếp dâm", "Raped"),
  /** Coerced into sexual intercourse. */
  L2(SpecialCircumstanceGroup.L, 2, "Bị cưỡng dâm", "Coerced into sexual intercourse"),
  /** Subjected to sexual intercourse (statutory offence with a child). */
  L3(SpecialCircumstanceGroup.L, 3, "Bị giao cấu", "Subjected to sexual intercourse (statutory offence with a child)"),
  /** Molested (lewd acts). */
  L4(SpecialCircumstanceGroup.L, 4, "Bị dâm ô", "Molested (lewd acts)"),
  /** Used for prostitution/pornography in any form. */
  L5(SpecialCircumstanceGroup.L, 5, "Bị sử dụng vào mục đích mại dâm, khiêu dâm dưới mọi hình thức", "Used for prostitution/pornography in any form"),
  /** Trafficked, returned to parents. */
  M1(SpecialCircumstanceGroup.M, 1, "Bị mua bán trở về sống với cha, mẹ", "Trafficked, returned to parents"),
  /** Trafficked, returned to alternative care. */
  M2(SpecialCircumstanceGroup.M, 2, "Bị mua bán trở về được nhận chăm sóc thay thế", "Trafficked, returned to alternative care"),
  /** Poor household, serious/long-term illness. */
  N1(SpecialCircumstanceGroup.N, 1, "Thuộc hộ nghèo mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày", "Poor household, serious/long-term illness"),
  /** Near-poor household, serious/long-term illness. */
  N2(SpecialCircumstanceGroup.N, 2, "Thuộc hộ cận nghèo mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày", "Near-poor household, serious/long-term illness"),
  /** Vietnamese citizen, internal migrant/displaced, parents unidentified or no caregiver. */
  O1(SpecialCircumstanceGroup.O, 1, "Công dân Việt Nam di cư, lánh nạn trong nước chưa xác định được cha mẹ hoặc không có người chăm sóc", "Vietnamese citizen, internal migrant/displaced, parents unidentified or no caregiver"),
  /** Foreign national migrant/displaced/refugee without caregiver. */
  O2(SpecialCircumstanceGroup.O, 2, "Có quốc tịch nước ngoài di cư, lánh nạn, tị nạn không có người chăm sóc", "Foreign national migrant/displaced/refugee without caregiver"),
  /** Nationality/parents unidentified or no caregiver, migrating/fleeing into Viet Nam. */
  O3(SpecialCircumstanceGroup.O, 3, "Chưa xác định được quốc tịch, chưa xác định được cha mẹ hoặc không có người chăm sóc di cư, lánh nạn, tị nạn vào Việt Nam", "Nationality/parents unidentified or no caregiver, migrating/fleeing into Viet Nam");

  private static final Map<SpecialCircumstanceGroup, List<SpecialCircumstanceSubgroup>> BY_GROUP;

  static {
    Map<SpecialCircumstanceGroup, List<SpecialCircumstanceSubgroup>> m = new EnumMap<>(SpecialCircumstanceGroup.class);
    for (SpecialCircumstanceSubgroup s : values()) {
      m.computeIfAbsent(s.group, g -> new ArrayList<>()).add(s);
    }
    m.replaceAll((g, l) -> Collections.unmodifiableList(l));
    BY_GROUP = Collections.unmodifiableMap(m);
  }

  private final SpecialCircumstanceGroup group;
  private final int number;
  private final String nameVi;
  private final String nameEn;

  SpecialCircumstanceSubgroup(SpecialCircumstanceGroup group, int number, String nameVi, String nameEn) {
    this.group = group;
    this.number = number;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the code, e.g. {@code "DD1"}} */
  @Override
  public String getCode() {
    return name();
  }

  /** {@return the group this sub-group belongs to} */
  @Override
  public SpecialCircumstanceGroup getGroup() {
    return group;
  }

  /** {@return the number of this sub-group within its group (1-based)} */
  public int getNumber() {
    return number;
  }

  /** {@return the Vietnamese name (abridged where marked with an ellipsis)} */
  @Override
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  @Override
  public String getNameEn() {
    return nameEn;
  }

  /** {@return Decree 56/2017/NĐ-CP, the article of this sub-group's group} */
  @Override
  public LegalReference getLegalReference() {
    return LegalReference.DECREE_56_2017.withArticle(Integer.toString(group.getDecreeArticle()), null);
  }

  /**
   * The sub-groups of one group.
   *
   * @param group the group
   * @return its sub-groups in order, unmodifiable
   */
  public static List<SpecialCircumstanceSubgroup> ofGroup(SpecialCircumstanceGroup group) {
    return BY_GROUP.getOrDefault(group, List.of());
  }

  /**
   * Finds a sub-group by its code (case-insensitive, surrounding spaces ignored, {@code Đ} read as
   * {@code DD}).
   *
   * @param code the code, e.g. {@code "c10"}
   * @return the sub-group, or empty
   */
  public static Optional<SpecialCircumstanceSubgroup> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip().toUpperCase(Locale.ROOT).replace("Đ", "DD");
    for (SpecialCircumstanceSubgroup s : values()) {
      if (s.name().equals(c)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
