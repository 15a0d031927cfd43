package io.github.treem.io.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The JDK's {@link DigestInputStream} for SHA-256, so that a register is hashed while it is read
 * (one pass). Only what {@link DigestInputStream} does not do is added: skipped bytes are read,
 * so hashed; marks are not supported (a reader's own buffer marks above it); {@link #close()}
 * leaves the underlying stream open (a reader may close its stream before the end) so that
 * {@link #finish()} hashes the rest, and {@link #release()} closes it. Not thread-safe.
 */
final class Sha256Stream extends DigestInputStream {

  Sha256Stream(InputStream in) {
    super(in, sha256());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** Reads the bytes skipped, so that they are hashed too ({@link DigestInputStream} would not). */
  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {
    // not supported
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  /** Leaves the underlying stream open: see {@link #release()}. */
  @Override
  public void close() {
    // the owner releases the stream
  }

  /**
   * Closes the underlying stream.
   *
   * @throws IOException on an I/O error
   */
  void release() throws IOException {
    in.close();
  }

  /**
   * Reads the rest of the stream (what a reader stopping early left) and returns the digest of
   * the whole stream.
   *
   * @return the SHA-256 in lower-case hex
   * @throws IOException on an I/O error
   */
  String finish() throws IOException {
    byte[] buf = new byte[65_536];
    while (read(buf, 0, buf.length) >= 0) {
      // hashed by read
    }
    return HexFormat.of().formatHex(getMessageDigest().digest());
  }
}
