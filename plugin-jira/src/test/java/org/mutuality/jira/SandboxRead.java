package org.mutuality.jira;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.mutuality.jira.http.Credentials;
import org.mutuality.jira.http.JdkTransport;
import org.mutuality.jira.http.JiraTransport;
import org.mutuality.jira.http.RetryPolicy;
import org.mutuality.jira.http.RetryingTransport;
import org.mutuality.jira.http.Site;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.site.ProjectRole;
import org.mutuality.sandbox.site.SiteIndex;
import org.mutuality.sandbox.site.User;

/** Reads a sandbox through the real transport, with retries that wait on a manual clock instead of sleeping. */
final class SandboxRead {
  static final String TOKEN = "s3cr3t-t0ken-value";
  static final Credentials CREDENTIALS = Credentials.basic("integration@cafesur-partnership.org", TOKEN);

  final ManualClock clock;
  final List<Duration> sleeps = new ArrayList<>();
  final RetryingTransport transport;

  SandboxRead(ManualClock clock, JiraTransport http) {
    this.clock = clock;
    this.transport = new RetryingTransport(http, new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(30), 4),
        clock, d -> {
          synchronized (sleeps) {
            sleeps.add(d);
          }
          clock.advance(d);
        }, new Random(7));
  }

  static SandboxRead of(ManualClock clock) {
    return new SandboxRead(clock, new JdkTransport(CREDENTIALS, Duration.ofSeconds(5), Duration.ofSeconds(30)));
  }

  JiraSource source(JiraSandbox jira, List<String> projects) {
    return source(jira, projects, null);
  }

  /** A read of the projects with a participants field (by id or name), or none. */
  JiraSource source(JiraSandbox jira, List<String> projects, String participantsField) {
    return new JiraSource(settings(jira, projects, participantsField), transport, Clock.systemUTC(),
        ReadProgress.NONE);
  }

  /** A live source over the same settings as {@link #source(JiraSandbox, List, String)}. */
  JiraLiveSource live(JiraSandbox jira, List<String> projects, String participantsField) {
    return new JiraLiveSource(settings(jira, projects, participantsField), transport, Clock.systemUTC(),
        ReadProgress.NONE);
  }

  private static JiraSettings settings(JiraSandbox jira, List<String> projects, String participantsField) {
    return JiraSettings.of(Site.parse(jira.baseUri().toString()), projects, null, CREDENTIALS)
        .withParticipantsField(participantsField);
  }

  /** Figures computed from the sandbox's dataset, as the integration user sees it. */
  record Expected(int issues, int comments, int worklogs, int transitions, int sprints, int roleGrants) {
    static Expected of(JiraSandbox jira, Set<String> projects) {
      SiteIndex site = new SiteIndex(jira.dataset().site());
      User viewer = site.user(site.site().integrationUserId()).orElseThrow();
      int issues = 0;
      int comments = 0;
      int worklogs = 0;
      int transitions = 0;
      for (Issue issue : site.site().issues()) {
        if (!projects.contains(issue.projectKey()) || !site.canSee(viewer, issue)) {
          continue;
        }
        Project project = site.projectOf(issue);
        issues++;
        comments += (int) issue.comments().stream().filter(c -> site.canSee(viewer, project, c.visibility())).count();
        worklogs += (int) issue.worklogs().stream().filter(w -> site.canSee(viewer, project, w.visibility())).count();
        transitions += issue.histories().stream().mapToInt(h -> h.items().size()).sum();
      }
      Set<Long> scrumBoards = new HashSet<>();
      site.site().boards().stream().filter(b -> projects.contains(b.projectKey()) && b.scrum())
          .forEach(b -> scrumBoards.add(b.id()));
      int sprints = (int) site.site().sprints().stream().filter(s -> scrumBoards.contains(s.boardId())).count();
      Set<String> grants = new HashSet<>();
      for (String key : projects) {
        Project project = site.project(key).orElseThrow();
        for (ProjectRole role : project.roles()) {
          role.userActorIds().forEach(id -> grants.add(id + "|" + role.name()));
          for (String group : role.groupActorNames()) {
            site.groupByName(group).orElseThrow().memberIds().stream()
                .filter(id -> site.user(id).orElseThrow().active())
                .forEach(id -> grants.add(id + "|" + role.name()));
          }
        }
      }
      return new Expected(issues, comments, worklogs, transitions, sprints, grants.size());
    }
  }
}
