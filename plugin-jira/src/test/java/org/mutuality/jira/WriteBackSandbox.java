package org.mutuality.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mutuality.config.Configuration;
import org.mutuality.config.WriteBackSettings;
import org.mutuality.engine.MutualityEngine;
import org.mutuality.jira.http.Site;
import org.mutuality.jira.writeback.ApplyResult;
import org.mutuality.jira.writeback.JiraWriteBack;
import org.mutuality.jira.writeback.Marks;
import org.mutuality.jira.writeback.Plan;
import org.mutuality.model.Snapshot;
import org.mutuality.report.Report;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.site.Comment;
import org.mutuality.sandbox.site.Issue;

/** One audit of the sandbox's demo site followed by its write-back, as the command runs them. */
final class WriteBackSandbox {
  static final Path CONFIG = Path.of("src/test/resources/sandbox/mutuality.yml");

  private final JiraSandbox jira;
  private final ManualClock clock;
  private final Configuration config;
  private final WriteBackSettings settings;

  WriteBackSandbox(JiraSandbox jira, ManualClock clock, Configuration config, WriteBackSettings settings) {
    this.jira = jira;
    this.clock = clock;
    this.config = config;
    this.settings = settings;
  }

  private static MutualityEngine engine;
  private static Configuration engineConfig;

  /** One engine per configuration: building the rule base is the slow part of an audit. */
  private static synchronized MutualityEngine engine(Configuration config) throws Exception {
    if (engine == null || engineConfig != config) {
      engine = MutualityEngine.create(config);
      engineConfig = config;
    }
    return engine;
  }

  private static Configuration demoConfig;

  /** The demo's configuration (read once). */
  static synchronized Configuration config() throws Exception {
    if (demoConfig == null) {
      demoConfig = Configuration.load(CONFIG);
    }
    return demoConfig;
  }

  /** The read as it comes from Jira, Mutuality's own writes still in it. */
  Snapshot read() throws Exception {
    JiraScope scope = JiraScope.from(config.source().orElseThrow());
    return SandboxRead.of(clock).source(jira, List.of("COF"), scope.participantsField()).read();
  }

  /** A live source over the read's settings ({@link #read()}). */
  JiraLiveSource live() throws Exception {
    JiraScope scope = JiraScope.from(config.source().orElseThrow());
    return SandboxRead.of(clock).live(jira, List.of("COF"), scope.participantsField());
  }

  /** The audit of what Mutuality's own writes left out, at the demo's instant. */
  Report audit(JiraWriteBack.Observed observed) throws Exception {
    return engine(config).audit(observed.stripped(), Dataset.DEMO_NOW);
  }

  JiraWriteBack writeBack() throws Exception {
    SandboxRead read = SandboxRead.of(clock);
    return JiraWriteBack.over(Site.parse(jira.baseUri().toString()), read.transport, settings, clock::advance);
  }

  /** Reads, audits and plans. */
  Plan plan() throws Exception {
    JiraWriteBack writeBack = writeBack();
    JiraWriteBack.Observed observed = writeBack.observe(read(), JiraWriteBack.Progress.NONE);
    return writeBack.plan(audit(observed), observed, List.of("COF"), JiraWriteBack.Progress.NONE);
  }

  /** Reads, audits, plans and applies. */
  ApplyResult apply() throws Exception {
    return writeBack().apply(plan(), JiraWriteBack.Progress.NONE);
  }

  /** Plans and applies a purge. */
  ApplyResult purge() throws Exception {
    JiraWriteBack writeBack = writeBack();
    return writeBack.apply(writeBack.planPurge(read(), JiraWriteBack.Progress.NONE), JiraWriteBack.Progress.NONE);
  }

  /**
   * Everything of Mutuality's in the site, issue by issue, independent of ids and order: its labels, the bodies of
   * the marked comments of the integration account, and its properties (the comment id left out).
   */
  static Map<String, String> ours(JiraSandbox jira, WriteBackSettings settings) {
    Marks marks = new Marks(settings);
    String integration = jira.store().current().site().integrationUserId();
    Map<String, String> state = new TreeMap<>();
    for (Issue issue : jira.store().current().site().issues()) {
      List<String> parts = new ArrayList<>();
      issue.labels().stream().filter(marks::isOwnLabel).sorted().forEach(l -> parts.add("label " + l));
      issue.comments().stream().filter(c -> c.authorId().equals(integration) && Marks.isMarked(c.body()))
          .forEach(c -> parts.add("comment " + c.body()));
      jira.store().properties(issue.id()).forEach((key, value) -> {
        if (key.startsWith(Marks.PROPERTY_PREFIX)) {
          JsonNode copy = value.deepCopy();
          if (copy.isObject()) {
            // ids and write instants depend on the order writes happened in, not on what was written
            ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove(List.of("commentId", "issueUpdated"));
          }
          parts.add("property " + key + " " + copy);
        }
      });
      if (!parts.isEmpty()) {
        boolean summary = issue.labels().contains(marks.summaryLabel());
        state.put(summary ? "summary issue" : issue.key(), String.join("\n", parts)
            + (summary ? "\nsummary " + issue.summary() + "\n" + issue.description() : ""));
      }
    }
    return state;
  }

  /** What people wrote: every issue's labels without the prefix and its other comments, by issue key. */
  static Map<String, String> people(JiraSandbox jira, WriteBackSettings settings) {
    Marks marks = new Marks(settings);
    String integration = jira.store().current().site().integrationUserId();
    Map<String, String> state = new TreeMap<>();
    for (Issue issue : jira.store().current().site().issues()) {
      if (issue.labels().contains(marks.summaryLabel())) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      issue.labels().stream().filter(l -> !marks.isOwnLabel(l)).sorted().forEach(l -> text.append("label ")
          .append(l).append('\n'));
      for (Comment c : issue.comments()) {
        if (!(c.authorId().equals(integration) && Marks.isMarked(c.body()))) {
          text.append("comment ").append(c.id()).append(' ').append(c.authorId()).append(' ').append(c.updated())
              .append(' ').append(c.visibility()).append(' ').append(c.body()).append('\n');
        }
      }
      jira.store().properties(issue.id()).forEach((key, value) -> {
        if (!key.startsWith(Marks.PROPERTY_PREFIX)) {
          text.append("property ").append(key).append(' ').append(value).append('\n');
        }
      });
      state.put(issue.key(), text.toString());
    }
    return state;
  }

  /** How many marked comments of the integration account each issue holds, where it holds more than one. */
  static Map<String, Long> duplicates(JiraSandbox jira) {
    String integration = jira.store().current().site().integrationUserId();
    Map<String, Long> out = new TreeMap<>();
    for (Issue issue : jira.store().current().site().issues()) {
      long n = issue.comments().stream().filter(c -> c.authorId().equals(integration) && Marks.isMarked(c.body()))
          .count();
      if (n > 1) {
        out.put(issue.key(), n);
      }
    }
    return out;
  }
}
