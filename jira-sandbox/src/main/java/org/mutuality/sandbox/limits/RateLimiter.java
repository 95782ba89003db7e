package org.mutuality.sandbox.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The counters of one sandbox's rate limits, and its decisions. Thread-safe (one lock). */
final class RateLimiter {
  private record Scoped(RateLimitReason reason, Meter meter) {
  }

  private final RateLimits limits;
  private final Meter global;
  private final Meter tenant;
  private final Map<String, Meter> meters = new HashMap<>();

  RateLimiter(RateLimits limits) {
    this.limits = limits;
    this.global = limits.globalQuota() > 0 ? new HourlyQuota(limits.globalQuota()) : null;
    this.tenant = limits.tenantQuota() > 0 ? new HourlyQuota(limits.tenantQuota()) : null;
  }

  /**
   * Cloud: the quotas, then the endpoint's burst bucket; a request is counted only when every scope lets it
   * through.
   *
   * @param method the HTTP method
   * @param path the request path
   * @param endpoint the route pattern serving it (the path itself when none does)
   */
  synchronized Verdict cloud(String method, String path, String endpoint, Instant now) {
    List<Scoped> scopes = new ArrayList<>();
    if (global != null) {
      scopes.add(new Scoped(RateLimitReason.GLOBAL_QUOTA, global));
    }
    if (tenant != null) {
      scopes.add(new Scoped(RateLimitReason.TENANT_QUOTA, tenant));
    }
    Meter burst = burst(method, path, endpoint);
    if (burst != null) {
      scopes.add(new Scoped(RateLimitReason.BURST, burst));
    }
    return decide(scopes, now);
  }

  /**
   * Data Center: the user's bucket.
   *
   * @param user the id of the authenticated user
   */
  synchronized Verdict dc(String user, Instant now) {
    Meter bucket = meters.computeIfAbsent("user " + user,
        k -> new IntervalBucket(limits.dcCapacity(), limits.dcFillRate(), limits.dcInterval()));
    return decide(List.of(new Scoped(null, bucket)), now);
  }

  private Meter burst(String method, String path, String endpoint) {
    List<RateLimits.Burst> bursts = limits.bursts();
    for (int i = 0; i < bursts.size(); i++) {
      RateLimits.Burst b = bursts.get(i);
      if ((b.method().equals("*") || b.method().equals(method)) && b.path().matches(path)) {
        return meters.computeIfAbsent("burst #" + i, k -> perSecond(b.perSecond()));
      }
    }
    Integer perSecond = limits.burstPerMethod().get(method);
    return perSecond == null ? null : meters.computeIfAbsent("burst " + method + " " + endpoint,
        k -> perSecond(perSecond));
  }

  private static Meter perSecond(int perSecond) {
    return new TokenBucket(perSecond, perSecond, Duration.ofSeconds(1));
  }

  private static Verdict decide(List<Scoped> scopes, Instant now) {
    if (scopes.isEmpty()) {
      return Verdict.UNLIMITED;
    }
    for (Scoped scope : scopes) {
      Meter meter = scope.meter();
      if (meter.available(now) < 1) {
        Duration wait = meter.untilNext(now);
        return new Verdict(false, scope.reason(), meter.limit(), 0, wait, now.plus(wait));
      }
    }
    Scoped tightest = null;
    int least = Integer.MAX_VALUE;
    for (Scoped scope : scopes) {
      scope.meter().take(now);
      int left = scope.meter().available(now);
      if (left < least) {
        least = left;
        tightest = scope;
      }
    }
    return new Verdict(true, null, tightest.meter().limit(), least, Duration.ZERO, null);
  }
}
