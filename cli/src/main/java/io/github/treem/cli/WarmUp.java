package io.github.treem.cli;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.growth.WhoGrowth;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReading;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.TextEncoding;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportJson;
import io.github.treem.io.report.ReportPipeline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The warm-up of a {@code treem report} process: the one place where the command line does work
 * ahead of need, on a second processor, while the main thread parses the arguments and opens the
 * registers.
 *
 * <p>A cold {@code treem report} spends most of its first second loading and initialising classes
 * and data it will need later: Jackson's mapper with treem's codecs and the bundled plan, the CSV
 * reader, the WHO growth tables, ICU's normalisation data, the disclosure audit's solver (ojAlgo),
 * the report's JSON writer. The warm-up runs the report's own path, through public API only, over
 * the first {@value #ROWS} rows of the bundled synthetic register, and throws the result away, so
 * that each of these is loaded while the main thread is busy elsewhere. It changes nothing the
 * main thread computes:
 * <ul>
 *   <li>every piece it touches is immutable or thread-safe, and initialised on demand as before
 *       (class initialisation is thread-safe: when the main thread reaches a class the warm-up is
 *       initialising, it waits for it; when it gets there first, the warm-up waits);
 *   <li>it writes nothing (no standard output, no standard error, no file), and any failure of it
 *       is dropped: the main thread then does the same work itself, and meets the same failure
 *       where it always did;
 *   <li>its thread is a daemon: the process exits when the command is done, warm-up finished or
 *       not.
 * </ul>
 *
 * <p>It is started by {@link Treem#main} only (a process of its own), for {@code treem report}
 * without {@code --help} or {@code --version}; never by {@link Treem#run} (tests, hosts), never in
 * library use. {@code -Dtreem.warmup=false} turns it off (for measurements).
 */
final class WarmUp implements Runnable {
  /** The rows of the bundled register the warm-up reads. */
  static final int ROWS = 60;
  /** The system property that turns the warm-up off ({@code false}). */
  static final String PROPERTY = "treem.warmup";

  /** The steps that ran to the end, for tests. */
  private final List<String> done = new ArrayList<>();
  private final boolean bundledPlan;

  private WarmUp(boolean bundledPlan) {
    this.bundledPlan = bundledPlan;
  }

  /**
   * Starts the warm-up thread when the arguments are those of a report run (see the class
   * description).
   *
   * @param args the process's arguments
   * @return whether it was started
   */
  static boolean startFor(String[] args) {
    if (!isFor(args, System.getProperty(PROPERTY))) {
      return false;
    }
    try {
      boolean bundledPlan = true;
      for (String a : args) {
        bundledPlan &= !a.equals("--plan") && !a.startsWith("--plan=");
      }
      Thread t = new Thread(new WarmUp(bundledPlan), "treem-warm-up");
      t.setDaemon(true);
      t.start();
      return true;
    } catch (RuntimeException | OutOfMemoryError e) {
      return false; // no thread: the main thread does it all, as without warm-up
    }
  }

  /** Whether arguments (and the value of {@value #PROPERTY}) ask for a warm-up. */
  static boolean isFor(String[] args, @Nullable String property) {
    if ("false".equals(property) || args.length == 0 || !args[0].equals("report")) {
      return false;
    }
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void run() {
    try {
      runSteps();
    } catch (Throwable e) {
      // dropped: a failure of the warm-up changes nothing; the main thread does the same work
      // itself and reports what fails there
    }
  }

  /**
   * Runs the steps, stopping at the first failure: first what the main thread needs first (it
   * then waits for the warm-up instead of doing it), then the larger pieces it needs later, each
   * before the main thread gets to it, then the rest of the report's path.
   */
  void runSteps() throws IOException {
    // Jackson's mapper with treem's codecs and the bundled plan: the first thing a report needs
    // after its arguments
    @Nullable Plan plan = bundledPlan ? TreemJson.bundledPlan("quang-vinh-2020") : null;
    TreemJson.strict();
    done.add("json");
    // the pipeline's builder (the child-friendly commune scoring table), then the WHO tables and
    // ICU's composition data (the register reader's normalisation)
    ReportPipeline.Builder pipeline = ReportPipeline.builder();
    if (WhoGrowth.standards().getTableChecksums().isEmpty()
        || !Normalizer.isNormalized("Nguyễn", Normalizer.Form.NFC)) {
      return;
    }
    done.add("tables");
    // the report's path over a few rows: reader, mapping, checks, z-scores, counting, the
    // disclosure audit, then the JSON writer
    LocalDate ref = LocalDate.of(2020, 12, 31);
    Set<BreakdownDimension> by = EnumSet.of(BreakdownDimension.VILLAGE);
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).referenceDate(ref).breakdowns(by).build();
    ReadOptions options = ReadOptions.builder().reportingYear(2020).referenceDate(ref)
        .textEncoding(TextEncoding.UTF_8).build();
    RegisterReading reading = RegisterReading.builder().options(options).sink(issue -> { }).threads(1).build();
    pipeline.calculator(calc).reading(reading).syntheticData(true);
    if (plan != null) {
      pipeline.plan(plan);
    }
    byte[] rows = firstRows(ROWS);
    ReportDocument document = pipeline.build()
        .run(List.of(RegisterSource.of("warm-up.csv", () -> new ByteArrayInputStream(rows))));
    done.add("report");
    ReportJson.of(Language.VI).write(document, OutputStream.nullOutputStream());
    done.add("json-output");
  }

  /** {@return the steps that ran to the end} */
  List<String> done() {
    return List.copyOf(done);
  }

  /** A warm-up run in the calling thread, for tests. */
  static WarmUp inThisThread(boolean bundledPlan) throws IOException {
    WarmUp w = new WarmUp(bundledPlan);
    w.runSteps();
    return w;
  }

  /** The header and the first rows of the bundled register. */
  private static byte[] firstRows(int rows) throws IOException {
    try (InputStream in = WarmUp.class.getResourceAsStream(ReportInputs.BUNDLED_REGISTER)) {
      if (in == null) {
        throw new NoSuchFileException("the bundled register is missing from this build");
      }
      byte[] head = in.readNBytes(64 * 1024);
      int lines = 0;
      for (int i = 0; i < head.length; i++) {
        if (head[i] == '\n' && ++lines == rows + 1) {
          return java.util.Arrays.copyOf(head, i + 1);
        }
      }
      return head;
    }
  }
}
