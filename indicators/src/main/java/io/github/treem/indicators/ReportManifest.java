package io.github.treem.indicators;

import io.github.treem.core.TreemVersion;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.growth.WhoGrowth;
import io.github.treem.indicators.internal.IndicatorErrorCode;
import io.github.treem.indicators.internal.TreemStyle;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a published report was made from, so that anyone can reproduce it: the treem version, the
 * reporting year and reference date, the SHA-256 of each WHO growth table and of each input file,
 * the encoding each register was read in, and the options used. Maps are kept in natural key order so that the manifest of the same
 * inputs is the same whatever the order the files were given in.
 *
 * <pre>{@code
 * ReportManifest m = ReportManifest.builder().year(2020).referenceDate(LocalDate.of(2020, 12, 31))
 *     .putInputs("qv.csv", ReportManifest.sha256(bytes)).putOptions("by", "village").build();
 * }</pre>
 *
 * <p>Input files are named by file name only (never a directory path). Its JSON form is written
 * and read by io-formats' report codec ({@code ReportJson}); {@link #toLines()} is its text form.
 * Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class ReportManifest {
  ReportManifest() {}

  /** {@return the treem version, by default {@link TreemVersion#current()}} */
  @Value.Default
  public String getTreemVersion() {
    return TreemVersion.current();
  }

  /** {@return the reporting year} */
  public abstract int getYear();

  /** {@return the reference date} */
  public abstract LocalDate getReferenceDate();

  /** {@return the SHA-256 of each WHO growth table, by file name; by default the tables in use} */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> getGrowthTables();

  /** {@return the SHA-256 (lower-case hex) of each input file, by file name} */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> getInputs();

  /**
   * {@return the encoding each register's text was read in, by input name (a key of
   * {@link #getInputs()}): {@code utf-8}, {@code utf-16}, {@code windows-1258}, {@code tcvn3} or
   * {@code vni}; the encoding asked for ({@code --encoding}), or the one detected when
   * {@code auto} was asked or the file began with a UTF-16 byte-order mark. JSON registers are
   * UTF-8; a workbook's is the encoding its text cells were read in ({@code tcvn3} or
   * {@code vni} for cells typed in those fonts, else {@code utf-8}). Empty when the inputs are
   * not registers (a province's sum of submissions) or were read before treem recorded it}
   *
   * @since 0.2.0
   */
  @Value.NaturalOrder
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public abstract SortedMap<String, String> getInputEncodings();

  /** {@return the options used, by name (e.g. {@code by=village}, {@code suppression=true})} */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> getOptions();

  /**
   * {@return whether the report was computed from synthetic data (a register written by
   * {@code treem generate} or the synthetic generators, marked as such, or the bundled demo
   * register): every format states it, {@code true} or {@code false}, and every human-readable
   * output shows the banner {@link #SYNTHETIC_VI} / {@link #SYNTHETIC_EN}}
   */
  @Value.Default
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public boolean isSyntheticData() {
    return false;
  }

  /** The banner of a report of synthetic data, in Vietnamese. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final String SYNTHETIC_VI = "DỮ LIỆU MÔ PHỎNG – không phải số liệu thật";

  /** The banner of a report of synthetic data, in English. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final String SYNTHETIC_EN = "SYNTHETIC DATA – not real figures";

  @Value.Check
  ReportManifest normalize() {
    if (getGrowthTables().isEmpty()) {
      return builder().from(this).putAllGrowthTables(WhoGrowth.standards().getTableChecksums()).build();
    }
    for (String sha : getInputs().values()) {
      if (!sha.matches("[0-9a-f]{64}")) {
        throw new InvalidValueException(IndicatorErrorCode.MANIFEST_DIGEST_FORMAT, "an input digest is not a SHA-256 in lower-case hex");
      }
    }
    if (!getInputs().keySet().containsAll(getInputEncodings().keySet())) {
      throw new InvalidValueException(IndicatorErrorCode.MANIFEST_ENCODING_INPUT,
          "an input encoding is given for a file that is not an input");
    }
    return this;
  }

  /**
   * The SHA-256 of bytes (a register's digest is taken as it is read, by io-formats'
   * {@code RegisterReading}).
   *
   * @param bytes the bytes
   * @return the digest in lower-case hex (64 characters)
   */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * {@return the manifest as {@code key: value} lines (e.g. {@code input qv.csv: sha256 ...}), in
   * a fixed order}
   */
  public List<String> toLines() {
    List<String> lines = new ArrayList<>();
    lines.add("treem: " + getTreemVersion());
    lines.add("year: " + getYear());
    lines.add("reference date: " + getReferenceDate());
    getOptions().forEach((k, v) -> lines.add("option " + k + ": " + v));
    getInputs().forEach((k, v) -> lines.add("input " + k + ": sha256 " + v));
    getInputEncodings().forEach((k, v) -> lines.add("input " + k + ": encoding " + v));
    getGrowthTables().forEach((k, v) -> lines.add("WHO table " + k + ": sha256 " + v));
    lines.add("syntheticData: " + isSyntheticData());
    return lines;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReportManifest}. */
  public static final class Builder extends ImmutableReportManifest.Builder {
    Builder() {}
  }
}
