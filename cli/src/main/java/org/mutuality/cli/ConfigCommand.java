package org.mutuality.cli;

import picocli.CommandLine.Command;

/** {@code mutuality config}: work with {@code mutuality.yml}. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Check a configuration file.",
    subcommands = {ConfigValidateCommand.class})
final class ConfigCommand {}
