package io.github.treem.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.Child;
import io.github.treem.xlsx.WorkbookReadOptions;
import io.github.treem.xlsx.WorkbookReader;
import io.github.treem.xlsx.WorkbookRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreemWorkbooksTest {
  @TempDir Path dir;

  @Test
  void theRegisterWorkbookHoldsTheChildrenOfTheCsvRegister() throws Exception {
    Path xlsx = TreemWorkbooks.validRegisterXlsx(42, 60, 2020, dir.resolve("so.xlsx"));
    List<String> csv = Files.readAllLines(TreemGenerators.validRegisterCsv(42, 60, 2020, dir.resolve("so.csv")),
        StandardCharsets.UTF_8);
    List<Child> children = TreemGenerators.validChildren(42, 60, 2020).collect(Collectors.toList());
    try (WorkbookReader r = WorkbookReader.open(xlsx, WorkbookReadOptions.defaults())) {
      WorkbookRow header = r.next().orElseThrow();
      assertThat(String.join(",", header.cells().stream().map(c -> c.text()).toList())).isEqualTo(csv.get(0));
      int n = 0;
      Optional<WorkbookRow> row;
      while ((row = r.next()).isPresent()) {
        assertThat(row.get().text(0)).isEqualTo(children.get(n).getId());
        n++;
      }
      assertThat(n).isEqualTo(60);
    }
    Child first = children.get(0);
    TreemWorkbooks.assertThatWorkbook(xlsx).hasSheets("Sổ trẻ em")
        .cell("Sổ trẻ em", "A2").isText(first.getId())
        .and().cell("Sổ trẻ em", "a1").isText("child_id")
        .and().cell("Sổ trẻ em", "ZZ900").isEmpty();
  }

  @Test
  void cellAssertionsFailWithTheAddressAndWithoutTheText() {
    Path xlsx = TreemWorkbooks.validRegisterXlsx(7, 3, 2020, dir.resolve("so.xlsx"));
    WorkbookAssert book = TreemWorkbooks.assertThatWorkbook(xlsx);
    assertThatThrownBy(() -> book.cell("Sổ trẻ em", "B2").isText("Ai đó"))
        .hasMessageContaining("Sổ trẻ em!B2").hasMessageContaining("another text of")
        .hasMessageNotContaining(TreemGenerators.validChild(7, 0, 2020).getFullName().orElse("?"));
    assertThatThrownBy(() -> book.cell("Sổ trẻ em", "A2").isNumber("1")).hasMessageContaining("a NUMBER cell but it is TEXT");
    assertThatThrownBy(() -> book.cell("Sổ trẻ em", "A2").isDate(LocalDate.of(2020, 1, 1)))
        .hasMessageContaining("DATE");
    assertThatThrownBy(() -> book.hasSheets("Trẻ em")).hasMessageContaining("[Sổ trẻ em]");
    assertThatThrownBy(() -> book.cell("Sổ trẻ em", "2B")).hasMessageContaining("TREEM-TESTKIT-0004");
  }
}
