package org.mutuality.jira.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mutuality.jira.api.ProjectJson;

/**
 * The Sprint custom field of an issue: Cloud sends sprint objects; Data Center still sends the legacy strings
 * {@code com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=5,rapidViewId=1,state=CLOSED,name=…,
 * startDate=…,endDate=…,completeDate=…,sequence=5,goal=…]}.
 */
public final class SprintField {
  private static final Pattern LEGACY = Pattern.compile("\\[id=(\\d+),.*?state=([A-Za-z]+),name=(.*?),"
      + "startDate=(.*?),endDate=(.*?),completeDate=(.*?),(?:activatedDate=.*?,)?sequence=[^,]*,goal=(.*)\\]\\s*$",
      Pattern.DOTALL);
  private static final Pattern ID_ONLY = Pattern.compile("\\bid=(\\d+)");

  private SprintField() {}

  /** The sprints the field holds, in its order; unreadable entries are left out. */
  public static List<ProjectJson.Sprint> parse(JsonNode field) {
    List<ProjectJson.Sprint> out = new ArrayList<>();
    if (field == null || !field.isArray()) {
      return out;
    }
    for (JsonNode entry : field) {
      if (entry.isObject() && entry.hasNonNull("id")) {
        out.add(new ProjectJson.Sprint(entry.get("id").asLong(), text(entry, "name"), text(entry, "state"),
            text(entry, "startDate"), text(entry, "endDate"), text(entry, "completeDate"), text(entry, "goal")));
      } else if (entry.isTextual()) {
        ProjectJson.Sprint sprint = legacy(entry.asText());
        if (sprint != null) {
          out.add(sprint);
        }
      }
    }
    return out;
  }

  static ProjectJson.Sprint legacy(String text) {
    Matcher m = LEGACY.matcher(text);
    if (m.find()) {
      return new ProjectJson.Sprint(Long.parseLong(m.group(1)), nullable(m.group(3)),
          m.group(2).toLowerCase(java.util.Locale.ROOT), nullable(m.group(4)), nullable(m.group(5)),
          nullable(m.group(6)), nullable(m.group(7)));
    }
    Matcher id = ID_ONLY.matcher(text);
    return id.find() ? new ProjectJson.Sprint(Long.parseLong(id.group(1)), null, null, null, null, null, null)
        : null;
  }

  private static String nullable(String value) {
    return value == null || value.equals("<null>") ? null : value;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }
}
