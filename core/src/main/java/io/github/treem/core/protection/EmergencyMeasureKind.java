package io.github.treem.core.protection;

import io.github.treem.core.taxonomy.LegalReference;
import org.apiguardian.api.API;

/**
 * The emergency measures of Decree 56/2017 for a child who needs emergency protection (Điều 26
 * khoản 3): emergency intervention (Điều 31) or temporary separation from the parents or
 * caregiver with alternative care (Điều 32), both within 12 hours of receiving the information.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum EmergencyMeasureKind {
  /** Emergency intervention (can thiệp khẩn cấp): stopping the harm with the police, first aid, keeping evidence. */
  EMERGENCY_INTERVENTION("31", "Can thiệp trong trường hợp trẻ em cần được bảo vệ khẩn cấp", "Emergency intervention"),
  /** Temporary separation (tạm thời cách ly) from parents or caregiver, with a safe place and alternative care. */
  TEMPORARY_SEPARATION("32", "Tạm thời cách ly trẻ em khỏi cha, mẹ, người chăm sóc trẻ em", "Temporary separation from parents or caregiver");

  private final String article;
  private final String nameVi;
  private final String nameEn;

  EmergencyMeasureKind(String article, String nameVi, String nameEn) {
    this.article = article;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the Vietnamese name} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  public String getNameEn() {
    return nameEn;
  }

  /** {@return Decree 56/2017, the article of this measure} */
  public LegalReference getLegalReference() {
    return LegalReference.DECREE_56_2017.withArticle(article, null);
  }
}
