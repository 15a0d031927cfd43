package io.github.treem.io;

import io.github.treem.core.validation.InvalidValueException;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The character encoding of a text file (a CSV register), as an officer's computer may have saved
 * it. Whatever the encoding, the text read is Unicode in normalization form C (NFC): combining
 * tone marks are composed with their letters, so that {@code "Nguyê\u0303n"} and
 * {@code "Nguyễn"} read alike.
 *
 * <ul>
 *   <li>{@link #UTF_8} (the default): what Excel writes with "CSV UTF-8 (Comma delimited)"; a
 *       leading byte-order mark is dropped.
 *   <li>{@link #UTF_16}: what Excel writes with "Unicode Text"; the byte order is taken from the
 *       byte-order mark, or guessed from the bytes when there is none (little-endian, Windows'
 *       order, when they do not tell).
 *   <li>{@link #WINDOWS_1258}: what Vietnamese Windows writes with "CSV (Comma delimited)"
 *       (code page 1258; its combining tone marks are composed).
 *   <li>{@link #TCVN3}: text typed in an ABC font ({@code .VnTime}, {@code .VnArial}, ...), the
 *       TCVN 5712:1993 encoding. That encoding has no capital letters with tone marks (the
 *       {@code .VnTimeH} fonts draw the small letters as capitals), so such letters are read as
 *       small letters.
 *   <li>{@link #VNI}: text typed in a VNI font ({@code VNI-Times}, ...), where a letter with marks
 *       is a base letter followed by one or two mark bytes.
 *   <li>{@link #AUTO}: the one of these the bytes look like.
 * </ul>
 *
 * <p>Whatever the encoding asked for, a file that starts with a UTF-16 byte-order mark is read as
 * UTF-16 (what Excel's "Unicode Text" writes). A file read as UTF-8 that is not UTF-8 gets one
 * file issue ({@code TEXT_NOT_UTF8}) naming the encoding it looks like, and is not read further;
 * UTF-8 text that reads as TCVN3 or VNI text gets a warning ({@code TEXT_LEGACY_FONT}).
 *
 * <p>TCVN3 and VNI text is read both from the legacy bytes themselves and from UTF-8 files (or
 * workbook cells) that carry the characters a Western code page shows for them, such as
 * {@code "NguyÔn"}: that is what Excel saves when a sheet typed in such a font is saved as
 * "CSV UTF-8" or kept as {@code .xlsx}. See docs/register-format.md.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum TextEncoding {
  /** UTF-8 (the default). */
  UTF_8("utf-8"),
  /** UTF-16, with or without a byte-order mark. */
  UTF_16("utf-16"),
  /** Windows code page 1258 (Vietnamese). */
  WINDOWS_1258("windows-1258"),
  /** TCVN 5712:1993 (TCVN3, the ABC fonts). */
  TCVN3("tcvn3"),
  /** VNI (the VNI fonts for Windows). */
  VNI("vni"),
  /**
   * The encoding the bytes look like: a byte-order mark, else the guess of the first 64 KiB
   * (UTF-16 by its zero bytes, UTF-8 when the bytes are valid UTF-8 unless they read far better as
   * TCVN3 or VNI text carried in UTF-8, else the one of Windows-1258, TCVN3 and VNI whose reading
   * gives the most well-formed Vietnamese syllables), UTF-8 when nothing tells.
   *
   * @since 0.2.0
   */
  AUTO("auto");

  private final String name;

  TextEncoding(String name) {
    this.name = name;
  }

  /** {@return the name used on the command line and in documents, e.g. {@code windows-1258}} */
  public String getName() {
    return name;
  }

  /**
   * The encoding of a name: {@code utf-8}, {@code utf-16}, {@code windows-1258}, {@code tcvn3},
   * {@code vni} or {@code auto}, in any case, or one of the aliases {@code utf8}, {@code utf16},
   * {@code cp1258}, {@code abc}, {@code tcvn}.
   *
   * @param name the name
   * @return the encoding
   * @throws InvalidValueException ({@code TREEM-IO-0901}) if no encoding has that name
   */
  public static TextEncoding parse(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (n) {
      case "utf-8", "utf8" -> UTF_8;
      case "utf-16", "utf16" -> UTF_16;
      case "windows-1258", "cp1258", "cp-1258" -> WINDOWS_1258;
      case "tcvn3", "tcvn", "abc" -> TCVN3;
      case "vni" -> VNI;
      case "auto" -> AUTO;
      default -> throw new InvalidValueException("TREEM-IO-0901",
            "unknown encoding (expected auto, utf-8, utf-16, windows-1258, tcvn3 or vni)");
    };
  }

  @Override
  public String toString() {
    return name;
  }
}
