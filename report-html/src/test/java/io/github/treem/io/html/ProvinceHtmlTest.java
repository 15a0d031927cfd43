package io.github.treem.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.testing.GoldenFiles;
import io.github.treem.core.validation.Language;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.submission.ProvinceRollUp;
import io.github.treem.io.submission.ProvinceStanding;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The province's view in the HTML report of a merge: a golden file of the section (Vietnamese and
 * English), and what it must say whatever the layout: the counts, the ranked list, hidden figures.
 * Regenerate the golden files with {@code -Dtreem.golden.update=true}.
 */
class ProvinceHtmlTest {
  static final Plan PLAN = TreemJson.bundledPlan("quang-vinh-2020");
  static ProvinceRollUp.Result merged;

  @BeforeAll
  static void merge() {
    merged = ProvinceFixtures.merged();
  }

  static String section(String html) {
    int from = html.indexOf("<section id=\"province\"");
    int to = html.indexOf("</section>", from);
    assertThat(from).as("province section").isNotNegative();
    return html.substring(from, to + "</section>".length()) + "\n";
  }

  static String render(Language language) {
    return HtmlReport.of(PLAN, merged.getDocument().orElseThrow()).withProvinceStanding(merged.getStanding().orElseThrow())
        .withLanguage(language).render();
  }

  static void golden(String name, String actual) {
    Path file = Path.of("src/test/resources/io/github/treem/io/html", name);
    assertThat(actual).as(name + " (regenerate with -D" + GoldenFiles.UPDATE_PROPERTY + "=true)")
        .isEqualTo(GoldenFiles.expected(file, actual));
  }

  @Test
  void theSectionIsAGoldenFileInBothLanguages() {
    golden("province-section.vi.html", section(render(Language.VI)));
    golden("province-section.en.html", section(render(Language.EN)));
  }

  @Test
  void everyTargetHasItsCountsChartAndRankedList() {
    String html = render(Language.EN);
    ProvinceStanding standing = merged.getStanding().orElseThrow();
    assertThat(standing.getTargets()).hasSize(PLAN.getTargets().size());
    for (ProvinceStanding.TargetStanding t : standing.getTargets()) {
      String id = "province-" + t.getTarget().getId();
      assertThat(html).contains("id=\"" + id + "\"").contains("id=\"" + id + "-st\"").contains("id=\"" + id + "-at\"");
      assertThat(html).contains(t.getCommunesMet() + " of " + t.getCommunes().size() + " communes meet it; "
          + t.getCommunesNotMet().size() + " do not; " + t.getCommunesHidden() + " hidden;");
      // the districts and the province are each a row of the table
      t.getDistricts().forEach(d -> assertThat(html).contains(d.getName() + " (" + d.getCode() + ")"));
      t.getProvinces().forEach(p -> assertThat(html).contains(p.getName() + " (" + p.getCode() + ")"));
    }
    // communes that sent nothing are counted and drawn as such
    assertThat(html).contains("sent nothing: " + standing.getTargets().get(0).getCommunesMissing().size());
    // no script, nothing fetched
    assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("src=");
  }

  @Test
  void theRankedListPutsTheFurthestFirst() {
    ProvinceStanding.TargetStanding t = merged.getStanding().orElseThrow().getTargets().stream()
        .filter(x -> x.getCommunesNotMet().size() >= 2).findFirst().orElseThrow();
    String html = section(render(Language.VI));
    String block = html.substring(html.indexOf("id=\"province-" + t.getTarget().getId() + "\""));
    int first = block.indexOf(t.getCommunesNotMet().get(0).getName() + " (");
    int second = block.indexOf(t.getCommunesNotMet().get(1).getName() + " (", block.indexOf("class=\"ranked\""));
    assertThat(first).isNotNegative();
    assertThat(block.indexOf("class=\"ranked\"")).isLessThan(second);
  }
}
