package org.mutuality.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mutuality.config.WriteBackSettings;
import org.mutuality.engine.LiveAudit;
import org.mutuality.engine.MutualityEngine;
import org.mutuality.engine.RuleBase;
import org.mutuality.jira.webhook.Receipt;
import org.mutuality.jira.webhook.WebhookReceiver;
import org.mutuality.jira.webhook.WebhookSignature;
import org.mutuality.jira.writeback.Change;
import org.mutuality.jira.writeback.IssueState;
import org.mutuality.jira.writeback.IssueTarget;
import org.mutuality.jira.writeback.Marks;
import org.mutuality.jira.writeback.Planner;
import org.mutuality.model.Snapshot;
import org.mutuality.report.ReportFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mutuality bench live}: the per-event latency of {@code mutuality serve} on a large partnership, from the
 * moment an issue's fresh facts are in hand to the moment the write-back of the issues whose findings changed is
 * planned — Jira's own answer time left out, since the facts are generated, not read. The baseline, measured in the
 * same run, is what a service without a live session would do for each event: audit the whole partnership again.
 */
@Command(
    name = "live",
    mixinStandardHelpOptions = true,
    description = "Measure the per-event latency of a live session (mutuality serve) on a generated partnership: "
        + "update the changed work item, fire the rules, read the changed issues' findings and plan their "
        + "write-back; against one full audit of the same partnership. Every " + 100 + " events the instant "
        + "moves a minute on and the partnership-wide figures are refreshed, timed apart.")
public final class LiveBench implements Callable<Integer> {
  /** Events between two refreshes of the partnership-wide figures (a service refreshes once a burst is over). */
  static final int REFRESH_EVERY = 100;

  @Spec CommandSpec spec;

  @Mixin GeneratedPartnership generated;

  @Option(names = "--events", defaultValue = "1000", description = "Measured events. Default: ${DEFAULT-VALUE}.")
  int events;

