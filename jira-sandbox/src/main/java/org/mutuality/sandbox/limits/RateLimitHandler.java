package org.mutuality.sandbox.limits;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.LoggedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces {@link RateLimits} in front of the sandbox's handler, with the headers and bodies of the flavour
 * ({@code jira-api/NOTES.md} §3.1, §3.2). Let through, a request gets the limit headers of its scope; refused, it
 * gets a 429 here (logged through the given log) and never reaches the wrapped handler.
 */
public final class RateLimitHandler extends Handler.Wrapper {
  /** Cloud's 429 body; Atlassian documents none, this is the error-collection shape of its other errors. */
  static final String CLOUD_BODY = "{\"errorMessages\":[\"Rate limit exceeded\"],\"errors\":{}}";
  /** Data Center's message ({@code {"message":…}}); the real i18n text is not documented. */
  static final String DC_MESSAGE = "Rate limit exceeded. Try again later.";
  private static final Logger LOG = LoggerFactory.getLogger(RateLimitHandler.class);
  private static final DateTimeFormatter RESET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
      .withZone(ZoneOffset.UTC);

  private final Flavor flavor;
  private final RateLimits limits;
  private final Clock clock;
  private final Function<String, Optional<String>> userOf;
  private final BiFunction<String, String, Optional<String>> endpointOf;
  private final Consumer<LoggedRequest> log;
  private final RateLimiter limiter;

  /**
   * @param inner the handler requests go on to
   * @param flavor whose headers to send
   * @param limits the limits ({@link RateLimits.Kind#NONE} lets everything through without headers)
   * @param clock the time the buckets and quotas are measured with
   * @param userOf the id of the user an {@code Authorization} header value acts as (empty: anonymous)
   * @param endpointOf the route pattern serving a method and path, if any
   * @param log where refused requests are logged
   * @throws IllegalArgumentException if the limits are of the other flavour
   */
  public RateLimitHandler(Handler inner, Flavor flavor, RateLimits limits, Clock clock,
      Function<String, Optional<String>> userOf, BiFunction<String, String, Optional<String>> endpointOf,
      Consumer<LoggedRequest> log) {
    super(inner);
    this.flavor = Objects.requireNonNull(flavor, "flavor");
    this.limits = Objects.requireNonNull(limits, "limits").requireFlavor(flavor);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.userOf = Objects.requireNonNull(userOf, "userOf");
    this.endpointOf = Objects.requireNonNull(endpointOf, "endpointOf");
    this.log = Objects.requireNonNull(log, "log");
    this.limiter = new RateLimiter(limits);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String method = request.getMethod();
    String path = request.getHttpURI().getDecodedPath();
    Verdict verdict = verdict(request, method, path);
    if (verdict.allowed()) {
      if (verdict.limited()) {
        passHeaders(response, verdict);
      }
      return super.handle(request, response, callback);
    }
    LOG.debug("{} {} -> 429 ({})", method, path, verdict.reason());
    // Read the body first, so the connection stays usable (an unread body makes Jetty close it).
    org.eclipse.jetty.io.Content.Source.consumeAll(request);
    log.accept(new LoggedRequest(method, path, request.getHttpURI().getQuery(), 429, delayOf(request)));
    refuse(request, response, callback, verdict);
    return true;
  }

  private Verdict verdict(Request request, String method, String path) {
    Instant now = clock.instant();
    switch (limits.kind()) {
      case CLOUD:
        return limiter.cloud(method, path, endpointOf.apply(method, path).orElse(path), now);
      case DC:
        Optional<String> user = userOf.apply(request.getHeaders().get(HttpHeader.AUTHORIZATION));
        return user.isEmpty() ? Verdict.UNLIMITED : limiter.dc(user.get(), now);
      default:
        return Verdict.UNLIMITED;
    }
  }

  private void passHeaders(Response response, Verdict verdict) {
    var headers = response.getHeaders();
    headers.put("X-RateLimit-Limit", String.valueOf(verdict.limit()));
    headers.put("X-RateLimit-Remaining", String.valueOf(verdict.remaining()));
    if (flavor == Flavor.CLOUD) {
      if (verdict.remaining() * 5L < verdict.limit()) {
        headers.put("X-RateLimit-NearLimit", "true");
      }
    } else {
      dcHeaders(response);
    }
  }

  private void refuse(Request request, Response response, Callback callback, Verdict verdict) {
    response.setStatus(429);
    var headers = response.getHeaders();
    headers.put(HttpHeader.RETRY_AFTER, String.valueOf(verdict.retryAfterSeconds()));
    headers.put("X-RateLimit-Limit", String.valueOf(verdict.limit()));
    headers.put("X-RateLimit-Remaining", "0");
    String body;
    if (flavor == Flavor.CLOUD) {
      headers.put("X-RateLimit-Reset", RESET.format(roundUp(verdict.reset())));
      headers.put("RateLimit-Reason", verdict.reason().header());
      headers.put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
      body = CLOUD_BODY;
    } else {
      dcHeaders(response);
      String accept = request.getHeaders().get(HttpHeader.ACCEPT);
      if (accept != null && accept.contains("application/json")) {
        headers.put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
        body = "{\"message\":\"" + DC_MESSAGE + "\"}";
      } else {
        headers.put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
        body = "<!doctype html><html lang=\"en\"><head><title>HTTP Status 429 – Too Many Requests</title></head>"
            + "<body><h1>HTTP Status 429 – Too Many Requests</h1><p><b>Message</b> " + DC_MESSAGE
            + "</p></body></html>";
      }
    }
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }

  private void dcHeaders(Response response) {
    response.getHeaders().put("X-RateLimit-FillRate", String.valueOf(limits.dcFillRate()));
    response.getHeaders().put("X-RateLimit-Interval-Seconds", String.valueOf(limits.dcInterval().toSeconds()));
  }

  private static Instant roundUp(Instant instant) {
    Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
    return seconds.equals(instant) ? seconds : seconds.plusSeconds(1);
  }

  private static Duration delayOf(Request request) {
    return request.getAttribute(LoggedRequest.DELAY_ATTRIBUTE) instanceof Duration d ? d : Duration.ZERO;
  }
}
