package org.mutuality.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mutuality rules docs --out DIR}: writes the rule reference (one page per rule and an index by key)
 * from the rules' metadata and docs. Pages it wrote before for rules that no longer exist are removed;
 * any other file in the folder is left alone.
 */
@Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Write the rule reference: one Markdown page per rule (metadata, parameters, tiers, gating, "
        + "remediation, documentation) and an index by key (README.md), for the built-in rules plus the "
        + "organisation's (--rules).")
final class RulesDocsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The folder to write into (created when missing), e.g. docs/rules.")
  Path out;

  @Mixin
  RuleBaseOptions rules;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    RuleBaseLoader.Loaded loaded = RuleBaseLoader.load(rules.folders, spec.commandLine().getErr());
    Map<String, String> pages = RuleReference.render(loaded.ruleBase(), rules.folders);
    int written = 0;
    int removed = 0;
    try {
      Files.createDirectories(out);
      for (Map.Entry<String, String> page : pages.entrySet()) {
        Path file = out.resolve(page.getKey());
        if (Files.exists(file) && !generated(file)) {
          throw new CommandException(ExitCode.USAGE, file + " exists and was not written by `mutuality rules docs`: "
              + "it is left alone; choose another --out folder");
        }
      }
      for (Map.Entry<String, String> page : pages.entrySet()) {
        Path file = out.resolve(page.getKey());
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(page.getValue())) {
          ReportFiles.writeAtomically(file, w -> w.write(page.getValue()));
          written++;
        }
      }
      for (Path stale : generatedPages(out)) {
        if (!pages.containsKey(stale.getFileName().toString())) {
          Files.delete(stale);
          removed++;
        }
      }
    } catch (IOException e) {
      throw new CommandException(ExitCode.SOURCE, out + ": cannot write the rule reference: " + e.getMessage(), e);
    }
    stdout.println("rule reference: " + pages.size() + " pages in " + out + " (" + written + " written, "
        + (pages.size() - written) + " unchanged" + (removed > 0 ? ", " + removed + " removed" : "") + ")");
    stdout.flush();
    return loaded.problems() == 0 ? ExitCode.OK : ExitCode.USAGE;
  }

  /** The Markdown files in {@code folder} that this command wrote: they start with its marker. */
  static List<Path> generatedPages(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".md")).filter(RulesDocsCommand::generated)
          .sorted().toList();
    }
  }

  private static boolean generated(Path file) {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.findFirst().map(RuleReference.MARKER::equals).orElse(false);
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }
}
