package org.mutuality.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.mutuality.cli.bench.BenchCommand;
import org.mutuality.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code mutuality} command. {@link #run} is the entry point for embedding and tests; {@link #main}
 * runs it on the process's streams and exits with its code (see {@link ExitCode}).
 */
@Command(
    name = "mutuality",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Partnership health checks for the trackers cross-sector partnerships already use: a rule base "
        + "judges coordination, accountability, identity and confidence, and writes audit reports.",
    subcommands = {
        DemoCommand.class, AuditCommand.class, RulesCommand.class, ConfigCommand.class, BenchCommand.class,
        SandboxCommand.class, InitCommand.class, JiraCommand.class, DiffCommand.class, ServeCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "An audit is judged as of one instant (--as-of): every window and age is measured from it. An "
        + "audit of a recorded snapshot defaults to when the snapshot was captured, so it can be reproduced "
        + "exactly; without a capture time it defaults to now."},
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.OK_TEXT, ExitCode.FINDINGS_TEXT, ExitCode.USAGE_TEXT, ExitCode.SOURCE_TEXT,
        ExitCode.INTERNAL_TEXT})
public final class Main {
  private boolean debug;

  /** Use {@link #run} or {@link #main}; picocli builds the command from this instance. */
  public Main() {}

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Log Mutuality's work at DEBUG to stderr and show stack traces of errors.")
  void setDebug(boolean on) {
    debug = on;
    if (on) {
      Logging.debug();
    }
  }

  /** Runs the command on the process's standard streams and exits with its code. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command with the given arguments, writing to {@code out} and {@code err} (in UTF-8).
   *
   * @return the exit code, see {@link ExitCode}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Main main = new Main();
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(main)
        .setOut(outWriter)
        .setErr(errWriter)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(Main::usageError)
        .setExecutionExceptionHandler(main::failure);
    try {
      return cli.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** A bad command line: the problem, suggestions, and where help is. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("error: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCode.USAGE;
  }

  /** An error while a command ran: expected ones as {@code error: message}, others with a hint. */
  private int failure(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    int code;
    if (e instanceof CommandException expected) {
      printLines(err, expected.getMessage());
      code = expected.exitCode();
    } else if (e instanceof InputException input) {
      printLines(err, input.getMessage());
      code = ExitCode.USAGE;
    } else {
      String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      printLines(err, message);
      if (!debug) {
        err.println("error: this is unexpected; rerun with --debug to see the stack trace");
      }
      code = ExitCode.INTERNAL;
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static void printLines(PrintWriter err, String message) {
    for (String line : message.split("\\R")) {
      err.println("error: " + line);
    }
  }
}
