package io.github.treem.io.submission;

import io.github.treem.core.validation.Issue;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.internal.read.OrderedParallel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads many submissions ({@link SubmissionJson#read(InputStream, String)}: strict parsing, every
 * value recomputed, the content's SHA-256 checked) on a fixed number of threads, and hands each
 * one, read or refused, to the calling thread in the order of the sources: what the consumer sees
 * (and so a {@link ProvinceRollUp.Merge} fed from it, and the order of the refusals) is the same
 * for every number of threads. Reading is most of a national merge's time (a submission is read
 * in about a millisecond, added in a fifth of that), so a province's machine reads on all its
 * cores while one thread adds up.
 *
 * <pre>{@code
 * ProvinceRollUp.Merge merge = ProvinceRollUp.builder().build().start();
 * SubmissionReading.of(4).read(sources, read -> {
 *   read.getSubmission().ifPresent(s -> merge.add(s, read.getSource().getName()).forEach(log::warn));
 *   read.getRefusal().ifPresent(log::warn);
 * });
 * ProvinceRollUp.Result result = merge.finish();
 * }</pre>
 *
 * <p>A submission is a named input like a register: its {@link RegisterSource}'s
 * {@linkplain RegisterSource#getName() name} is the file of the refusal's location. At most four
 * submissions per thread are read ahead of the first not yet handed over: memory does not grow
 * with their number.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SubmissionReading {
  private final int threads;

  private SubmissionReading(int threads) {
    this.threads = threads;
  }

  /**
   * A reading on some threads.
   *
   * @param threads the threads, at least 1 (1: every submission read on the calling thread)
   * @return the reading
   * @throws IllegalArgumentException when {@code threads} is below 1
   */
  public static SubmissionReading of(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    return new SubmissionReading(threads);
  }

  /** {@return the number of threads that read} */
  public int getThreads() {
    return threads;
  }

  /**
   * Reads the submissions.
   *
   * @param sources the submissions, in order
   * @param each gets each submission read or refused, on the calling thread, in the order of
   *     the sources
   * @throws IOException when a source cannot be opened or read (the sources before it were
   *     handed over, none after it)
   */
  public void read(List<RegisterSource> sources, Consumer<? super Outcome> each) throws IOException {
    Objects.requireNonNull(sources, "sources must not be null");
    Objects.requireNonNull(each, "each must not be null");
    OrderedParallel.map(List.copyOf(sources), threads, SubmissionReading::readOne, each);
  }

  private static Outcome readOne(RegisterSource source) throws IOException {
    try (InputStream in = source.open()) {
      return new Outcome(source, SubmissionJson.read(in, source.getName()), null);
    } catch (SubmissionReadException e) {
      return new Outcome(source, null, e.getIssue());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * One submission read, or refused with the coded, located issue.
   *
   * <p>Implementation requirements: immutable and thread-safe.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Outcome {
    private final RegisterSource source;
    private final @Nullable CommuneSubmission submission;
    private final @Nullable Issue refusal;

    private Outcome(RegisterSource source, @Nullable CommuneSubmission submission, @Nullable Issue refusal) {
      this.source = source;
      this.submission = submission;
      this.refusal = refusal;
    }

    /** {@return where the submission was read from} */
    public RegisterSource getSource() {
      return source;
    }

    /** {@return the submission, when it was read} */
    public Optional<CommuneSubmission> getSubmission() {
      return Optional.ofNullable(submission);
    }

    /** {@return why the submission was refused, when it was (a malformed file, a changed figure)} */
    public Optional<Issue> getRefusal() {
      return Optional.ofNullable(refusal);
    }

    @Override
    public String toString() {
      return "Outcome{source=" + source.getName() + ", " + (refusal != null ? "refused " + refusal.getCode() : "read") + "}";
    }
  }
}
