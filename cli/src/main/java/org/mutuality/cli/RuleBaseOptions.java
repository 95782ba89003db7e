package org.mutuality.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: an organisation's rules, added to the built-in ones. */
final class RuleBaseOptions {
  @Option(names = "--rules", paramLabel = "DIR",
      description = "A folder of the organisation's own .drl rules to include (repeatable). A broken file is "
          + "reported with file:line and left out, and the exit code is 2.")
  List<Path> folders = new ArrayList<>();
}
