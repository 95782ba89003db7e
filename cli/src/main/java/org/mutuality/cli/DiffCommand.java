package org.mutuality.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mutuality.engine.Key;
import org.mutuality.io.InputException;
import org.mutuality.report.Change;
import org.mutuality.report.Comparison;
import org.mutuality.report.PastAudit;
import org.mutuality.report.PastAudit.PastFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mutuality diff A.json B.json}: what changed between two audits, as {@code --history} reports it: each
 * finding of B new, persisting, waived or with an expired waiver, the findings of A gone from B (fixed), and the
 * key scores of both.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Compare two JSON reports of the same partnership: the findings of the later one as NEW, "
        + "PERSISTING, WAIVED or EXPIRED_WAIVER, those of the earlier one that are gone as FIXED (matched by "
        + "fingerprint), and the key scores of both.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.OK_TEXT, ExitCode.USAGE_TEXT})
final class DiffCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A.json", description = "The earlier JSON report.")
  Path earlier;

  @Parameters(index = "1", paramLabel = "B.json", description = "The later JSON report.")
  Path later;

  @Override
  public Integer call() {
    PastAudit a = read(earlier);
    PastAudit b = read(later);
    if (!a.partnershipId().equals(b.partnershipId())) {
      throw new CommandException(ExitCode.USAGE, "the reports are of different partnerships: " + earlier + " of "
          + a.partnershipId() + ", " + later + " of " + b.partnershipId());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (b.asOf().isBefore(a.asOf())) {
      spec.commandLine().getErr().println("note: " + later + " (as of " + b.asOf() + ") is older than " + earlier
          + " (as of " + a.asOf() + "): the comparison reads from the first to the second as given");
      spec.commandLine().getErr().flush();
    }
    Comparison comparison = Comparison.between(a, b);
    out.println("Mutuality diff: " + b.partnershipId() + ", as of " + a.asOf() + " -> as of " + b.asOf());
    out.println(Arrays.stream(Change.values()).map(c -> comparison.count(c) + " " + c.label())
        .collect(Collectors.joining(", ")));
    out.println();
    out.println("Scores");
    for (Key key : Key.values()) {
      if (key.isScored()) {
        out.println(String.format(Locale.ROOT, "  %-15s %4s -> %4s", key.label(), score(a, key), score(b, key)));
      }
    }
    for (Change change : List.of(Change.NEW, Change.EXPIRED_WAIVER, Change.WAIVED, Change.PERSISTING)) {
      List<PastFinding> findings = b.findings().stream()
          .filter(f -> comparison.change(f.fingerprint()) == change).toList();
      section(out, change, findings);
    }
    section(out, Change.FIXED, comparison.fixed());
    out.flush();
    return ExitCode.OK;
  }

  private static void section(PrintWriter out, Change change, List<PastFinding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    out.println();
    out.println(change.name() + " (" + findings.size() + ")");
    for (PastFinding f : findings) {
      out.println(String.format(Locale.ROOT, "  %-9s %-10s %s %s (%s): %s", f.severity().label(), f.ruleId(),
          f.subjectType(), f.subjectName(), f.subjectId(), f.message()));
    }
  }

  private static String score(PastAudit audit, Key key) {
    Integer score = audit.scores().get(key);
    return score == null ? "n/a" : score.toString();
  }

  private static PastAudit read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CommandException(ExitCode.USAGE, file + ": no such file");
    }
    try {
      return PastAudit.read(file);
    } catch (InputException e) {
      throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
    }
  }
}
