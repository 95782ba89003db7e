package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir
  Path folder;

  @Test
  void replacesTheFileWhole() throws IOException {
    Path target = Files.writeString(folder.resolve("report.json"), "old");

    ReportFiles.writeAtomically(target, out -> out.write("new"));

    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(names()).containsExactly("report.json");
  }

  @Test
  void aWriteThatFailsHalfwayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(folder.resolve("report.json"), "previous report");

    assertThatThrownBy(() -> ReportFiles.writeAtomically(target, out -> {
      out.write("half a rep");
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");

    assertThat(Files.readString(target)).isEqualTo("previous report");
    assertThat(names()).containsExactly("report.json");
  }

  private Stream<String> names() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList().stream();
    }
  }
}
