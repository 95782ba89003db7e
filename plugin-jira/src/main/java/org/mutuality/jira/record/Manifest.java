package org.mutuality.jira.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.mutuality.jira.JiraSettings;

/**
 * A recording's {@code recording.json}: what was read, so that a replay asks for the same.
 *
 * @param format the folder layout's version, {@value Recording#FORMAT}
 * @param site the site's base URL (never with credentials)
 * @param projects the project keys of the scope
 * @param jql the JQL filter of the scope, or {@code null}
 * @param redacted whether comment and worklog text was replaced by its length and a keyed hash
 * @param recordedAt when the recording started (this machine's clock)
 * @param partnerField the partner field the read asked for (it is among the search's fields), or {@code null}
 * @param groups the groups the partner mapping maps by (their members are read), sorted
 * @param capturedAt the read's {@code capturedAt}, once it ended ({@link Recording#captured}), or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(int format, String site, List<String> projects, String jql, boolean redacted,
    String recordedAt, String partnerField, List<String> groups, String capturedAt) {
  public Manifest {
    projects = projects == null ? List.of() : List.copyOf(projects);
    groups = groups == null ? List.of() : List.copyOf(new TreeSet<>(groups));
  }

  /** A manifest of the scope alone (no partner field, no groups, no capturedAt yet). */
  public Manifest(int format, String site, List<String> projects, String jql, boolean redacted,
      String recordedAt) {
    this(format, site, projects, jql, redacted, recordedAt, null, null, null);
  }

  /** The manifest of a read with {@code settings}: its site, scope, partner field and groups. */
  public static Manifest of(JiraSettings settings, boolean redacted, Instant recordedAt) {
    return new Manifest(Recording.FORMAT, settings.site().toString(), settings.projects(), settings.jql(), redacted,
        recordedAt == null ? null : recordedAt.toString(), settings.partnerField(),
        new ArrayList<>(settings.groups()), null);
  }

  /** This manifest with the read's {@code capturedAt}. */
  public Manifest withCapturedAt(Instant captured) {
    return new Manifest(format, site, projects, jql, redacted, recordedAt, partnerField, groups,
        captured == null ? null : captured.toString());
  }

  /** The recorded {@code capturedAt}, or {@code null} when the recording has none. */
  public Instant capturedAtInstant() {
    return capturedAt == null ? null : Instant.parse(capturedAt);
  }

  /**
   * How reading with {@code settings} would ask for other requests than the recording holds: a different partner
   * field (the search asks for other fields) or different mapped groups (other members are read). Empty when the
   * plan is the same.
   */
  public List<String> planChanges(JiraSettings settings) {
    List<String> changes = new ArrayList<>();
    String given = settings.partnerField();
    if (!Objects.equals(lower(partnerField), lower(given))) {
      changes.add("the recording was made with " + (partnerField == null ? "no partner field" : "partner field "
          + partnerField) + ", the configuration gives " + (given == null ? "none" : given)
          + ": the replay asks for other search fields than were recorded");
    }
    Set<String> mapped = new TreeSet<>(settings.groups());
    if (!mapped.equals(new TreeSet<>(groups))) {
      changes.add("the recording was made mapping partners by the groups " + groups + ", the configuration maps by "
          + mapped + ": the replay reads other group members than were recorded");
    }
    return changes;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
