package org.mutuality.cli;

import picocli.CommandLine.Command;

/** {@code mutuality rules}: the rule catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "List the rules, or explain one.",
    subcommands = {RulesListCommand.class, RulesExplainCommand.class})
final class RulesCommand {}
