package io.github.treem.io.internal.read;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.ReadSink;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The issues of one register read on another thread while an earlier register's issues are
 * still being delivered: held until the register becomes the {@linkplain #deliverFromNowOn()
 * head} (every earlier register done), then delivered, and from then on passed straight to the
 * sink. Held issues are kept in memory up to a budget, then spilled to a temporary file (the JDK's
 * {@link FileChannel} opened with {@link StandardOpenOption#DELETE_ON_CLOSE}, owner-only, written
 * and read back with {@link DataOutputStream} / {@link DataInputStream}), so that memory does not
 * grow with the number of issues. Issues never hold personal data (see {@link Issue}).
 *
 * <p>Thread-safe: the reading thread adds, the coordinating thread makes it the head and closes
 * it; the sink is called under this buffer's lock, so never concurrently.
 */
final class IssueBuffer implements Closeable {
  private final ReadSink sink;
  private final long budget;
  private final List<Issue> memory = new ArrayList<>();
  private long memoryBytes;
  private @Nullable Path file;
  private @Nullable FileChannel channel;
  private @Nullable DataOutputStream spill;
  private long spilled;
  private boolean head;
  private boolean closed;

  /**
   * A buffer.
   *
   * @param sink where the issues go
   * @param budget the estimated bytes of issues kept in memory before spilling
   */
  IssueBuffer(ReadSink sink, long budget) {
    this.sink = sink;
    this.budget = budget;
  }

  /**
   * Adds an issue: delivered at once when this buffer is the head, else held.
   *
   * @param issue the issue
   * @throws UncheckedIOException when the temporary file cannot be written
   * @throws IllegalStateException when the buffer is closed
   */
  synchronized void add(Issue issue) {
    if (closed) {
      throw new IllegalStateException("closed");
    }
    if (head) {
      sink.issue(issue);
      return;
    }
    memory.add(issue);
    memoryBytes += estimate(issue);
    if (memoryBytes > budget) {
      try {
        if (spill == null) {
          file = Files.createTempFile("treem-issues-", ".bin");
          channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
              StandardOpenOption.DELETE_ON_CLOSE);
          spill = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 65_536));
        }
        for (Issue i : memory) {
          write(spill, i);
        }
        spilled += memory.size();
        memory.clear();
        memoryBytes = 0;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Delivers the issues held, in the order they were added, and from then on every issue at once.
   *
   * @throws UncheckedIOException when the temporary file cannot be read
   */
  synchronized void deliverFromNowOn() {
    if (head) {
      return;
    }
    if (channel != null && spill != null) {
      try {
        spill.flush();
        channel.position(0);
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 65_536));
        for (long k = 0; k < spilled; k++) {
          sink.issue(read(in));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Issue i : memory) {
      sink.issue(i);
    }
    memory.clear();
    head = true;
    releaseFile();
  }

  /** {@return whether some issues went to a temporary file (for tests)} */
  synchronized boolean spilled() {
    return file != null;
  }

  /** {@return the temporary file, or null before any spill (for tests)} */
  synchronized @Nullable Path spillFile() {
    return file;
  }

  /** Drops what is held and deletes the temporary file, if any; later issues are refused. */
  @Override
  public synchronized void close() {
    closed = true;
    memory.clear();
    releaseFile();
  }

  private void releaseFile() {
    if (channel != null) {
      try {
        channel.close(); // deletes the file
      } catch (IOException e) {
        // nothing more can be done: the file is marked for deletion
      }
      channel = null;
      spill = null;
    }
  }

  /** The bytes an issue takes in memory, roughly (two per character, and the objects). */
  private static long estimate(Issue i) {
    Location l = i.getLocation();
    return 160 + 2L * (i.getCode().length() + i.getMessageVi().length() + i.getMessageEn().length()
        + l.getFile().map(String::length).orElse(0) + l.getColumn().map(String::length).orElse(0)
        + l.getPath().map(String::length).orElse(0));
  }

  // ------------------------------------------------------------------ the spill format

  /**
   * Writes an issue: code, severity, file, line, column, path, Vietnamese and English message
   * (every property of {@link Issue} and {@link Location}).
   */
  static void write(DataOutputStream out, Issue i) throws IOException {
    text(out, i.getCode());
    text(out, i.getSeverity().name());
    Location l = i.getLocation();
    optional(out, l.getFile());
    OptionalLong line = l.getLine();
    out.writeBoolean(line.isPresent());
    if (line.isPresent()) {
      out.writeLong(line.getAsLong());
    }
    optional(out, l.getColumn());
    optional(out, l.getPath());
    text(out, i.getMessageVi());
    text(out, i.getMessageEn());
  }

  /** Reads an issue written by {@link #write}. */
  static Issue read(DataInputStream in) throws IOException {
    String code = text(in);
    Severity severity = Severity.valueOf(text(in));
    Location.Builder l = Location.builder();
    optional(in).ifPresent(l::file);
    if (in.readBoolean()) {
      l.line(in.readLong());
    }
    optional(in).ifPresent(l::column);
    optional(in).ifPresent(l::path);
    String vi = text(in);
    String en = text(in);
    return Issue.of(code, severity, l.build(), vi, en);
  }

  /** Writes a string exactly, unpaired surrogates included: its length, then its UTF-16 code units. */
  private static void text(DataOutputStream out, String s) throws IOException {
    out.writeInt(s.length());
    out.writeChars(s);
  }

  private static String text(DataInputStream in) throws IOException {
    int n = in.readInt();
    char[] c = new char[n];
    for (int k = 0; k < n; k++) {
      c[k] = in.readChar();
    }
    return new String(c);
  }

  private static void optional(DataOutputStream out, Optional<String> s) throws IOException {
    out.writeBoolean(s.isPresent());
    if (s.isPresent()) {
      text(out, s.get());
    }
  }

  private static Optional<String> optional(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(text(in)) : Optional.empty();
  }
}
