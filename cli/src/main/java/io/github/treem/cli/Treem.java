package io.github.treem.cli;

import io.github.treem.core.TreemException;
import io.github.treem.core.TreemVersion;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code treem} command: {@code java -jar treem.jar [COMMAND] ...}.
 *
 * <p>Exit codes: 0 success, 1 rejected input rows or malformed files, 2 usage or I/O errors. No
 * stack trace ever reaches the user: unexpected errors are reported in one line with their kind
 * only (never their message, which could hold data).
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
    subcommands = {
      CommandLine.HelpCommand.class,
      ZscoresCommand.class,
      ValidateCommand.class,
      ConvertCommand.class,
      ReportCommand.class,
      GenerateCommand.class,
      ExportCommand.class,
    })
public final class Treem implements Runnable {

  /** Exit code: success. */
  public static final int EXIT_OK = 0;
  /** Exit code: some input row was rejected, or a file was malformed. */
  public static final int EXIT_REJECTED = 1;
  /** Exit code: usage or I/O error. */
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command (picocli instantiates it). */
  public Treem() {}

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with the given output streams, as the tests do.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** {@return the configured picocli command line} */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Treem());
    cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("treem: " + ex.getMessage());
      c.getErr().println("Try 'treem " + (c.getCommandName().equals("treem") ? "" : c.getCommandName() + " ") + "--help'.");
      return EXIT_USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
      if (ex instanceof TreemException) {
        c.getErr().println("treem: error " + ((TreemException) ex).getCode());
      } else if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
        c.getErr().println("treem: I/O error (" + ex.getClass().getSimpleName() + ")");
      } else {
        c.getErr().println("treem: internal error (" + ex.getClass().getSimpleName() + "); please report it");
      }
      return EXIT_USAGE;
    });
    return cl;
  }

  /** Gives {@code --version} the library's version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"treem " + TreemVersion.current(), "Java " + System.getProperty("java.version")};
    }
  }
}
