package org.mutuality.jira.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A recording's {@code recording.json}: what was read, so that a replay asks for the same.
 *
 * @param format the folder layout's version, {@value Recording#FORMAT}
 * @param site the site's base URL (never with credentials)
 * @param projects the project keys of the scope
 * @param jql the JQL filter of the scope, or {@code null}
 * @param redacted whether comment and worklog text was replaced by its length and hash
 * @param recordedAt when the recording started (this machine's clock)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(int format, String site, List<String> projects, String jql, boolean redacted,
    String recordedAt) {
  public Manifest {
    projects = projects == null ? List.of() : List.copyOf(projects);
  }
}
