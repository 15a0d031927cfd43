package io.github.treem.indicators.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed WHO tables against their committed SHA-256 list ({@code SHA256SUMS}, in
 * {@code sha256sum} format, beside the tables): every listed table is on the class path with
 * exactly that digest, the list names the twelve tables that {@link WhoGrowth} loads and nothing
 * else, and the source folder holds no table that the list does not name.
 */
class WhoTablesChecksumTest {
  private static final String FOLDER = "/io/github/treem/indicators/growth/tables/";
  private static final Path SOURCE_FOLDER = Path.of("src/main/resources" + FOLDER);
  private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](who200[67]-[a-z0-9]+\\.txt)");

  /** File name to SHA-256, as SHA256SUMS lists them, in its order. */
  static Map<String, String> committedList() throws IOException {
    try (InputStream in = WhoTablesChecksumTest.class.getResourceAsStream(FOLDER + "SHA256SUMS")) {
      assertThat(in).as("SHA256SUMS beside the WHO tables").isNotNull();
      Map<String, String> sums = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
        Matcher m = LINE.matcher(line);
        assertThat(m.matches()).as("SHA256SUMS line '%s'", line).isTrue();
        assertThat(sums.put(m.group(2), m.group(1))).as("%s listed twice", m.group(2)).isNull();
      }
      return sums;
    }
  }

  static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void everyTableOnTheClassPathHasItsListedDigest() throws Exception {
    Map<String, String> sums = committedList();
    assertThat(sums).hasSize(12);
    for (Map.Entry<String, String> e : sums.entrySet()) {
      try (InputStream in = WhoTablesChecksumTest.class.getResourceAsStream(FOLDER + e.getKey())) {
        assertThat(in).as("%s on the class path", e.getKey()).isNotNull();
        assertThat(sha256(in.readAllBytes())).as("SHA-256 of %s", e.getKey()).isEqualTo(e.getValue());
      }
    }
  }

  @Test
  void theListIsExactlyTheTablesInUse() throws IOException {
    // what the loaded tables report (computed from the bytes read) is the committed list
    assertThat(WhoGrowth.standards().getTableChecksums()).containsExactlyInAnyOrderEntriesOf(committedList());
  }

  @Test
  void theSourceFolderHoldsNoUnlistedTable() throws IOException {
    assertThat(SOURCE_FOLDER).as("run from the indicators module").isDirectory();
    Set<String> tables;
    try (Stream<Path> files = Files.list(SOURCE_FOLDER)) {
      tables = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(tables).isEqualTo(new TreeSet<>(committedList().keySet()));
  }
}
