package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code treem generate --commune} and {@code treem submit} say, once, what {@code treem merge}
 * says when a commune is looked up before the unit list's date: its code resolves, its names are
 * the list's ({@code ADMIN_NAMES_AFTER_DATE}, issue 19).
 */
class NamesAfterDateWarningTest {
  private static final String WARNING = "[ADMIN_NAMES_AFTER_DATE]";

  @Test
  void aCommuneOf2020IsGeneratedAndSubmittedWithTheWarningOnce(@TempDir Path dir) throws IOException {
    Path register = dir.resolve("19885.csv");
    CliRun g = CliRun.of("generate", "--commune", "19885", "--year", "2020", "--children", "60", "--lang", "en",
        register.toString());
    assertThat(g.code()).as(g.err()).isZero();
    assertThat(count(g.err(), WARNING)).as(g.err()).isEqualTo(1);
    assertThat(g.err()).contains("treem generate").contains("Names and parents as listed on a later date");

    Path sent = dir.resolve("19885.json");
    CliRun s = CliRun.of("submit", "--commune", "19885", "--register", register.toString(), "--year", "2020", "-q",
        "--lang", "en", "-o", sent.toString());
    assertThat(s.code()).as(s.err()).isIn(0, 1);
    assertThat(count(s.err(), WARNING)).as(s.err()).isEqualTo(1);
    assertThat(s.err()).contains("treem submit").doesNotContain("Exception");
    // the name written is the list's (of 1 March 2025), as the warning says
    assertThat(Files.readString(sent, StandardCharsets.UTF_8)).contains("\"communeName\":\"Xã Quảng Vinh\"");

    // the merge of that submission says it in the same words
    CliRun m = CliRun.of("merge", sent.toString(), "--lang", "en");
    assertThat(m.code()).as(m.err()).isZero();
    String words = "Names and parents as listed on a later date: the list does not record the units before it";
    assertThat(s.err()).contains(words);
    assertThat(count(m.err(), WARNING)).isEqualTo(1);
    assertThat(m.err()).contains(words);
  }

  @Test
  void aCommuneLookedUpAfterTheListsDateHasNoWarning(@TempDir Path dir) {
    CliRun g = CliRun.of("generate", "--commune", "00004", "--year", "2025", "--children", "30",
        dir.resolve("00004.csv").toString());
    assertThat(g.code()).as(g.err()).isZero();
    assertThat(g.err()).doesNotContain(WARNING);
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
