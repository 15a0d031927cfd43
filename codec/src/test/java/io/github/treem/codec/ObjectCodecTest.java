package io.github.treem.codec;

import static io.github.treem.codec.Recorder.name;
import static io.github.treem.codec.Recorder.num;
import static io.github.treem.codec.Recorder.str;
import static io.github.treem.codec.Recorder.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.codec.Recorder.Problem;
import io.github.treem.codec.Recorder.Tok;
import io.github.treem.codec.internal.ReadLimits;
import io.github.treem.codec.internal.Token;
import io.github.treem.codec.internal.model.CoreCodecs;
import io.github.treem.codec.internal.model.PlanCodecs;
import io.github.treem.core.Child;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The property tables' rules, through a token list (no JSON library). */
class ObjectCodecTest {
  private static Recorder.Reader in(Tok... tokens) {
    return new Recorder.Reader(Arrays.asList(tokens));
  }

  private static Child child(Tok... tokens) {
    return CoreCodecs.CHILD.read(in(tokens), Object.class);
  }

  private static Problem problem(Runnable r) {
    try {
      r.run();
    } catch (Problem p) {
      return p;
    }
    throw new AssertionError("no problem");
  }

  @Test
  void readsThroughTheBuilder() {
    Child c = child(t(Token.START_OBJECT), name("id"), str("a"), name("sex"), str("MALE"),
        name("measurements"), t(Token.START_ARRAY), t(Token.START_OBJECT), name("measuredOn"), str("2020-01-01"),
        name("weightKg"), num("12.5"), t(Token.END_OBJECT), t(Token.END_ARRAY), t(Token.END_OBJECT));
    assertThat(c).isEqualTo(Child.builder().id("a").sex(Sex.MALE).addMeasurements(GrowthMeasurement.builder()
        .measuredOn(LocalDate.of(2020, 1, 1)).weightKg(12.5).build()).build());
  }

  @Test
  void writesInTableOrderLeavingOutWhatIsAbsent() {
    Recorder.Writer w = new Recorder.Writer();
    CoreCodecs.CHILD.write(Child.builder().sex(Sex.FEMALE).id("b").build(), w);
    assertThat(w.out).hasToString("{\"id\":\"b\",\"sex\":\"FEMALE\"}");
    Recorder.Writer r = new Recorder.Writer();
    CoreCodecs.VALIDATION_REPORT.write(ValidationReport.of(List.of()), r);
    // a list that is always written, and a derived boolean
    assertThat(r.out).hasToString("{\"valid\":true,\"issues\":[]}");
    Recorder.Writer i = new Recorder.Writer();
    CoreCodecs.ISSUE.write(Issue.of("X", Severity.ERROR, Location.unknown(), "vi", "en"), i);
    assertThat(i.out).hasToString("{\"code\":\"X\",\"severity\":\"ERROR\",\"messageVi\":\"vi\",\"messageEn\":\"en\"}");
  }

  @Test
  void problemsAreCodedAndLocated() {
    Problem wrong = problem(() -> child(t(Token.START_OBJECT), name("id"), num("1"), t(Token.END_OBJECT)));
    assertThat(wrong.getMessage()).isEqualTo("TREEM-IO-1001: expected a string, found an integer");
    assertThat(wrong.path()).isEqualTo(".id");
    Problem nul = problem(() -> child(t(Token.START_OBJECT), name("id"), str("a"), name("sex"), t(Token.VALUE_NULL),
        t(Token.END_OBJECT)));
    assertThat(nul.getMessage()).startsWith("TREEM-IO-1001: null is not allowed");
    Problem missing = problem(() -> child(t(Token.START_OBJECT), name("sex"), str("MALE"), t(Token.END_OBJECT)));
    assertThat(missing.getMessage()).isEqualTo("TREEM-IO-1003: missing required property 'id'");
    Problem badEnum = problem(() -> child(t(Token.START_OBJECT), name("id"), str("a"), name("sex"), str("M"),
        t(Token.END_OBJECT)));
    assertThat(badEnum.getMessage()).isEqualTo("TREEM-IO-1002: not one of [MALE, FEMALE]");
    Problem element = problem(() -> child(t(Token.START_OBJECT), name("id"), str("a"), name("measurements"),
        t(Token.START_ARRAY), t(Token.VALUE_NULL), t(Token.END_ARRAY), t(Token.END_OBJECT)));
    assertThat(element.getMessage()).isEqualTo("TREEM-IO-1001: expected a value, found null");
    assertThat(element.path()).isEqualTo(".measurements[0]");
    Problem invariant = problem(() -> child(t(Token.START_OBJECT), name("id"), str("  "), t(Token.END_OBJECT)));
    assertThat(invariant.kind).isEqualTo("instantiation");
    assertThat(invariant.getMessage()).startsWith("Child: TREEM-CORE-0001");
  }

