package io.github.treem.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A file written whole or not at all, the one way every command writes a file ({@code -o}): the
 * bytes go to a temporary file in the same folder ({@code .NAME.RANDOM.tmp}, hidden, so that a
 * folder of registers never lists it), forced to the disk, then moved over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE}; where the file system refuses an atomic move, with a
 * replacing move. A run interrupted or failing before {@link #commit()} leaves the target as it
 * was (absent, or its former content) and deletes the temporary file; a run killed outright may
 * leave the hidden temporary file, never a half-written target.
 *
 * <pre>{@code
 * try (AtomicFile f = AtomicFile.create(target)) {
 *   write(f.stream());
 *   f.commit();
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
final class AtomicFile implements Closeable {
  /** Moves a file; the tests replace it to see the fallback. */
  @FunctionalInterface
  interface Mover {
    void move(Path from, Path to, CopyOption... options) throws IOException;
  }

  /** How files are moved (a test hook; {@link Files#move} otherwise). */
  static volatile Mover mover = Files::move;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final Path temporary;
  private final FileChannel channel;
  private final OutputStream stream;
  private final OutputStream shield;
  private boolean done;

  private AtomicFile(Path target, Path temporary, FileChannel channel) {
    this.target = target;
    this.temporary = temporary;
    this.channel = channel;
    this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    this.shield = new FilterOutputStream(stream) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush(); // the file is finished by commit(), not by the writer that wrote it
      }
    };
  }

  /**
   * Starts writing a file: creates the temporary file beside it.
   *
   * @param target the file to write (created or replaced on {@link #commit()})
   * @return the file being written
   * @throws IOException when the temporary file cannot be created (a missing folder, no right to
   *     write there)
   */
  static AtomicFile create(Path target) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir == null) { // the root of a file system: a folder, never a file
      throw new FileSystemException(abs.toString(), null, "not a file");
    }
    String name = abs.getFileName() == null ? "out" : abs.getFileName().toString();
    byte[] random = new byte[6];
    for (int attempt = 0; ; attempt++) {
      RANDOM.nextBytes(random);
      Path tmp = dir.resolve("." + name + "." + HexFormat.of().formatHex(random) + ".tmp");
      try {
        // the permissions of any new file (the umask applies), unlike createTempFile's owner-only
        FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new AtomicFile(abs, tmp, ch);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      }
    }
  }

  /** {@return where to write the bytes (buffered; closing it only flushes it)} */
  OutputStream stream() {
    return shield;
  }

  /**
   * Finishes the file: flushes and forces the bytes to the disk, then moves the temporary file
   * over the target.
   *
   * @throws IOException when the bytes cannot be written or the file cannot be moved (the target
   *     is then unchanged)
   */
  void commit() throws IOException {
    stream.flush();
    channel.force(true);
    stream.close();
    try {
      mover.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      mover.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    done = true;
  }

  /** Deletes the temporary file unless the file was committed. */
  @Override
  public void close() throws IOException {
    if (!done) {
      done = true;
      try {
        stream.close();
      } catch (IOException e) {
        // the file is deleted below
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** Writes the bytes of a file. */
  @FunctionalInterface
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  /**
   * Writes a file whole or not at all.
   *
   * @param target the file
   * @param body writes the bytes (the stream is not to be closed)
   * @throws IOException when the file cannot be written (the target is then unchanged)
   */
  static void write(Path target, Body body) throws IOException {
    try (AtomicFile f = create(target)) {
      body.write(f.stream());
      f.commit();
    }
  }
}
