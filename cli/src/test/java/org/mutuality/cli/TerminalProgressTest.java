package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mutuality.jira.ReadProgress;

/** The progress line of a Jira read, exactly as the terminal gets it, and nothing when stderr is no terminal. */
class TerminalProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String err() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void on_a_terminal_one_line_is_rewritten_with_issues_read_of_those_estimated() {
    ReadProgress progress = TerminalProgress.of(false, true, err);
    progress.update("issues", 0, 304, 4, 0);
    progress.update("issues", 100, 304, 5, 0);
    progress.update("comments, worklogs and changelogs", 304, 304, 9, 2);
    TerminalProgress.end(progress);

    assertThat(err()).isEqualTo("\rreading Jira: issues, 0/304 issues, 4 requests   "
        + "\rreading Jira: issues, 100/304 issues, 5 requests   "
        + "\rreading Jira: comments, worklogs and changelogs, 304/304 issues, 9 requests, 2 retries   "
        + System.lineSeparator());
  }

  @Test
  void without_an_estimate_only_the_count_read_is_shown() {
    ReadProgress progress = TerminalProgress.of(false, true, err);
    progress.update("issues", 0, -1, 3, 0);
    progress.update("issues", 1000, -1, 4, 1);

    assertThat(err()).isEqualTo("\rreading Jira: issues, 0 issues, 3 requests   "
        + "\rreading Jira: issues, 1000 issues, 4 requests, 1 retry   ");
    assertThat(TerminalProgress.line("done", 20000, 20000, 219, 0))
        .isEqualTo("\rreading Jira: done, 20000/20000 issues, 219 requests   ");
  }

  @Test
  void redirected_or_quiet_shows_nothing_and_ends_with_nothing() {
    for (ReadProgress progress : new ReadProgress[] {TerminalProgress.of(false, false, err),
        TerminalProgress.of(true, true, err)}) {
      assertThat(progress).isSameAs(ReadProgress.NONE);
      progress.update("issues", 100, 304, 5, 0);
      TerminalProgress.end(progress);
    }
    // a line never shown is not ended either
    TerminalProgress.end(TerminalProgress.of(false, true, err));
    assertThat(err()).isEmpty();
  }
}
