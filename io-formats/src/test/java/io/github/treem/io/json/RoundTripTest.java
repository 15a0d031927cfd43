package io.github.treem.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.ResponsibleUnit;
import io.github.treem.core.plan.Target;
import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** decode(encode(x)) == x for every type, over seeded random instances. */
class RoundTripTest {
  private static final TreemJson JSON = TreemJson.strict();

  private static <T> void roundTrip(T value, Class<T> type) {
    String text = JSON.toJson(value);
    assertThat(text).doesNotContain("null");
    assertThat(JSON.read(text, type)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2020, 19885})
  void childrenRoundTrip(long seed) {
    TreemGen gen = new TreemGen(seed);
    for (int i = 0; i < 300; i++) {
      Child c = gen.child();
      roundTrip(c, Child.class);
      assertThat(JSON.readChild(JSON.writeChild(c))).isEqualTo(c);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 8, 9})
  void supportingTypesRoundTrip(long seed) {
    TreemGen gen = new TreemGen(seed);
    for (int i = 0; i < 200; i++) {
      roundTrip(gen.legalReference(), LegalReference.class);
      roundTrip(gen.location(), Location.class);
      roundTrip(gen.issue(), Issue.class);
      roundTrip(gen.report(), ValidationReport.class);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23})
  void plansRoundTrip(long seed) {
    TreemGen gen = new TreemGen(seed);
    for (int i = 0; i < 200; i++) {
      Plan p = gen.plan();
      roundTrip(p, Plan.class);
      assertThat(JSON.readPlan(JSON.writePlan(p))).isEqualTo(p);
      roundTrip(gen.administrativeUnit(), AdministrativeUnit.class);
      for (Target t : p.getTargets()) {
        roundTrip(t, Target.class);
      }
      for (ResponsibleUnit u : p.getResponsibleUnits()) {
        roundTrip(u, ResponsibleUnit.class);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12})
  void lenientReadsWhatStrictWrites(long seed) {
    TreemGen gen = new TreemGen(seed);
    for (int i = 0; i < 100; i++) {
      Child c = gen.child();
      assertThat(TreemJson.lenient().readChild(JSON.writeChild(c))).isEqualTo(c);
    }
  }
}
