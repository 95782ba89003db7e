package org.mutuality.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.http.JdkTransport;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.http.RetryingTransport;
import org.mutuality.jira.http.Site;
import org.mutuality.jira.init.MappingDraft;
import org.mutuality.jira.init.SiteSurvey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mutuality init}: reads a Jira project's role actors, the members of its group actors and the people on
 * its recent issues, and writes a draft {@code mutuality.yml} with a partner mapping to edit and the people it
 * could not place. Never overwrites a file unless told to, and never leaves a half-written one.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Draft a mutuality.yml from a Jira project: partners proposed from its role groups and the e-mail "
        + "domains of its people, app accounts as bots, and the people it could not place, for you to edit.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {"0:the draft was written", ExitCode.USAGE_TEXT, ExitCode.SOURCE_TEXT, ExitCode.INTERNAL_TEXT})
final class InitCommand implements Callable<Integer> {
  static final String DEFAULT_OUT = "mutuality.yml";

  @Spec
  CommandSpec spec;

  @Option(names = "--site", required = true, paramLabel = "URL",
      description = "The Jira Cloud or Data Center site (https; http only to this machine). Credentials as for audit: "
          + "MUTUALITY_JIRA_EMAIL + MUTUALITY_JIRA_TOKEN, or MUTUALITY_JIRA_PAT, or --credentials.")
  String site;

  @Option(names = "--project", required = true, split = ",", paramLabel = "KEY",
      description = "The project key(s) of the partnership, e.g. COF or COF,PIT.")
  List<String> projects = new ArrayList<>();


  @Option(names = "--out", paramLabel = "FILE", defaultValue = DEFAULT_OUT,
      description = "Where to write the draft. Default: ./${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--force", description = "Replace --out if it exists (it is replaced whole, never half-written).")
  boolean force;

  @Option(names = "--days", paramLabel = "N", defaultValue = "" + SiteSurvey.DEFAULT_DAYS,
      description = "Read the people on issues updated in the last N days. Default: ${DEFAULT-VALUE}.")
  int days;

  @Option(names = "--max-issues", paramLabel = "N", defaultValue = "" + SiteSurvey.DEFAULT_MAX_ISSUES,
      description = "Read at most N of those issues, the most recently updated. Default: ${DEFAULT-VALUE}.")
  int maxIssues;

  @Mixin
  ConnectionOptions connection = new ConnectionOptions();

  @Override
  public Integer call() {
    refuseToOverwrite();
    JiraSettings settings;
    SiteSurvey survey;
    try {
      settings = connection.withTimeouts(JiraSettings.of(Site.parse(site), projects, null, connection.credentials()));
      JdkTransport http = new JdkTransport(settings.credentials(), settings.connectTimeout(),
          settings.requestTimeout());
      survey = new SiteSurvey(settings, RetryingTransport.of(http, settings.retry()), days, maxIssues);
    } catch (IllegalArgumentException e) {
      throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
    }
    MappingDraft.Draft draft;
    try {
      draft = MappingDraft.propose(survey.read());
    } catch (JiraException e) {
      throw new CommandException(ExitCode.SOURCE, "cannot read the Jira site " + settings.site() + ": "
          + e.getMessage(), e);
    }
    String yaml = DraftYaml.render(draft, out.getFileName().toString());
    write(yaml);
    var printed = spec.commandLine().getOut();
    printed.println("Wrote " + out + ": " + draft.partners().size() + " partner(s) proposed ("
        + String.join(", ", draft.partners().stream().map(MappingDraft.Partner::id).toList()) + "), "
        + draft.bots().size() + " bot(s), " + draft.unplaced().size() + " person(s) to place by hand.");
    printed.println("Edit it (names, sectors, the people listed at the end), then: mutuality config validate " + out);
    printed.flush();
    return ExitCode.OK;
  }

  private void refuseToOverwrite() {
    if (Files.isDirectory(out)) {
      throw new CommandException(ExitCode.USAGE, out + " is a folder; give the file to write with --out");
    }
    if (!force && Files.exists(out)) {
      throw new CommandException(ExitCode.USAGE, out + " exists; give --force to replace it, or --out another file");
    }
  }

  /** Through a temporary sibling and a move: the old file (or none) until the new one is whole. */
  private void write(String yaml) {
    try {
      Path folder = out.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      if (force) {
        ReportFiles.writeAtomically(out, w -> w.write(yaml));
        return;
      }
      Path temp = folder.resolve("." + out.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try {
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE)) {
          w.write(yaml);
        }
        Files.move(temp, out); // fails, leaving the existing file alone, if one appeared meanwhile
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (FileAlreadyExistsException e) {
      throw new CommandException(ExitCode.USAGE, out + " exists; give --force to replace it, or --out another file");
    } catch (IOException e) {
      throw new CommandException(ExitCode.USAGE, "cannot write " + out + ": " + e.getMessage(), e);
    }
  }
}
