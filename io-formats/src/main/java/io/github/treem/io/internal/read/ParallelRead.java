package io.github.treem.io.internal.read;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.Accumulator;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.ReadProgress;
import io.github.treem.io.ReadSink;
import io.github.treem.io.RegisterRead;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterReading;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.Registers;
import io.github.treem.io.TextEncoding;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BinaryOperator;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads registers, one pass per register (its SHA-256 computed while it is read), on the calling
 * thread or on a fixed pool of threads, with the same result and the same calls of the sink
 * whatever the number of threads (internal, not API).
 *
 * <p>With one thread, every register is read on the calling thread into one part. With at least
 * two threads for each register, each register is also read in two stages
 * ({@link ReadOptions#isReadAhead()}: its text tokenised on a thread of its own). With N threads,
 * each register is read into a part of its own; the parts are combined in the order of the
 * registers. A register's issues go to the sink once every earlier register is done (until then
 * they are held by an {@link IssueBuffer}: bounded memory, then a temporary file). At most
 * {@value #WINDOW} registers per thread are read ahead of the first one not yet combined, so that
 * memory does not grow with the number of registers.
 */
public final class ParallelRead {
  /** Estimated bytes of issues held in memory per register before spilling to a temporary file. */
  static final long MEMORY_BUDGET = 1 << 17;
  /** Registers read ahead per thread. */
  static final int WINDOW = 4;
  /** Rows between two calls of {@link ReadProgress#rowsRead(long)}. */
  static final int PROGRESS_STEP = 4096;

  private ParallelRead() {}

  /**
   * Adds an accepted child to a part.
   *
   * @param <P> the part
   */
  @FunctionalInterface
  public interface Adder<P> {
    /**
     * Adds a child.
     *
     * @param part the part of the register
     * @param child the child, accepted
     * @param source the register it was read from
     */
    void add(P part, Child child, RegisterSource source);
  }

  /**
   * What reading gave.
   *
   * @param <P> the part
   * @param total the parts combined in the order of the registers
   * @param reads each register's digest and counts, in the order of the registers
   */
  public record Result<P>(P total, List<RegisterRead> reads) {}

  /**
   * How to read: the options (each register's name replaces their file name), which issues go to
   * the sink, the sink, the progress listener.
   *
   * @param options the read options
   * @param acceptedRowIssues whether the issues of accepted rows go to the sink too
   * @param sink the sink
   * @param progress the progress listener
   */
  public record Settings(ReadOptions options, boolean acceptedRowIssues, ReadSink sink, ReadProgress progress) {
    /**
     * The settings of a reading.
     *
     * @param reading the reading
     * @return its settings
     */
    public static Settings of(RegisterReading reading) {
      return new Settings(reading.getOptions(), reading.isAcceptedRowIssues(), reading.getSink(), reading.getProgress());
    }
  }

  /** Adds each accepted child to the register's accumulator, with the register's area. */
  public static final Adder<Accumulator> ACCUMULATE = (acc, child, source) -> acc.add(child, source.getArea());

  /**
   * Reads registers.
   *
   * @param <P> the part
   * @param sources the registers, in order
   * @param threads the threads, at least 1 (1: every register on the calling thread)
   * @param given how to read (read ahead is added when there are two threads for each register)
   * @param newPart makes an empty part
   * @param adder adds an accepted child to a part
   * @param combine combines the parts so far (left, returned) with the next register's (right)
   * @return the combined part and the reads
   * @throws IOException when a register cannot be read (after the sink got the issues of the
   *     registers before it and those of the failing register read so far)
   */
  public static <P> Result<P> read(List<RegisterSource> sources, int threads, Settings given,
      Supplier<P> newPart, Adder<P> adder, BinaryOperator<P> combine) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    int n = Math.min(threads, sources.size());
    // a thread to spare for each register: each is read in two stages (tokenising ahead)
    Settings settings = threads >= 2 * Math.max(1, sources.size()) && !given.options().isReadAhead()
        ? new Settings(ReadOptions.builder().from(given.options()).readAhead(true).build(),
            given.acceptedRowIssues(), given.sink(), given.progress())
        : given;
    List<RegisterRead> reads = new ArrayList<>(sources.size());
    if (n <= 1) {
      P total = newPart.get();
      ReadSink sink = settings.sink();
      for (RegisterSource s : sources) {
        RegisterRead r = readOne(s, total, adder, settings, sink::issue, () -> false);
        reads.add(r);
        sink.sourceRead(r);
      }
      return new Result<>(total, List.copyOf(reads));
    }
    AtomicBoolean abort = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(n, new Daemons());
    List<Future<Part<P>>> futures = new ArrayList<>();
    List<IssueBuffer> buffers = new ArrayList<>();
    try {
      P total = newPart.get();
      int window = n * WINDOW;
      for (int i = 0; i < sources.size(); i++) {
        while (futures.size() < sources.size() && futures.size() < i + window) {
          RegisterSource s = sources.get(futures.size());
          IssueBuffer buffer = new IssueBuffer(settings.sink(), MEMORY_BUDGET);
          buffers.add(buffer);
          futures.add(pool.submit(() -> {
            P part = newPart.get();
            return new Part<>(part, readOne(s, part, adder, settings, buffer::add, abort::get));
          }));
        }
        IssueBuffer head = buffers.get(i);
        head.deliverFromNowOn();
        Part<P> p;
        try {
          p = futures.get(i).get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while reading " + sources.get(i).getName());
        } catch (ExecutionException e) {
          throw OrderedParallel.rethrow(e.getCause());
        }
        head.close();
        buffers.set(i, null);
        futures.set(i, null);
        total = combine.apply(total, p.part());
        reads.add(p.read());
        settings.sink().sourceRead(p.read());
      }
      return new Result<>(total, List.copyOf(reads));
    } finally {
      abort.set(true);
      pool.shutdown();
      try {
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      for (IssueBuffer b : buffers) {
        if (b != null) {
          b.close();
        }
      }
    }
  }


  /** One register's part and read. */
  private record Part<P>(P part, RegisterRead read) {}

  /**
   * Reads one register into a part, on the calling thread.
   *
   * @param <P> the part
   * @param s the register
   * @param part its part
   * @param adder adds an accepted child to the part
   * @param settings how to read
   * @param issues where its issues go, in order
   * @param aborted tells when to stop (then {@link CancellationException})
   * @return its digest and counts
   * @throws IOException when it cannot be opened or read
   */
  public static <P> RegisterRead readOne(RegisterSource s, P part, Adder<P> adder, Settings settings,
      Consumer<Issue> issues, BooleanSupplier aborted) throws IOException {
    ReadOptions o = ReadOptions.builder().from(settings.options()).fileName(s.getName()).build();
    boolean acceptedRowIssues = settings.acceptedRowIssues();
    ReadProgress progress = settings.progress();
    long pending = 0;
    try {
      Sha256Stream in = new Sha256Stream(s.open());
      try {
        DataQuality quality;
        boolean synthetic;
        Optional<TextEncoding> encoding;
        try (RegisterReader r = Registers.open(in, o)) {
          int shown = 0;
          for (Optional<RegisterRecord> rec = r.next(); rec.isPresent(); rec = r.next()) {
            shown = fileIssues(r, shown, issues);
            RegisterRecord x = rec.get();
            Optional<Child> child = x.getChild();
            if (child.isPresent()) {
              adder.add(part, child.get(), s);
              if (acceptedRowIssues) {
                x.getIssues().forEach(issues);
              }
            } else {
              x.getIssues().forEach(issues);
            }
            if (++pending == PROGRESS_STEP) {
              progress.rowsRead(pending);
              pending = 0;
            }
            if (aborted.getAsBoolean()) {
              throw new CancellationException();
            }
          }
          fileIssues(r, shown, issues);
          quality = r.getStats();
          synthetic = r.isSyntheticData();
          encoding = r.getTextEncoding();
        }
        return RegisterRead.of(s, in.finish(), quality, synthetic, encoding);
      } finally {
        in.release();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      progress.rowsRead(pending);
      progress.sourceDone();
    }
  }

  /** Delivers the file issues raised since the last call; returns how many were delivered in all. */
  private static int fileIssues(RegisterReader r, int shown, Consumer<Issue> issues) {
    List<Issue> f = r.getFileIssues();
    int k = shown;
    for (; k < f.size(); k++) {
      issues.accept(f.get(k));
    }
    return k;
  }

  /** Daemon threads named {@code treem-read-N}, so that a stuck read never keeps the JVM alive. */
  private static final class Daemons implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "treem-read-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
