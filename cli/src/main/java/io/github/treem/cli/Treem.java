package io.github.treem.cli;

import io.github.treem.core.TreemVersion;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.TreemException;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code treem} command: {@code java -jar treem.jar [COMMAND] ...}, the only public class of
 * the command line (the commands themselves are not API).
 *
 * <p>Exit codes, the same for every command: {@value #EXIT_OK} done; {@value #EXIT_REJECTED}
 * some input row rejected or a file malformed (the output is still written, except by
 * {@code export}, which writes nothing then); {@value #EXIT_USAGE} usage or I/O error (a bad
 * option, a missing file, a file that cannot be written); {@value #EXIT_INTERNAL} internal error.
 * An internal error, whatever it is ({@link OutOfMemoryError} included), prints one line saying
 * what failed, never the data nor a stack trace; for lack of memory, how to give Java more.
 *
 * <p>Standard output and standard error are UTF-8 whatever the locale. Arguments may be read from
 * files: {@code treem report @communes.txt} (picocli's {@code @argfile}: separated by spaces or new
 * lines, quotes for names with spaces, {@code #} comments).
 *
 * @since 0.1.0
 */
@Command(
    name = "treem",
    mixinStandardHelpOptions = true,
    versionProvider = Treem.VersionProvider.class,
    description = {
      "treem (trẻ em): commune-level child protection, care and education data for Viet Nam.",
      "Bảo vệ, chăm sóc và giáo dục trẻ em cấp xã: dữ liệu, chỉ tiêu và báo cáo."
    },
    footer = {
      "",
      "Exit codes / Mã thoát (every command / mọi lệnh):",
      "  0  done / xong",
      "  1  rows rejected or a file malformed / có dòng bị loại hoặc tệp lỗi",
      "  2  usage or I/O error / sai cách dùng hoặc lỗi đọc ghi",
      "  3  internal error / lỗi nội bộ",
      "",
      "Arguments from a file / Tham số đọc từ tệp: treem report @communes.txt",
      "  (spaces or new lines between them, \"quotes\" around spaces, # comments)"
    })
public final class Treem implements Callable<Integer> {

  /** Exit code: done. */
  public static final int EXIT_OK = 0;
  /** Exit code: some input row was rejected, or a file was malformed. */
  public static final int EXIT_REJECTED = 1;
  /** Exit code: usage or I/O error. */
  public static final int EXIT_USAGE = 2;
  /** Exit code: internal error. */
  public static final int EXIT_INTERNAL = 3;

  /**
   * The subcommands, in the order of the usage text. They are not in the {@code @Command}
   * annotation: picocli builds the model of every command it is given (reflection over each
   * annotated class and its mixins, about 0.1 s of a cold start), and a run needs one; see
   * {@link #commandLine(String[])}.
   */
  static final List<Class<?>> SUBCOMMANDS = List.of(
      CommandLine.HelpCommand.class,
      ZscoresCommand.class,
      ValidateCommand.class,
      ConvertCommand.class,
      ReportCommand.class,
      TrendCommand.class,
      GenerateCommand.class,
      ExportCommand.class,
      PlanCommand.class,
      SubmitCommand.class,
      MergeCommand.class,
      CasesCommand.class,
      CfcCommand.class);

  /** A test hook: when set, every command fails with what it gives, before doing anything. */
  static volatile @Nullable Supplier<Throwable> failureForTests;

  /** The standard error of this process, as {@link #main} wraps it (null when run otherwise). */
  private static volatile @Nullable PrintWriter processErr;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  Treem() {}

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    cl.usage(cl.getErr());
    return EXIT_USAGE;
  }

  /**
   * Runs the command line with standard output and standard error in UTF-8 (whatever the
   * locale), and exits with the command's exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.setOut(stdout);
    System.setErr(stderr);
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8),
        1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    processErr = err;
    WarmUp.startFor(args); // this process only, never in library use: see WarmUp
    int code = run(args, out, err);
    stdout.flush();
    stderr.flush();
    System.exit(code);
  }

  /** {@return whether a writer is this process's standard error (for the progress line)} */
  static boolean isProcessStandardError(PrintWriter err) {
    return err != null && err == processErr;
  }

  /**
   * Runs the command line with the given output streams, as the tests do. Never throws: whatever
   * fails ends in one line on {@code err} and an exit code.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, false);
  }

  /**
   * As {@link #run(String[], PrintWriter, PrintWriter)}, with the command line of the arguments
   * ({@link #commandLine(String[])}) or, for tests, with every subcommand.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, boolean everySubcommand) {
    Language lang = languageOf(args);
    // made now, so that saying "out of memory" needs no memory
    String outOfMemory = "treem: " + Texts.t(lang,
        "hết bộ nhớ; hãy cho Java thêm bộ nhớ, ví dụ java -Xmx4g -jar treem.jar ...",
        "out of memory; give Java more memory, e.g. java -Xmx4g -jar treem.jar ...");
    String internal = "treem: " + Texts.t(lang, "lỗi nội bộ (", "internal error (");
    String report = Texts.t(lang, "); xin báo lỗi này cho nhóm phát triển", "); please report it");
    int code;
    try {
      CommandLine cl = everySubcommand ? commandLine() : commandLine(args);
      cl.setOut(out);
      cl.setErr(err);
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(outOfMemory);
      code = EXIT_INTERNAL;
    } catch (Throwable e) {
      err.println(internal + e.getClass().getSimpleName() + report);
      code = EXIT_INTERNAL;
    }
    try {
      out.flush();
      err.flush();
    } catch (RuntimeException e) {
      return EXIT_USAGE;
    }
    if (out.checkError() && code == EXIT_OK) {
      // standard output could not be written (a closed pipe, a full disk)
      return EXIT_USAGE;
    }
    return code;
  }

  /** The language of the top-level lines: {@code --lang} if it is among the arguments, else Vietnamese. */
  static Language languageOf(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--lang") && i + 1 < args.length) {
        return Language.parse(args[i + 1]).orElse(Language.VI);
      }
      if (a.startsWith("--lang=")) {
        return Language.parse(a.substring(7)).orElse(Language.VI);
      }
    }
    return Language.VI;
  }

  /** {@return the configured picocli command line, with every subcommand} */
  static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The configured picocli command line for some arguments: when the first names a subcommand
   * (other than {@code help}), only that subcommand is in it; otherwise every subcommand is.
   * Nothing a user sees depends on it: the usage text of {@code treem} and of {@code help} (which
   * list the subcommands) are printed by a command line with every subcommand, and a run of a
   * subcommand reaches no other one (TreemTest compares the output, the errors and the exit code
   * of both forms over every command's help and usage errors).
   *
   * @param args the arguments
   * @return the command line
   */
  static CommandLine commandLine(String[] args) {
    // what every command relies on, whichever runs: POI's logging (through the Log4j API) and
    // Hibernate Validator's start-up line kept off the standard streams (when picocli built every
    // command, the static initialisers of plan and of validate's options did it for all)
    PlanCommand.quietPoiLogging();
    RegisterRun.quietHibernate();
    CommandLine cl = new CommandLine(new Treem());
    String first = args.length > 0 ? args[0] : "";
    Class<?> only = null;
    for (Class<?> c : SUBCOMMANDS) {
      String name = c.getAnnotation(Command.class).name();
      if (name.equals(first) && !name.equals("help")) {
        only = c;
      }
    }
    for (Class<?> c : SUBCOMMANDS) {
      if (only == null || c == only) {
        cl.addSubcommand(c);
      }
    }
    cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    cl.setExecutionStrategy(parseResult -> {
      Supplier<Throwable> failure = failureForTests;
      if (failure != null) {
        Throwable t = failure.get();
        if (t instanceof Error error) {
          throw error;
        }
        List<CommandLine> commands = parseResult.asCommandLineList();
        throw new CommandLine.ExecutionException(commands.get(commands.size() - 1), "test failure", t);
      }
      return new CommandLine.RunLast().execute(parseResult);
    });
    cl.setParameterExceptionHandler((ex, given) -> {
      CommandLine c = ex.getCommandLine();
      Language lang = languageOf(given);
      c.getErr().println("treem: " + ex.getMessage());
      c.getErr().println(Texts.t(lang, "Xem 'treem ", "Try 'treem ")
          + (c.getCommandName().equals("treem") ? "" : qualifiedName(c) + " ") + "--help'.");
      return EXIT_USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
      Language lang = languageOf(parseResult.originalArgs().toArray(String[]::new));
      String name = c.getCommandSpec().qualifiedName(" ");
      if (ex instanceof TreemException te) {
        c.getErr().println(name + ": " + Texts.t(lang, "lỗi ", "error ") + te.getCode());
        return EXIT_USAGE;
      }
      if (ex instanceof InvalidPathException) {
        c.getErr().println(name + ": " + Texts.t(lang,
            "tên tệp không dùng được với ngôn ngữ hệ thống hiện tại (hãy đặt LC_ALL=C.UTF-8)",
            "a file name cannot be used under the current locale (set LC_ALL=C.UTF-8)"));
        return EXIT_USAGE;
      }
      if (ex instanceof UncheckedIOException || ex instanceof IOException) {
        c.getErr().println(name + ": " + Texts.t(lang, "lỗi đọc ghi (", "I/O error (") + ex.getClass().getSimpleName()
            + ")");
        return EXIT_USAGE;
      }
      c.getErr().println(name + ": " + Texts.t(lang, "lỗi nội bộ (", "internal error (") + ex.getClass().getSimpleName()
          + Texts.t(lang, "); xin báo lỗi này cho nhóm phát triển", "); please report it"));
      return EXIT_INTERNAL;
    });
    return cl;
  }

  /** {@return a subcommand's name below {@code treem}, e.g. {@code export dhis2}} */
  private static String qualifiedName(CommandLine c) {
    String q = c.getCommandSpec().qualifiedName(" ");
    return q.startsWith("treem ") ? q.substring(6) : q;
  }

  /** Gives {@code --version} the library's version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"treem " + TreemVersion.current(), "Java " + System.getProperty("java.version")};
    }
  }
}
