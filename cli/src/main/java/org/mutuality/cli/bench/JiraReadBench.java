package org.mutuality.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.JiraSource;
import org.mutuality.jira.ReadProgress;
import org.mutuality.jira.http.Credentials;
import org.mutuality.jira.http.JdkTransport;
import org.mutuality.jira.http.JiraRequest;
import org.mutuality.jira.http.JiraResponse;
import org.mutuality.jira.http.JiraTransport;
import org.mutuality.jira.http.RetryPolicy;
import org.mutuality.jira.http.RetryingTransport;
import org.mutuality.jira.http.Site;
import org.mutuality.model.Snapshot;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.Limits;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.site.SiteIndex;
import org.mutuality.sandbox.site.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mutuality bench jira}: reads a generated Jira site served in-process by the sandbox (loopback) and
 * compares, in one run, the adapter's full read ({@link JiraSource#read()}) with
 *
 * <ul>
 *   <li>the <b>floor</b>: the very requests the adapter's read made (its plan), sent again with the same
 *       concurrency (search pages one after the other, as token paging forces; the rest 4 at a time) and parsed to
 *       Jackson trees, with no mapping;
 *   <li>the <b>minimum plan</b>: the requests a complete read needs, counted from the dataset (search pages at the
 *       page cap, one comment or worklog page per issue whose visible list exceeds the preview, the changelog in
 *       bulk batches on Cloud) plus the adapter's fixed requests (server, fields, statuses, Cloud's approximate
 *       count for the progress line, project, avatars, components, roles, groups, boards, sprints);
 *   <li>a <b>naive</b> client that lists the keys, then fetches each issue ({@code GET /issue/{key}?expand=changelog})
 *       and its comments one at a time, on a sample of the first issues, extrapolated linearly to the whole site.
 * </ul>
 *
 * The adapter and the floor each run twice, alternately; the faster run of each is reported (the first adapter
 * run also warms up the JIT and the sandbox). Nothing here is a test.
 */
@Command(name = "jira", mixinStandardHelpOptions = true,
    description = "Measure a full read of a generated Jira site (the sandbox, in-process on loopback) against the "
        + "floor (the same pages fetched and parsed, no mapping) and a naive one-issue-at-a-time client.")
