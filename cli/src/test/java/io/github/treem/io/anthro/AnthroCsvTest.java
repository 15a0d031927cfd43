package io.github.treem.io.anthro;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Issue;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnthroCsvTest {
  @Test
  void zscoresHaveExactlyTwoDecimals() {
    assertThat(AnthroCsv.formatZ(0.0)).isEqualTo("0.00");
    assertThat(AnthroCsv.formatZ(-0.5)).isEqualTo("-0.50");
    assertThat(AnthroCsv.formatZ(-0.07)).isEqualTo("-0.07");
    assertThat(AnthroCsv.formatZ(12.3)).isEqualTo("12.30");
    assertThat(AnthroCsv.formatZ(-6.09)).isEqualTo("-6.09");
    assertThat(AnthroCsv.formatZ(Double.NaN)).isEmpty();
    assertThat(AnthroCsv.formatZ(Double.POSITIVE_INFINITY)).isEqualTo("Inf");
  }

  @Test
  void realsAsRWritesThem() {
    assertThat(AnthroCsv.real(20.0 / (0.75 * 0.75))).isEqualTo("35.5555555555556");
    assertThat(AnthroCsv.real(80.3 + 0.7)).isEqualTo("81");
    assertThat(AnthroCsv.real(72.86 - 0.7)).isEqualTo("72.16");
    assertThat(AnthroCsv.real(19.53125)).isEqualTo("19.53125");
    assertThat(AnthroCsv.real(0.0)).isEqualTo("0");
    assertThat(AnthroCsv.real(-0.7)).isEqualTo("-0.7");
    assertThat(AnthroCsv.real(Double.NaN)).isEmpty();
    assertThat(AnthroCsv.real(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
  }

  @Test
  void headerOnlyAndEmptyInput() {
    StringWriter out = new StringWriter();
    List<Issue> issues = new ArrayList<>();
    long bad = AnthroCsv.zscores(new StringReader("id,sex,age_months,height_cm,weight_kg,oedema\n"), out,
        AnthroCsv.Standard.WHO2007, "x.csv", issues::add);
    assertThat(bad).isZero();
    assertThat(issues).isEmpty();
    assertThat(out.toString()).isEqualTo("id,cbmi,zhfa,fhfa,zwfa,fwfa,zbfa,fbfa\n");

    StringWriter out2 = new StringWriter();
    long bad2 = AnthroCsv.zscores(new StringReader(""), out2, AnthroCsv.Standard.WHO2006, "x.csv", issues::add);
    assertThat(bad2).isEqualTo(1);
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.getCode()).isEqualTo("TREEM-IO-0401");
      assertThat(i.getLocation().getFile()).contains("x.csv");
    });
  }

  @Test
  void brokenQuotingIsAMalformedFile() {
    StringWriter out = new StringWriter();
    List<Issue> issues = new ArrayList<>();
    long bad = AnthroCsv.zscores(new StringReader("id,sex,age_months,height_cm,weight_kg,oedema\n\"b1,2,100,130,25,n\n"), out,
        AnthroCsv.Standard.WHO2007, null, issues::add);
    assertThat(bad).isPositive();
    assertThat(issues).extracting(Issue::getCode).contains("TREEM-IO-0404");
  }

  @Test
  void oneRowWhoLayout() {
    StringWriter out = new StringWriter();
    long bad = AnthroCsv.zscores(
        new StringReader("\uFEFFid,sex,age_days,weight_kg,lenhei_cm,measure,oedema\nc1, 2 ,730.5,8.8,77.5,NA,\n"), out,
        AnthroCsv.Standard.WHO2006, null, i -> { });
    assertThat(bad).isZero();
    assertThat(out.toString()).endsWith("c1,77.5,,0,14.6514047866805,-2.55,0,-2.23,0,-1.15,0,-0.82,0\n");
    assertThat(AnthroCsv.inputColumns(AnthroCsv.Standard.WHO2006)).hasSize(7);
    assertThat(AnthroCsv.outputColumns(AnthroCsv.Standard.WHO2007)).hasSize(8);
  }
}
