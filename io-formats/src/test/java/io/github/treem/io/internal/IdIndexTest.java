package io.github.treem.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdIndexTest {
  /** Characters of the random identifiers: ASCII, Vietnamese, CJK, a surrogate pair, lone surrogates. */
  private static final String[] PIECES = {"a", "b", "0", "1", "-", " ", "ễ", "Đ", "ư", "中", "\uD83D\uDE00",
      "\uD800", "\uDC00", "?", "\u0000", "\u07FF", "\u0800", "\uFFFF"};

  @TempDir
  Path dir;

  /** The hash functions tried: the real one, and ones forcing collisions of the slot or the fingerprint. */
  enum HashKind {
    DEFAULT(IdIndex::defaultHash),
    /** Every identifier in the same slot run, same fingerprint: every probe compares bytes. */
    CONSTANT((b, o, n) -> 0x0123_4567_89AB_CDEFL),
    /** Only the top 10 bits: at most 1,024 homes, and one fingerprint per home: long runs, many compares. */
    FEW_HOMES((b, o, n) -> IdIndex.defaultHash(b, o, n) & 0xFFC0_0000_0000_0000L),
    /** Only the top 20 bits: identifiers of one home slot have the same fingerprint (tables up to 2^20). */
    SAME_FINGERPRINT_IN_HOME((b, o, n) -> IdIndex.defaultHash(b, o, n) & 0xFFFF_F000_0000_0000L),
    /** Hash bits only below the fingerprint: one home, one fingerprint, like {@code CONSTANT}. */
    LOW_BITS_ONLY((b, o, n) -> IdIndex.defaultHash(b, o, n) & 0xF_FFFF_FFFFL),
    /** Only the length counts: identifiers of one length all collide. */
    LENGTH((b, o, n) -> n * 0x9E37_79B9_7F4A_7C15L);

    final IdIndex.Hash hash;

    HashKind(IdIndex.Hash hash) {
      this.hash = hash;
    }
  }

  private IdIndex index(long budget, HashKind kind) {
    return new IdIndex(dir, budget, 256, 128, kind.hash);
  }

  static String randomId(SplittableRandom r) {
    int length;
    int p = r.nextInt(100);
    if (p < 80) {
      length = 1 + r.nextInt(12);
    } else if (p < 98) {
      length = 13 + r.nextInt(200);
    } else {
      length = 1000 + r.nextInt(4000);
    }
    StringBuilder sb = new StringBuilder(length);
    // short ones from every piece; longer ones from 3 neighbouring pieces, so that they are alike
    int start = length <= 3 ? 0 : r.nextInt(PIECES.length - 2);
    int alphabet = length <= 3 ? PIECES.length : 3;
    while (sb.length() < length) {
      sb.append(PIECES[start + r.nextInt(alphabet)]);
    }
    return sb.toString();
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    long seed = 1;
    for (HashKind kind : HashKind.values()) {
      // the constant hash makes every add linear: fewer identifiers
      int n = kind == HashKind.CONSTANT || kind == HashKind.LENGTH || kind == HashKind.LOW_BITS_ONLY ? 1_500 : 12_000;
      for (long budget : new long[] {1L << 26, 16_384, 0}) {
        out.add(Arguments.of(seed++, kind, budget, n));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "seed {0}, hash {1}, budget {2}, {3} adds")
  @MethodSource("cases")
  void answersExactlyLikeAHashSet(long seed, HashKind kind, long budget, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    Set<String> oracle = new HashSet<>();
    List<String> added = new ArrayList<>();
    try (IdIndex index = index(budget, kind)) {
      int duplicates = 0;
      for (int i = 0; i < n; i++) {
        // one in four: an identifier added before, exactly
        String id = !added.isEmpty() && r.nextInt(4) == 0 ? added.get(r.nextInt(added.size())) : randomId(r);
        boolean expected = oracle.add(id);
        assertThat(index.add(id)).as("add #%d", i).isEqualTo(expected);
        if (expected) {
          added.add(id);
        } else {
          duplicates++;
        }
      }
      assertThat(index.size()).isEqualTo(oracle.size());
      assertThat(duplicates).isGreaterThan(n / 5);
      assertThat(index.isSpilled()).isEqualTo(budget != 1L << 26);
      for (String id : added) {
        assertThat(index.add(id)).isFalse();
      }
      // one character changed at the end or the start: new
      for (int i = 0; i < Math.min(300, added.size()); i++) {
        String id = added.get(i);
        for (String changed : List.of(id + "x", "x" + id, id.substring(0, id.length() - 1))) {
          assertThat(index.add(changed)).isEqualTo(oracle.add(changed));
        }
      }
      assertThat(index.size()).isEqualTo(oracle.size());
    }
  }

  @Test
  void aCommuneStaysInTheHeapAndNeverTouchesTheDisk() throws IOException {
    try (IdIndex index = new IdIndex(dir)) {
      for (int i = 0; i < 5_000; i++) {
        assertThat(index.add(String.format("QV-%06d", i))).isTrue();
      }
      for (int i = 0; i < 5_000; i++) {
        assertThat(index.add(String.format("QV-%06d", i))).isFalse();
      }
      assertThat(index.size()).isEqualTo(5_000);
      assertThat(index.isSpilled()).isFalse();
      assertThat(index.spilledBytes()).isZero();
      // 5,000 at most 70 % full: 8,192 slots
      assertThat(index.capacity()).isEqualTo(8_192);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void spillsWhenTheHeapBudgetIsReached() {
    // 10-character identifiers in decreasing order (no ordered fast path): 11 bytes of arena
    // each, plus the table
    try (IdIndex index = new IdIndex(dir, 65_536, 1 << 30, 1 << 20, IdIndex::defaultHash)) {
      int i = 0;
      while (!index.isSpilled()) {
        assertThat(index.add(String.format("QV-%07d", 9_999_999 - i++))).isTrue();
      }
      assertThat(index.isOrdered()).isFalse();
      // 2,867 ids fill 4,096 slots (32 KiB) to 70 %, their 31,537 bytes fit the 32 KiB arena;
      // the 2,868th needs 8,192 slots (64 KiB): spilled
      assertThat(i).isEqualTo(2_868);
      assertThat(index.spilledBytes()).isGreaterThan(0);
      for (int k = 0; k < i; k++) {
        assertThat(index.add(String.format("QV-%07d", 9_999_999 - k))).isFalse();
      }
      assertThat(index.add(String.format("QV-%07d", 9_999_999 - i))).isTrue();
      assertThat(index.size()).isEqualTo(i + 1);
    }
  }

  @Test
  void orderedIdentifiersKeepOnlyTheArenaUntilTheFirstOutOfOrderOne() {
    // increasing identifiers: no table, but the budget keeps room for the one a first identifier
    // out of order needs beside the arena: from 2,866 identifiers on that is 8,192 slots (64 KiB),
    // so the 2,867th spills the arena (a table is not kept: the hashed index spilled at the 2,868th)
    try (IdIndex index = new IdIndex(dir, 65_536, 1 << 30, 1 << 20, IdIndex::defaultHash)) {
      int i = 0;
      while (!index.isSpilled()) {
        assertThat(index.add(String.format("QV-%07d", i++))).isTrue();
        // the same identifier again (a repeated row) is a duplicate and keeps the order
        if (i % 100 == 0) {
          assertThat(index.add(String.format("QV-%07d", i - 1))).isFalse();
        }
      }
      assertThat(i).isEqualTo(2_867);
      assertThat(index.isOrdered()).isTrue();
      assertThat(index.capacity()).isEqualTo(64);
      assertThat(index.spilledBytes()).isEqualTo(1 << 20);
      // the first one out of order builds the table from the arena, in a file, at its final size
      assertThat(index.add("QV-0000000")).isFalse();
      assertThat(index.isOrdered()).isFalse();
      assertThat(index.capacity()).isEqualTo(8_192);
      assertThat(index.spilledBytes()).isEqualTo((1 << 20) + 8_192 * 8);
      for (int k = 0; k < i; k++) {
        assertThat(index.add(String.format("QV-%07d", k))).isFalse();
      }
      assertThat(index.add("QV-")).isTrue();
      assertThat(index.add(String.format("QV-%07d", i))).isTrue();
      assertThat(index.size()).isEqualTo(i + 2);
    }
  }

  /** The orders of identifiers of {@link #answersLikeAHashSetInEveryOrder}. */
  enum Order {
    /** Increasing throughout, with repeated rows: the fast path never ends. */
    INCREASING,
    /** Increasing by length, then as text (numbers without leading zeros): the fast path never ends. */
    INCREASING_BY_LENGTH,
    /** Increasing, then one earlier or random identifier at a random place, then anything. */
    INCREASING_THEN_BROKEN,
    /** Decreasing: the fast path ends at the second identifier. */
    DECREASING
  }

  static Stream<Arguments> orders() {
    List<Arguments> out = new ArrayList<>();
    long seed = 100;
    for (Order order : Order.values()) {
      for (HashKind kind : List.of(HashKind.DEFAULT, HashKind.FEW_HOMES, HashKind.CONSTANT)) {
        for (long budget : new long[] {1L << 26, 16_384, 0}) {
          out.add(Arguments.of(seed++, order, kind, budget, kind == HashKind.CONSTANT ? 1_200 : 10_000));
        }
      }
    }
    return out.stream();
  }

  /**
   * The ordered fast path and its end answer exactly like a {@link HashSet}: identifiers in
   * increasing order (of their UTF-16 units, which is the order of the index's bytes), broken at
   * a random place or never, or decreasing; in the heap, spilled on the way and spilled at once.
   */
  @ParameterizedTest(name = "seed {0}, {1}, hash {2}, budget {3}, {4} ids")
  @MethodSource("orders")
  void answersLikeAHashSetInEveryOrder(long seed, Order order, HashKind kind, long budget, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    Set<String> distinct = new HashSet<>();
    while (distinct.size() < n) {
      distinct.add(randomId(r));
    }
    List<String> ids = new ArrayList<>(distinct);
    ids.sort(switch (order) {
      case DECREASING -> java.util.Comparator.<String>reverseOrder();
      case INCREASING_BY_LENGTH -> java.util.Comparator.comparingInt(IdIndexTest::encodedLength)
          .thenComparing(java.util.Comparator.naturalOrder());
      default -> java.util.Comparator.<String>naturalOrder();
    });
    int breakAt = order == Order.INCREASING_THEN_BROKEN ? 1 + r.nextInt(n - 1) : Integer.MAX_VALUE;
    Set<String> oracle = new HashSet<>();
    List<String> added = new ArrayList<>();
    try (IdIndex index = new IdIndex(dir, budget, 256, 128, kind.hash)) {
      for (int i = 0; i < n; i++) {
        String id = ids.get(i);
        if (i == breakAt) {
          id = r.nextBoolean() ? added.get(r.nextInt(added.size())) : randomId(r);
        } else if (i > breakAt && r.nextInt(4) == 0) {
          id = r.nextBoolean() ? added.get(r.nextInt(added.size())) : randomId(r);
        }
        addBoth(index, oracle, added, id, i);
        if (r.nextInt(10) == 0) {
          addBoth(index, oracle, added, id, i); // a repeated row
        }
        if (i < breakAt) {
          if (order != Order.DECREASING) {
            assertThat(index.isOrdered()).as("ordered at #%d", i).isTrue();
          }
        }
      }
      assertThat(index.isOrdered()).isEqualTo(order == Order.INCREASING || order == Order.INCREASING_BY_LENGTH);
      assertThat(index.size()).isEqualTo(oracle.size());
      assertThat(index.isSpilled()).isEqualTo(budget != 1L << 26);
      for (String id : added) {
        assertThat(index.add(id)).isFalse();
      }
      assertThat(index.isOrdered()).isFalse();
      for (int i = 0; i < Math.min(300, added.size()); i++) {
        String id = added.get(i);
        for (String changed : List.of(id + "x", "x" + id, id.substring(0, id.length() - 1))) {
          assertThat(index.add(changed)).isEqualTo(oracle.add(changed));
        }
      }
      assertThat(index.size()).isEqualTo(oracle.size());
    }
  }

  /** The bytes of an identifier in the index: each UTF-16 unit alone as UTF-8 would encode it. */
  private static int encodedLength(String id) {
    int n = 0;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return n;
  }

  @Test
  void numbersWithoutLeadingZerosAndListsSortedAsTextAreBothOrdered() {
    try (IdIndex byNumber = new IdIndex(dir); IdIndex asText = new IdIndex(dir)) {
      List<String> ids = new ArrayList<>();
      for (int i = 1; i <= 20_000; i++) {
        ids.add("QV-" + i);
        assertThat(byNumber.add("QV-" + i)).isTrue();
      }
      assertThat(byNumber.isOrdered()).isTrue();
      ids.sort(null); // QV-1, QV-10, QV-100, ...
      for (String id : ids) {
        assertThat(asText.add(id)).isTrue();
        assertThat(asText.add(id)).isFalse();
      }
      assertThat(asText.isOrdered()).isTrue();
      // in neither order: the table is built and answers for all
      assertThat(byNumber.add("QV-0")).isTrue();
      assertThat(asText.add("QV-0")).isTrue();
      assertThat(byNumber.isOrdered()).isFalse();
      assertThat(asText.isOrdered()).isFalse();
      for (String id : ids) {
        assertThat(byNumber.add(id)).isFalse();
        assertThat(asText.add(id)).isFalse();
      }
      assertThat(byNumber.size()).isEqualTo(20_001);
      assertThat(asText.size()).isEqualTo(20_001);
    }
  }

  @Test
  void anIdentifierInOneOrderOnlyDropsTheOther() {
    try (IdIndex index = new IdIndex(dir)) {
      assertThat(index.add("b")).isTrue();
      assertThat(index.add("aa")).isTrue(); // longer: in the length order only
      assertThat(index.isOrdered()).isTrue();
      assertThat(index.add("ab")).isTrue(); // after "aa" in both; only the length order is left
      assertThat(index.add("c")).isTrue(); // after "ab" as text only, but that order was dropped
      assertThat(index.isOrdered()).isFalse();
      assertThat(index.add("b")).isFalse();
      assertThat(index.add("aa")).isFalse();
      assertThat(index.add("ab")).isFalse();
      assertThat(index.add("c")).isFalse();
      assertThat(index.size()).isEqualTo(4);
    }
  }

  private static void addBoth(IdIndex index, Set<String> oracle, List<String> added, String id, int i) {
    boolean expected = oracle.add(id);
    assertThat(index.add(id)).as("add #%d", i).isEqualTo(expected);
    if (expected) {
      added.add(id);
    }
  }

  @Test
  void growsAcrossSeveralRehashesOnDisk() {
    // spilled at once, tables mapped in 4 KiB segments, arena in 256-byte ones; the identifiers
    // in no order (7,919 is prime to 30,000): the ordered fast path ends at the 5th
    try (IdIndex index = new IdIndex(dir, 0, 4096, 256, IdIndex::defaultHash)) {
      List<Long> capacities = new ArrayList<>();
      for (int i = 0; i < 30_000; i++) {
        assertThat(index.add("id-" + (int) (i * 7_919L % 30_000))).isTrue();
        if (capacities.isEmpty() || capacities.get(capacities.size() - 1) != index.capacity()) {
          capacities.add(index.capacity());
        }
      }
      // from 64 slots, doubled at 70 %: 30,000 ids need 65,536 slots
      assertThat(capacities).containsExactly(64L, 128L, 256L, 512L, 1024L, 2048L, 4096L, 8192L, 16_384L, 32_768L,
          65_536L);
      for (int i = 0; i < 30_000; i++) {
        assertThat(index.add("id-" + i)).isFalse();
      }
      assertThat(index.size()).isEqualTo(30_000);
      // table 512 KiB + arena (whole 256-byte segments)
      long arena = 0;
      for (int i = 0; i < 30_000; i++) {
        arena += 1 + ("id-" + i).length();
      }
      assertThat(index.spilledBytes()).isEqualTo(65_536L * 8 + (arena + 255) / 256 * 256);
    }
  }

  @Test
  void identifiersAsLongAsTheLongestFieldCrossSegments() {
    String body = "Nguyễn Thị Lan 中 \uD83D\uDE00 ".repeat(5_000).substring(0, 99_999);
    try (IdIndex index = new IdIndex(dir, 200_000, 4096, 4096, IdIndex::defaultHash)) {
      for (char last : "abcdefghij".toCharArray()) {
        assertThat(index.add(body + last)).isTrue();
      }
      // ~300 KB each (3 bytes per character): past the budget of 200,000 bytes
      assertThat(index.isSpilled()).isTrue();
      for (char last : "abcdefghij".toCharArray()) {
        assertThat(index.add(body + last)).isFalse();
      }
      assertThat(index.add(body + "k")).isTrue();
      assertThat(index.add("k" + body)).isTrue();
      assertThat(index.add(body)).isTrue();
      assertThat(index.add(body)).isFalse();
      assertThat(index.size()).isEqualTo(13);
      // then short ones still work, and the scratch buffers shrink back
      assertThat(index.add("x")).isTrue();
      assertThat(index.add("x")).isFalse();
    }
  }

  @Test
  void distinctStringsWithTheSameUtf8AreDistinct() {
    // String.getBytes(UTF_8) turns both lone surrogates into "?": the index must not
    try (IdIndex index = new IdIndex(dir, 0, 4096, 4096, IdIndex::defaultHash)) {
      assertThat(index.add("a\uD800")).isTrue();
      assertThat(index.add("a\uDC00")).isTrue();
      assertThat(index.add("a?")).isTrue();
      assertThat(index.add("a\uD800\uDC00")).isTrue();
      assertThat(index.add("")).isTrue();
      assertThat(index.add("")).isFalse();
      assertThat(index.add("a\uDC00")).isFalse();
      assertThat(index.size()).isEqualTo(5);
    }
  }

  @Test
  void temporaryFilesAreGoneAtTheLatestAtClose() throws IOException {
    IdIndex index = new IdIndex(dir, 0, 4096, 4096, IdIndex::defaultHash);
    for (int i = 0; i < 1_000; i++) {
      index.add("QV-" + i);
    }
    assertThat(index.isSpilled()).isTrue();
    assertThat(index.spilledBytes()).isGreaterThan(0);
    if (System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files).as("deleted right after opening").isEmpty();
      }
    }
    index.close();
    assertThat(index.spilledBytes()).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aClosedIndexRefusesAdds() {
    IdIndex index = new IdIndex(dir, 0, 4096, 4096, IdIndex::defaultHash);
    assertThat(index.add("a")).isTrue();
    index.close();
    index.close();
    assertThatThrownBy(() -> index.add("a")).isInstanceOf(IllegalStateException.class)
        .hasMessage("IdIndex is closed");
    assertThatThrownBy(() -> index.add("b")).isInstanceOf(IllegalStateException.class);
    assertThat(index.size()).isEqualTo(1);
    IdIndex inHeap = new IdIndex(dir);
    inHeap.add("a");
    inHeap.close();
    assertThatThrownBy(() -> inHeap.add("b")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMissingDirectoryFailsTheSpillAndKeepsTheIndexUsable() {
    Path missing = dir.resolve("missing");
    try (IdIndex index = new IdIndex(missing, 2_048, 4096, 4096, IdIndex::defaultHash)) {
      int i = 0;
      try {
        while (true) {
          assertThat(index.add("QV-" + i)).isTrue();
          i++;
        }
      } catch (UncheckedIOException e) {
        assertThat(index.isSpilled()).isFalse();
      }
      assertThat(index.size()).isEqualTo(i);
      assertThat(index.add("QV-0")).isFalse();
      assertThat(index.add("QV-" + (i - 1))).isFalse();
    }
  }

  @Test
  void rejectsNull() {
    try (IdIndex index = new IdIndex(dir)) {
      assertThatThrownBy(() -> index.add(null)).isInstanceOf(NullPointerException.class);
    }
  }

  @Test
  void defaultHeapBudgetIsASixteenthOfTheMaximumHeapWithinItsBounds() {
    long max = Runtime.getRuntime().maxMemory();
    long expected = Math.max(4L << 20, Math.min(512L << 20, max / 16));
    assertThat(IdIndex.defaultHeapBudget()).isEqualTo(expected);
  }
}
