package org.mutuality.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mutuality.config.Configuration;
import org.mutuality.io.InputException;
import org.mutuality.model.Snapshot;
import org.mutuality.snapshot.SnapshotReader;

/** Reads the files a command is given, turning each failure into the right exit code. */
final class Inputs {
  private Inputs() {}

  /**
   * {@code mutuality.yml}, or the defaults when no file is given, with its {@code source:} section checked by the
   * adapter of its type. A bad file is a configuration error.
   */
  static Configuration configuration(Path file) {
    if (file == null) {
      return Configuration.defaults();
    }
    requireFile(file, "configuration");
    Configuration config;
    try {
      config = Configuration.load(file);
    } catch (InputException e) {
      throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
    }
    Sources.check(config);
    return config;
  }

  /**
   * A snapshot file. A missing or malformed file is bad input (exit 2); a file that exists but cannot be
   * read is a data source that failed (exit 3).
   */
  static Snapshot snapshot(Path file) {
    requireFile(file, "snapshot");
    try {
      return SnapshotReader.read(file);
    } catch (InputException e) {
      throw new CommandException(exitCode(e), e.getMessage(), e);
    }
  }

  /** A configuration packaged on the classpath, e.g. the demo's. */
  static Configuration configurationResource(String resource) {
    try (InputStream in = open(resource)) {
      return Configuration.load(in, resource);
    } catch (InputException e) {
      throw new CommandException(ExitCode.SOURCE, e.getMessage(), e);
    } catch (IOException e) {
      throw new CommandException(ExitCode.SOURCE, resource + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** A snapshot packaged on the classpath, e.g. the demo's. */
  static Snapshot snapshotResource(String resource) {
    try (InputStream in = open(resource)) {
      return SnapshotReader.read(in, resource);
    } catch (InputException e) {
      throw new CommandException(ExitCode.SOURCE, e.getMessage(), e);
    } catch (IOException e) {
      throw new CommandException(ExitCode.SOURCE, resource + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Exit 3 when the file could not be read at all, 2 when what was read is wrong. */
  static int exitCode(InputException e) {
    Throwable cause = e.getCause();
    return cause instanceof IOException && !(cause instanceof JsonProcessingException)
        ? ExitCode.SOURCE : ExitCode.USAGE;
  }

  private static InputStream open(String resource) {
    InputStream in = Main.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new CommandException(ExitCode.SOURCE, resource + " is not in this build of mutuality; rebuild it "
          + "from the repository root (mvn -B -DskipTests install) so that examples/ is packaged");
    }
    return in;
  }

  private static void requireFile(Path file, String what) {
    if (Files.isDirectory(file)) {
      throw new CommandException(ExitCode.USAGE, file + ": is a folder; give the " + what + " file");
    }
  }
}
