package io.github.treem.planreport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.planreport.ChildFigureDisclosure;
import io.github.treem.planreport.CountRow;
import io.github.treem.planreport.CountTable;
import io.github.treem.planreport.Figure;
import io.github.treem.planreport.PublishedRow;
import io.github.treem.planreport.PublishedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallCountSuppressionTest {
  static final ChildFigureDisclosure RULE = ChildFigureDisclosure.smallCounts();

  static CountRow row(String key, boolean sensitive, long total, Long female, Long male) {
    CountRow.Builder b = CountRow.builder().key(key).labelVi(key).sensitive(sensitive).total(total);
    if (female != null) {
      b.female(female);
    }
    if (male != null) {
      b.male(male);
    }
    return b.build();
  }

  static PublishedTable publish(CountRow... rows) {
    return RULE.publish(CountTable.builder().id("t").addRows(rows).build());
  }

  static String show(PublishedRow r) {
    return r.getTotal() + "/" + r.getFemale() + "/" + r.getMale();
  }

  @Test
  void nothingSmallNothingHidden() {
    PublishedTable t = publish(row("A", true, 10, 5L, 5L), row("B", false, 3, 1L, 2L));
    assertThat(t.getRows()).extracting(SmallCountSuppressionTest::show).containsExactly("10/5/5", "3/1/2"); // B is not sensitive
    assertThat(show(t.getTotalRow())).isEqualTo("13/6/7");
    assertThat(t.hasSuppressed()).isFalse();
    assertThat(t.getNotesVi()).noneMatch(n -> n.startsWith("x:"));
  }

  @Test
  void aSmallSexCellHidesTheOtherSexToo() {
    // 12 = 9 + 3: the 3 hidden; the 9 would give it away from the total 12
    PublishedTable t = publish(row("A", true, 12, 9L, 3L), row("B", false, 40, 20L, 20L));
    assertThat(show(t.getRows().get(0))).isEqualTo("12/x/x");
    // the girls column: A's 9 hidden alone would be given away by the total row: B's girls go too
    assertThat(show(t.getRows().get(1))).isEqualTo("40/x/x");
    assertThat(show(t.getTotalRow())).isEqualTo("52/29/23");
    assertThat(t.getNotesVi()).anyMatch(n -> n.startsWith("x:"));
  }

  @Test
  void aSmallTotalHidesItsRowAndASecondRow() {
    PublishedTable t = publish(row("A", true, 3, 2L, 1L), row("B", true, 7, 4L, 3L), row("C", false, 100, 50L, 50L));
    assertThat(show(t.getRows().get(0))).isEqualTo("x/x/x");
    assertThat(show(t.getRows().get(1))).isEqualTo("x/x/x"); // 7 hidden so that the total cannot give the 3
    assertThat(show(t.getRows().get(2))).isEqualTo("100/50/50");
    assertThat(show(t.getTotalRow())).isEqualTo("110/56/54");
  }

  @Test
  void zerosArePublishedUnlessASumNeedsThem() {
    PublishedTable t = publish(row("A", true, 0, 0L, 0L), row("B", false, 50, 25L, 25L));
    assertThat(show(t.getRows().get(0))).isEqualTo("0/0/0");
    // 2 = 2 + 0: the 2s hidden, the 0 shown (it says only that the two hidden cells are equal)
    PublishedTable lone = publish(row("A", true, 2, 2L, 0L), row("B", false, 0, 0L, 0L));
    assertThat(show(lone.getRows().get(0))).isEqualTo("x/x/0");
    assertThat(show(lone.getRows().get(1))).isEqualTo("0/0/0");
    assertThat(show(lone.getTotalRow())).isEqualTo("x/x/0"); // 2 children in all, from a sensitive row
    // a single hidden cell whose only partners are 0: a 0 is hidden with it
    PublishedTable zero = publish(row("A", true, 3, null, null), row("B", false, 0, null, null));
    assertThat(zero.getRows().get(0).getTotal().isSuppressed()).isTrue();
    assertThat(zero.getTotalRow().getTotal().isSuppressed()).isTrue();
    assertThat(zero.getRows().get(1).getTotal()).isEqualTo(Figure.of(0));
  }

  @Test
  void unknownSexIsNoData() {
    PublishedTable t = publish(row("A", false, 20, null, null), row("B", false, 30, 15L, 15L));
    assertThat(t.getRows().get(0).getFemale()).isEqualTo(Figure.noData());
    assertThat(t.getTotalRow().getFemale()).isEqualTo(Figure.noData()); // a partial sum would mislead
    assertThat(t.getTotalRow().getTotal()).isEqualTo(Figure.of(50));
  }

  /** Seeded random tables: no published sum ever gives a hidden cell away (none or at least two hidden in each). */
  @Test
  void noSumHidesExactlyOneCell() {
    Random random = new Random(20200309L);
    for (int trial = 0; trial < 2_000; trial++) {
      int n = 1 + random.nextInt(6);
      List<CountRow> rows = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        long f = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
        long m = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
        boolean bySex = random.nextInt(5) > 0;
        rows.add(row("R" + r, random.nextBoolean(), f + m, bySex ? f : null, bySex ? m : null));
      }
      PublishedTable t = RULE.publish(CountTable.builder().id("t").rows(rows).build());
      List<PublishedRow> all = new ArrayList<>(t.getRows());
      all.add(t.getTotalRow());
      for (int r = 0; r < all.size(); r++) {
        PublishedRow p = all.get(r);
        if (r < n && rows.get(r).isSensitive()) {
          for (Figure f : List.of(p.getTotal(), p.getFemale(), p.getMale())) {
            assertThat(f.isValue() && f.getValue().orElseThrow().longValue() >= 1 && f.getValue().orElseThrow().longValue() <= 4)
                .as("trial %d: a small count published in a sensitive row", trial).isFalse();
          }
        }
        if (!p.getFemale().equals(Figure.noData()) && !p.getMale().equals(Figure.noData())) {
          assertThat(hidden(p.getTotal(), p.getFemale(), p.getMale())).as("trial %d row %d", trial, r).isNotEqualTo(1);
        }
      }
      for (int c = 0; c < 3; c++) {
        int col = c;
        List<Figure> cells = all.stream().map(p -> col == 0 ? p.getTotal() : col == 1 ? p.getFemale() : p.getMale()).toList();
        if (!cells.get(cells.size() - 1).equals(Figure.noData())) {
          assertThat(hidden(cells.toArray(new Figure[0]))).as("trial %d column %d", trial, c).isNotEqualTo(1);
        }
      }
    }
  }

  static int hidden(Figure... figures) {
    int n = 0;
    for (Figure f : figures) {
      if (f.isSuppressed()) {
        n++;
      }
    }
    return n;
  }
}
