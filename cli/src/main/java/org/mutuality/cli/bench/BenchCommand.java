package org.mutuality.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mutuality.config.Configuration;
import org.mutuality.engine.MutualityEngine;
import org.mutuality.engine.RuleBase;
import org.mutuality.model.Snapshot;
import org.mutuality.report.Report;
import org.mutuality.report.RuleResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mutuality bench}: generates a large partnership and measures, in one process, the cold start to
 * the first finding, then the evaluation time and peak sampled heap of the rule base against a baseline of
 * four toy rules over the same facts. Figures go to {@code BENCHMARKS.md}; nothing here is a test.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = JiraReadBench.class,
    description = "Measure the rule base on a generated partnership (default 100,000 work items with 1,000,000 "
        + "comments and transitions) against a baseline of four toy rules, in the same run. "
        + "'bench jira' measures reading a Jira site instead.")
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--items", defaultValue = "100000", description = "Work items. Default: ${DEFAULT-VALUE}.")
  int items;

  @Option(names = "--comments", defaultValue = "6", description = "Comments per work item. Default: ${DEFAULT-VALUE}.")
  int commentsPerItem;

  @Option(names = "--transitions", defaultValue = "4",
      description = "History entries per work item. Default: ${DEFAULT-VALUE}.")
  int transitionsPerItem;

  @Option(names = "--runs", defaultValue = "3", description = "Measured runs of each. Default: ${DEFAULT-VALUE}.")
  int runs;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();

    RuleBase ruleBase = RuleBase.builtIn();
    MutualityEngine engine = MutualityEngine.create(ruleBase, Configuration.defaults());
    Report first = engine.audit(SyntheticPartnership.generate(1_000, 6, 4, seed), SyntheticPartnership.AS_OF);
    long coldStart = ManagementFactory.getRuntimeMXBean().getUptime();
    if (first.findings().isEmpty()) {
      throw new IllegalStateException("the warm-up partnership produced no finding");
    }

    err.printf(Locale.ROOT, "bench: generating %,d work items with %,d comments and %,d transitions…%n", items,
        (long) items * commentsPerItem, (long) items * transitionsPerItem);
    Snapshot snapshot = SyntheticPartnership.generate(items, commentsPerItem, transitionsPerItem, seed);
    System.gc();
    long factsHeap = usedHeap();

    ToyBaseline baseline = new ToyBaseline();
    List<Measure> base = new ArrayList<>();
    List<Measure> ours = new ArrayList<>();
    Report report = null;
    for (int run = 1; run <= runs; run++) {
      err.printf(Locale.ROOT, "bench: run %d of %d: baseline…%n", run, runs);
      base.add(measure(() -> baseline.evaluate(snapshot)));
      err.printf(Locale.ROOT, "bench: run %d of %d: Mutuality rule base…%n", run, runs);
      Report[] holder = new Report[1];
      ours.add(measure(() -> {
        holder[0] = engine.audit(snapshot, SyntheticPartnership.AS_OF);
        return holder[0].findings().size();
      }));
      report = holder[0];
    }

    Measure b = median(base);
    Measure m = median(ours);
    out.printf(Locale.ROOT, "Mutuality bench, %s, %d rules, Java %s, %d cores, max heap %,d MB%n",
        Instant.now(), ruleBase.catalogue().all().size(), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    out.printf(Locale.ROOT, "partnership: %,d work items, %,d comments, %,d transitions, %,d worklogs, %,d people%n",
        snapshot.workItems().size(), snapshot.comments().size(), snapshot.transitions().size(),
        snapshot.worklogs().size(), snapshot.members().size());
    out.printf(Locale.ROOT, "cold start to first finding: %,d ms (JVM start, rule base, a 1,000-item audit)%n",
        coldStart);
    out.printf(Locale.ROOT, "heap held by the snapshot after GC: %,d MB%n", factsHeap >> 20);
    out.printf(Locale.ROOT, "%-28s %12s %12s %16s%n", "median of " + runs + " runs", "time (ms)", "ratio",
        "peak heap (MB)");
    out.printf(Locale.ROOT, "%-28s %,12d %12s %,16d%n", "baseline: 4 toy rules", b.millis, "1.00", b.peakBytes >> 20);
    out.printf(Locale.ROOT, "%-28s %,12d %12.2f %,16d%n", "Mutuality: full audit", m.millis,
        (double) m.millis / Math.max(1, b.millis), m.peakBytes >> 20);
    out.printf(Locale.ROOT, "findings: %d; not evaluable: %d%n", report.findings().size(),
        report.notEvaluable().size());
    for (RuleResult rule : report.rules()) {
      out.printf(Locale.ROOT, "  %-9s %-13s %,6d finding(s)%n", rule.ruleId(), rule.outcome(), rule.findings());
    }
    return 0;
  }

  private record Measure(long millis, long peakBytes) implements Comparable<Measure> {
    @Override
    public int compareTo(Measure other) {
      return Long.compare(millis, other.millis);
    }
  }

  private interface Work {
    long run() throws Exception;
  }

  private static Measure measure(Work work) throws Exception {
    System.gc();
    long start;
    long elapsed;
    try (HeapSampler sampler = new HeapSampler()) {
      start = System.nanoTime();
      work.run();
      elapsed = System.nanoTime() - start;
      return new Measure(elapsed / 1_000_000, sampler.peak());
    }
  }

  private static Measure median(List<Measure> measures) {
    List<Measure> sorted = new ArrayList<>(measures);
    Collections.sort(sorted);
    Measure time = sorted.get(sorted.size() / 2);
    long peak = measures.stream().mapToLong(Measure::peakBytes).sorted().toArray()[measures.size() / 2];
    return new Measure(time.millis, peak);
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
