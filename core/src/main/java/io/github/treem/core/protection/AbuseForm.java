package io.github.treem.core.protection;

import io.github.treem.core.taxonomy.LegalReference;
import org.apiguardian.api.API;

/**
 * The forms of abuse of a child (xâm hại trẻ em) of the Law on Children 2016, Điều 4 khoản 5
 * ("hành vi gây tổn hại về thể chất, tình cảm, tâm lý, danh dự, nhân phẩm của trẻ em dưới các
 * hình thức bạo lực, bóc lột, xâm hại tình dục, mua bán, bỏ rơi, bỏ mặc trẻ em và các hình thức
 * gây tổn hại khác"), with the clause that defines each (khoản 6-9). Text checked against the
 * law (Pháp điển extract).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AbuseForm implements HarmKind {
  /** Violence (bạo lực trẻ em), khoản 6. */
  VIOLENCE("6", "Bạo lực trẻ em", "Violence against a child"),
  /** Exploitation (bóc lột trẻ em), khoản 7. */
  EXPLOITATION("7", "Bóc lột trẻ em", "Exploitation of a child"),
  /** Sexual abuse (xâm hại tình dục trẻ em), khoản 8. */
  SEXUAL_ABUSE("8", "Xâm hại tình dục trẻ em", "Sexual abuse of a child"),
  /** Trafficking (mua bán trẻ em), named in khoản 5. */
  TRAFFICKING("5", "Mua bán trẻ em", "Trafficking of a child"),
  /** Abandonment (bỏ rơi trẻ em), khoản 9. */
  ABANDONMENT("9", "Bỏ rơi trẻ em", "Abandonment of a child"),
  /** Neglect (bỏ mặc trẻ em), khoản 9. */
  NEGLECT("9", "Bỏ mặc trẻ em", "Neglect of a child"),
  /** Other forms of harm (các hình thức gây tổn hại khác), khoản 5. */
  OTHER_HARM("5", "Hình thức gây tổn hại khác", "Other harm");

  private final String clause;
  private final String nameVi;
  private final String nameEn;

  AbuseForm(String clause, String nameVi, String nameEn) {
    this.clause = clause;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  @Override
  public String getCode() {
    return name();
  }

  @Override
  public String getNameVi() {
    return nameVi;
  }

  @Override
  public String getNameEn() {
    return nameEn;
  }

  /** {@return the Law on Children 2016, Điều 4 and the clause that names or defines this form} */
  @Override
  public LegalReference getLegalReference() {
    return LegalReference.LAW_ON_CHILDREN_2016.withArticle("4", clause);
  }
}
