package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutuality.engine.RuleBase;

/** The rule reference: the committed copy in {@code docs/rules/} matches the rules, and the command writes it. */
class RuleReferenceTest {
  private static final Path COMMITTED = Path.of("..", "docs", "rules");

  @TempDir
  Path temp;

  @Test
  void theCommittedReferenceIsUpToDate() throws IOException {
    Map<String, String> pages = RuleReference.render(RuleBase.builtIn(), List.of());

    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = COMMITTED.resolve(page.getKey());
      if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(page.getValue())) {
        stale.add(page.getKey());
      }
    }
    for (Path file : RulesDocsCommand.generatedPages(COMMITTED)) {
      if (!pages.containsKey(file.getFileName().toString())) {
        stale.add(file.getFileName() + " (no such rule)");
      }
    }
    assertThat(stale).as("docs/rules is out of date; run: ./mutuality rules docs --out docs/rules").isEmpty();
    assertThat(pages).hasSize(45);
  }

  @Test
  void aPageRendersTheMetadataThenTheDoc() {
    String page = RuleReference.render(RuleBase.builtIn(), List.of()).get("ACCT-004.md");

    assertThat(page).startsWith(RuleReference.MARKER + "\n\n# ACCT-004 ");
    assertThat(page.lines().filter(line -> line.startsWith("| ")).toList()).contains(
        "| key | accountability |",
        "| gated by | [DATA-001](DATA-001.md), [DATA-003](DATA-003.md) |");
    assertThat(page).contains("\n## Parameters\n", "\n## Remediation\n", "\n## Why it matters\n");
    assertThat(page.lines().filter(line -> line.startsWith("# "))).hasSize(1);
  }

  @Test
  void theCommandNeverOverwritesAFileItDidNotWrite() throws IOException {
    Path out = temp.resolve("docs");
    Files.createDirectories(out);
    Files.writeString(out.resolve("README.md"), "# Our project\n");

    CliRun run = CliRun.of("rules", "docs", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).containsExactly("error: " + out.resolve("README.md") + " exists and was not written "
        + "by `mutuality rules docs`: it is left alone; choose another --out folder");
    assertThat(out.resolve("README.md")).hasContent("# Our project");
    assertThat(out.resolve("COORD-001.md")).doesNotExist();
  }

  @Test
  void theCommandWritesAnOrganisationsRulesAndRemovesPagesOfRulesThatAreGone() throws IOException {
    Path out = temp.resolve("reference");
    Files.createDirectories(out);
    Files.writeString(out.resolve("ORG-999.md"), RuleReference.MARKER + "\n\n# ORG-999 A rule since removed\n");
    Files.writeString(out.resolve("NOTES.md"), "# Our own notes\n");

    CliRun run = CliRun.of("rules", "docs", "--out", out.toString(), "--rules", "../examples/custom-rule/rules");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).containsExactly(
        "rule reference: 46 pages in " + out + " (46 written, 0 unchanged, 1 removed)");
    assertThat(out.resolve("ORG-999.md")).doesNotExist();
    assertThat(out.resolve("NOTES.md")).hasContent("# Our own notes");
    String page = Files.readString(out.resolve("ORG-101.md"));
    assertThat(page).contains("| scope | work-package |", "| package | `org.example.partnership` (organisation rule) |",
        "| `minResolved` | count | `3` | Work items of the package resolved in the window before it is judged |",
        "\n## Why it matters\nThe partnership agreed that no organisation marks its own homework");
    assertThat(Files.readString(out.resolve("README.md")))
        .contains("| [ORG-101](ORG-101.md) | Work package reviewed by its lead's partner only | minor | work-package |");
  }
}
