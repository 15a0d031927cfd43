package io.github.treem.io.internal.read;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The first stage of a two-stage reading (internal, not API): a daemon thread calls a source
 * over and over and hands what it returns, in order, to the thread that calls {@link #next()}.
 * A register reader puts its decoding, tokenising and mapping of rows here, and keeps on the
 * calling thread what must be done in order (validation, the duplicate-id check, the counts), so
 * that two cores read one file without changing a single record.
 *
 * <p>Memory: at most {@value #QUEUED} batches wait in the queue, plus one being filled and one
 * being read; a batch ends at {@value #BATCH_ITEMS} items or once its items' sizes (as the
 * caller measures them, in characters) reach {@value #BATCH_CHARS}. With items bounded by the
 * reader's limits, the memory is bounded whatever the file.
 *
 * <p>A failure of the source (an {@link IOException} or any other exception or error) is handed
 * over after the items before it and thrown by {@link #next()}. {@link #close()} stops the thread
 * and waits for it, so that the caller may then close what the source reads.
 *
 * @param <T> the items
 */
public final class ReadAhead<T> implements AutoCloseable {
  static final int BATCH_ITEMS = 512;
  static final long BATCH_CHARS = 1 << 18;
  static final int QUEUED = 4;
  /** The name of the read-ahead threads. */
  public static final String THREAD_NAME = "treem-read-ahead";

  /** What the read-ahead thread calls. */
  @FunctionalInterface
  public interface Source<T> {
    /**
     * The next item.
     *
     * @return the item, or null at the end
     * @throws IOException from the input
     */
    @Nullable T next() throws IOException;
  }

  private static final class Batch {
    final Object[] items = new Object[BATCH_ITEMS];
    int size;
    long chars;
    boolean end;
    @Nullable Throwable failure;
  }

  private final Source<T> source;
  private final ToLongFunction<T> chars;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
  private final Thread thread;
  private volatile boolean closed;
  private @Nullable Batch batch;
  private int at;

  /**
   * Starts reading ahead.
   *
   * @param source what the thread calls until it returns null or fails
   * @param chars an item's size, in characters, for the bound on a batch
   */
  public ReadAhead(Source<T> source, ToLongFunction<T> chars) {
    this.source = source;
    this.chars = chars;
    this.thread = new Thread(this::produce, THREAD_NAME);
    thread.setDaemon(true);
    thread.start();
  }

  private void produce() {
    try {
      while (!closed) {
        Batch b = new Batch();
        try {
          while (b.size < BATCH_ITEMS && b.chars < BATCH_CHARS) {
            T item = source.next();
            if (item == null) {
              b.end = true;
              break;
            }
            b.items[b.size++] = item;
            b.chars += chars.applyAsLong(item);
          }
        } catch (IOException | RuntimeException | Error e) {
          b.failure = e;
          b.end = true;
        }
        queue.put(b);
        if (b.end) {
          return;
        }
      }
    } catch (InterruptedException e) {
      // closed: nothing more to hand over
    }
  }

  /**
   * The next item, in the source's order.
   *
   * @return the item, or null at the end
   * @throws IOException the source's, after the items before it
   */
  @SuppressWarnings("unchecked")
  public @Nullable T next() throws IOException {
    while (batch == null || at >= batch.size) {
      if (batch != null && batch.end) {
        Throwable f = batch.failure;
        batch.failure = null;
        if (f != null) {
          rethrow(f);
        }
        return null;
      }
      try {
        batch = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading ahead");
      }
      at = 0;
    }
    T item = (T) batch.items[at];
    batch.items[at++] = null; // handed over: the batch no longer holds it
    return item;
  }

  private static void rethrow(Throwable f) throws IOException {
    if (f instanceof IOException io) {
      throw io;
    }
    if (f instanceof UncheckedIOException u) {
      throw u.getCause();
    }
    if (f instanceof RuntimeException r) {
      throw r;
    }
    throw (Error) f;
  }

  /**
   * Stops the read-ahead thread and waits for it: a thread waiting on the queue is interrupted;
   * one blocked reading a stream that does not answer an interrupt is waited for at most ten
   * seconds, then left (it is a daemon, and stops at its next item).
   */
  @Override
  public void close() {
    closed = true;
    queue.clear();
    thread.interrupt();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
