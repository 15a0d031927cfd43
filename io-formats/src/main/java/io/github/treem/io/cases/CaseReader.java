package io.github.treem.io.cases;

import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.DataQuality;
import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apiguardian.api.API;

/**
 * Streams the records of one case file, one at a time, in constant memory (the case ids seen,
 * kept to reject a repeated id, excepted). Bad data never throws: every record is returned
 * accepted or rejected with its issues; problems of the file itself (header, syntax that stops
 * reading, an empty file) are in {@link #getFileIssues()}. After the last record,
 * {@code rowsRead == rowsAccepted + rowsRejected} in {@link #getStats()}.
 *
 * <p>Implementation requirements: not thread-safe; one reader per thread.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface CaseReader extends Closeable {

  /**
   * Reads the next record.
   *
   * @return the record, or empty at the end of the file
   * @throws java.io.UncheckedIOException on an I/O error of the underlying stream
   */
  Optional<CaseRecord> next();

  /** {@return issues of the file that belong to no record, so far} */
  List<Issue> getFileIssues();

  /**
   * Whether the file carries the synthetic-data marker of its form: {@code "syntheticData": true}
   * in a JSON Lines header line, the column {@code synthetic_data} with a yes in the CSV form. A
   * report computed from a marked file says the data are synthetic (the banner, manifest
   * {@code syntheticData}). Known once the first record is read (or the end reached).
   *
   * @return true when the file is marked synthetic (false by default)
   */
  default boolean isSyntheticData() {
    return false;
  }

  /** {@return the counts so far} */
  DataQuality getStats();

  /** {@return the remaining records as a sequential stream (closing it does not close the reader)} */
  default Stream<CaseRecord> stream() {
    return StreamSupport.stream(new Spliterators.AbstractSpliterator<CaseRecord>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super CaseRecord> action) {
        Optional<CaseRecord> r = next();
        r.ifPresent(action);
        return r.isPresent();
      }
    }, false);
  }

  /** Closes the underlying stream. */
  @Override
  void close();
}