  @Option(names = "--warmup", defaultValue = "200",
      description = "Events before the measured ones, to let the JIT settle. Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RuleBase builtIn = RuleBase.builtIn();
    MutualityEngine engine = BenchCommand.Variant.of(builtIn, List.of()).engine(builtIn);
    err.printf(Locale.ROOT, "bench live: generating %,d work items…%n", generated.items);
    Snapshot snapshot = generated.generate();

    err.printf(Locale.ROOT, "bench live: the baseline, one full audit…%n");
    System.gc();
    long auditStart = System.nanoTime();
    int batchFindings = engine.audit(snapshot, SyntheticPartnership.AS_OF).findings().size();
    long auditNanos = System.nanoTime() - auditStart;

    err.printf(Locale.ROOT, "bench live: starting the live session…%n");
    System.gc();
    long startNanos = System.nanoTime();
    Marks marks = new Marks(WriteBackSettings.DEFAULT);
    Planner planner = new Planner(marks);
    byte[] secret = "bench-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    WebhookSignature signer = new WebhookSignature(secret);
    WebhookReceiver receiver = WebhookReceiver.builder(marks::isOwnLabel).secret(secret).build();
    try (LiveAudit live = engine.live(snapshot, SyntheticPartnership.AS_OF)) {
      long startedNanos = System.nanoTime() - startNanos;
      long heap = liveHeap();
      ItemChanges changes = new ItemChanges(snapshot, SyntheticPartnership.AS_OF, generated.seed + 1);
      long[] total = new long[events];
      long[] session = new long[events];
      int issues = 0;
      int changesPlanned = 0;
      int gated = 0;
      List<Long> refreshes = new ArrayList<>();
      Map<String, List<Long>> byKind = new java.util.TreeMap<>();
      long gcBefore = collections();
      for (int i = -warmup; i < events; i++) {
        if (i == 0) {
          gcBefore = collections();
          err.printf(Locale.ROOT, "bench live: %,d measured events…%n", events);
        } else if (i > 0 && i % 200 == 0) {
          err.printf(Locale.ROOT, "bench live: %,d of %,d events…%n", i, events);
        }
        ItemChanges.Change change = changes.next();
        byte[] body = payload(change, i + warmup);
        Map<String, String> headers = Map.of("x-hub-signature", signer.sign(body),
            "x-atlassian-webhook-identifier", "bench-" + (i + warmup));
        long t0 = System.nanoTime();
        Receipt receipt = receiver.receive(name -> headers.get(name.toLowerCase(Locale.ROOT)), body);
        if (!receipt.accepted() || !change.key().equals(receipt.issueKey())) {
          throw new IllegalStateException("the receiver did not accept a bench delivery: " + receipt);
        }
        LiveAudit.Update update = change.deletes() ? live.remove(change.key()) : live.update(change.facts());
        long t1 = System.nanoTime();
        List<ReportFinding> findings = live.findings(update.issues());
        Map<String, IssueTarget> targets = Planner.targets(findings, Planner.WRITTEN);
        int planned = 0;
        for (String key : update.issues()) {
          List<Change> plan = planner.planIssue(targets.getOrDefault(key, new IssueTarget(key, List.of())),
              IssueState.clean(key));
          planned += plan.size();
        }
        long t2 = System.nanoTime();
        if ((i + warmup + 1) % REFRESH_EVERY == 0) {
          long r0 = System.nanoTime();
          // As serve does once a burst is over: the instant moves on (here a minute per refresh) and the
          // partnership-wide figures are computed again.
          LiveAudit.Update refreshed = live.advance(live.asOf().plusSeconds(60));
          if (i >= 0) {
            refreshes.add(System.nanoTime() - r0);
            gated += refreshed.gatesChanged() ? 1 : 0;
          }
        }
        if (i >= 0) {
          byKind.computeIfAbsent(change.kind(), k -> new ArrayList<>()).add(t2 - t0);
          total[i] = t2 - t0;
          session[i] = t1 - t0;
          issues += update.issues().size();
          changesPlanned += planned;
          gated += update.gatesChanged() ? 1 : 0;
        }
      }
      long gcs = collections() - gcBefore;
      Arrays.sort(total);
      Arrays.sort(session);
      out.printf(Locale.ROOT, "Live session on %,d work items (%,d comments, %,d transitions), %,d events after %,d "
          + "warm-up events, %s%n", generated.items, (long) generated.items * generated.commentsPerItem,
          (long) generated.items * generated.transitionsPerItem, events,
          warmup, ManagementFactory.getRuntimeMXBean().getVmVersion());
      out.printf(Locale.ROOT, "  baseline, one full audit:   %,8.1f ms (%,d findings)%n", auditNanos / 1e6,
          batchFindings);
      out.printf(Locale.ROOT, "  session start:              %,8.1f ms; live heap after it %,d MB%n",
          startedNanos / 1e6, heap / (1024 * 1024));
      out.printf(Locale.ROOT, "  %-28s %9s %9s %9s %9s %9s%n", "per event (ms)", "p50", "p90", "p99", "max",
          "p50/audit");
      row(out, "update + fire the rules", session, auditNanos);
      row(out, "webhook in → write-back planned", total, auditNanos);
      byKind.forEach((kind, times) -> {
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        out.printf(Locale.ROOT, "    %-26s %9.2f %9.2f %9.2f %9.2f %9s%n", kind + " (" + sorted.length + ")",
            pct(sorted, 50) / 1e6, pct(sorted, 90) / 1e6, pct(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6, "");
      });
      long[] refreshed = refreshes.stream().mapToLong(Long::longValue).sorted().toArray();
      if (refreshed.length > 0) {
        out.printf(Locale.ROOT, "  advance by a minute and refresh the partnership-wide figures, every %d events: "
            + "p50 %.1f ms, max %.1f ms "
            + "(%d refreshes)%n", REFRESH_EVERY, pct(refreshed, 50) / 1e6, refreshed[refreshed.length - 1] / 1e6,
            refreshed.length);
      }
      out.printf(Locale.ROOT, "  issues whose findings changed: %,d; changes planned: %,d; events or refreshes that "
          + "changed a DATA rule: %,d; collections during the events: %,d%n", issues, changesPlanned, gated, gcs);
    }
    return 0;
  }

  /** A {@code jira:issue_updated} delivery (or {@code jira:issue_deleted}) as Jira Cloud sends it, trimmed. */
  private static byte[] payload(ItemChanges.Change change, int n) {
    com.fasterxml.jackson.databind.node.ObjectNode root = JSON.createObjectNode();
    root.put("timestamp", 1_763_629_200_000L + n);
    root.put("webhookEvent", change.deletes() ? "jira:issue_deleted" : "jira:issue_updated");
    root.put("issue_event_type_name", "issue_generic");
    root.putObject("user").put("accountId", "bench-person").put("displayName", "Bench Person");
    com.fasterxml.jackson.databind.node.ObjectNode issue = root.putObject("issue");
    issue.put("id", String.valueOf(100_000 + n));
    issue.put("key", change.key());
    com.fasterxml.jackson.databind.node.ObjectNode fields = issue.putObject("fields");
    fields.put("summary", change.deletes() ? "Deleted" : change.facts().item().summary());
    fields.putObject("project").put("key", change.key().substring(0, change.key().indexOf('-')));
    if (!change.deletes()) {
      fields.putObject("status").put("name", change.facts().item().status());
    }
    root.putObject("changelog").put("id", String.valueOf(n)).putArray("items").addObject().put("field", "status")
        .put("fieldtype", "jira").put("fromString", "To Do").put("toString", "In Progress");
    try {
      return JSON.writeValueAsBytes(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private static void row(PrintWriter out, String label, long[] sorted, long auditNanos) {
    out.printf(Locale.ROOT, "  %-28s %9.2f %9.2f %9.2f %9.2f %9s%n", label, pct(sorted, 50) / 1e6,
        pct(sorted, 90) / 1e6, pct(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6,
        String.format(Locale.ROOT, "%.4f", (double) pct(sorted, 50) / auditNanos));
  }

  /** The nearest-rank percentile of sorted values. */
  static long pct(long[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long collections() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(gc -> Math.max(0, gc.getCollectionCount())).sum();
  }
}
