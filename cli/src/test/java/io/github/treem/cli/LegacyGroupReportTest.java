package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.testing.GoldenFiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code treem report --by legacy_group} (the plan's "11 nhóm") on the bundled register: the
 * breakdown's part of every output, against golden files (regenerate on purpose with
 * {@code -Dtreem.golden.update=true}), and the names in HTML and the workbook.
 */
class LegacyGroupReportTest {
  private static final Path DIR = Path.of("src/test/resources/golden/report");

  private static String run(String format, String lang) {
    CliRun r = CliRun.of("report", "--by", "legacy_group", "--format", format, "--lang", lang);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out();
  }

  @Test
  void csvRowsAndNames() {
    String slice = run("csv", "en").lines()
        .filter(l -> l.contains(",legacy_group,") || l.startsWith("name,legacy_group:"))
        .collect(Collectors.joining("\n", "", "\n"));
    assertThat(slice).contains("SPECIAL_CIRCUMSTANCES,legacy_group,1,")
        .contains("name,legacy_group:1:vi,1. Trẻ em mồ côi không nơi nương tựa");
    Path golden = DIR.resolve("legacy-group-2020.csv");
    assertThat(slice).isEqualTo(GoldenFiles.expected(golden, slice));
  }

  @Test
  void tableNamesTheGroups() {
    String out = run("table", "vi");
    int at = out.indexOf("11 nhóm trẻ em có hoàn cảnh đặc biệt (Luật 2004):");
    assertThat(at).isNotNegative();
    // the block of SPECIAL_CIRCUMSTANCES: cells named, never bare numbers
    List<String> block = out.lines().dropWhile(l -> !l.contains("11 nhóm trẻ em có hoàn cảnh đặc biệt (Luật 2004):"))
        .skip(1).takeWhile(l -> l.startsWith("    ")).toList();
    assertThat(block).isNotEmpty().allSatisfy(l -> assertThat(l.strip()).doesNotMatch("^\\d+\\s.*"));
    assertThat(block).anyMatch(l -> l.contains("Trẻ em khuyết tật, tàn tật"));
    String slice = out.lines().filter(l -> l.contains("Luật 2004") || l.matches("^ {4}(\\d+\\.|Không).*"))
        .collect(Collectors.joining("\n", "", "\n"));
    assertThat(slice).isEqualTo(GoldenFiles.expected(DIR.resolve("legacy-group-2020.table.txt"), slice));
  }

  @Test
  void jsonCarriesKeysAndNames() {
    String out = run("json", "en");
    assertThat(out).contains("\"legacy_group\":[").contains(
        "{\"key\":\"3\",\"nameVi\":\"3. Trẻ em khuyết tật, tàn tật\",\"nameEn\":\"3. Children with disabilities/impairments\",");
    // every named cell of the report, once
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("\"key\":\"[^\"]*\",\"nameVi\":\"[^\"]*\",\"nameEn\":\"[^\"]*\"").matcher(out);
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    while (m.find()) {
      names.add(m.group());
    }
    String slice = String.join("\n", names) + "\n";
    assertThat(names).hasSizeGreaterThan(5);
    assertThat(slice).isEqualTo(GoldenFiles.expected(DIR.resolve("legacy-group-2020.names.txt"), slice));
    // it reads back as a previous-year report would be read
    assertThat(io.github.treem.io.report.ReportJson.of(io.github.treem.core.validation.Language.EN)
        .read(new java.io.ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)), "r.json").getReport()
        .getResults()).isNotEmpty();
  }

  @Test
  void htmlAndWorkbookNameTheGroups(@TempDir Path dir) throws Exception {
    String html = run("html", "en");
    assertThat(html).contains("by the 11 groups of the 2004 law").contains("3. Children with disabilities/impairments")
        .contains("In none of the 2004-law groups");
    Path book = dir.resolve("r.xlsx");
    CliRun r = CliRun.of("report", "--by", "legacy_group", "--format", "xlsx", "-o", book.toString(), "--lang", "vi");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sharedStrings(book)).contains("3. Trẻ em khuyết tật, tàn tật")
        .contains("11 nhóm trẻ em có hoàn cảnh đặc biệt (Luật 2004)");
  }

  private static String sharedStrings(Path book) throws Exception {
    StringBuilder all = new StringBuilder();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(book.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (e.getName().startsWith("xl/")) {
          try (InputStream in = zip.getInputStream(e)) {
            all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    }
    // FastExcel writes non-ASCII characters as numeric character references
    return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(all)
        .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
  }
}
