package org.mutuality.sandbox.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The rate limits a sandbox enforces, in the style of its flavour ({@code jira-api/NOTES.md} §3): Cloud's
 * per-endpoint burst buckets and hourly quotas, answered with {@code RateLimit-Reason}; or Data Center's per-user
 * token bucket. Off by default ({@link #none()}). Immutable; each sandbox keeps its own counters, so one value can
 * configure many sandboxes. Cloud's per-issue write limit ({@code jira-per-issue-on-write}) is not here: the write
 * endpoints apply it, since only they know which writes change an issue.
 *
 * <pre>{@code
 * RateLimits.cloud().burst("GET", "/rest/api/{v}/search/jql", 5).tenantQuota(1000).build();
 * RateLimits.dataCenter(70, 5, Duration.ofSeconds(1));
 * }</pre>
 */
public final class RateLimits {
  /** Which style of limiting. */
  public enum Kind {
    /** No limits and no rate-limit headers. */
    NONE,
    /** Jira Cloud's. */
    CLOUD,
    /** Jira Data Center's. */
    DC
  }

  /**
   * One endpoint's own burst bucket.
   *
   * @param method the HTTP method, or {@code *} for any
   * @param path the endpoint's path pattern
   * @param perSecond the bucket's capacity and refill per second
   */
  public record Burst(String method, PathPattern path, int perSecond) {
  }

  private final Kind kind;
  private final Map<String, Integer> burstPerMethod;
  private final List<Burst> bursts;
  private final int tenantQuota;
  private final int globalQuota;
  private final int dcCapacity;
  private final int dcFillRate;
  private final Duration dcInterval;

  private RateLimits(Kind kind, Map<String, Integer> burstPerMethod, List<Burst> bursts, int tenantQuota,
      int globalQuota, int dcCapacity, int dcFillRate, Duration dcInterval) {
    this.kind = kind;
    this.burstPerMethod = Map.copyOf(burstPerMethod);
    this.bursts = List.copyOf(bursts);
    this.tenantQuota = tenantQuota;
    this.globalQuota = globalQuota;
    this.dcCapacity = dcCapacity;
    this.dcFillRate = dcFillRate;
    this.dcInterval = dcInterval;
  }

  /** @return no limits (the default) */
  public static RateLimits none() {
    return new RateLimits(Kind.NONE, Map.of(), List.of(), 0, 0, 0, 0, Duration.ZERO);
  }

  /** @return a builder for Cloud limits, with no limit set yet */
  public static CloudBuilder cloud() {
    return new CloudBuilder();
  }

  /**
   * Jira Cloud's documented burst limits for API-token traffic (NOTES.md §3.1): a bucket per endpoint and method,
   * GET 100, POST 100, PUT 50, DELETE 50 per second, with the documented endpoint overrides. No points quota:
   * "API token-based traffic is not affected".
   *
   * @return those limits
   */
  public static RateLimits cloudDefaults() {
    return cloud().burst("GET", 100).burst("POST", 100).burst("PUT", 50).burst("DELETE", 50)
        .burst("GET", "/rest/api/{v}/issue/{issueIdOrKey}", 150)
        .burst("GET", "/rest/api/{v}/issue/{issueIdOrKey}/changelog", 200)
        .burst("POST", "/rest/api/{v}/search/approximate-count", 150)
        .burst("GET", "/rest/api/{v}/user", 150)
        .burst("GET", "/rest/api/{v}/project/{projectIdOrKey}/role/{id}", 200).build();
  }

  /**
   * Jira Data Center's limiting: one token bucket per authenticated user (NOTES.md §3.2). Anonymous requests are
   * not limited.
   *
   * @param capacity the bucket's size ({@code X-RateLimit-Limit})
   * @param fillRate tokens added per interval ({@code X-RateLimit-FillRate})
   * @param interval the refill interval, whole seconds ({@code X-RateLimit-Interval-Seconds})
   * @return those limits
   */
  public static RateLimits dataCenter(int capacity, int fillRate, Duration interval) {
    if (capacity < 1 || fillRate < 1 || interval.toSeconds() < 1 || interval.toNanos() % 1_000_000_000L != 0) {
      throw new IllegalArgumentException("Data Center limits need capacity and fill rate above zero and an interval "
          + "of whole seconds, got " + capacity + ", " + fillRate + ", " + interval);
    }
    return new RateLimits(Kind.DC, Map.of(), List.of(), 0, 0, capacity, fillRate, interval);
  }

  /**
   * @param flavor the sandbox's flavour
   * @return these limits
   * @throws IllegalArgumentException if they are the other flavour's
   */
  public RateLimits requireFlavor(org.mutuality.sandbox.Flavor flavor) {
    if (kind == Kind.CLOUD && flavor != org.mutuality.sandbox.Flavor.CLOUD
        || kind == Kind.DC && flavor != org.mutuality.sandbox.Flavor.DC) {
      throw new IllegalArgumentException(kind + " rate limits cannot be used by a " + flavor + " sandbox");
    }
    return this;
  }

  /** @return the style of limiting */
  public Kind kind() {
    return kind;
  }

  /** @return Cloud: the per-second burst of every endpoint, by method (upper case) */
  public Map<String, Integer> burstPerMethod() {
    return burstPerMethod;
  }

  /** @return Cloud: endpoints with their own burst bucket, first match wins */
  public List<Burst> bursts() {
    return bursts;
  }

  /** @return Cloud: points per hour on this tenant, 0 for none */
  public int tenantQuota() {
    return tenantQuota;
  }

  /** @return Cloud: points per hour for the app across tenants, 0 for none */
  public int globalQuota() {
    return globalQuota;
  }

  /** @return DC: the bucket size */
  public int dcCapacity() {
    return dcCapacity;
  }

  /** @return DC: tokens per interval */
  public int dcFillRate() {
    return dcFillRate;
  }

  /** @return DC: the refill interval */
  public Duration dcInterval() {
    return dcInterval;
  }

  /** Builds Cloud limits. */
  public static final class CloudBuilder {
    private final Map<String, Integer> burstPerMethod = new LinkedHashMap<>();
    private final List<Burst> bursts = new ArrayList<>();
    private int tenantQuota;
    private int globalQuota;

    private CloudBuilder() {
    }

    /**
     * Gives every endpoint its own burst bucket for this method (Jira's "per endpoint per HTTP method").
     *
     * @param method GET, POST, PUT or DELETE
     * @param perSecond capacity and refill per second
     * @return this builder
     */
    public CloudBuilder burst(String method, int perSecond) {
      burstPerMethod.put(method(method), positive(perSecond));
      return this;
    }

    /**
     * Gives one endpoint its own burst bucket, shared by every path it matches.
     *
     * @param method the method, or {@code *} for any
     * @param pathPattern see {@link PathPattern}
     * @param perSecond capacity and refill per second
     * @return this builder
     */
    public CloudBuilder burst(String method, String pathPattern, int perSecond) {
      bursts.add(new Burst(method(method), PathPattern.of(pathPattern), positive(perSecond)));
      return this;
    }

    /**
     * @param pointsPerHour the tenant quota (one point per request in the sandbox)
     * @return this builder
     */
    public CloudBuilder tenantQuota(int pointsPerHour) {
      tenantQuota = positive(pointsPerHour);
      return this;
    }

    /**
     * @param pointsPerHour the app's global quota (one point per request in the sandbox)
     * @return this builder
     */
    public CloudBuilder globalQuota(int pointsPerHour) {
      globalQuota = positive(pointsPerHour);
      return this;
    }

    /** @return the limits */
    public RateLimits build() {
      return new RateLimits(Kind.CLOUD, burstPerMethod, bursts, tenantQuota, globalQuota, 0, 0,
          Duration.ZERO);
    }

    private static String method(String method) {
      String m = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
      if (m.isBlank()) {
        throw new IllegalArgumentException("a method is needed, or '*'");
      }
      return m;
    }

    private static int positive(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("a limit must be above zero, got " + value);
      }
      return value;
    }
  }
}
