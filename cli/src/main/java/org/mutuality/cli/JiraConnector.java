package org.mutuality.cli;

import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.JiraSource;
import org.mutuality.jira.ReadProgress;

/** Makes the source a Jira read goes through: live, recorded, or replayed. */
@FunctionalInterface
interface JiraConnector {
  JiraSource connect(JiraSettings settings, ReadProgress progress);
}
