package io.github.treem.indicators;

import io.github.treem.indicators.internal.IndicatorErrorCode;
import org.apiguardian.api.API;
import io.github.treem.core.InvalidValueException;
import io.github.treem.core.TreemVersion;
import io.github.treem.indicators.growth.WhoGrowth;
import io.github.treem.indicators.internal.TreemStyle;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What a published report was made from, so that anyone can reproduce it: the treem version, the
 * reporting year and reference date, the SHA-256 of each WHO growth table and of each input file,
 * and the options used. Maps are kept in natural key order so that the manifest of the same
 * inputs is the same whatever the order the files were given in.
 *
 * <pre>{@code
 * ReportManifest m = ReportManifest.builder().year(2020).referenceDate(LocalDate.of(2020, 12, 31))
 *     .putInputs("qv.csv", ReportManifest.sha256(bytes)).putOptions("by", "village").build();
 * }</pre>
 *
 * <p>Input files are named by file name only (never a directory path). Implementation
 * requirements: immutable and thread-safe.
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

  /** {@return the options used, by name (e.g. {@code by=village}, {@code suppression=true})} */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> getOptions();

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
    return this;
  }

  /**
   * The SHA-256 of bytes.
   *
   * @param bytes the bytes
   * @return the digest in lower-case hex (64 characters)
   */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /**
   * The SHA-256 of a stream, read to its end (not closed).
   *
   * @param in the stream
   * @return the digest in lower-case hex (64 characters)
   * @throws IOException on an I/O error
   */
  public static String sha256(InputStream in) throws IOException {
    MessageDigest d = digest();
    byte[] buf = new byte[65_536];
    for (int n; (n = in.read(buf)) >= 0; ) {
      d.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(d.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * {@return the manifest as one JSON object, keys in a fixed order, without white space}
   */
  public String toJson() {
    StringBuilder b = new StringBuilder("{\"treemVersion\":").append(str(getTreemVersion()))
        .append(",\"year\":").append(getYear())
        .append(",\"referenceDate\":\"").append(getReferenceDate()).append('"');
    map(b.append(",\"growthTables\":"), getGrowthTables());
    map(b.append(",\"inputs\":"), getInputs());
    map(b.append(",\"options\":"), getOptions());
    return b.append('}').toString();
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
    getGrowthTables().forEach((k, v) -> lines.add("WHO table " + k + ": sha256 " + v));
    return lines;
  }

  private static void map(StringBuilder b, Map<String, String> m) {
    b.append('{');
    boolean first = true;
    for (Map.Entry<String, String> e : m.entrySet()) {
      b.append(first ? "" : ",").append(str(e.getKey())).append(':').append(str(e.getValue()));
      first = false;
    }
    b.append('}');
  }

  private static String str(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
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
