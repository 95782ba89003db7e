package org.mutuality.jira;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mutuality.jira.api.JiraApi;
import org.mutuality.jira.api.SecurityJson;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.mapping.People;
import org.mutuality.model.AccessGrant;
import org.mutuality.model.AccessKind;
import org.mutuality.model.DataArea;
import org.mutuality.model.Member;
import org.mutuality.model.WorkItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may see the issues of each security level the read met, as {@code AccessGrant(person, SECURITY_LEVEL, level
 * name)}: one request per level (Cloud's {@code /issuesecurityschemes/level/member?levelId=…}, paged), its holders
 * expanded to people through what the read already has — users directly, groups through their members, project
 * roles through their actors (users and the members of group actors), project leads, and for {@code anyone} and
 * {@code applicationRole} everyone the read met.
 *
 * <p>The {@code reporter} and {@code assignee} holders grant a person one issue, which a per-level grant cannot say:
 * the reporter (assignee) of each issue read with the level is granted the level, as if they could see all its
 * issues. That errs towards access: a partner is never called excluded from an issue it reported or holds, but one
 * of its people who reported one issue of the level counts as seeing the others too.
 *
 * <p>What cannot be known is a {@code SECURITY} gap, never a failed read: the members endpoint refused (it needs
 * <em>Administer Jira</em>: 403) or absent (404); Data Center, whose REST API does not list a level's members;
 * holders of a custom field's users or groups ({@code userCustomField}, {@code groupCustomField}) or another type,
 * which this read cannot expand; a role whose actors were not read.
 */
final class SecurityLevels {
  private static final Logger LOG = LoggerFactory.getLogger(SecurityLevels.class);

  private final JiraApi api;
  private final Gaps gaps;
  private final People people;
  /** Level id to name, in the order the issues showed them. */
  private final Map<String, String> levels = new LinkedHashMap<>();
  /** Level id to its holders, for the levels whose members were read. */
  private final Map<String, List<SecurityJson.Holder>> holders = new LinkedHashMap<>();

  SecurityLevels(JiraApi api, Gaps gaps, People people) {
    this.api = api;
    this.gaps = gaps;
    this.people = people;
  }

  /** Notes a level an issue carries ({@code fields.security}). */
  void used(String id, String name) {
    if (id != null && name != null) {
      levels.putIfAbsent(id, name);
    }
  }

  /**
   * Reads the members of every level used, one request (paged) per level, and notes the groups they name so their
   * members are read with the others.
   */
  void read(ProjectReader projects) throws JiraException {
    if (levels.isEmpty()) {
      return;
    }
    if (!api.security().listsLevelMembers()) {
      gaps.add(DataArea.SECURITY, "Jira Data Center's REST API does not list the members of issue security levels, "
          + "so who may see the issues with " + names(levels.values()) + " is not known");
      return;
    }
    for (Map.Entry<String, String> level : levels.entrySet()) {
      List<SecurityJson.LevelMember> members = gaps.tolerate(DataArea.SECURITY,
          () -> api.security().levelMembers(level.getKey()), null);
      if (members == null) {
        continue;
      }
      List<SecurityJson.Holder> list = new ArrayList<>();
      for (SecurityJson.LevelMember m : members) {
        if (m.holder() == null || m.holder().type() == null
            || m.issueSecurityLevelId() != null && !m.issueSecurityLevelId().equals(level.getKey())) {
          continue;
        }
        list.add(m.holder());
        String group = groupName(m.holder());
        if ("group".equals(m.holder().type()) && group != null) {
          projects.needGroup(group);
        }
      }
      holders.put(level.getKey(), list);
    }
  }

  /**
   * The grants of every level whose members were read, once the groups are resolved: the role and group grants the
   * project reader holds, the items' reporters and assignees, the leads, everyone for {@code anyone}.
   */
  List<AccessGrant> grants(ProjectReader projects, List<WorkItem> items) {
    Set<AccessGrant> out = new LinkedHashSet<>();
    for (Map.Entry<String, List<SecurityJson.Holder>> level : holders.entrySet()) {
      String name = levels.get(level.getKey());
      Set<String> unexpanded = new TreeSet<>();
      for (SecurityJson.Holder h : level.getValue()) {
        Set<String> ids = new LinkedHashSet<>();
        switch (h.type()) {
          case "user" -> {
            String accountId = h.user() != null && h.user().accountId() != null ? h.user().accountId()
                : h.value() != null ? h.value() : h.parameter();
            String id = h.user() != null ? people.see(h.user()) : people.seeId(accountId, null);
            if (id != null) {
              ids.add(id);
            }
          }
          case "group" -> {
            String group = groupName(h);
            if (group == null) {
              unexpanded.add("a group known only by id " + h.value());
            } else {
              projects.grants.stream().filter(g -> g.kind() == AccessKind.GROUP && g.name().equals(group))
                  .forEach(g -> ids.add(g.memberId()));
            }
          }
          case "projectRole" -> {
            String roleId = h.projectRole() != null && h.projectRole().id() != null
                ? String.valueOf(h.projectRole().id()) : h.value() != null ? h.value() : h.parameter();
            String role = projects.roleNames.getOrDefault(roleId,
                h.projectRole() == null ? null : h.projectRole().name());
            if (role == null || !projects.roleNames.containsValue(role)) {
              unexpanded.add("role " + (role != null ? role : roleId) + " (its actors were not read)");
            } else {
              projects.grants.stream().filter(g -> g.kind() == AccessKind.ROLE && g.name().equals(role))
                  .forEach(g -> ids.add(g.memberId()));
            }
          }
          case "reporter", "assignee" -> items.stream().filter(i -> name.equals(i.securityLevel()))
              .map(i -> "reporter".equals(h.type()) ? i.reporterId() : i.assigneeId())
              .filter(id -> id != null).forEach(ids::add);
          case "projectLead" -> ids.addAll(projects.leads);
          case "anyone", "applicationRole" -> people.members().stream().map(Member::id).forEach(ids::add);
          default -> unexpanded.add("holders of type " + h.type());
        }
        ids.forEach(id -> out.add(new AccessGrant(id, AccessKind.SECURITY_LEVEL, name)));
      }
      if (!unexpanded.isEmpty()) {
        gaps.add(DataArea.SECURITY, "security level '" + name + "' also grants " + String.join(", ", unexpanded)
            + ", which this read cannot turn into people: more people may see its issues than the snapshot says");
      }
      LOG.debug("security level {}: {} holder(s)", name, level.getValue().size());
    }
    return List.copyOf(out);
  }

  private static String groupName(SecurityJson.Holder h) {
    if (h.group() != null && h.group().name() != null) {
      return h.group().name();
    }
    return h.parameter();
  }

  private static String names(java.util.Collection<String> names) {
    List<String> quoted = names.stream().map(n -> "'" + n + "'").toList();
    return (quoted.size() == 1 ? "level " : "levels ") + String.join(", ", quoted);
  }
}
