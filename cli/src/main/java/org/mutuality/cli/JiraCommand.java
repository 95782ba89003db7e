package org.mutuality.cli;

import picocli.CommandLine.Command;

/** {@code mutuality jira}: tools for the Jira adapter. */
@Command(
    name = "jira",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Tools for the Jira adapter: decode a saved Jira response.",
    subcommands = {DecodeCommand.class})
final class JiraCommand {}
