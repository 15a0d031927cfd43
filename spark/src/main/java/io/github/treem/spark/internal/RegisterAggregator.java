package io.github.treem.spark.internal;

import io.github.treem.io.RegisterReading;
import io.github.treem.io.RegisterSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The Spark {@link Aggregator} of treem-spark (internal, not API): its input is one register file
 * per row (column 0 the file's path, column 1 its bytes, as Spark's {@code binaryFile} source
 * gives them), its buffer a {@link Partial} built on treem's accumulator, its output the
 * partial's binary form.
 *
 * <p>{@link #reduce} reads the file with the reading step of treem's report pipeline
 * ({@link RegisterReading#readInto}, which tells CSV, JSON and JSON Lines apart), exactly as
 * {@code treem report} reads a file: the same row rules, the same per-file rule on repeated
 * {@code child_id}s (the first occurrence wins), the same counts; each accepted child is added to
 * the accumulator with the file's name without its extension as its {@code AREA} key. The children never leave the task that read them: only
 * counts are merged and shuffled.
 */
public final class RegisterAggregator extends Aggregator<Row, Partial, byte[]> {
  private static final long serialVersionUID = 1L;

  private final Settings settings;

  /**
   * An aggregator of the settings.
   *
   * @param settings the calculator's and the reader's settings
   */
  public RegisterAggregator(Settings settings) {
    this.settings = settings;
  }

  @Override
  public Partial zero() {
    return new Partial(settings);
  }

  @Override
  public Partial reduce(Partial buffer, Row file) {
    String path = file.getString(0);
    byte[] content = (byte[]) file.get(1);
    RegisterSource source = source(fileName(path), content);
    RegisterReading reading = RegisterReading.builder().options(settings.readOptions(source.getName())).threads(1)
        .build();
    try {
      io.github.treem.io.RegisterRead read = reading.readInto(source, buffer.accumulator());
      // the file's synthetic-data marker travels with the counts, as treem report keeps it
      buffer.addFile(read.getQuality(), read.isSyntheticData());
    } catch (IOException e) {
      // the bytes are in memory: no I/O can fail
      throw new UncheckedIOException(e);
    }
    return buffer;
  }

  @Override
  public Partial merge(Partial b1, Partial b2) {
    return b1.merge(b2);
  }

  @Override
  public byte[] finish(Partial reduction) {
    return reduction.toBytes();
  }

  @Override
  public Encoder<Partial> bufferEncoder() {
    return Encoders.javaSerialization(Partial.class);
  }

  @Override
  public Encoder<byte[]> outputEncoder() {
    return Encoders.BINARY();
  }

  /**
   * The name of a file from its path or URI ({@code hdfs://nn/registers/19885.csv} gives
   * {@code 19885.csv}).
   *
   * @param path the path
   * @return its last segment
   */
  public static String fileName(String path) {
    String p = path;
    while (p.endsWith("/") && p.length() > 1) {
      p = p.substring(0, p.length() - 1);
    }
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /**
   * A file's bytes as a register: named by its file name, its {@code AREA} key the name without
   * extension, exactly as {@code treem report} names a file ({@link RegisterSource}).
   *
   * @param fileName the file's name
   * @param content its bytes
   * @return the register
   */
  public static RegisterSource source(String fileName, byte[] content) {
    return RegisterSource.of(fileName, () -> new ByteArrayInputStream(content));
  }
}
