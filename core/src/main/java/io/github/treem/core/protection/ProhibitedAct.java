package io.github.treem.core.protection;

import io.github.treem.core.taxonomy.LegalReference;
import org.apiguardian.api.API;

/**
 * The prohibited acts (các hành vi bị nghiêm cấm) of the Law on Children 2016, Điều 6, one per
 * clause (khoản 1-15). The names are treem's short forms of the clauses (text checked against the
 * law, Pháp điển extract); {@link #getClause()} gives the clause number.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ProhibitedAct implements HarmKind {
  /** Khoản 1: depriving a child of the right to life. */
  DEPRIVING_OF_LIFE(1, "Tước đoạt quyền sống của trẻ em", "Depriving a child of life"),
  /** Khoản 2: abandoning, neglecting, selling, abducting, swapping or appropriating a child. */
  ABANDONING_SELLING_ABDUCTING(2, "Bỏ rơi, bỏ mặc, mua bán, bắt cóc, đánh tráo, chiếm đoạt trẻ em",
      "Abandoning, neglecting, selling, abducting, swapping or appropriating a child"),
  /** Khoản 3: sexual abuse, violence, abuse, exploitation of a child. */
  SEXUAL_ABUSE_VIOLENCE_EXPLOITATION(3, "Xâm hại tình dục, bạo lực, lạm dụng, bóc lột trẻ em",
      "Sexual abuse, violence, abuse or exploitation of a child"),
  /** Khoản 4: organising, aiding, inciting or forcing child marriage. */
  CHILD_MARRIAGE(4, "Tổ chức, hỗ trợ, xúi giục, ép buộc trẻ em tảo hôn", "Organising, aiding, inciting or forcing child marriage"),
  /** Khoản 5: using or inducing a child to break the law or insult others. */
  INDUCING_TO_BREAK_THE_LAW(5, "Sử dụng, lôi kéo, ép buộc trẻ em thực hiện hành vi vi phạm pháp luật, xúc phạm danh dự, nhân phẩm người khác",
      "Using, inducing or forcing a child to break the law or insult others"),
  /** Khoản 6: obstructing a child's rights and duties. */
  OBSTRUCTING_RIGHTS(6, "Cản trở trẻ em thực hiện quyền và bổn phận của mình", "Obstructing a child's rights and duties"),
  /** Khoản 7: withholding or concealing information on an abused or endangered child. */
  CONCEALING_INFORMATION(7, "Không cung cấp hoặc che giấu, ngăn cản việc cung cấp thông tin về trẻ em bị xâm hại hoặc có nguy cơ bị bóc lột, bị bạo lực",
      "Withholding or concealing information on a child abused or at risk of exploitation or violence"),
  /** Khoản 8: stigmatising or discriminating against a child. */
  DISCRIMINATION(8, "Kỳ thị, phân biệt đối xử với trẻ em", "Stigmatising or discriminating against a child"),
  /** Khoản 9: selling or giving alcohol, tobacco, addictive substances or unsafe food to a child. */
  HARMFUL_SUBSTANCES(9, "Bán cho trẻ em hoặc cho trẻ em sử dụng rượu, bia, thuốc lá, chất gây nghiện, chất kích thích, thực phẩm không an toàn",
      "Selling or giving a child alcohol, tobacco, addictive or stimulant substances, or unsafe food"),
  /** Khoản 10: providing services or products for children with content harmful to their development. */
  HARMFUL_PRODUCTS_AND_SERVICES(10, "Cung cấp dịch vụ, sản phẩm phục vụ trẻ em có nội dung ảnh hưởng đến sự phát triển lành mạnh của trẻ em",
      "Services or products for children with content harmful to their development"),
  /** Khoản 11: disclosing a child's private life or secrets without consent. */
  DISCLOSING_PRIVATE_INFORMATION(11, "Công bố, tiết lộ thông tin về đời sống riêng tư, bí mật cá nhân của trẻ em khi không được đồng ý",
      "Disclosing a child's private life or personal secrets without consent"),
  /** Khoản 12: abusing alternative care, or the state's and donors' support for children, for gain. */
  ABUSING_CARE_OR_SUPPORT(12, "Lợi dụng việc nhận chăm sóc thay thế để xâm hại trẻ em; lợi dụng chính sách, hỗ trợ dành cho trẻ em để trục lợi",
      "Abusing alternative care to harm a child, or support meant for children for gain"),
  /** Khoản 13: placing polluting, toxic or explosive facilities near children's facilities, or the reverse. */
  HAZARDS_NEAR_CHILDREN(13, "Đặt cơ sở gây ô nhiễm, độc hại, có nguy cơ cháy, nổ gần cơ sở dành cho trẻ em",
      "Polluting, toxic or explosive facilities near facilities for children"),
  /** Khoản 14: encroaching on or misusing infrastructure for children's learning, play and protection. */
  MISUSING_CHILDREN_INFRASTRUCTURE(14, "Lấn chiếm, sử dụng sai mục đích cơ sở hạ tầng dành cho học tập, vui chơi, giải trí, dịch vụ bảo vệ trẻ em",
      "Encroaching on or misusing infrastructure for children's learning, play and protection"),
  /** Khoản 15: refusing, or failing to give fully and in time, support, intervention or treatment. */
  REFUSING_SUPPORT(15, "Từ chối, không thực hiện hoặc thực hiện không đầy đủ, không kịp thời việc hỗ trợ, can thiệp, điều trị trẻ em",
      "Refusing or failing to give support, intervention or treatment fully and in time");

  private final int clause;
  private final String nameVi;
  private final String nameEn;

  ProhibitedAct(int clause, String nameVi, String nameEn) {
    this.clause = clause;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  @Override
  public String getCode() {
    return name();
  }

  /** {@return the clause (khoản) of Điều 6, 1-15} */
  public int getClause() {
    return clause;
  }

  @Override
  public String getNameVi() {
    return nameVi;
  }

  @Override
  public String getNameEn() {
    return nameEn;
  }

  /** {@return the Law on Children 2016, Điều 6 and this act's clause} */
  @Override
  public LegalReference getLegalReference() {
    return LegalReference.LAW_ON_CHILDREN_2016.withArticle("6", Integer.toString(clause));
  }
}