public final class JiraReadBench implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--issues", defaultValue = "100000", description = "Issues of the generated site. Default: "
      + "${DEFAULT-VALUE}.")
  int issues;

  @Option(names = "--flavor", defaultValue = "cloud", paramLabel = "cloud|dc",
      description = "The sandbox's flavour. Default: ${DEFAULT-VALUE}.")
  Flavor flavor;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated site. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--naive-sample", defaultValue = "2000",
      description = "Issues the naive client reads before its time is extrapolated. Default: ${DEFAULT-VALUE}.")
  int naiveSample;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (issues < 1 || naiveSample < 1) {
      throw new IllegalArgumentException("--issues and --naive-sample must be at least 1");
    }
    err.printf(Locale.ROOT, "bench jira: generating %,d issues (seed %d) and starting the %s sandbox…%n", issues,
        seed, flavor);
    long t0 = System.nanoTime();
    Dataset dataset = Dataset.generated(issues, seed);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(dataset).port(0).start()) {
      err.printf(Locale.ROOT, "bench jira: ready in %,d ms%n", (System.nanoTime() - t0) / 1_000_000);
      User viewer = viewer(dataset);
      Credentials credentials = Credentials.basic(viewer.email(), "bench-token");
      Site site = Site.parse(jira.baseUri().toString());
      JiraSettings settings = JiraSettings.of(site, List.of("GEN"), null, credentials);
      JdkTransport http = new JdkTransport(credentials, Duration.ofSeconds(10), Duration.ofSeconds(120));

      List<JiraRequest> plan = Collections.synchronizedList(new ArrayList<>());
      Run adapter1 = adapter(settings, http, plan, err, 1);
      Run floor1 = floor(plan, http, err, 1);
      Run adapter2 = adapter(settings, http, null, err, 2);
      Run floor2 = floor(plan, http, err, 2);
      Run adapter = adapter1.millis <= adapter2.millis ? adapter1 : adapter2;
      Run floor = floor1.millis <= floor2.millis ? floor1 : floor2;
      long minimum = minimumPlan(dataset, viewer, plan);
      Naive naive = naive(site, http, err);

      out.printf(Locale.ROOT, "Mutuality bench jira, %s, %s sandbox on loopback, Java %s, %d cores, max heap %,d MB%n",
          Instant.now(), flavor, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20);
      Snapshot s = adapter.snapshot;
      out.printf(Locale.ROOT, "site: %,d issues (seed %d); read: %,d work items, %,d comments, %,d worklogs, "
          + "%,d transitions, %,d people, %d gaps%n", issues, seed, s.workItems().size(), s.comments().size(),
          s.worklogs().size(), s.transitions().size(), s.members().size(), s.gaps().size());
      out.printf(Locale.ROOT, "%-44s %12s %12s%n", "", "requests", "time (ms)");
      out.printf(Locale.ROOT, "%-44s %,12d %12s%n", "minimum plan (from the dataset)", minimum, "");
      out.printf(Locale.ROOT, "%-44s %,12d %,12d%n", "floor: the adapter's pages, parsed, no mapping", floor.requests,
          floor.millis);
      out.printf(Locale.ROOT, "%-44s %,12d %,12d   (runs: %,d and %,d ms)%n", "adapter: JiraSource.read()",
          adapter.requests, adapter.millis, adapter1.millis, adapter2.millis);
      out.printf(Locale.ROOT, "%-44s %,12d %,12d   (extrapolated from %,d issues: %,d requests, %,d ms)%n",
          "naive: each issue and its comments", naive.requestsExtrapolated, naive.millisExtrapolated, naive.sample,
          naive.sampleRequests, naive.sampleMillis);
      out.printf(Locale.ROOT, "adapter / minimum plan, requests: %.3f (aim ≤ 1.05: %s)%n",
          (double) adapter.requests / minimum, adapter.requests <= minimum * 1.05 ? "met" : "NOT met");
      out.printf(Locale.ROOT, "adapter / floor, time: %.2f (aim ≤ 1.20: %s)%n", (double) adapter.millis
          / Math.max(1, floor.millis), adapter.millis <= floor.millis * 1.2 ? "met" : "NOT met");
      out.printf(Locale.ROOT, "adapter / naive: requests %.4f, time %.4f (naive extrapolated)%n",
          (double) adapter.requests / Math.max(1, naive.requestsExtrapolated),
          (double) adapter.millis / Math.max(1, naive.millisExtrapolated));
      out.flush();
    }
    return 0;
  }

  private static User viewer(Dataset dataset) {
    String id = dataset.site().integrationUserId();
    return dataset.site().users().stream().filter(u -> u.accountId().equals(id)).findFirst().orElseThrow();
  }

  private record Run(long requests, long millis, Snapshot snapshot) {
  }

  private Run adapter(JiraSettings settings, JdkTransport http, List<JiraRequest> plan, PrintWriter err, int run)
      throws Exception {
    System.gc();
    err.printf(Locale.ROOT, "bench jira: adapter read %d of 2…%n", run);
    JiraTransport recorded = plan == null ? http : request -> {
      plan.add(request);
      return http.send(request);
    };
    RetryingTransport transport = RetryingTransport.of(recorded, RetryPolicy.defaults());
    ProgressLine progress = new ProgressLine(err);
    long start = System.nanoTime();
    Snapshot snapshot = new JiraSource(settings, transport, Clock.systemUTC(), progress).read();
    long millis = (System.nanoTime() - start) / 1_000_000;
    progress.end();
    return new Run(transport.requests(), millis, snapshot);
  }

  /** The plan's requests again: search pages in order, one at a time; the others 4 at a time; parsed to trees. */
  private Run floor(List<JiraRequest> plan, JdkTransport http, PrintWriter err, int run) throws Exception {
    System.gc();
    err.printf(Locale.ROOT, "bench jira: floor %d of 2 (%,d requests)…%n", run, plan.size());
    List<JiraRequest> sequential = new ArrayList<>();
    List<JiraRequest> parallel = new ArrayList<>();
    for (JiraRequest r : plan) {
      (r.uri().getPath().contains("/search") ? sequential : parallel).add(r);
    }
    AtomicLong nodes = new AtomicLong();
    long start = System.nanoTime();
    for (JiraRequest r : sequential) {
      nodes.addAndGet(fetch(http, r).size());
    }
    ExecutorService pool = Executors.newFixedThreadPool(RetryPolicy.defaults().maxInFlight());
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (JiraRequest r : parallel) {
        futures.add(pool.submit(() -> fetch(http, r).size()));
      }
      for (Future<Integer> f : futures) {
        nodes.addAndGet(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Run(plan.size(), millis, null);
  }

  private static JsonNode fetch(JiraTransport http, JiraRequest request) throws IOException, InterruptedException {
    JiraResponse response = http.send(request);
    if (response.status() >= 500) {
      throw new IOException(request.describe() + " answered " + response.status());
    }
    return JSON.readTree(response.body().isEmpty() ? "null" : response.body());
  }

  /** The requests a complete read needs, from the dataset, with the adapter's own count of fixed requests. */
  private long minimumPlan(Dataset dataset, User viewer, List<JiraRequest> plan) {
    Limits limits = Limits.jira();
    SiteIndex index = new SiteIndex(dataset.site());
    int visible = 0;
    long extraPages = 0;
    int longChangelogs = 0;
    long histories = 0;
    for (Issue issue : dataset.site().issues()) {
      if (!index.canSee(viewer, issue)) {
        continue;
      }
      visible++;
      Project project = index.projectOf(issue);
      long comments = issue.comments().stream().filter(c -> index.canSee(viewer, project, c.visibility())).count();
      long worklogs = issue.worklogs().stream().filter(w -> index.canSee(viewer, project, w.visibility())).count();
      extraPages += comments > limits.commentPreview() ? 1 : 0;
      extraPages += worklogs > limits.worklogPreview() ? 1 : 0;
      if (flavor == Flavor.CLOUD && issue.histories().size() > limits.cloudSearchChangelogPreview()) {
        longChangelogs++;
        histories += issue.histories().size();
      }
    }
    int cap = flavor == Flavor.CLOUD ? limits.cloudSearchMaxResults() : limits.dcSearchMaxResults();
    long searchPages = Math.max(1, (visible + cap - 1) / cap);
    long changelog = longChangelogs == 0 ? 0 : Math.max((longChangelogs + limits.changelogBulkFetchMaxIssues() - 1)
        / limits.changelogBulkFetchMaxIssues(), (histories + 999) / 1000);
    long fixed;
    synchronized (plan) {
      fixed = plan.stream().map(r -> r.uri().getPath()).filter(p -> p.endsWith("/search/approximate-count")
          || !p.contains("/search") && !p.contains("/issue/") && !p.contains("/changelog/bulkfetch")).count();
    }
    return fixed + searchPages + extraPages + changelog;
  }

  private record Naive(int sample, long sampleRequests, long sampleMillis, long requestsExtrapolated,
      long millisExtrapolated) {
  }

  /**
   * Lists every key (ids-only search pages, in full), then reads the first {@code naiveSample} issues one at a
   * time: the issue with its changelog, then its comments.
   */
  private Naive naive(Site site, JdkTransport http, PrintWriter err) throws Exception {
    System.gc();
    String v = flavor == Flavor.CLOUD ? "3" : "2";
    err.printf(Locale.ROOT, "bench jira: naive client, listing keys…%n");
    long start = System.nanoTime();
    List<String> keys = new ArrayList<>();
    long requests = 0;
    String token = null;
    while (true) {
      JsonNode page;
      if (flavor == Flavor.CLOUD) {
        java.util.Map<String, Object> query = new java.util.LinkedHashMap<>();
        query.put("jql", "project = GEN ORDER BY key ASC");
        query.put("fields", List.of("key"));
        query.put("maxResults", 5000);
        if (token != null) {
          query.put("nextPageToken", token);
        }
        String body = JSON.writeValueAsString(query);
        page = fetch(http, JiraRequest.post(site.resolve("/rest/api/3/search/jql", null), body));
      } else {
        page = fetch(http, JiraRequest.get(site.resolve("/rest/api/2/search", "jql=project%20%3D%20GEN%20ORDER%20BY"
            + "%20key%20ASC&fields=key&maxResults=1000&startAt=" + keys.size())));
      }
      requests++;
      page.path("issues").forEach(i -> keys.add(i.path("key").asText()));
      if (flavor == Flavor.CLOUD) {
        token = page.path("nextPageToken").asText(null);
        if (token == null || token.isEmpty() || page.path("isLast").asBoolean(false)) {
          break;
        }
      } else if (page.path("issues").isEmpty() || keys.size() >= page.path("total").asInt()) {
        break;
      }
    }
    long listMillis = (System.nanoTime() - start) / 1_000_000;
    long listRequests = requests;
    int sample = Math.min(naiveSample, keys.size());
    long sampleStart = System.nanoTime();
    for (int i = 0; i < sample; i++) {
      String key = keys.get(i);
      fetch(http, JiraRequest.get(site.resolve("/rest/api/" + v + "/issue/" + key, "expand=changelog")));
      fetch(http, JiraRequest.get(site.resolve("/rest/api/" + v + "/issue/" + key + "/comment", null)));
      requests += 2;
      if ((i + 1) % 500 == 0) {
        err.printf(Locale.ROOT, "bench jira: naive client, %,d of %,d sampled issues%n", i + 1, sample);
      }
    }
    long sampleMillis = (System.nanoTime() - sampleStart) / 1_000_000;
    double perIssue = sample == 0 ? 0 : (double) sampleMillis / sample;
    return new Naive(sample, requests, listMillis + sampleMillis, listRequests + 2L * keys.size(),
        listMillis + Math.round(perIssue * keys.size()));
  }

  /** Progress on stderr: the adapter's stage, issues and requests, at most every half second. */
  private static final class ProgressLine implements ReadProgress {
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long last;

    ProgressLine(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void update(String stage, int read, int expected, long requests, long retries) {
      long now = System.nanoTime();
      if (now - last < 500_000_000L && !stage.equals("done")) {
        return;
      }
      last = now;
      err.printf(Locale.ROOT, "bench jira:   %,7d ms  %s, %,d%s issues, %,d requests%s%n",
          (now - start) / 1_000_000, stage, read,
          expected >= 0 ? "/" + String.format(Locale.ROOT, "%,d", expected) : "", requests,
          retries > 0 ? ", " + retries + " retries" : "");
      err.flush();
    }

    void end() {
      err.flush();
    }
  }
}
