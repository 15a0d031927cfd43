package io.github.treem.indicators.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.taxonomy.Sex;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NameGeneratorTest {

  @Test
  void deterministicVietnameseLookingNames() {
    SplittableRandom a = new SplittableRandom(3);
    SplittableRandom b = new SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      Sex sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
      String n = NameGenerator.fullName(a, sex);
      assertThat(n).isEqualTo(NameGenerator.fullName(b, sex));
      assertThat(n.split(" ")).hasSizeBetween(3, 4);
      if (sex == Sex.MALE) {
        assertThat(n).doesNotContain(" Thị ").doesNotContain("Tôn Nữ");
      }
    }
  }
}
