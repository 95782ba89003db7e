package org.mutuality.cli;

import java.util.List;
import java.util.Optional;
import org.mutuality.config.Configuration;
import org.mutuality.config.SourceSection;
import org.mutuality.io.InputException;
import org.mutuality.jira.JiraScope;

/**
 * The trackers a {@code source:} section of {@code mutuality.yml} may name in this build, and the check of the
 * section by the adapter of its type. A bad section is a configuration error (exit 2), reported when the file is
 * read, whatever the command.
 */
final class Sources {
  /** The {@code type}s this build reads. */
  static final List<String> TYPES = List.of(JiraScope.TYPE);

  private Sources() {}

  /** Checks the configuration's {@code source:} section, when it has one. */
  static void check(Configuration config) {
    jira(config);
  }

  /** The Jira site and scope the configuration names, if it names one. */
  static Optional<JiraScope> jira(Configuration config) {
    Optional<SourceSection> section = config.source();
    if (section.isEmpty()) {
      return Optional.empty();
    }
    SourceSection source = section.get();
    if (!TYPES.contains(source.type())) {
      throw new CommandException(ExitCode.USAGE, source.position("/type") + ": source.type '" + source.type()
          + "' is not a tracker this build reads; supported types: " + String.join(", ", TYPES));
    }
    try {
      return Optional.of(JiraScope.from(source));
    } catch (InputException e) {
      throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
    }
  }
}
