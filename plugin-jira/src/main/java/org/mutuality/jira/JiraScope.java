package org.mutuality.jira;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.mutuality.config.SourceSection;
import org.mutuality.io.InputException;
import org.mutuality.io.Position;

/**
 * A {@code source:} section of type {@code jira} in {@code mutuality.yml}: which site to read and what of it, so an
 * audit can run without repeating them on the command line.
 *
 * <pre>
 * source:
 *   type: jira
 *   site: https://example.atlassian.net
 *   projects: [COF, PIT]            # and/or
 *   jql: labels = partnership       # a filter, alone or narrowing the projects
 *   partnerField: customfield_10050 # optional
 *   participantsField: Participants # optional
 * </pre>
 *
 * @param site the site URL
 * @param projects project keys, may be empty when {@code jql} is set
 * @param jql a JQL filter, or {@code null}
 * @param partnerField a custom field naming each work item's partner, by id ({@code customfield_10050}) or by name
 *     ({@code Partner}), or {@code null}; its value (a select list's option, or text) must equal a partner's
 *     {@code id} or {@code name} (without case) to own the work item
 * @param participantsField a user-picker custom field (a multi-user picker) naming the people who took part in a
 *     work item, e.g. a meeting's attendees, by id ({@code customfield_10060}) or by name ({@code Participants}), or
 *     {@code null}
 */
public record JiraScope(String site, List<String> projects, String jql, String partnerField,
    String participantsField) {
  /** The {@code type} of a {@code source:} section this adapter reads. */
  public static final String TYPE = "jira";

  /** The keys a {@code jira} source may have, in the order the docs give them. */
  static final List<String> KEYS = List.of("type", "site", "projects", "jql", "partnerField", "participantsField");

  public JiraScope {
    projects = List.copyOf(projects);
    jql = jql == null || jql.isBlank() ? null : jql.trim();
    partnerField = partnerField == null || partnerField.isBlank() ? null : partnerField.trim();
    participantsField = participantsField == null || participantsField.isBlank() ? null : participantsField.trim();
  }

  /** A scope without a partner field or a participants field. */
  public JiraScope(String site, List<String> projects, String jql) {
    this(site, projects, jql, null, null);
  }

  /** A scope without a participants field. */
  public JiraScope(String site, List<String> projects, String jql, String partnerField) {
    this(site, projects, jql, partnerField, null);
  }

  /**
   * Reads and checks a {@code source:} section of type {@code jira}: the site (an http(s) URL), projects and/or a
   * JQL filter, the partner field, the participants field, and no other key.
   *
   * @throws InputException listing every problem at once, each with the {@code file:line:column} of its key
   */
  public static JiraScope from(SourceSection source) throws InputException {
    Problems problems = new Problems(source);
    if (!TYPE.equals(source.type())) {
      problems.add("/type", "source.type is '" + source.type() + "', not " + TYPE);
      problems.throwIfAny();
    }
    ObjectNode tree = source.tree();
    for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        problems.add(pointer(name), "source: unknown key '" + name + "'; known keys here: "
            + String.join(", ", KEYS.stream().sorted().toList()));
      }
    }

    String site = text(problems, tree, "site", "a URL");
    if (site == null) {
      if (!problems.has("site")) {
        problems.add("/site", "source.site is missing: the URL of the Jira site, e.g. https://example.atlassian.net");
      }
    } else if (!site.matches("(?i)https?://\\S+")) {
      problems.add("/site", "source.site must be an http(s) URL, got '" + site + "'");
    }

    List<String> projects = new ArrayList<>();
    JsonNode keys = tree.get("projects");
    if (keys != null && !keys.isNull()) {
      if (!keys.isArray()) {
        problems.add("/projects", "source.projects must be a list of project keys, e.g. [COF]; got "
            + SourceSection.kind(keys));
      } else {
        for (int i = 0; i < keys.size(); i++) {
          JsonNode key = keys.get(i);
          if (key.isTextual()) {
            if (!key.asText().isBlank()) {
              projects.add(key.asText().trim());
            }
          } else if (!key.isNull()) {
            problems.add("/projects/" + i, "source.projects[" + i + "] must be a project key (text), got "
                + SourceSection.kind(key));
          }
        }
      }
    }
    String jql = text(problems, tree, "jql", "a JQL filter");
    String partnerField = text(problems, tree, "partnerField", "a field id or name");
    String participantsField = text(problems, tree, "participantsField", "a user-picker field's id or name");
    if (projects.isEmpty() && jql == null && !problems.has("projects") && !problems.has("jql")) {
      problems.add("", "source: give projects (keys), a jql filter, or both");
    }
    problems.throwIfAny();
    return new JiraScope(site, projects, jql, partnerField, participantsField);
  }

  /** A key's text, trimmed; {@code null} when it is missing, empty or not text (a problem, then). */
  private static String text(Problems problems, ObjectNode tree, String key, String what) {
    JsonNode value = tree.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      problems.add(pointer(key), "source." + key + " must be text (" + what + "), got " + SourceSection.kind(value));
      return null;
    }
    return value.asText().isBlank() ? null : value.asText().trim();
  }

  private static String pointer(String key) {
    return JsonPointer.empty().appendProperty(key).toString();
  }

  /** Collects problems so a user sees all of them at once, in the order they were found. */
  private static final class Problems {
    private final SourceSection source;
    private final List<String> messages = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private Position first;

    Problems(SourceSection source) {
      this.source = source;
    }

    void add(String pointer, String message) {
      Position at = source.position(pointer);
      if (first == null) {
        first = at;
      }
      String key = JsonPointer.compile(pointer).getMatchingProperty();
      if (key != null) {
        keys.add(key);
      }
      messages.add(at + ": " + message);
    }

    /** Whether a problem was found with this key already. */
    boolean has(String key) {
      return keys.contains(key);
    }

    void throwIfAny() throws InputException {
      if (!messages.isEmpty()) {
        throw InputException.several(first, messages);
      }
    }
  }
}
