package io.github.treem.cli;

import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.Accumulator;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.ReadStats;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Registers;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
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
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads registers into one accumulator, one pass per file (each file's SHA-256 is computed while
 * it is read), on one thread or on a fixed pool of threads, with the same result and the same
 * standard-error lines whatever the number of threads.
 *
 * <p>With several threads, each file is read into its own accumulator; the accumulators are merged
 * in the order of the files and the counts summed. The first file's rejected rows are written to
 * standard error as they are read; the others' go to a {@link SpillBuffer} (bounded memory, then
 * a temporary file), copied to standard error in the order of the files. At most
 * {@value #WINDOW} files per thread are read ahead of the first file not yet merged, so that memory
 * does not grow with the number of files.
 */
final class RegisterReads {
  /** Characters of standard-error lines kept in memory per file before spilling to a temporary file. */
  static final int MEMORY_BUDGET = 1 << 16;
  /** Files read ahead per thread. */
  static final int WINDOW = 4;

  private RegisterReads() {}

  /** Opens a register's bytes. */
  @FunctionalInterface
  interface Opener {
    /**
     * {@return a new stream of the register's bytes}
     *
     * @throws IOException when it cannot be opened
     */
    InputStream open() throws IOException;
  }

  /**
   * A register to read.
   *
   * @param area its key in the {@code area} breakdown
   * @param fileName the name in issue locations (as {@link Registers#open(java.nio.file.Path,
   *     ReadOptions)} takes it: the file name without directories), or empty
   * @param opener how to open its bytes
   */
  record Source(String area, Optional<String> fileName, Opener opener) {}

  /**
   * What was read.
   *
   * @param accumulator the merged counts
   * @param stats the summed counts of rows
   * @param sha256 each source's SHA-256 (lower-case hex), in the order of the sources
   */
  record Result(Accumulator accumulator, ReadStats stats, List<String> sha256) {}

  /** One file's part. */
  private record Part(Accumulator accumulator, ReadStats stats, String sha256) {}

  /**
   * Reads the sources.
   *
   * @param sources the registers, in order
   * @param threads the threads, at least 1 (1: every file on the calling thread)
   * @param accumulators makes an empty accumulator
   * @param options the read options (a source's file name is added unless they name one)
   * @param err where rejected rows and file issues are written
   * @return the counts and digests
   * @throws UncheckedIOException when a file cannot be read (after the lines of the files before it)
   */
  static Result read(List<Source> sources, int threads, Supplier<Accumulator> accumulators, ReadOptions options,
      PrintWriter err) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    int n = Math.min(threads, sources.size());
    if (n <= 1) {
      Accumulator acc = accumulators.get();
      ReadStats stats = ReadStats.EMPTY;
      List<String> hashes = new ArrayList<>();
      for (Source s : sources) {
        Part p = readOne(s, acc, options, err::println, () -> false);
        stats = stats.plus(p.stats());
        hashes.add(p.sha256());
      }
      return new Result(acc, stats, List.copyOf(hashes));
    }
    AtomicBoolean abort = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(n, new Daemons());
    List<Future<Part>> futures = new ArrayList<>();
    List<SpillBuffer> buffers = new ArrayList<>();
    try {
      Accumulator acc = accumulators.get();
      ReadStats stats = ReadStats.EMPTY;
      List<String> hashes = new ArrayList<>();
      int window = n * WINDOW;
      for (int i = 0; i < sources.size(); i++) {
        while (futures.size() < sources.size() && futures.size() < i + window) {
          Source s = sources.get(futures.size());
          SpillBuffer buffer = futures.isEmpty() ? null : new SpillBuffer(MEMORY_BUDGET);
          Consumer<String> lines = buffer == null ? err::println : buffer::println;
          buffers.add(buffer);
          futures.add(pool.submit(() -> readOne(s, accumulators.get(), options, lines, abort::get)));
        }
        Part p;
        try {
          p = futures.get(i).get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new UncheckedIOException(new InterruptedIOException("interrupted"));
        } catch (ExecutionException e) {
          flush(buffers, i, err);
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
          }
          if (cause instanceof Error) {
            throw (Error) cause;
          }
          throw new IllegalStateException(cause);
        }
        flush(buffers, i, err);
        futures.set(i, null);
        acc.merge(p.accumulator());
        stats = stats.plus(p.stats());
        hashes.add(p.sha256());
      }
      return new Result(acc, stats, List.copyOf(hashes));
    } finally {
      abort.set(true);
      pool.shutdown();
      try {
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      for (SpillBuffer b : buffers) {
        if (b != null) {
          b.close();
        }
      }
    }
  }

  private static void flush(List<SpillBuffer> buffers, int i, PrintWriter err) {
    SpillBuffer b = buffers.get(i);
    if (b != null) {
      b.copyTo(err);
      b.close();
      buffers.set(i, null);
    }
  }

  private static Part readOne(Source s, Accumulator acc, ReadOptions options, Consumer<String> err,
      java.util.function.BooleanSupplier aborted) {
    ReadOptions o = options.getFileName().isPresent() || s.fileName().isEmpty() ? options
        : ReadOptions.builder().from(options).fileName(s.fileName().get()).build();
    try {
      Sha256InputStream in = new Sha256InputStream(s.opener().open());
      ReadStats stats;
      String sha256;
      try (RegisterReader r = Registers.open(in, o)) {
        Optional<RegisterRecord> rec;
        while ((rec = r.next()).isPresent()) {
          RegisterRecord x = rec.get();
          if (x.getChild().isPresent()) {
            acc.add(x.getChild().get(), s.area());
          } else {
            for (Issue i : x.getIssues()) {
              err.accept(line(i));
            }
          }
          if (aborted.getAsBoolean()) {
            throw new CancellationException();
          }
        }
        for (Issue i : r.getFileIssues()) {
          err.accept(line(i));
        }
        stats = r.getStats();
        sha256 = in.finish();
      } finally {
        in.release();
      }
      return new Part(acc, stats, sha256);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the standard-error line of a rejected row or a file issue} */
  static String line(Issue issue) {
    StringBuilder b = new StringBuilder("treem report: ");
    issue.getLocation().getFile().ifPresent(f -> b.append(f).append(": "));
    issue.getLocation().getLine().ifPresent(l -> b.append("line ").append(l));
    issue.getLocation().getColumn().ifPresent(c -> b.append(", column ").append(c));
    if (issue.getLocation().getLine().isPresent() || issue.getLocation().getColumn().isPresent()) {
      b.append(": ");
    }
    b.append(issue.getMessageEn()).append(" [").append(issue.getCode()).append(']');
    return b.toString();
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
