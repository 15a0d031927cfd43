package io.github.treem.io;

import io.github.treem.indicators.Accumulator;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.internal.read.ParallelRead;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How treem reads several registers: with which {@link ReadOptions}, on how many threads, and
 * where their issues and progress go. It is the reading stage of
 * {@link io.github.treem.io.report.ReportPipeline}, and on its own what {@code treem validate}
 * does ({@link #check(List)}).
 *
 * <pre>{@code
 * List<Issue> issues = new ArrayList<>();   // or the application's own log or queue
 * RegisterReading reading = RegisterReading.builder()
 *     .options(ReadOptions.builder().reportingYear(2020).validator(validator::validate).build())
 *     .threads(4)
 *     .sink(issues::add)
 *     .build();
 * List<RegisterRead> reads = reading.check(RegisterSource.listFolder(Path.of("registers/2020")));
 * }</pre>
 *
 * <p>Every register is read once: its SHA-256 is computed from the same bytes as they are read.
 * Each register's name replaces the options' file name in the locations of its issues. With
 * several threads the registers are read in parallel, each into its own part, combined in the
 * order of the registers, and at most a few registers per thread are read ahead, so that memory
 * does not grow with their number; the results and the calls of the {@link ReadSink} are the same
 * for every number of threads: for each register in order, its issues in the order its reader
 * raised them (the file's issues and the issues of rejected rows, and with
 * {@link Builder#acceptedRowIssues(boolean)} those of accepted rows too), then
 * {@link ReadSink#sourceRead(RegisterRead)}. The issues of a register read ahead wait in memory
 * up to a budget, then in a temporary file (owner-only, deleted when delivered).
 *
 * <p>When a register cannot be read (missing, unreadable, an I/O error midway), reading stops
 * with an {@link IOException} once the sink has the issues of the registers before it and those
 * of the failing one read so far. Bad data never stops reading: it is counted and reported.
 *
 * <p>Implementation requirements: immutable and thread-safe (as far as its sink, progress
 * listener and validator are); each call reads on threads of its own.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RegisterReading {
  private final ReadOptions options;
  private final int threads;
  private final boolean acceptedRowIssues;
  private final ReadSink sink;
  private final ReadProgress progress;

  private RegisterReading(Builder b) {
    this.options = Objects.requireNonNull(b.options, "options must be set");
    this.threads = b.threads;
    this.acceptedRowIssues = b.acceptedRowIssues;
    this.sink = b.sink;
    this.progress = b.progress;
  }

  /**
   * A reading with the given options and every default: threads as the processors, no sink, no
   * progress.
   *
   * @param options the read options
   * @return the reading
   */
  public static RegisterReading of(ReadOptions options) {
    return builder().options(options).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the read options (each register's name replaces their file name)} */
  public ReadOptions getOptions() {
    return options;
  }

  /** {@return the threads that read registers in parallel (at most one per register)} */
  public int getThreads() {
    return threads;
  }

  /** {@return whether the issues of accepted rows go to the sink too} */
  public boolean isAcceptedRowIssues() {
    return acceptedRowIssues;
  }

  /** {@return where issues go, in the order of the registers} */
  public ReadSink getSink() {
    return sink;
  }

  /** {@return who hears how far reading has got} */
  public ReadProgress getProgress() {
    return progress;
  }

  /**
   * A copy with another sink.
   *
   * @param sink the sink
   * @return the copy
   */
  public RegisterReading withSink(ReadSink sink) {
    return new Builder().from(this).sink(sink).build();
  }

  /**
   * A copy with another number of threads.
   *
   * @param threads at least 1
   * @return the copy
   */
  public RegisterReading withThreads(int threads) {
    return new Builder().from(this).threads(threads).build();
  }

  /**
   * Reads registers, giving their issues to the sink, without computing anything from their rows:
   * what {@code treem validate} does.
   *
   * @param sources the registers, in order
   * @return each register's digest and counts, in order
   * @throws IOException when a register cannot be read (see the class description)
   */
  public List<RegisterRead> check(List<RegisterSource> sources) throws IOException {
    return ParallelRead.read(sources, threads, ParallelRead.Settings.of(this), () -> null, (part, child, source) -> { },
        (a, b) -> null).reads();
  }

  /**
   * Reads one register on the calling thread, adding every accepted child to an accumulator
   * with the register's {@linkplain RegisterSource#getArea() area}: the step that a distributed
   * engine runs where the register is (as {@code treem-spark} does), before the accumulators are
   * merged and the report finished
   * ({@link io.github.treem.io.report.ReportPipeline#finish(Accumulator, DataQuality)}).
   *
   * @param source the register
   * @param accumulator where its accepted children go
   * @return its digest and counts
   * @throws IOException when it cannot be read
   */
  public RegisterRead readInto(RegisterSource source, Accumulator accumulator) throws IOException {
    Objects.requireNonNull(accumulator, "accumulator must not be null");
    RegisterRead r = ParallelRead.readOne(source, accumulator, ParallelRead.ACCUMULATE, ParallelRead.Settings.of(this),
        sink::issue, () -> false);
    sink.sourceRead(r);
    return r;
  }

  @Override
  public String toString() {
    return "RegisterReading{" + options + ", threads=" + threads + "}";
  }

  /** Builds a {@link RegisterReading}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private @Nullable ReadOptions options;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean acceptedRowIssues;
    private ReadSink sink = ReadSink.NONE;
    private ReadProgress progress = ReadProgress.NONE;

    Builder() {}

    /**
     * Starts from a reading's settings.
     *
     * @param reading the reading
     * @return this builder
     */
    public Builder from(RegisterReading reading) {
      this.options = reading.options;
      this.threads = reading.threads;
      this.acceptedRowIssues = reading.acceptedRowIssues;
      this.sink = reading.sink;
      this.progress = reading.progress;
      return this;
    }

    /**
     * Sets the read options (required; each register's name replaces their file name).
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(ReadOptions options) {
      this.options = Objects.requireNonNull(options, "options must not be null");
      return this;
    }

    /**
     * Sets the threads that read registers in parallel, at most one per register (default: the
     * available processors). The results do not depend on it.
     *
     * @param threads at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      this.threads = threads;
      return this;
    }

    /**
     * Sets whether the issues of accepted rows (warnings, such as an unknown JSON property or,
     * in lenient mode, a value dropped to missing) go to the sink too; by default only the
     * file's issues and those of rejected rows do.
     *
     * @param acceptedRowIssues whether they do
     * @return this builder
     */
    public Builder acceptedRowIssues(boolean acceptedRowIssues) {
      this.acceptedRowIssues = acceptedRowIssues;
      return this;
    }

    /**
     * Sets where issues go, in the order of the registers (default: nowhere).
     *
     * @param sink the sink
     * @return this builder
     */
    public Builder sink(ReadSink sink) {
      this.sink = Objects.requireNonNull(sink, "sink must not be null");
      return this;
    }

    /**
     * Sets who hears how far reading has got (default: nobody).
     *
     * @param progress the listener
     * @return this builder
     */
    public Builder progress(ReadProgress progress) {
      this.progress = Objects.requireNonNull(progress, "progress must not be null");
      return this;
    }

    /**
     * Builds the reading.
     *
     * @return the reading
     * @throws NullPointerException when the options are not set
     */
    public RegisterReading build() {
      return new RegisterReading(this);
    }
  }
}
