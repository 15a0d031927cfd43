package io.github.treem.indicators.synthetic;

import io.github.treem.core.taxonomy.Sex;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * Vietnamese-looking synthetic full names (họ, tên đệm, tên) drawn from common components, so
 * that synthetic registers look real without holding anybody's personal data.
 *
 * <p>Implementation requirements: stateless and thread-safe; the randomness comes from the
 * caller's generator.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NameGenerator {

  private static final List<String> FAMILY = List.of(
      "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
      "Võ", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đoàn", "Hà", "Lương", "Tôn Nữ");
  private static final List<String> MIDDLE_MALE = List.of("Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Gia");
  private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thị", "Ngọc", "Thu", "Minh", "Khánh", "Bảo", "Thanh", "Diệu");
  private static final List<String> GIVEN_MALE = List.of(
      "An", "Bảo", "Bình", "Cường", "Dũng", "Duy", "Hải", "Hiếu", "Hoàng", "Huy", "Hùng", "Khang", "Khoa", "Kiên",
      "Long", "Lộc", "Minh", "Nam", "Nhân", "Phát", "Phong", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Thịnh", "Tín",
      "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Vũ");
  private static final List<String> GIVEN_FEMALE = List.of(
      "An", "Anh", "Châu", "Chi", "Diệp", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh",
      "Mai", "My", "Ngân", "Nhi", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thư", "Trang", "Trâm",
      "Uyên", "Vân", "Vy", "Xuân", "Yến");

  private NameGenerator() {}

  /**
   * A synthetic full name.
   *
   * @param random the source of randomness
   * @param sex the sex (chooses the middle and given names)
   * @return a name such as {@code "Nguyễn Thị Mai"}
   */
  public static String fullName(SplittableRandom random, Sex sex) {
    Objects.requireNonNull(random, "random must not be null");
    boolean male = sex == Sex.MALE;
    String family = pick(random, FAMILY);
    if (family.equals("Tôn Nữ") && male) {
      family = "Tôn Thất";
    }
    return family + " " + pick(random, male ? MIDDLE_MALE : MIDDLE_FEMALE) + " "
        + pick(random, male ? GIVEN_MALE : GIVEN_FEMALE);
  }

  private static String pick(SplittableRandom r, List<String> list) {
    return list.get(r.nextInt(list.size()));
  }
}
