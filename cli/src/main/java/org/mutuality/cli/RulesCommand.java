package org.mutuality.cli;

import picocli.CommandLine.Command;

/** {@code mutuality rules}: the rule catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "List the rules, explain one, test rule scenarios, or write the rule reference.",
    subcommands = {RulesListCommand.class, RulesExplainCommand.class, RulesTestCommand.class,
        RulesDocsCommand.class})
final class RulesCommand {}
