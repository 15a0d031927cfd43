package io.github.treem.io.internal.read;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Maps inputs on a fixed pool of threads and hands the results to the calling thread in the order
 * of the inputs (internal, not API): the consumer sees exactly what a loop on one thread would
 * give it, and an input's failure is thrown when its turn comes, after every earlier result was
 * handed over. At most {@value #WINDOW} inputs per thread are worked on ahead of the first not yet
 * handed over, so that memory does not grow with the number of inputs.
 */
public final class OrderedParallel {
  /** Inputs worked on ahead per thread. */
  static final int WINDOW = 4;

  private OrderedParallel() {}

  /**
   * The work on one input.
   *
   * @param <I> the input
   * @param <T> the result
   */
  @FunctionalInterface
  public interface Work<I, T> {
    /**
     * Works on one input, on any thread.
     *
     * @param input the input
     * @return the result
     * @throws IOException when the input cannot be read
     */
    T apply(I input) throws IOException;
  }

  /**
   * Maps the inputs in order.
   *
   * @param <I> the input
   * @param <T> the result
   * @param inputs the inputs, in order
   * @param threads the threads, at least 1 (1: every input on the calling thread)
   * @param work the work on one input (thread-safe)
   * @param inOrder gets each result on the calling thread, in the order of the inputs
   * @throws IOException the first failure, in the order of the inputs (the results before it
   *     were handed over; no later one is)
   */
  public static <I, T> void map(List<I> inputs, int threads, Work<I, T> work, Consumer<? super T> inOrder)
      throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    int n = Math.min(threads, inputs.size());
    if (n <= 1) {
      for (I input : inputs) {
        inOrder.accept(work.apply(input));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(n, new Daemons());
    Queue<Future<T>> ahead = new ArrayDeque<>();
    try {
      int next = 0;
      for (int i = 0; i < inputs.size(); i++) {
        while (next < inputs.size() && next < i + n * WINDOW) {
          I input = inputs.get(next++);
          ahead.add(pool.submit(() -> work.apply(input)));
        }
        T result;
        try {
          result = ahead.remove().get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while reading");
        } catch (ExecutionException e) {
          throw rethrow(e.getCause());
        }
        inOrder.accept(result);
      }
    } finally {
      ahead.forEach(f -> f.cancel(true));
      pool.shutdownNow();
      try {
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The cause of a worker's failure, as the caller's exception: an I/O error returned to be
   * thrown, an unchecked one thrown as it is (also for {@link ParallelRead}).
   */
  static IOException rethrow(@Nullable Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(cause);
  }

  /** Daemon threads named {@code treem-map-N}, so that a stuck input never keeps the JVM alive. */
  private static final class Daemons implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "treem-map-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
