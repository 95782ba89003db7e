package org.mutuality.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mutuality.jira.decode.DecodeException;
import org.mutuality.jira.decode.Kind;
import org.mutuality.jira.decode.ResponseDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mutuality jira decode KIND FILE}: one saved Jira response, read as the adapter reads it. */
@Command(
    name = "decode",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Decode one saved Jira response (e.g. a file of a --record folder) with the adapter's own read "
        + "types and mapping, and print the model it maps to. Open comment text is shown; restricted comments show "
        + "whom they are restricted to and their length.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {"0:decoded", "2:the file is not of that kind (the message names the JSON path), or cannot be "
        + "read"})
final class DecodeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "issue, search, comments, worklogs, changelog, "
      + "project, avatars, components, role, group-members, versions, sprints, user, serverinfo, "
      + "security-level-members or webhook.")
  String kind;

  @Parameters(index = "1", paramLabel = "FILE", description = "The response body, as Jira sent it.")
  Path file;

  @Override
  public Integer call() {
    Kind k;
    try {
      k = Kind.of(kind);
    } catch (IllegalArgumentException e) {
      throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
    }
    String body;
    try {
      body = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CommandException(ExitCode.USAGE, "no such file: " + file, e);
    } catch (IOException e) {
      throw new CommandException(ExitCode.USAGE, "cannot read " + file + ": " + e.getMessage(), e);
    }
    try {
      spec.commandLine().getOut().print(ResponseDecoder.decode(k, body));
    } catch (DecodeException e) {
      throw new CommandException(ExitCode.USAGE, file + ": " + e.getMessage(), e);
    }
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
