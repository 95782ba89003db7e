package org.mutuality.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.http.Credentials;
import picocli.CommandLine.Option;

/** How a command connects to a Jira site: the credentials file and the timeouts (shared by audit and init). */
final class ConnectionOptions {
  @Option(names = "--credentials", paramLabel = "FILE",
      description = "A file of KEY=value lines with the same keys as the environment; only its owner may read it.")
  Path credentials;

  @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "How long to wait for a connection. Default: ${DEFAULT-VALUE}.")
  long connectTimeout;

  @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "How long to wait for one answer. Default: ${DEFAULT-VALUE}.")
  long requestTimeout;

  /**
   * The credentials from {@code --credentials} when given, else from the environment.
   *
   * @throws IllegalArgumentException when there are none, or the file is unusable
   */
  Credentials credentials() {
    Credentials found = credentials != null ? Credentials.fromFile(credentials)
        : Credentials.fromEnvironment(JiraOptions.environment);
    if (found == null) {
      throw new IllegalArgumentException("no Jira credentials: set " + Credentials.EMAIL + " and " + Credentials.TOKEN
          + " (Cloud e-mail and API token, or Data Center user and password), or " + Credentials.PAT
          + " (Data Center personal access token), or give --credentials FILE");
    }
    return found;
  }

  /** The settings with these timeouts. */
  JiraSettings withTimeouts(JiraSettings settings) {
    return settings.withTimeouts(Duration.ofSeconds(connectTimeout), Duration.ofSeconds(requestTimeout));
  }
}
