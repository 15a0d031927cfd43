package io.github.treem.spark.internal;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.Accumulator;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.IndicatorCalculator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * The buffer of {@link RegisterAggregator} (internal, not API): the accumulator of the files read
 * so far, their read counts and their number. It crosses Spark's shuffle by Java serialization,
 * whose custom form is the accumulator's own versioned binary form
 * ({@link Accumulator#writeTo(DataOutput)}): counts only, never a child.
 *
 * <p>Its binary form ({@link #toBytes()}, the aggregator's output): int magic {@code 0x54525350}
 * ("TRSP"), int version 2, long files, long rows read, long rows accepted, long rows rejected,
 * boolean malformed, boolean synthetic (some file carried the synthetic-data marker of its
 * format), then the accumulator's binary form. Version 1 (without the synthetic flag, read as
 * false) is still read.
 */
public final class Partial implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAGIC = 0x54525350;
  private static final int VERSION = 2;
  /** The version written before the synthetic flag; still read. */
  private static final int VERSION_1 = 1;

  private final Settings settings;
  private long files;
  private long rowsRead;
  private long rowsAccepted;
  private long rowsRejected;
  private boolean malformed;
  private boolean synthetic;
  private transient Accumulator accumulator;

  Partial(Settings settings) {
    this.settings = settings;
    this.accumulator = settings.calculator().newAccumulator();
  }

  /** {@return the accumulator (mutable)} */
  Accumulator accumulator() {
    return accumulator;
  }

  /**
   * Counts one file read.
   *
   * @param stats its counts
   * @param syntheticData whether the file carried the synthetic-data marker of its format
   */
  void addFile(DataQuality stats, boolean syntheticData) {
    files++;
    synthetic |= syntheticData;
    rowsRead += stats.getRowsRead();
    rowsAccepted += stats.getRowsAccepted();
    rowsRejected += stats.getRowsRejected();
    malformed |= stats.isMalformed();
  }

  /**
   * Adds another buffer into this one.
   *
   * @param other the other (left unchanged)
   * @return this buffer
   */
  Partial merge(Partial other) {
    accumulator.merge(other.accumulator);
    files += other.files;
    rowsRead += other.rowsRead;
    rowsAccepted += other.rowsAccepted;
    rowsRejected += other.rowsRejected;
    malformed |= other.malformed;
    synthetic |= other.synthetic;
    return this;
  }

  /** {@return the binary form of this buffer} */
  byte[] toBytes() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(b)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeLong(files);
      out.writeLong(rowsRead);
      out.writeLong(rowsAccepted);
      out.writeLong(rowsRejected);
      out.writeBoolean(malformed);
      out.writeBoolean(synthetic);
      accumulator.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toByteArray();
  }

  /** The parts of a binary form read back, for the API's result. */
  public static final class Decoded {
    /** The number of files. */
    public final long files;
    /** Their summed read counts. */
    public final DataQuality stats;
    /** Their accumulated counts. */
    public final Accumulator accumulator;
    /** Whether some file carried the synthetic-data marker of its format. */
    public final boolean synthetic;

    Decoded(long files, DataQuality stats, Accumulator accumulator, boolean synthetic) {
      this.files = files;
      this.stats = stats;
      this.accumulator = accumulator;
      this.synthetic = synthetic;
    }
  }

  /**
   * Reads a binary form written by {@link #toBytes()}.
   *
   * @param bytes the form
   * @param calculator the calculator it was written with
   * @return the parts
   * @throws InvalidValueException TREEM-SPARK-0003 when the bytes are not such a form; the
   *     accumulator's own codes when its part does not match the calculator
   */
  public static Decoded decode(byte[] bytes, IndicatorCalculator calculator) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int version = in.readInt() == MAGIC ? in.readInt() : -1;
      if (version != VERSION && version != VERSION_1) {
        throw new InvalidValueException(SparkErrorCode.AGGREGATOR_OUTPUT_CORRUPT, "not the output of treem's Spark aggregator");
      }
      long files = in.readLong();
      long read = in.readLong();
      long accepted = in.readLong();
      long rejected = in.readLong();
      boolean malformed = in.readBoolean();
      boolean synthetic = version != VERSION_1 && in.readBoolean();
      DataQuality stats;
      try {
        stats = DataQuality.of(read, accepted, rejected, malformed);
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(SparkErrorCode.AGGREGATOR_OUTPUT_CORRUPT, "inconsistent counts in the aggregator's output");
      }
      Accumulator acc = calculator.readAccumulator(in);
      if (in.read() != -1) {
        throw new InvalidValueException(SparkErrorCode.AGGREGATOR_OUTPUT_CORRUPT, "trailing bytes after the aggregator's output");
      }
      return new Decoded(files, stats, acc, synthetic);
    } catch (IOException e) {
      throw new InvalidValueException(SparkErrorCode.AGGREGATOR_OUTPUT_CORRUPT, "truncated output of treem's Spark aggregator");
    }
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    accumulator.writeTo(out);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    accumulator = settings.calculator().readAccumulator(in);
  }
}