  @Test
  void requiredPropertiesAreReportedInTableOrder() {
    Problem p = problem(() -> CoreCodecs.ISSUE.read(in(t(Token.START_OBJECT), name("messageEn"), str("x"),
        t(Token.END_OBJECT)), Object.class));
    assertThat(p.getMessage()).isEqualTo("TREEM-IO-1003: missing required property 'code'");
  }

  @Test
  void unknownAndDuplicatePropertiesAreRefused() {
    Problem unknown = problem(() -> child(t(Token.START_OBJECT), name("id"), str("a"), name("x"), num("1"),
        t(Token.END_OBJECT)));
    assertThat(unknown.kind).isEqualTo("unknown");
    Problem twice = problem(() -> child(t(Token.START_OBJECT), name("id"), str("a"), name("id"), str("b"),
        t(Token.END_OBJECT)));
    assertThat(twice.kind).isEqualTo("duplicate");
    Recorder.Reader lenient = in(t(Token.START_OBJECT), name("id"), str("a"), name("x"), t(Token.START_ARRAY),
        num("1"), t(Token.END_ARRAY), name("x"), num("2"), t(Token.END_OBJECT));
    lenient.lenient = true;
    // even a skipped unknown property may not come twice
    assertThat(problem(() -> CoreCodecs.CHILD.read(lenient, Object.class)).kind).isEqualTo("duplicate");
    assertThat(lenient.unknown).containsExactly("x");
  }

  @Test
  void treemsLimitsAreChecked() {
    String longName = "n".repeat(ReadLimits.MAX_NAME_LENGTH + 1);
    assertThat(problem(() -> child(t(Token.START_OBJECT), name(longName), num("1"), t(Token.END_OBJECT))).getMessage())
        .startsWith("Name length (1001) exceeds the maximum allowed (1000");
    String longString = "s".repeat(ReadLimits.MAX_STRING_LENGTH + 1);
    assertThat(problem(() -> child(t(Token.START_OBJECT), name("id"), str(longString), t(Token.END_OBJECT))).kind)
        .isEqualTo("limit");
    // 100 digits pass, 101 do not (a sign and a point are not digits)
    String ok = "-" + "1".repeat(50) + "." + "0".repeat(50);
    child(t(Token.START_OBJECT), name("id"), str("a"), name("measurements"), t(Token.START_ARRAY),
        t(Token.START_OBJECT), name("measuredOn"), str("2020-01-01"), name("weightKg"), num(ok.substring(1)),
        t(Token.END_OBJECT), t(Token.END_ARRAY), t(Token.END_OBJECT));
    assertThat(problem(() -> child(t(Token.START_OBJECT), name("id"), str("a"), name("measurements"),
        t(Token.START_ARRAY), t(Token.START_OBJECT), name("measuredOn"), str("2020-01-01"), name("weightKg"),
        num("1".repeat(101)), t(Token.END_OBJECT), t(Token.END_ARRAY), t(Token.END_OBJECT))).getMessage())
        .startsWith("Number value length (101)");
    // a unit nested 64 deep is read (and then refused by the unit's own rule on parent levels), 65
    // deep is not read
    assertThat(problem(() -> PlanCodecs.ADMINISTRATIVE_UNIT.read(in(units(64)), Object.class)).kind)
        .isEqualTo("instantiation");
    assertThat(problem(() -> PlanCodecs.ADMINISTRATIVE_UNIT.read(in(units(65)), Object.class)).getMessage())
        .startsWith("Document nesting depth (65) exceeds the maximum allowed (64");
  }

  private static Tok[] units(int depth) {
    List<Tok> t = new ArrayList<>();
    for (int i = 0; i < depth; i++) {
      if (i > 0) {
        t.add(name("parent"));
      }
      t.addAll(List.of(t(Token.START_OBJECT), name("code"), str("u"), name("name"), str("n"), name("level"),
          str("PROVINCE")));
    }
    for (int i = 0; i < depth; i++) {
      t.add(t(Token.END_OBJECT));
    }
    return t.toArray(new Tok[0]);
  }
}
