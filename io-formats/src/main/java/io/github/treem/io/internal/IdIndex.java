package io.github.treem.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact set of identifiers (a file's {@code child_id}s) whose Java-heap use does not depend on
 * how many it holds: {@link #add(String)} answers whether an identifier is new, never wrongly.
 *
 * <p>One algorithm over two stores of bytes: an open-addressing hash table (linear probing, at
 * most 70 % full, the home slot given by the top bits of a 64-bit hash) of 8-byte slots that hold
 * the top 28 bits of the hash and the offset (36 bits) of the identifier in an arena of the
 * identifiers' bytes (each a varint length then its characters, every UTF-16 unit encoded alone
 * like UTF-8, so that distinct strings, unpaired surrogates included, have distinct bytes). Up to
 * a heap budget (by default {@link #defaultHeapBudget()}; {@code ReadOptions.getIdHeapBudget()}
 * for a read) both stores are {@code byte[]}s, without one object per identifier; beyond it they
 * move to two temporary files in a directory ({@code java.io.tmpdir} by default), mapped with
 * {@link FileChannel#map} in segments (at most 1 GiB, as buffers are int-indexed; mapped files
 * count neither against the heap nor against {@code -XX:MaxDirectMemorySize}). The table grows
 * into a new one twice the size, its slots moved in order (their hash bits give their new home:
 * nothing is read back from the arena, and the writes are nearly sequential). A hash match is
 * always confirmed by comparing the bytes ({@link Arrays#equals(byte[], int, int, byte[], int, int)}).
 * Capacity: 2^28 slots (some 187 million identifiers) and 64 GiB of identifier bytes; beyond,
 * {@link #add(String)} throws {@link IllegalStateException}.
 *
 * <p>Ordered fast path: registers are mostly exported sorted by {@code child_id}, and with 1
 * million identifiers the table's probes are cache misses (one random memory access per
 * identifier, 7 % of a {@code treem report} process's main thread). So while the identifiers come
 * in strictly increasing order, an identifier greater than the last one is greater than every one
 * before it, hence new without a look-up: it is only appended to the arena (sequential writes), and
 * one equal to the last one is a duplicate. Two orders are followed at once, each a strict total
 * order of byte strings, equal only when the bytes are: the order of the bytes
 * ({@link Arrays#compareUnsigned(byte[], int, int, byte[], int, int)}: a list sorted as text,
 * {@code C1, C10, C2}) and the order of the length then the bytes (numbers without leading zeros:
 * {@code QV-999999, QV-1000000}); the fast path lasts while either holds for every identifier so
 * far. The table is not kept meanwhile. At the first identifier in neither order, the table is built
 * from the arena in one sequential pass, already at its final size (no doubling), and the index
 * goes on as the hash set above for good. An ordered register thus costs no random access per
 * identifier; an unordered one costs at most one more pass over the arena, once.
 *
 * <p>The hash is the index's own (a 64-bit Murmur3-style mix of 8 bytes at a time): the JDK offers
 * 32-bit hashes ({@code Arrays.hashCode}), too few bits for a fingerprint and a home among 2^28
 * slots, and cryptographic digests ({@code MessageDigest}), some ten times the cost of the whole
 * add. Nothing depends on its quality but speed: every match is compared byte for byte.
 *
 * <p>Heap: the two arrays stay within the budget (the old array is kept while one is doubled), and
 * once spilled only a few objects per mapped segment and a scratch buffer as long as the longest
 * identifier. Disk, once spilled: about {@code length + 1} bytes per identifier in the arena plus
 * 11 to 23 bytes per identifier for the table (8-byte slots at 35 to 70 % load). The files are
 * created readable by their owner only (they hold personal identifiers), deleted right after they
 * are opened where the system allows it (Linux and macOS: the space is then released when the
 * file is truncated at {@link #close()}), and otherwise at {@link #close()}.
 *
 * <p>Implementation requirements: not thread-safe; one per reader.
 */
public final class IdIndex implements AutoCloseable {
  /** The smallest default heap budget in bytes (4 MiB) of the in-heap table and arena. */
  public static final long DEFAULT_HEAP_BUDGET = 4L << 20;

  /** The largest segment mapped: 1 GiB (a buffer is indexed by int). */
  static final int MAX_SEGMENT_BYTES = 1 << 30;

  /** The size of the arena's mapped segments by default: 64 MiB. */
  static final int ARENA_SEGMENT_BYTES = 64 << 20;

  /** Hashes the bytes of an identifier (injectable for tests: collisions on purpose). */
  @FunctionalInterface
  interface Hash {
    /**
     * Hashes bytes.
     *
     * @param bytes the array
     * @param offset the first byte
     * @param length the number of bytes
     * @return the 64-bit hash
     */
    long hash(byte[] bytes, int offset, int length);
  }

  /** A slot: the top {@value #FINGERPRINT_BITS} bits of the hash, then the arena offset + 1. */
  private static final int OFFSET_BITS = 36;
  private static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;
  private static final int FINGERPRINT_BITS = 64 - OFFSET_BITS;
  private static final double MAX_LOAD = 0.7;
  private static final int INITIAL_BITS = 6;
  private static final int INITIAL_ARENA = 1024;
  private static final int SCRATCH_KEPT = 1 << 16;
  /** The most slots: 2^28 (the slot index is the top bits of the fingerprint), ~187 million ids. */
  private static final int MAX_BITS = FINGERPRINT_BITS;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final @Nullable Path directory;
  private final long heapBudget;
  private final int tableSegmentBytes;
  private final int arenaSegmentBytes;
  private final Hash hash;

  /** The bytes of the identifier being added. */
  private byte[] scratch = new byte[64];
  /** While ordered: the bytes of the last identifier added ({@link #lastLength} of them). */
  private byte[] last = new byte[64];
  /** The length of the last identifier while ordered, -1 before the first. */
  private int lastLength = -1;
  /** Whether every identifier so far came in strictly increasing order (the table is not kept). */
  private boolean ordered = true;
  /** While ordered: the bits of the table for one identifier more than the index holds. */
  private int reservedBits = INITIAL_BITS;
  /** Whether the identifiers so far are in strictly increasing order of their bytes. */
  private boolean increasingBytes = true;
  /** Whether the identifiers so far are in strictly increasing order of their length, then bytes. */
  private boolean increasingLength = true;
  /** Bytes read back from a mapped arena (comparisons). */
  private byte[] readBack = new byte[64];
  private int bits = INITIAL_BITS;
  private long growAt = growAt(INITIAL_BITS);
  private long size;
  private long arenaEnd;
  private boolean closed;

  /** The table: {@code 2^bits} slots of 8 bytes, in the heap, then in a mapped file. */
  private Store table;
  /** The identifiers' bytes, in the heap, then in a mapped file. */
  private Store arena;

  /** An index spilling to {@code java.io.tmpdir} beyond {@link #defaultHeapBudget()}. */
  public IdIndex() {
    this(null);
  }

  /**
   * An index spilling to a directory beyond {@link #defaultHeapBudget()}.
   *
   * @param directory the directory of the temporary files, or null for {@code java.io.tmpdir}
   */
  public IdIndex(@Nullable Path directory) {
    this(directory, defaultHeapBudget());
  }

  /**
   * The heap budget of an index made without one: a sixteenth of the JVM's maximum heap, at least
   * {@link #DEFAULT_HEAP_BUDGET} (4 MiB) and at most 512 MiB. It depends on the heap the JVM was
   * given, never on the input: under {@code -Xmx64m} an index spills beyond 4 MiB; with a heap of
   * several gigabytes, a register of some ten million identifiers stays in the heap, where adding
   * is faster than in mapped files. {@code ReadOptions.getIdHeapBudget()} sets another for a read.
   *
   * @return the budget in bytes
   */
  public static long defaultHeapBudget() {
    long max = Runtime.getRuntime().maxMemory();
    long b = max == Long.MAX_VALUE ? DEFAULT_HEAP_BUDGET : max / 16;
    return Math.max(DEFAULT_HEAP_BUDGET, Math.min(512L << 20, b));
  }

  /**
   * An index spilling to a directory beyond a heap budget.
   *
   * @param directory the directory of the temporary files, or null for {@code java.io.tmpdir}
   * @param heapBudget the bytes of the in-heap arrays before spilling (0: spill at the first add)
   */
  public IdIndex(@Nullable Path directory, long heapBudget) {
    this(directory, heapBudget, MAX_SEGMENT_BYTES, ARENA_SEGMENT_BYTES, IdIndex::defaultHash);
  }

  /**
   * An index with every setting (tests).
   *
   * @param directory the directory of the temporary files, or null for {@code java.io.tmpdir}
   * @param heapBudget the bytes of the in-heap arrays before spilling (0: spill at the first add)
   * @param tableSegmentBytes the largest mapped segment of the table (a power of two, 8 to 1 GiB)
   * @param arenaSegmentBytes the mapped segments of the arena (a power of two, 8 to 1 GiB)
   * @param hash the hash function
   */
  IdIndex(@Nullable Path directory, long heapBudget, int tableSegmentBytes, int arenaSegmentBytes, Hash hash) {
    if (heapBudget < 0 || !isSegmentSize(tableSegmentBytes) || !isSegmentSize(arenaSegmentBytes)) {
      throw new IllegalArgumentException("bad budget or segment size");
    }
    this.directory = directory;
    this.heapBudget = heapBudget;
    this.tableSegmentBytes = tableSegmentBytes;
    this.arenaSegmentBytes = arenaSegmentBytes;
    this.hash = Objects.requireNonNull(hash, "hash must not be null");
    this.table = new HeapStore(8 << INITIAL_BITS);
    this.arena = new HeapStore((int) Math.max(0, Math.min(INITIAL_ARENA, heapBudget - table.capacity())));
  }

  private static boolean isSegmentSize(int n) {
    return n >= 8 && n <= MAX_SEGMENT_BYTES && Integer.bitCount(n) == 1;
  }

  private static long growAt(int bits) {
    return (long) ((1L << bits) * MAX_LOAD);
  }

  /**
   * Adds an identifier.
   *
   * @param id the identifier
   * @return true when it was not in the index yet, false when it was (the index is unchanged)
   * @throws IllegalStateException when the index is closed
   * @throws UncheckedIOException when the temporary files cannot be created or grown
   */
  public boolean add(String id) {
    Objects.requireNonNull(id, "id must not be null");
    if (closed) {
      throw new IllegalStateException("IdIndex is closed");
    }
    int length = encode(id);
    boolean added;
    if (ordered && inOrder(length)) {
      added = lastLength < 0 || !Arrays.equals(scratch, 0, length, last, 0, lastLength); // the last one: held
      if (added) {
        appendInOrder(length);
      }
    } else {
      if (ordered) {
        buildTable(); // nothing changes when it fails
        ordered = false;
        last = new byte[0];
      }
      long h = hash.hash(scratch, 0, length);
      long free = probe(h, length);
      added = free >= 0 && insert(h, length, free);
    }
    if (scratch.length > SCRATCH_KEPT) {
      scratch = new byte[64];
    }
    if (last.length > SCRATCH_KEPT && lastLength <= 64) {
      last = Arrays.copyOf(last, 64);
    }
    if (readBack.length > SCRATCH_KEPT) {
      readBack = new byte[64];
    }
    return added;
  }

  /** {@return the number of distinct identifiers added} */
  public long size() {
    return size;
  }

  /** {@return whether the index has moved (its arena at least) to temporary files} */
  boolean isSpilled() {
    return arena instanceof FileStore;
  }

  /** {@return whether the identifiers came in strictly increasing order so far (no table kept)} */
  boolean isOrdered() {
    return ordered;
  }

  /** {@return the bytes of the temporary files (0 before spilling and after closing)} */
  long spilledBytes() {
    return (table instanceof FileStore t ? t.fileSize() : 0) + (arena instanceof FileStore a ? a.fileSize() : 0);
  }

  /** {@return the number of slots of the table (its first size while ordered: not kept then)} */
  long capacity() {
    return 1L << bits;
  }

  /**
   * Encodes each UTF-16 unit of the identifier alone as UTF-8 would (1 to 3 bytes), into
   * {@link #scratch}: a prefix-free code, so distinct strings give distinct bytes (the JDK's UTF-8
   * encoder would turn every unpaired surrogate into the same {@code ?}).
   */
  private int encode(String id) {
    int n = id.length();
    if (scratch.length < 3 * n) {
      scratch = new byte[Math.max(3 * n, 64)];
    }
    byte[] b = scratch;
    int k = 0;
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (c < 0x80) {
        b[k++] = (byte) c;
      } else if (c < 0x800) {
        b[k++] = (byte) (0xC0 | (c >> 6));
        b[k++] = (byte) (0x80 | (c & 0x3F));
      } else {
        b[k++] = (byte) (0xE0 | (c >> 12));
        b[k++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[k++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return k;
  }

  private static int varintSize(int n) {
    int s = 1;
    while ((n >>>= 7) != 0) {
      s++;
    }
    return s;
  }

  private static long slot(long h, long offset) {
    return ((h >>> OFFSET_BITS) << OFFSET_BITS) | (offset + 1);
  }

  private static boolean sameFingerprint(long slot, long h) {
    return (slot >>> OFFSET_BITS) == (h >>> OFFSET_BITS);
  }

  /** The home slot of a slot's identifier in a table of {@code 2^bits} slots: its hash's top bits. */
  private static long home(long slot, int bits) {
    return slot >>> (64 - bits);
  }

  /**
   * Looks the identifier in {@link #scratch} up along its probe run from its home: -1 when it is
   * in the table, else the free slot that ends the run (where {@link #insert} puts it, without a
   * second walk of the run).
   */
  private long probe(long h, int length) {
    long mask = (1L << bits) - 1;
    long i = h >>> (64 - bits);
    for (long s; (s = table.getLong(i << 3)) != 0; i = (i + 1) & mask) {
      if (sameFingerprint(s, h) && arenaEquals((s & OFFSET_MASK) - 1, length)) {
        return -1;
      }
    }
    return i;
  }

  /** Whether the arena holds the identifier in {@link #scratch} at an offset. */
  private boolean arenaEquals(long offset, int length) {
    int n = lengthAt(offset);
    return n == length && arena.equals(offset + varintSize(n), scratch, length, this);
  }

  /** The length of the identifier at an arena offset: its varint, {@link #varintSize} bytes. */
  private int lengthAt(long offset) {
    long p = offset;
    int n = 0;
    int shift = 0;
    byte b;
    do {
      b = arena.get(p++);
      n |= (b & 0x7F) << shift;
      shift += 7;
    } while (b < 0);
    return n;
  }

  /**
   * Adds the identifier in {@link #scratch}, known to be absent: arena then table, at the free
   * slot {@link #probe} found, unless the table was grown or moved since (then its run is walked
   * again).
   */
  private boolean insert(long h, int length, long free) {
    long at = free;
    if (size + 1 > growAt) {
      growTable();
      at = -1;
    }
    Store before = table;
    long start = append(length);
    if (table != before) {
      at = -1; // spilled: the table moved
    }
    if (at >= 0) {
      table.putLong(at << 3, slot(h, start));
    } else {
      putSlot(table, bits, slot(h, start));
    }
    size++;
    return true;
  }

  /**
   * Whether the identifier in {@link #scratch} is equal to the last one or after it in an order
   * that every identifier so far follows; the orders it does not follow are dropped.
   */
  private boolean inOrder(int length) {
    if (lastLength < 0) {
      return true;
    }
    int c = Arrays.compareUnsigned(scratch, 0, length, last, 0, lastLength);
    if (c == 0) {
      return true;
    }
    boolean bytes = increasingBytes && c > 0;
    boolean byLength = increasingLength && (length != lastLength ? length > lastLength : c > 0);
    if (!bytes && !byLength) {
      return false;
    }
    increasingBytes = bytes;
    increasingLength = byLength;
    return true;
  }

  /** Adds the identifier in {@link #scratch}, greater than the last one, while ordered. */
  private void appendInOrder(int length) {
    append(length);
    size++;
    byte[] previous = last;
    last = scratch;
    scratch = previous;
    lastLength = length;
  }

  /**
   * Appends the identifier in {@link #scratch} to the arena (its varint length, then its bytes),
   * spilling when the heap budget would be passed: the arena alone while ordered, else both.
   *
   * @return its offset
   */
  private long append(int length) {
    long start = arenaEnd;
    long end = start + varintSize(length) + length;
    if (end >= OFFSET_MASK) {
      throw new IllegalStateException("IdIndex is full");
    }
    boolean fits;
    if (ordered) {
      // the heap keeps room for the table that the first identifier out of order needs
      while (size + 2 > growAt(reservedBits)) {
        reservedBits++;
      }
      long room = heapBudget - (8L << reservedBits);
      fits = arena instanceof FileStore ? arena.ensure(end, 0) : arena.capacity() <= room && arena.ensure(end, room);
    } else {
      fits = arena.ensure(end, heapBudget - (table instanceof HeapStore ? table.capacity() : 0));
    }
    if (!fits) {
      if (ordered) {
        spillArena();
      } else {
        spill();
      }
      arena.ensure(end, 0);
    }
    long p = start;
    int n = length;
    while ((n & ~0x7F) != 0) {
      arena.put(p++, (byte) ((n & 0x7F) | 0x80));
      n >>>= 7;
    }
    arena.put(p++, (byte) n);
    arena.put(p, scratch, 0, length);
    arenaEnd = end;
    return start;
  }

  /**
   * Ends the ordered fast path: the table of every identifier of the arena, sized for one more,
   * in the heap when the arena is there (the budget kept room for it beside the arena), else in a
   * file. One sequential pass over the arena; its identifiers are distinct (they came in strictly
   * increasing order), so no comparison is needed. On failure nothing changes.
   */
  private void buildTable() {
    int newBits = INITIAL_BITS;
    while (size + 1 > growAt(newBits)) {
      newBits++;
    }
    if (newBits > MAX_BITS) {
      throw new IllegalStateException("IdIndex is full");
    }
    long bytes = 8L << newBits;
    Store t;
    if (arena instanceof HeapStore) {
      // within the budget: append() kept room for this table beside the arena
      t = new HeapStore((int) bytes);
    } else {
      t = newTable(newBits);
    }
    try {
      long p = 0;
      while (p < arenaEnd) {
        int n = lengthAt(p);
        long bytesAt = p + varintSize(n);
        putSlot(t, newBits, slot(arena.hash(bytesAt, n, hash, this), p));
        p = bytesAt + n;
      }
    } catch (RuntimeException e) {
      t.close();
      throw e;
    }
    table.close();
    table = t;
    bits = newBits;
    growAt = growAt(newBits);
  }

  /** Puts a slot at the first free place of its probe run. */
  private static void putSlot(Store t, int bits, long slot) {
    long mask = (1L << bits) - 1;
    long i = home(slot, bits);
    while (t.getLong(i << 3) != 0) {
      i = (i + 1) & mask;
    }
    t.putLong(i << 3, slot);
  }

  /** Doubles the table: in the heap while the budget allows, else in a file (spilling first). */
  private void growTable() {
    int newBits = bits + 1;
    if (table instanceof HeapStore) {
      long bytes = 8L << newBits;
      if (bytes + arena.capacity() > heapBudget || bytes > Integer.MAX_VALUE - 8 || newBits > MAX_BITS) {
        spill(); // sized for one more
        return;
      }
      table = rehash(new HeapStore((int) bytes), newBits);
    } else {
      table = rehash(newTable(newBits), newBits);
    }
    bits = newBits;
    growAt = growAt(newBits);
  }

  /**
   * The table's slots moved into a larger (or equal) one, read in slot order: their hash bits
   * give their new home, so nothing is read back from the arena and the writes are nearly
   * sequential. The old table is released.
   */
  private Store rehash(Store to, int newBits) {
    Store from = table;
    try {
      long slots = 1L << bits;
      for (long j = 0; j < slots; j++) {
        long s = from.getLong(j << 3);
        if (s != 0) {
          putSlot(to, newBits, s);
        }
      }
    } catch (RuntimeException e) {
      to.close();
      throw e;
    }
    from.close();
    return to;
  }

  // ---- in temporary files

  private Path directory() {
    return directory != null ? directory : Paths.get(System.getProperty("java.io.tmpdir"));
  }

  /**
   * Moves the arena and the table to temporary files, the table large enough for one more. On
   * failure the index stays in the heap, unchanged.
   */
  private void spill() {
    int newBits = bits;
    while (size + 1 > growAt(newBits)) {
      newBits++;
    }
    FileStore a = arenaFile();
    try {
      table = rehash(newTable(newBits), newBits);
    } catch (RuntimeException e) {
      a.close();
      throw e;
    }
    arena.close();
    arena = a;
    bits = newBits;
    growAt = growAt(newBits);
  }

  /** Moves the arena alone to a temporary file (ordered: no table kept). */
  private void spillArena() {
    FileStore a = arenaFile();
    arena.close();
    arena = a;
  }

  /** A temporary file holding a copy of the in-heap arena. */
  private FileStore arenaFile() {
    FileStore a = FileStore.create(directory(), arenaSegmentBytes);
    try {
      a.ensure(Math.max(arenaEnd, 1), 0);
      ((HeapStore) arena).copyTo(a, arenaEnd);
      return a;
    } catch (RuntimeException e) {
      a.close();
      throw e;
    }
  }

  /** An empty table file of {@code 2^newBits} slots. */
  private FileStore newTable(int newBits) {
    if (newBits > MAX_BITS) {
      throw new IllegalStateException("IdIndex is full");
    }
    long bytes = 8L << newBits;
    FileStore t = FileStore.create(directory(), (int) Math.min(bytes, tableSegmentBytes));
    try {
      t.ensure(bytes, 0);
      return t;
    } catch (RuntimeException e) {
      t.close();
      throw e;
    }
  }

  /**
   * Releases the temporary files (truncated, closed and deleted); later calls of {@link #add}
   * throw. Idempotent.
   *
   * @throws UncheckedIOException when a file cannot be deleted
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    scratch = new byte[0];
    readBack = scratch;
    last = scratch;
    Store t = table;
    Store a = arena;
    // empty stores in place of the closed ones: nothing held, nothing spilled
    table = new HeapStore(0);
    arena = new HeapStore(0);
    try {
      t.close();
    } finally {
      a.close();
    }
  }

  /** Grows the read-back buffer (comparisons with a mapped arena). */
  byte[] readBack(int n) {
    if (readBack.length < n) {
      readBack = new byte[n];
    }
    return readBack;
  }

  /** The 64-bit hash of the index: 8 bytes at a time, Murmur3-style mixing and finalizer. */
  static long defaultHash(byte[] bytes, int offset, int length) {
    long h = 0x9E3779B97F4A7C15L ^ length;
    int i = offset;
    int end = offset + length;
    for (; end - i >= 8; i += 8) {
      h ^= mix((long) LONGS.get(bytes, i));
      h = Long.rotateLeft(h, 27) * 5 + 0x52DCE729L;
    }
    if (i < end) {
      long k = 0;
      for (int shift = 0; i < end; i++, shift += 8) {
        k |= (bytes[i] & 0xFFL) << shift;
      }
      h ^= mix(k);
    }
    h ^= length;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }

  private static long mix(long k) {
    return Long.rotateLeft(k * 0x87C37B91114253D5L, 31) * 0x4CF5AD432745937FL;
  }

  /** Bytes addressed by {@code long} offsets: the table (8-byte slots) or the arena. */
  private abstract static class Store {
    abstract long getLong(long pos);

    abstract void putLong(long pos, long v);

    abstract byte get(long pos);

    abstract void put(long pos, byte v);

    abstract void put(long pos, byte[] src, int off, int len);

    /** Whether {@code len} bytes at {@code pos} equal {@code src[0, len)}. */
    abstract boolean equals(long pos, byte[] src, int len, IdIndex owner);

    /** The hash of {@code len} bytes at {@code pos}. */
    abstract long hash(long pos, int len, Hash hash, IdIndex owner);

    /** {@return the bytes it can hold without growing} */
    abstract long capacity();

    /**
     * Makes room for bytes {@code [0, bytes)}.
     *
     * @param bytes the bytes needed
     * @param room the heap it may take (heap stores)
     * @return false when that would pass the room (heap stores; files always grow)
     */
    abstract boolean ensure(long bytes, long room);

    void close() {}
  }

  /** A store in a {@code byte[]} (longs through a little-endian {@link VarHandle} view). */
  private static final class HeapStore extends Store {
    private byte[] bytes;

    HeapStore(int capacity) {
      this.bytes = new byte[capacity];
    }

    @Override
    long getLong(long pos) {
      return (long) LONGS.get(bytes, (int) pos);
    }

    @Override
    void putLong(long pos, long v) {
      LONGS.set(bytes, (int) pos, v);
    }

    @Override
    byte get(long pos) {
      return bytes[(int) pos];
    }

    @Override
    void put(long pos, byte v) {
      bytes[(int) pos] = v;
    }

    @Override
    void put(long pos, byte[] src, int off, int len) {
      System.arraycopy(src, off, bytes, (int) pos, len);
    }

    @Override
    boolean equals(long pos, byte[] src, int len, IdIndex owner) {
      int p = (int) pos;
      return Arrays.equals(bytes, p, p + len, src, 0, len);
    }

    @Override
    long hash(long pos, int len, Hash hash, IdIndex owner) {
      return hash.hash(bytes, (int) pos, len);
    }

    @Override
    long capacity() {
      return bytes.length;
    }

    /** Doubles the array (at least to what is needed, at most to the room). */
    @Override
    boolean ensure(long need, long room) {
      if (need <= bytes.length) {
        return true;
      }
      if (need > room || need > Integer.MAX_VALUE - 8) {
        return false;
      }
      long length = Math.min(room, Math.max(need, 2L * bytes.length));
      bytes = Arrays.copyOf(bytes, (int) Math.min(length, Integer.MAX_VALUE - 8));
      return true;
    }

    void copyTo(FileStore to, long length) {
      to.put(0, bytes, 0, (int) length);
    }

    @Override
    void close() {
      bytes = new byte[0];
    }
  }

  /** A temporary file mapped in segments of a power-of-two size, grown on demand. */
  private static final class FileStore extends Store {
    final FileChannel channel;
    private final int shift;
    private final int segmentBytes;
    private final int mask;
    private @Nullable Path path;
    private MappedByteBuffer[] segments = new MappedByteBuffer[0];
    private int mapped;

    private FileStore(FileChannel channel, @Nullable Path path, int segmentBytes) {
      this.channel = channel;
      this.path = path;
      this.segmentBytes = segmentBytes;
      this.shift = Integer.numberOfTrailingZeros(segmentBytes);
      this.mask = segmentBytes - 1;
    }

    static FileStore create(@Nullable Path dir, int segmentBytes) {
      Path p;
      try {
        p = Files.createTempFile(dir, "treem-ids-", ".tmp");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      FileChannel ch;
      try {
        ch = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE);
      } catch (IOException e) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw new UncheckedIOException(e);
      }
      FileStore r = new FileStore(ch, p, segmentBytes);
      try {
        Files.delete(p);
        r.path = null;
      } catch (IOException e) {
        // not while open on this system: deleted at close
        r.path = p;
      }
      return r;
    }

    long fileSize() {
      try {
        return channel.size();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    long capacity() {
      return (long) mapped << shift;
    }

    /** Maps the segments covering bytes {@code [0, bytes)} (the file grows, sparse). */
    @Override
    boolean ensure(long bytes, long room) {
      long needed = (bytes + mask) >>> shift;
      if (needed <= mapped) {
        return true;
      }
      if (needed > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("IdIndex is full");
      }
      if (needed > segments.length) {
        segments = Arrays.copyOf(segments, (int) Math.max(needed, 2L * segments.length));
      }
      try {
        for (; mapped < needed; mapped++) {
          MappedByteBuffer m = channel.map(FileChannel.MapMode.READ_WRITE, (long) mapped << shift, segmentBytes);
          m.order(ByteOrder.nativeOrder());
          segments[mapped] = m;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return true;
    }

    @Override
    long getLong(long pos) {
      return segments[(int) (pos >>> shift)].getLong((int) pos & mask);
    }

    @Override
    void putLong(long pos, long v) {
      segments[(int) (pos >>> shift)].putLong((int) pos & mask, v);
    }

    @Override
    byte get(long pos) {
      return segments[(int) (pos >>> shift)].get((int) pos & mask);
    }

    @Override
    void put(long pos, byte v) {
      segments[(int) (pos >>> shift)].put((int) pos & mask, v);
    }

    @Override
    boolean equals(long pos, byte[] src, int len, IdIndex owner) {
      byte[] back = owner.readBack(len);
      get(pos, back, len);
      return Arrays.equals(back, 0, len, src, 0, len);
    }

    @Override
    long hash(long pos, int len, Hash hash, IdIndex owner) {
      byte[] back = owner.readBack(len);
      get(pos, back, len);
      return hash.hash(back, 0, len);
    }

    private void get(long pos, byte[] dst, int len) {
      long p = pos;
      int o = 0;
      while (o < len) {
        int within = (int) p & mask;
        int n = Math.min(len - o, segmentBytes - within);
        segments[(int) (p >>> shift)].get(within, dst, o, n);
        p += n;
        o += n;
      }
    }

    @Override
    void put(long pos, byte[] src, int off, int len) {
      long p = pos;
      int o = off;
      int left = len;
      while (left > 0) {
        int within = (int) p & mask;
        int n = Math.min(left, segmentBytes - within);
        segments[(int) (p >>> shift)].put(within, src, o, n);
        p += n;
        o += n;
        left -= n;
      }
    }

    /** Frees the disk space now (the mappings go at the next GC), closes and deletes the file. */
    @Override
    void close() {
      segments = new MappedByteBuffer[0];
      mapped = 0;
      IOException failure = null;
      try {
        channel.truncate(0);
      } catch (IOException e) {
        failure = e;
      }
      try {
        channel.close();
      } catch (IOException e) {
        failure = add(failure, e);
      }
      if (path != null) {
        try {
          Files.deleteIfExists(path);
          path = null;
        } catch (IOException e) {
          failure = add(failure, e);
        }
      }
      if (failure != null) {
        throw new UncheckedIOException(failure);
      }
    }

    private static IOException add(@Nullable IOException first, IOException next) {
      if (first == null) {
        return next;
      }
      first.addSuppressed(next);
      return first;
    }
  }
}
