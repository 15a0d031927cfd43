package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A target whose figure is hidden by disclosure control has no status to show; the table says that
 * the figure is hidden ({@code x}, "ẩn (x)"), never "no data". The README's first command has one:
 * T10 LEGAL_AID, 1 to 4 children in conflict with the law on the demo register.
 */
class HiddenTargetTableTest {
  @Test
  void theHiddenLegalAidTargetIsShownAsHiddenNotAsNoData() {
    CliRun vi = CliRun.of("report");
    assertThat(vi.code()).as(vi.err()).isZero();
    String row = targetRow(vi.out(), "Mục tiêu của kế hoạch:", "LEGAL_AID");
    assertThat(row).contains(" x ").contains("ẩn (x)").doesNotContain("không có dữ liệu");
    CliRun en = CliRun.of("report", "--lang", "en");
    String rowEn = targetRow(en.out(), "Plan targets:", "LEGAL_AID");
    assertThat(rowEn).contains(" x ").contains("hidden (x)").doesNotContain("no data");
    // a target without a figure for another reason still says so: the standard on provisional bands
    assertThat(targetRow(vi.out(), "Mục tiêu của kế hoạch:", "CHILD_FRIENDLY_COMMUNE")).contains("không có dữ liệu");
  }

  private static String targetRow(String out, String heading, String code) {
    int targets = out.indexOf(heading);
    assertThat(targets).as(out).isPositive();
    int at = out.indexOf("  " + code + " ", targets);
    assertThat(at).as(out).isPositive();
    return out.substring(at, out.indexOf('\n', at));
  }
}
