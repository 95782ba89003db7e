package org.mutuality.cli;

import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.ReadProgress;
import org.mutuality.spi.TrackerSource;

/** Makes the source a Jira read goes through: live, recorded, or replayed. */
@FunctionalInterface
interface JiraConnector {
  TrackerSource connect(JiraSettings settings, ReadProgress progress);
}
