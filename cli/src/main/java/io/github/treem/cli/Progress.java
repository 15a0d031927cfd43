package io.github.treem.cli;

import io.github.treem.core.validation.Language;
import io.github.treem.io.ReadProgress;
import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jspecify.annotations.Nullable;

/**
 * The progress line of a long run, on standard error: registers done, rows read, rows per second,
 * time elapsed ({@code treem report: 3/12 tệp · 1.204.000 dòng · 250.100 dòng/giây · 0:05}),
 * redrawn in place four times a second, erased when the run ends, and every other line of
 * standard error printed above it ({@link #println(String)}).
 *
 * <p>It is shown only when standard error is a terminal, and never with {@code --quiet}. Java 17
 * cannot tell whether standard error is a terminal ({@link System#console()} looks at standard
 * input and output too), so JLine tells: its {@code exec} terminal provider, pure Java, asks the
 * system ({@code test -t 2}, one short process) and needs no native library. Where it cannot tell
 * (Windows without Cygwin or MSYS), there is no progress line.
 *
 * <p>Thread-safe: the reading threads count, a daemon thread draws, any thread prints lines.
 */
final class Progress implements ReadProgress, AutoCloseable {
  /** A test hook: when set, whether the error writer counts as a terminal (whatever it is). */
  static volatile @Nullable Boolean terminalForTests;

  private static final long FIRST_DRAW_MS = 400;
  private static final long REDRAW_MS = 250;

  private final PrintWriter err;
  private final boolean shown;
  private final Language lang;
  private final String prefix;
  private final int sources;
  private final int width;
  private final LongAdder rows = new LongAdder();
  private final LongAdder done = new LongAdder();
  private final AtomicLong start = new AtomicLong(System.nanoTime());
  private final @Nullable Thread drawer;
  private int drawn;
  private boolean closed;

  private Progress(PrintWriter err, boolean shown, Language lang, String prefix, int sources, int width) {
    this.err = err;
    this.shown = shown;
    this.lang = lang;
    this.prefix = prefix;
    this.sources = sources;
    this.width = width;
    if (shown) {
      drawer = new Thread(this::drawLoop, "treem-progress");
      drawer.setDaemon(true);
      drawer.setUncaughtExceptionHandler((t, e) -> { }); // a progress line never prints a stack trace
      drawer.start();
    } else {
      drawer = null;
    }
  }

  /**
   * Starts the progress of a run.
   *
   * @param err standard error
   * @param quiet whether {@code --quiet} was given
   * @param lang the language
   * @param prefix the command, e.g. {@code treem report}
   * @param sources the number of registers, 0 when unknown
   * @return the progress (shown or not)
   */
  static Progress start(PrintWriter err, boolean quiet, Language lang, String prefix, int sources) {
    Boolean forced = terminalForTests;
    boolean shown = !quiet && (forced != null ? forced : Treem.isProcessStandardError(err) && stderrIsTerminal());
    return new Progress(err, shown, lang, prefix, sources, shown ? terminalWidth() : 80);
  }

  /** {@return whether the line is shown} */
  boolean isShown() {
    return shown;
  }

  /** {@return whether standard error is a terminal (JLine's exec provider; false when it cannot tell)} */
  static boolean stderrIsTerminal() {
    try {
      return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
    } catch (Exception | LinkageError e) {
      return false;
    }
  }

  private static int terminalWidth() {
    try {
      int w = TerminalProvider.load("exec").systemStreamWidth(SystemStream.Error);
      return w >= 20 ? w : 80;
    } catch (Exception | LinkageError e) {
      return 80;
    }
  }

  @Override
  public void rowsRead(long count) {
    rows.add(count);
  }

  @Override
  public void sourceDone() {
    done.increment();
  }

  /**
   * Counts rows read outside a {@link io.github.treem.io.RegisterReading} (convert).
   *
   * @param count the rows
   */
  void addRows(long count) {
    rows.add(count);
  }

  /**
   * Prints a line of standard error above the progress line.
   *
   * @param line the line
   */
  synchronized void println(String line) {
    erase();
    err.println(line);
    err.flush();
  }

  /**
   * Prints a line of another stream (standard output) that may share the terminal: the progress
   * line is erased first, and the line flushed.
   *
   * @param target the stream
   * @param line the line
   */
  synchronized void println(PrintWriter target, String line) {
    if (!shown) {
      target.println(line);
      return;
    }
    erase();
    err.flush();
    target.println(line);
    target.flush();
  }

  /** {@return the progress text as now} */
  String text() {
    long n = rows.sum();
    double seconds = (System.nanoTime() - start.get()) / 1e9;
    long elapsed = (long) seconds;
    StringBuilder b = new StringBuilder(prefix).append(": ");
    if (sources > 0) {
      b.append(done.sum()).append('/').append(sources).append(Texts.t(lang, " tệp · ", " files · "));
    }
    b.append(Texts.count(n, lang)).append(Texts.t(lang, " dòng · ", " rows · "));
    if (seconds >= 0.5) {
      b.append(Texts.count((long) (n / seconds), lang)).append(Texts.t(lang, " dòng/giây · ", " rows/s · "));
    }
    b.append(elapsed / 60).append(':').append(String.format(java.util.Locale.ROOT, "%02d", elapsed % 60));
    return b.toString();
  }

  private void drawLoop() {
    try {
      Thread.sleep(FIRST_DRAW_MS);
      while (true) {
        synchronized (this) {
          if (closed) {
            return;
          }
          draw(text());
        }
        Thread.sleep(REDRAW_MS);
      }
    } catch (InterruptedException e) {
      // closed
    } catch (RuntimeException e) {
      // a progress line must never fail a run
    }
  }

  private void draw(String text) {
    String s = text.length() >= width ? text.substring(0, width - 1) : text;
    StringBuilder b = new StringBuilder("\r").append(s);
    for (int k = s.length(); k < drawn; k++) {
      b.append(' ');
    }
    b.append('\r');
    err.print(b);
    err.flush();
    drawn = s.length();
  }

  private void erase() {
    if (drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      drawn = 0;
    }
  }

  /** Stops drawing and erases the line. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      erase();
      err.flush();
    }
    if (drawer != null) {
      drawer.interrupt();
      try {
        drawer.join(TimeUnit.SECONDS.toMillis(1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
