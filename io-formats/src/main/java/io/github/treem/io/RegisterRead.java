package io.github.treem.io;

import io.github.treem.indicators.DataQuality;
import io.github.treem.io.internal.TreemStyle;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What reading one register gave: the source, the SHA-256 of all its bytes (computed while it was
 * read, in the same pass), the counts of its rows and the encoding its text was read in.
 *
 * <p>Two reads are equal when their digests and counts are (the source and the encoding are not
 * compared).
 * Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class RegisterRead {
  RegisterRead() {}

  /** {@return the register read} */
  @Value.Auxiliary
  public abstract RegisterSource getSource();

  /** {@return the SHA-256 of all the register's bytes, in lower-case hex (64 characters)} */
  public abstract String getSha256();

  /** {@return the counts of its rows, and whether it was malformed} */
  public abstract DataQuality getQuality();

  /**
   * {@return whether the register carries the synthetic-data marker of its format
   * ({@link RegisterReader#isSyntheticData()}): a report computed from it is marked synthetic}
   *
   * @since 0.2.0
   */
  @Value.Default
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public boolean isSyntheticData() {
    return false;
  }

  /**
   * {@return the encoding its text was read in ({@link RegisterReader#getTextEncoding()}), when
   * the reader told it}
   *
   * @since 0.2.0
   */
  @Value.Auxiliary
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public abstract Optional<TextEncoding> getTextEncoding();

  /**
   * A read.
   *
   * @param source the register
   * @param sha256 the SHA-256 of its bytes, lower-case hex
   * @param quality the counts of its rows
   * @return the read
   */
  public static RegisterRead of(RegisterSource source, String sha256, DataQuality quality) {
    return new Builder().source(source).sha256(sha256).quality(quality).build();
  }

  /**
   * A read of a register that may carry the synthetic-data marker, with the encoding its text was
   * read in.
   *
   * @param source the register
   * @param sha256 the SHA-256 of its bytes, lower-case hex
   * @param quality the counts of its rows
   * @param syntheticData whether it is marked synthetic
   * @param textEncoding the encoding its text was read in, if known
   * @return the read
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static RegisterRead of(RegisterSource source, String sha256, DataQuality quality, boolean syntheticData,
      Optional<TextEncoding> textEncoding) {
    return new Builder().source(source).sha256(sha256).quality(quality).syntheticData(syntheticData)
        .textEncoding(textEncoding).build();
  }

  @Value.Check
  void check() {
    if (!getSha256().matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
    }
  }

  @Override
  public String toString() {
    return "RegisterRead{" + getSource().getName() + ", sha256=" + getSha256() + ", rowsRead="
        + getQuality().getRowsRead() + ", rowsRejected=" + getQuality().getRowsRejected()
        + (isSyntheticData() ? ", synthetic" : "") + "}";
  }

  /** Builds a {@link RegisterRead}. */
  static final class Builder extends ImmutableRegisterRead.Builder {
    Builder() {}
  }
}
