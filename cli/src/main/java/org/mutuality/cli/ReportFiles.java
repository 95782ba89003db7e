package org.mutuality.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mutuality.report.ReportView;

/**
 * Writes report files into a folder, each through a temporary file in the same folder that is then moved
 * over the target: an interrupted run leaves the previous report whole, never a half-written one.
 */
final class ReportFiles {
  private ReportFiles() {}

  /**
   * Writes the report in each format.
   *
   * @return the files written, in the order of {@link ReportFormat}
   * @throws CommandException when the folder cannot be made or a file cannot be written
   */
  static List<Path> write(ReportView view, Path folder, Set<ReportFormat> formats) {
    try {
      Files.createDirectories(folder);
    } catch (FileAlreadyExistsException e) {
      throw new CommandException(ExitCode.USAGE, "--out " + folder + " is a file, not a folder");
    } catch (IOException e) {
      throw new CommandException(ExitCode.USAGE, "cannot create the report folder " + folder + ": " + reason(e), e);
    }
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : formats) {
      Path target = folder.resolve(format.fileName());
      try {
        writeAtomically(target, out -> format.write(view, out));
      } catch (IOException e) {
        throw new CommandException(ExitCode.USAGE, "cannot write " + target + ": " + reason(e), e);
      }
      written.add(target);
    }
    return written;
  }

  /** What a writer puts into a file. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes a file through a temporary sibling and a move, so readers see the old file or the new one. */
  static void writeAtomically(Path target, Content content) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    // Not Files.createTempFile: it makes the file readable by its owner only; this one gets the usual umask.
    Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static String reason(IOException e) {
    String message = e.getMessage();
    return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : message == null ? e.getClass().getSimpleName() : message;
  }
}
