package org.mutuality.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mutuality.config.Configuration;
import org.mutuality.config.PartnerMapping;
import org.mutuality.jira.JiraScope;
import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.JiraSource;
import org.mutuality.jira.ReadProgress;
import org.mutuality.jira.http.Site;
import org.mutuality.model.Snapshot;
import org.mutuality.spi.SourceException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that read a live Jira site, and the read itself. */
final class JiraOptions {
  @Option(names = "--site", paramLabel = "URL",
      description = "A Jira Cloud or Data Center site to read (https; http only to this machine). Credentials come "
          + "from MUTUALITY_JIRA_EMAIL + MUTUALITY_JIRA_TOKEN (Basic) or MUTUALITY_JIRA_PAT (Bearer), or --credentials.")
  String site;

  @Option(names = "--project", split = ",", paramLabel = "KEY",
      description = "The project key(s) of the partnership, e.g. COF or COF,PIT.")
  List<String> projects = new ArrayList<>();

  @Option(names = "--jql", paramLabel = "JQL", description = "A JQL filter: alone, or narrowing the projects.")
  String jql;

  @Mixin
  ConnectionOptions connection = new ConnectionOptions();

  @Option(names = "--partner-field", paramLabel = "FIELD",
      description = "A custom field naming each work item's partner, by id (customfield_10050) or name (Partner); "
          + "its value must be a partner's id or name in --config. Default: source.partnerField of --config.")
  String partnerField;

  /** The environment credentials are read from; tests replace it. */
  static Map<String, String> environment = System.getenv();

  /** How a read reaches the site: live by default; {@code audit --record} and {@code --replay} set another. */
  JiraConnector connector = JiraSource::connect;

  /** Whether the read is offline (a replay), so needs no credentials. */
  boolean offline;

  /** The site and projects of the last {@link #read}, for the report's provenance. */
  String readSite;
  List<String> readProjects = List.of();

  /** Whether the command line names a site or a scope. */
  boolean given() {
    return site != null || !projects.isEmpty() || jql != null || connection.credentials != null || partnerField != null;
  }

  /**
   * Reads the site the options name, else the site of the configuration's {@code source:} section. An option wins
   * over the section's key; with a {@code --site} of their own, the section's projects and jql (which belong to its
   * site) are not used, its partnerField and participantsField still are.
   */
  Snapshot read(Configuration config, boolean quiet) {
    return read(settings(config), quiet);
  }

  /** Reads the site of {@code settings}, with the progress line unless quiet. */
  Snapshot read(JiraSettings settings, boolean quiet) {
    ReadProgress progress = TerminalProgress.of(quiet);
    try {
      return connector.connect(settings, progress).read();
    } catch (SourceException e) {
      throw new CommandException(ExitCode.SOURCE, e.getMessage(), e);
    } finally {
      TerminalProgress.end(progress);
    }
  }

  /** The site and scope the options (else the configuration's {@code source:}) name, checked. */
  JiraSettings settings(Configuration config) {
    JiraScope scope = Sources.jira(config).orElse(null);
    String url = site != null ? site : scope == null ? null : scope.site();
    if (url == null) {
      throw new CommandException(ExitCode.USAGE, "say what to audit: --snapshot FILE, or --site URL with "
          + "--project KEY (or a source: {type: jira, …} section in --config)");
    }
    List<String> keys = !projects.isEmpty() ? projects : site == null && scope != null ? scope.projects() : List.of();
    String filter = jql != null ? jql : site == null && scope != null ? scope.jql() : null;
    JiraSettings settings;
    try {
      settings = connection.withTimeouts(
              JiraSettings.of(Site.parse(url), keys, filter, offline ? null : connection.credentials()))
          .withGroups(mappedGroups(config))
          .withPartnerField(partnerField != null ? partnerField : scope == null ? null : scope.partnerField(),
              config.partners())
          .withParticipantsField(scope == null ? null : scope.participantsField());
    } catch (IllegalArgumentException e) {
      throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
    }
    readSite = url;
    readProjects = List.copyOf(keys);
    return settings;
  }

  static Set<String> mappedGroups(Configuration config) {
    Set<String> groups = new TreeSet<>();
    for (PartnerMapping partner : config.partners()) {
      groups.addAll(partner.groups());
    }
    return groups;
  }
}
