package org.mutuality.jira.init;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.api.Flavor;
import org.mutuality.jira.api.IssueJson;
import org.mutuality.jira.api.JiraApi;
import org.mutuality.jira.api.ProjectJson;
import org.mutuality.jira.api.RoleActors;
import org.mutuality.jira.api.UserJson;
import org.mutuality.jira.http.JiraClient;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.http.Paging;
import org.mutuality.jira.http.JiraTransport;
import org.mutuality.jira.mapping.People;

/**
 * Reads what a partner mapping can be drafted from: each project's role actors (users and groups), the active
 * members of the group actors, and the people on the most recently updated issues (assignee, reporter, and the
 * authors of the comments and changelog histories the search embeds) — their display names, e-mail domains when visible, and whether they are apps.
 * User actors seen nowhere else are looked up, so their e-mail domain is known when visible. Any error fails the
 * survey (a draft from half a site would mislead).
 */
public final class SiteSurvey {
  /** Days of issue updates read by default. */
  public static final int DEFAULT_DAYS = 90;
  /** Issues read at most by default. */
  public static final int DEFAULT_MAX_ISSUES = 1000;
  private static final List<String> FIELDS = List.of("assignee", "reporter", "comment");

  private final JiraSettings settings;
  private final JiraClient client;
  private final int days;
  private final int maxIssues;
  private final Map<String, MappingDraft.Person> people = new LinkedHashMap<>();
  private final Map<String, String> idByLogin = new LinkedHashMap<>();

  /**
   * @param settings the site, projects and credentials (the JQL filter is not used)
   * @param transport how to reach the site
   * @param days how many days of issue updates to read
   * @param maxIssues how many issues to read at most (the most recently updated)
   */
  public SiteSurvey(JiraSettings settings, JiraTransport transport, int days, int maxIssues) {
    this.settings = Objects.requireNonNull(settings, "settings");
    if (settings.projects().isEmpty()) {
      throw new IllegalArgumentException("say which project(s) to draft a mapping for");
    }
    if (days < 1 || maxIssues < 0) {
      throw new IllegalArgumentException("days must be at least 1 and the issue cap not negative");
    }
    this.client = new JiraClient(settings.site(), transport);
    this.days = days;
    this.maxIssues = maxIssues;
  }

  /** Reads the site. */
  public MappingDraft.Survey read() throws JiraException {
    Flavor flavor = Flavor.of(JiraApi.serverInfo(client));
    JiraApi api = JiraApi.of(client, flavor);
    Map<String, Set<String>> groupRoles = new LinkedHashMap<>();
    Map<String, RoleActors.GroupActor> groupActors = new LinkedHashMap<>();
    List<RoleActors.UserActor> userActors = new ArrayList<>();
    for (String key : settings.projects()) {
      for (Map.Entry<String, String> entry : api.projects().roles(key).entrySet()) {
        ProjectJson.Role role = api.projects().role(key, RoleActors.roleId(entry.getValue()));
        String roleName = key + "/" + RoleActors.name(role, entry.getKey());
        for (RoleActors.Actor actor : RoleActors.of(role)) {
          if (actor instanceof RoleActors.GroupActor group) {
            if (group.name() != null) {
              groupRoles.computeIfAbsent(group.name(), g -> new LinkedHashSet<>()).add(roleName);
              groupActors.merge(group.name(), group, (a, b) -> a.groupId() != null ? a : b);
            }
          } else if (actor instanceof RoleActors.UserActor user && user.id() != null) {
            userActors.add(user);
            if (user.accountId() != null) {
              people.putIfAbsent(user.accountId(), new MappingDraft.Person(user.accountId(), user.displayName(), null,
                  false));
            }
          }
        }
      }
    }
    List<MappingDraft.Group> groups = new ArrayList<>();
    for (Map.Entry<String, Set<String>> group : groupRoles.entrySet()) {
      List<String> members = new ArrayList<>();
      for (UserJson user : RoleActors.members(api.users(), groupActors.get(group.getKey()))) {
        String id = see(user);
        if (id != null) {
          members.add(id);
        }
      }
      groups.add(new MappingDraft.Group(group.getKey(), members, List.copyOf(group.getValue())));
    }
    int[] read = recentIssues(flavor);
    // User actors no group or issue showed: look them up, for their e-mail domain and account type.
    for (RoleActors.UserActor user : userActors) {
      MappingDraft.Person known = people.get(user.accountId());
      boolean lookUp = user.accountId() != null ? known == null || known.domain() == null && !known.app()
          : !idByLogin.containsKey(user.login());
      if (lookUp) {
        see(RoleActors.account(api.users(), user));
      }
    }
    return new MappingDraft.Survey(settings.site().toString(), settings.projects(), List.copyOf(people.values()),
        groups, days, read[0], read[1] > 0);
  }

  /** Reads the most recently updated issues through the read path's search; returns {issues read, 1 when capped}. */
  private int[] recentIssues(Flavor flavor) throws JiraException {
    if (maxIssues == 0) {
      return new int[] {0, 0};
    }
    String jql = "project in (" + String.join(", ", settings.projects()) + ") AND updated >= -" + days
        + "d ORDER BY updated DESC";
    List<IssueJson.SearchIssue> issues = JiraApi.of(client, flavor).search().search(jql, FIELDS, maxIssues,
        Paging.quiet());
    for (IssueJson.SearchIssue issue : issues) {
      if (issue.fields() == null) {
        continue;
      }
      IssueJson.Fields fields = issue.standard();
      see(fields.assignee());
      see(fields.reporter());
      if (fields.comment() != null && fields.comment().comments() != null) {
        fields.comment().comments().forEach(c -> see(c.author()));
      }
      if (issue.changelog() != null && issue.changelog().histories() != null) {
        issue.changelog().histories().forEach(h -> see(h.author()));
      }
    }
    return new int[] {issues.size(), issues.size() >= maxIssues ? 1 : 0};
  }

  private String see(UserJson user) {
    String id = People.idOf(user);
    if (id == null) {
      return null;
    }
    String email = user.emailAddress();
    int at = email == null ? -1 : email.lastIndexOf('@');
    String domain = at < 0 ? null : email.substring(at + 1);
    MappingDraft.Person before = people.get(id);
    MappingDraft.Person now = new MappingDraft.Person(id,
        user.displayName() != null ? user.displayName() : before == null ? null : before.displayName(),
        domain != null ? domain : before == null ? null : before.domain(),
        "app".equals(user.accountType()) || before != null && before.app());
    people.put(id, now);
    if (user.name() != null) {
      idByLogin.put(user.name(), id);
    }
    return id;
  }
}
