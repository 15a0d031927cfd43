package io.github.treem.io;

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
 * Streams the records of one child register file (CSV, JSON or JSON Lines), one at a time, in
 * constant memory. Bad data never throws: every record is returned accepted or rejected with its
 * issues, and problems of the file itself (encoding, header, truncation, limits) are in
 * {@link #getFileIssues()}. After the last record,
 * {@code rowsRead == rowsAccepted + rowsRejected} always holds in {@link #getStats()}.
 *
 * <p>Implementation requirements: not thread-safe; one reader per thread.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface RegisterReader extends Closeable {

  /**
   * Reads the next record.
   *
   * @return the record, or empty at the end of the file (or when the file cannot be read further,
   *     with the reason in {@link #getFileIssues()})
   * @throws java.io.UncheckedIOException on an I/O error of the underlying stream
   */
  Optional<RegisterRecord> next();

  /** {@return issues of the file that belong to no record, so far} */
  List<Issue> getFileIssues();

  /** {@return the counts so far} */
  DataQuality getStats();

  /**
   * Whether the register, as far as it has been read, is marked as synthetic data (written by
   * {@code treem generate}: never real children). The marker of each format
   * (docs/json-formats.md §1, docs/register-format.md §5): {@code "syntheticData": true} at the
   * root of a JSON document or in the header line of a JSON Lines file, a {@code synthetic_data}
   * column with yes in a row of a CSV file or a workbook. Known for certain once every record is
   * read (a JSON document may carry it after its children; a CSV row anywhere).
   *
   * @return whether it is marked synthetic; {@code false} by default
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  default boolean isSyntheticData() {
    return false;
  }

  /**
   * {@return the encoding the register's text is read in, known once the reader is open: for a
   * CSV register the one asked for ({@link ReadOptions#getTextEncoding()}), or the one detected
   * for {@link TextEncoding#AUTO} or a UTF-16 byte-order mark; UTF-8 for JSON; for a workbook the
   * encoding its text cells are read in ({@link TextEncoding#TCVN3}, {@link TextEncoding#VNI},
   * else UTF-8). Empty when the reader does not tell (a refused workbook; by default).
   * {@code ReportPipeline} records it in the report's manifest
   * ({@code ReportManifest.getInputEncodings()})}
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  default Optional<TextEncoding> getTextEncoding() {
    return Optional.empty();
  }

  /** {@return the remaining records as a sequential stream (closing it does not close the reader)} */
  default Stream<RegisterRecord> stream() {
    return StreamSupport.stream(new Spliterators.AbstractSpliterator<RegisterRecord>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super RegisterRecord> action) {
        Optional<RegisterRecord> r = next();
        r.ifPresent(action);
        return r.isPresent();
      }
    }, false);
  }

  /** Closes the underlying stream. */
  @Override
  void close();
}
