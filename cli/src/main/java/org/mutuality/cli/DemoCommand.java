package org.mutuality.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mutuality.config.Configuration;
import org.mutuality.jira.JiraScope;
import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.JiraSource;
import org.mutuality.jira.ReadProgress;
import org.mutuality.jira.http.Credentials;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.http.Site;
import org.mutuality.jira.writeback.ApplyResult;
import org.mutuality.jira.writeback.Change;
import org.mutuality.model.Snapshot;
import org.mutuality.report.Provenance;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.spi.SourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mutuality demo}: the whole path on the sandbox's demo site — starts the Jira sandbox on a free port, reads
 * the demo partnership through HTTP, audits it, writes the findings back into the sandbox, prints what it found and
 * wrote, and stops the sandbox. {@code --offline} audits the packaged example snapshot instead.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Audit the example partnership end to end: start the Jira sandbox with the demo site (Café del "
        + "Sur) on a free port, read it through HTTP, audit it, write the findings back into it (labels, managed "
        + "comments, properties, a summary issue), print what was found and written, and stop the sandbox. With "
        + "--offline, audit examples/snapshot.yml with examples/mutuality.yml instead.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.OK_TEXT, ExitCode.FINDINGS_TEXT, ExitCode.USAGE_TEXT, ExitCode.SOURCE_TEXT,
        ExitCode.INTERNAL_TEXT})
final class DemoCommand implements Callable<Integer> {
  static final String SNAPSHOT = "examples/snapshot.yml";
  static final String CONFIG = "examples/mutuality.yml";
  static final String SITE_CONFIG = "examples/demo-site.yml";
  static final String DEFAULT_OUT = "mutuality-reports/demo";
  static final String PROJECT = "COF";

  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write the reports. Default: ./" + DEFAULT_OUT + ".")
  Path out;

  @Option(names = "--offline",
      description = "Audit the packaged example snapshot (examples/snapshot.yml), without the sandbox.")
  boolean offline;

  @Mixin
  ReportOptions options;

  @Override
  public Integer call() {
    if (offline) {
      AuditRun run = new AuditRun("Mutuality demo", Inputs.snapshotResource(SNAPSHOT),
          Inputs.configurationResource(CONFIG), List.of(), options.asOf, ReportOptions.orDefault(out, DEFAULT_OUT),
          options.formats(), options.failOn, ReportExtras.of(options, Provenance.NONE));
      return run.execute(spec.commandLine().getOut(), spec.commandLine().getErr());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Configuration config = Inputs.configurationResource(SITE_CONFIG);
    JiraScope scope = Sources.jira(config).orElseThrow();
    // The sandbox's clock stands at the demo's instant, so the audit (as of the read) is the same on every run.
    try (JiraSandbox sandbox = JiraSandbox.builder().dataset(Dataset.demo()).port(0)
        .clock(ManualClock.at(Dataset.DEMO_NOW)).start()) {
      String site = sandbox.baseUri().toString().replaceAll("/$", "");
      out.println("Jira sandbox: the demo site Café del Sur (" + sandbox.dataset().site().issues().size()
          + " issues, Jira Cloud flavour) on " + site + "; Mutuality reads project " + PROJECT + " through its REST "
          + "API as the integration account.");
      out.println();
      out.flush();
      JiraSettings settings = JiraSettings.of(Site.parse(site), List.of(PROJECT), null,
              Credentials.basic("integration@cafesur-partnership.org", "demo-token"))
          .withGroups(JiraOptions.mappedGroups(config))
          .withPartnerField(scope.partnerField(), config.partners())
          .withParticipantsField(scope.participantsField());
      Snapshot raw = read(settings);
      WriteBackStep writeBack = WriteBackStep.connect(settings, config.writeBack(), true, false);
      Snapshot data = writeBack.observe(raw);
      AuditRun run = new AuditRun("Mutuality demo", data, config, List.of(), options.asOf,
          ReportOptions.orDefault(this.out, DEFAULT_OUT), options.formats(), options.failOn,
          ReportExtras.of(options, new Provenance(site, List.of(PROJECT), null, null)));
      int code = run.execute(out, err, (report, o, e) -> {
        int written = writeBack.run(report, o, e);
        if (writeBack.result() != null) {
          printWritten(o, writeBack, site);
        }
        return written;
      });
      out.println();
      out.println("Jira sandbox stopped.");
      out.flush();
      return code;
    }
  }

  private static Snapshot read(JiraSettings settings) {
    ReadProgress progress = TerminalProgress.of(false);
    try {
      return JiraSource.connect(settings, progress).read();
    } catch (SourceException e) {
      throw new CommandException(ExitCode.SOURCE, e.getMessage(), e);
    } finally {
      TerminalProgress.end(progress);
    }
  }

  /** What the write-back left in the sandbox, by kind, with where to look. */
  private static void printWritten(PrintWriter out, WriteBackStep step, String site) {
    ApplyResult result = step.result();
    Map<String, Integer> labels = new TreeMap<>();
    result.applied().stream().filter(c -> c.action() == Change.Action.ADD_LABELS)
        .forEach(c -> c.labels().forEach(l -> labels.merge(l, 1, Integer::sum)));
    List<String> commented = result.applied().stream().filter(c -> c.action() == Change.Action.CREATE_COMMENT)
        .map(Change::issue).distinct().toList();
    long properties = result.applied().stream().filter(c -> c.action() == Change.Action.SET_PROPERTY)
        .map(Change::issue).distinct().count();
    out.println();
    out.println("What Mutuality wrote into the sandbox");
    out.println("  labels      " + labels.values().stream().mapToInt(Integer::intValue).sum() + ": "
        + labels.entrySet().stream().map(e -> e.getKey() + " on " + e.getValue()).collect(Collectors.joining(", ")));
    if (!commented.isEmpty()) {
      String example = commented.get(0);
      out.println("  comments    " + commented.size() + " managed comments, one per flagged issue, e.g. " + site
          + "/rest/api/3/issue/" + example + "/comment");
      out.println("  properties  " + properties + " × mutuality.findings, e.g. " + site + "/rest/api/3/issue/" + example
          + "/properties/mutuality.findings");
    }
    try {
      List<String> summaries = step.writeBack().summaryIssues(PROJECT);
      if (!summaries.isEmpty()) {
        out.println("  summary     " + summaries.get(0) + " \"Partnership health (Mutuality)\": " + site
            + "/rest/api/3/issue/" + summaries.get(0));
      }
    } catch (JiraException e) {
      out.println("  summary     (could not be looked up: " + e.getMessage() + ")");
    }
    out.println("  (the sandbox stops with the demo; `mutuality sandbox` and `mutuality audit --site … --apply` "
        + "keep one running)");
  }
}
