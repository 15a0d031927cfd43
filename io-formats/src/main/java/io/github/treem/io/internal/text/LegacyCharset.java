package io.github.treem.io.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

/**
 * A decode-only charset of a legacy Vietnamese font encoding (TCVN3, VNI): each byte stands for
 * a fixed string of one or two characters (a letter, or combining marks that
 * {@link NfcReader} then composes with the letter before them). The tables and their sources are
 * in {@link VietnameseTables}.
 *
 * <p>Decoding never fails: every byte has a meaning. There is no encoder: treem writes UTF-8 only
 * ({@link #canEncode()} is false).
 */
public final class LegacyCharset extends Charset {
  /** TCVN 5712:1993 (TCVN3, the ABC fonts). */
  public static final LegacyCharset TCVN3 = new LegacyCharset("x-treem-tcvn3", VietnameseTables.tcvn3());
  /** VNI for Windows. */
  public static final LegacyCharset VNI = new LegacyCharset("x-treem-vni", VietnameseTables.vni());

  private final String[] table;

  private LegacyCharset(String name, String[] table) {
    super(name, new String[0]);
    this.table = table;
  }

  /**
   * The characters a byte stands for.
   *
   * @param b the byte
   * @return one or two characters
   */
  public String charsOf(byte b) {
    return table[b & 0xFF];
  }

  /** {@return the table: the string of each byte} */
  String[] table() {
    return table;
  }

  @Override
  public boolean contains(Charset cs) {
    return equals(cs) || "US-ASCII".equals(cs.name());
  }

  @Override
  public CharsetDecoder newDecoder() {
    return new Decoder(this);
  }

  @Override
  public boolean canEncode() {
    return false;
  }

  @Override
  public CharsetEncoder newEncoder() {
    throw new UnsupportedOperationException("decode only: treem writes UTF-8");
  }

  private static final class Decoder extends CharsetDecoder {
    private final String[] table;

    Decoder(LegacyCharset cs) {
      // a byte gives at most two characters (a VNI mark byte: circumflex or breve, and a tone)
      super(cs, 1.2f, 2f);
      this.table = cs.table;
    }

    @Override
    protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
      while (in.hasRemaining()) {
        String s = table[in.get(in.position()) & 0xFF];
        if (out.remaining() < s.length()) {
          return CoderResult.OVERFLOW;
        }
        out.put(s);
        in.position(in.position() + 1);
      }
      return CoderResult.UNDERFLOW;
    }
  }
}
