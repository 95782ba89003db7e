package org.mutuality.cli;

import picocli.CommandLine.Command;

/** {@code mutuality jira}: tools for the Jira adapter. */
@Command(
    name = "jira",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Tools for the Jira adapter: decode a saved Jira response; purge what Mutuality wrote into a site.",
    subcommands = {DecodeCommand.class, PurgeCommand.class})
final class JiraCommand {}
