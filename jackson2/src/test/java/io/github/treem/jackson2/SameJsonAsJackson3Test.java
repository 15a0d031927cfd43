package io.github.treem.jackson2;

import static io.github.treem.jackson2.Goldens.J2;
import static io.github.treem.jackson2.Goldens.J3;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.treem.core.Child;
import io.github.treem.core.plan.Plan;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * The two modules agree on seeded mutations of the golden child, plan and report (wrong types,
 * nulls, bad values, unknown, duplicate and missing properties, cut text): both read a value
 * (and write it back to the same bytes) or both refuse it, a value problem with the same message
 * (the library's location and path suffix aside).
 */
class SameJsonAsJackson3Test {
  static final Pattern VALUE = Pattern.compile(
      ":(\"(?:[^\"\\\\]++|\\\\.)*+\"|-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|true|false|null)");
  static final String[] REPLACEMENTS = {"null", "1", "-1", "1.5", "\"x\"", "\"\"", "true", "[]", "{}", "[null]", "[1]",
      "12345678901234567890", "1e400", "\"2020-02-30\"", "\"2020-01-01\"", "\"C10\"", "\"04\"", "\"MALE\"", "2147483648",
      "{\"a\":1}", "[{}]", "\"046318000123\"", "\"19885\"", "0", "1.0", "\"VALUE\"", "\"SUPPRESSED\"", "1" + "0".repeat(150)};

  static Stream<Object[]> seeds() {
    String child = TreemJson.strict().writeChild(TreemJson.strict().readChild(Goldens.golden("json/child-full.json")));
    String plan = TreemJson.strict().toJson(TreemJson.bundledPlan("quang-vinh-2020"));
    String report = Goldens.golden("report/small-vi.json");
    return Stream.of(new Object[] {Child.class, child, 1L}, new Object[] {Plan.class, plan, 2L},
        new Object[] {ReportDocument.class, report, 3L});
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void bothModulesAgree(Class<?> type, String seed, long randomSeed) {
    Random r = new Random(randomSeed);
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < 1500; i++) {
      String s = seed;
      for (int j = 1 + r.nextInt(3); j > 0; j--) {
        s = mutate(s, r);
      }
      String three = three(type, s);
      String two = two(type, s);
      assertThat(two).as("input %s", s).isEqualTo(three);
      if (three.startsWith("OK")) {
        accepted++;
      } else {
        refused++;
      }
    }
    assertThat(accepted).isPositive();
    assertThat(refused).isPositive();
  }

  private static String three(Class<?> type, String s) {
    try {
      Object v = J3.readValue(s, type);
      return "OK " + J3.writeValueAsString(v);
    } catch (tools.jackson.databind.exc.UnrecognizedPropertyException e) {
      return "UNKNOWN " + e.getPropertyName() + " " + JsonPath.of(e.getPath());
    } catch (DatabindException e) {
      return "VALUE " + e.getOriginalMessage();
    } catch (JacksonException e) {
      return "TEXT";
    }
  }

  private static String two(Class<?> type, String s) {
    try {
      Object v = J2.readValue(s, type);
      return "OK " + J2.writeValueAsString(v);
    } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
      return "UNKNOWN " + e.getPropertyName() + " " + JsonPath.of2(e.getPath());
    } catch (JsonMappingException e) {
      return "VALUE " + e.getOriginalMessage();
    } catch (JsonProcessingException e) {
      return "TEXT";
    }
  }

  /** The property path of an exception, in the same form for both versions. */
  static final class JsonPath {
    static String of(List<tools.jackson.core.JacksonException.Reference> refs) {
      StringBuilder b = new StringBuilder();
      for (tools.jackson.core.JacksonException.Reference r : refs) {
        b.append(r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]");
      }
      return b.toString();
    }

    static String of2(List<JsonMappingException.Reference> refs) {
      StringBuilder b = new StringBuilder();
      for (JsonMappingException.Reference r : refs) {
        b.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
      }
      return b.toString();
    }
  }

  static String mutate(String s, Random r) {
    switch (r.nextInt(6)) {
      case 0: {
        List<int[]> spans = spans(s);
        if (spans.isEmpty()) {
          return s;
        }
        int[] sp = spans.get(r.nextInt(spans.size()));
        return s.substring(0, sp[0]) + REPLACEMENTS[r.nextInt(REPLACEMENTS.length)] + s.substring(sp[1]);
      }
      case 1: {
        int at = s.indexOf('{', r.nextInt(s.length()));
        return at < 0 ? s : s.substring(0, at + 1) + "\"zz\":1," + s.substring(at + 1);
      }
      case 2: {
        Matcher m = Pattern.compile("\"([A-Za-z]+)\":").matcher(s);
        List<String> names = new ArrayList<>();
        while (m.find()) {
          names.add(m.group(1));
        }
        int at = s.indexOf('{', r.nextInt(s.length()));
        return at < 0 || names.isEmpty() ? s : s.substring(0, at + 1) + "\"" + names.get(r.nextInt(names.size())) + "\":"
            + REPLACEMENTS[r.nextInt(REPLACEMENTS.length)] + "," + s.substring(at + 1);
      }
      case 3: {
        int i = r.nextInt(s.length());
        return s.substring(0, i) + s.substring(i + 1);
      }
      case 4:
        return s.substring(0, r.nextInt(s.length() + 1));
      default: {
        Matcher m = Pattern.compile("\"[A-Za-z]+\":(\"(?:[^\"\\\\]++|\\\\.)*+\"|-?\\d+(?:\\.\\d+)?|true|false|null),?")
            .matcher(s);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
          found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
          return s;
        }
        int[] sp = found.get(r.nextInt(found.size()));
        return s.substring(0, sp[0]) + s.substring(sp[1]);
      }
    }
  }

  private static List<int[]> spans(String s) {
    List<int[]> out = new ArrayList<>();
    Matcher m = VALUE.matcher(s);
    while (m.find()) {
      out.add(new int[] {m.start(1), m.end(1)});
    }
    return out;
  }
}
