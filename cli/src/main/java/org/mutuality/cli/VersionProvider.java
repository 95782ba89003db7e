package org.mutuality.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code mutuality --version}: the jar's Implementation-Version, else the version Maven filtered in. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"mutuality " + version(), "Java " + System.getProperty("java.version")};
  }

  /** This command's version, {@code development} when neither the manifest nor the resource has it. */
  static String version() {
    String fromManifest = Main.class.getPackage().getImplementationVersion();
    if (fromManifest != null) {
      return fromManifest;
    }
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "");
        if (!version.isBlank() && !version.startsWith("${")) {
          return version;
        }
      }
    } catch (IOException e) {
      // fall through: a version is not worth failing for
    }
    return "development";
  }
}
