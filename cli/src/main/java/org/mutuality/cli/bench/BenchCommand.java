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
import picocli.CommandLine.Mixin;
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
    subcommands = {JiraReadBench.class, LiveBench.class},
    description = "Measure the rule base on a generated partnership (default 100,000 work items with 1,000,000 "
        + "comments and transitions) against a baseline of four toy rules, in the same run. "
        + "'bench jira' measures reading a Jira site instead; 'bench live' the per-event latency of mutuality serve.")
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin GeneratedPartnership generated;

  @Option(names = "--runs", defaultValue = "3", description = "Measured runs of each. Default: ${DEFAULT-VALUE}.")
  int runs;

  @Option(names = "--profile",
      description = "After the measured runs, audit once more and print what each rule cost (network evaluation "
          + "and consequences, from Drools' agenda events) and how long inserting and firing took.")
  boolean profile;

  @Option(names = "--without", split = ",", paramLabel = "RULE",
      description = "Audit without these rules: a rule id (e.g. COORD-002) is switched off in the configuration; "
          + "anything else is the start of rule names (e.g. 'derive: first response'), and those rules are left "
          + "out of the rule base.")
  List<String> without = new ArrayList<>();

  @Option(names = "--report", paramLabel = "FILE",
      description = "Write the JSON report of the last measured audit there, to check that a change to the rules "
          + "keeps every finding.")
  java.nio.file.Path reportFile;

  @Option(names = "--compare", paramLabel = "RULES",
      description = "Also run the audit without these rules (as for --without, comma-separated), --runs times, "
          + "in the same rounds as the full audit, and say how much time, CPU and live heap that saves. "
          + "Repeatable: each is measured on its own.")
  List<String> compare = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();

    RuleBase builtIn = RuleBase.builtIn();
    Variant main;
    List<Variant> variants = new ArrayList<>();
    try {
      main = Variant.of(builtIn, without);
      for (String entries : compare) {
        variants.add(Variant.of(builtIn, concat(without, List.of(entries.split(",")))));
      }
    } catch (IllegalArgumentException e) {
      err.printf(Locale.ROOT, "bench: %s%n", e.getMessage());
      return 2;
    }
    RuleBase ruleBase = main.ruleBase(builtIn);
    MutualityEngine engine = main.engine(builtIn);
    Report first = engine.audit(SyntheticPartnership.generate(1_000, 6, 4, generated.seed),
        SyntheticPartnership.AS_OF);
    long coldStart = ManagementFactory.getRuntimeMXBean().getUptime();
    if (first.findings().isEmpty()) {
      throw new IllegalStateException("the warm-up partnership produced no finding");
    }

    err.printf(Locale.ROOT, "bench: generating %,d work items with %,d comments and %,d transitions…%n",
        generated.items, (long) generated.items * generated.commentsPerItem,
        (long) generated.items * generated.transitionsPerItem);
    Snapshot snapshot = generated.generate();
    System.gc();
    long factsHeap = usedHeap();

    ToyBaseline baseline = new ToyBaseline();
    err.printf(Locale.ROOT, "bench: the live heap of the baseline and of the audit, once each…%n");
    long[] live = new long[2];
    System.gc();
    baseline.evaluate(snapshot, () -> live[0] = liveHeap());
    live[1] = liveHeap(engine, snapshot);
    List<Measure> base = new ArrayList<>();
    List<Measure> ours = new ArrayList<>();
    Report report = null;
    // Variants run in the same rounds as the full audit, so the JIT's warming up favours none of them.
    List<MutualityEngine> others = new ArrayList<>();
    List<List<Measure>> variantMeasures = new ArrayList<>();
    List<Long> comparedLive = new ArrayList<>();
    for (Variant variant : variants) {
      MutualityEngine other = variant.engine(builtIn);
      others.add(other);
      variantMeasures.add(new ArrayList<>());
      comparedLive.add(liveHeap(other, snapshot));
    }
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
      for (int i = 0; i < variants.size(); i++) {
        MutualityEngine other = others.get(i);
        err.printf(Locale.ROOT, "bench: run %d of %d without %s…%n", run, runs, variants.get(i).label());
        variantMeasures.get(i).add(measure(() -> other.audit(snapshot, SyntheticPartnership.AS_OF).findings().size()));
      }
    }
    if (reportFile != null) {
      try (java.io.Writer writer = java.nio.file.Files.newBufferedWriter(reportFile)) {
        new org.mutuality.report.JsonReportWriter().write(report, writer);
      }
    }
    List<Measure> compared = new ArrayList<>();
    variantMeasures.forEach(m -> compared.add(median(m)));
    RuleProfiler profiler = null;
    if (profile) {
      err.printf(Locale.ROOT, "bench: one more audit, profiled…%n");
      profiler = new RuleProfiler();
      System.gc();
      engine.audit(snapshot, SyntheticPartnership.AS_OF, profiler);
    }

    Measure b = median(base);
    Measure m = median(ours);
    out.printf(Locale.ROOT, "Mutuality bench, %s, %d rules, Java %s, %d cores, max heap %,d MB%n",
        Instant.now(), ruleBase.catalogue().all().size(), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    if (!main.label().isEmpty()) {
      out.printf(Locale.ROOT, "without: %s%n", main.label());
    }
    out.printf(Locale.ROOT, "partnership: %,d work items, %,d comments, %,d transitions, %,d worklogs, %,d people%n",
        snapshot.workItems().size(), snapshot.comments().size(), snapshot.transitions().size(),
        snapshot.worklogs().size(), snapshot.members().size());
    out.printf(Locale.ROOT, "cold start to first finding: %,d ms (JVM start, rule base, a 1,000-item audit)%n",
        coldStart);
    out.printf(Locale.ROOT, "heap held by the snapshot after GC: %,d MB%n", factsHeap >> 20);
    out.printf(Locale.ROOT, "%-26s %10s %6s %9s %6s %9s %6s %9s %6s %9s %6s %4s %8s%n",
        "median of " + runs + " runs", "time (ms)", "ratio", "cpu (ms)", "ratio", "peak heap", "ratio", "after GC",
        "ratio", "live", "ratio", "GCs", "pauses");
    out.printf(Locale.ROOT, "%-26s %,10d %6s %,9d %6s %,6d MB %6s %,6d MB %6s %,6d MB %6s %,4d %,5d ms%n",
        "baseline: 4 toy rules", b.millis, "1.00", b.cpuMillis, "1.00", b.peakBytes >> 20, "1.00",
        b.peakAfterGc >> 20, "1.00", live[0] >> 20, "1.00", b.collections, b.pauseMillis);
    out.printf(Locale.ROOT, "%-26s %,10d %6s %,9d %6s %,6d MB %6s %,6d MB %6s %,6d MB %6s %,4d %,5d ms%n",
        "Mutuality: full audit", m.millis, ratio(m.millis, b.millis), m.cpuMillis, ratio(m.cpuMillis, b.cpuMillis),
        m.peakBytes >> 20, ratio(m.peakBytes, b.peakBytes), m.peakAfterGc >> 20, ratio(m.peakAfterGc, b.peakAfterGc),
        live[1] >> 20, ratio(live[1], live[0]), m.collections, m.pauseMillis);
    out.printf(Locale.ROOT, "cpu: the evaluating thread's CPU time (GC threads not included, nor other processes' "
        + "load); peak heap: used heap sampled every 5 ms, garbage included; after GC: the largest heap in use right "
        + "after a collection, what -Xmx must hold; live: heap in use after a full GC once the rules have fired, "
        + "snapshot included (one extra run each)%n");
    out.printf(Locale.ROOT, "findings: %d; not evaluable: %d%n", report.findings().size(),
        report.notEvaluable().size());
    for (RuleResult rule : report.rules()) {
      out.printf(Locale.ROOT, "  %-9s %-13s %,6d finding(s)%n", rule.ruleId(), rule.outcome(), rule.findings());
    }
    if (!variants.isEmpty()) {
      out.printf(Locale.ROOT, "without some rules, median of %d runs each (saved: against the full audit above)%n",
          runs);
      out.printf(Locale.ROOT, "  %10s %8s %9s %8s %9s %8s  %s%n", "time (ms)", "saved", "cpu (ms)", "saved",
          "live", "saved", "without");
      for (int i = 0; i < variants.size(); i++) {
        Measure v = compared.get(i);
        long vLive = comparedLive.get(i);
        out.printf(Locale.ROOT, "  %,10d %,8d %,9d %,8d %,6d MB %,5d MB  %s%n", v.millis, m.millis - v.millis,
            v.cpuMillis, m.cpuMillis - v.cpuMillis, vLive >> 20, (live[1] - vLive) >> 20, variants.get(i).label());
      }
    }
    if (profiler != null) {
      profiler.print(out);
    }
    return 0;
  }

  /**
   * A rule base and configuration with some rules left out: rule ids switched off in the configuration, other
   * rules (derivations, which have no id) removed from the rule base.
   */
  record Variant(List<String> disabled, java.util.Set<String> removed) {
    static Variant of(RuleBase builtIn, List<String> entries) {
      List<String> disabled = new ArrayList<>();
      java.util.Set<String> removed = new java.util.TreeSet<>();
      List<String> names = builtIn.ruleNames().values().stream().flatMap(List::stream).toList();
      for (String entry : entries) {
        String wanted = entry.strip();
        if (builtIn.catalogue().all().stream().anyMatch(r -> r.id().equals(wanted))) {
          disabled.add(wanted);
          continue;
        }
        List<String> matching = names.stream()
            .filter(n -> n.toLowerCase(Locale.ROOT).startsWith(wanted.toLowerCase(Locale.ROOT))).toList();
        if (matching.isEmpty()) {
          throw new IllegalArgumentException("no rule id is, and no rule name starts with, '" + wanted + "'");
        }
        removed.addAll(matching);
      }
      return new Variant(disabled, removed);
    }

    RuleBase ruleBase(RuleBase builtIn) {
      return removed.isEmpty() ? builtIn : RuleBase.builtInWithout(removed);
    }

    /**
     * The bench's configuration: people carry their partner in the snapshot, so no mapping; the decision
     * marker that ACCT-007 and ACCT-008 require is the generator's decision type; the rules left out are
     * switched off.
     */
    MutualityEngine engine(RuleBase builtIn) throws org.mutuality.io.InputException {
      StringBuilder yaml = new StringBuilder("rules:\n");
      for (String id : List.of("ACCT-007", "ACCT-008")) {
        yaml.append("  ").append(id).append(":\n    params:\n      decisionMarker: ")
            .append(SyntheticPartnership.DECISION_TYPE).append('\n');
        if (disabled.contains(id)) {
          yaml.append("    enabled: false\n");
        }
      }
      disabled.stream().filter(id -> !id.equals("ACCT-007") && !id.equals("ACCT-008"))
          .forEach(id -> yaml.append("  ").append(id).append(":\n    enabled: false\n"));
      Configuration configuration = Configuration.load(new java.io.ByteArrayInputStream(
          yaml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "(bench)");
      return MutualityEngine.create(ruleBase(builtIn), configuration);
    }

    String label() {
      List<String> all = new ArrayList<>(disabled);
      removed.forEach(n -> all.add("\"" + n + "\""));
      return String.join(", ", all);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** {@code ours / base} with two decimals, or {@code n/a} when the baseline measured nothing (no collection ran). */
  static String ratio(long ours, long base) {
    return base <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) ours / base);
  }

  /** The heap in use after a full collection, once the audit's rules have fired (its session still open). */
  private static long liveHeap(MutualityEngine engine, Snapshot snapshot) throws Exception {
    long[] live = new long[1];
    System.gc();
    engine.audit(snapshot, SyntheticPartnership.AS_OF, new org.mutuality.engine.AuditObserver() {
      @Override
      public void rulesFired(org.kie.api.runtime.KieSession session) {
        live[0] = liveHeap();
      }
    });
    return live[0];
  }

  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private record Measure(
      long millis, long cpuMillis, long peakBytes, long peakAfterGc, long collections, long pauseMillis)
      implements Comparable<Measure> {
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
    long cpu;
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    HeapSampler sampler = new HeapSampler();
    try (sampler) {
      start = System.nanoTime();
      cpu = threads.getCurrentThreadCpuTime();
      work.run();
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      elapsed = System.nanoTime() - start;
    }
    return new Measure(elapsed / 1_000_000, cpu / 1_000_000, sampler.peak(), sampler.peakAfterGc(), sampler.collections(),
        sampler.pauseMillis());
  }

  /** The median of each figure on its own. */
  private static Measure median(List<Measure> measures) {
    List<Measure> sorted = new ArrayList<>(measures);
    Collections.sort(sorted);
    Measure time = sorted.get(sorted.size() / 2);
    return new Measure(time.millis, median(measures, Measure::cpuMillis), median(measures, Measure::peakBytes), median(measures, Measure::peakAfterGc),
        median(measures, Measure::collections), median(measures, Measure::pauseMillis));
  }

  private static long median(List<Measure> measures, java.util.function.ToLongFunction<Measure> figure) {
    return measures.stream().mapToLong(figure).sorted().toArray()[measures.size() / 2];
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
