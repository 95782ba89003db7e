package org.mutuality.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.Limits;
import org.mutuality.sandbox.LoggedRequest;
import org.mutuality.sandbox.site.SiteIndex;
import org.mutuality.sandbox.site.User;
import org.mutuality.sandbox.webhook.Webhooks;
import org.mutuality.sandbox.write.SiteStore;
import org.mutuality.sandbox.write.WriteLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's Jetty handler: authenticates, routes to the endpoints of the flavour, writes Jira's JSON and
 * error bodies, and logs every request.
 */
public final class SandboxHandler extends Handler.Abstract {
  private static final Logger LOG = LoggerFactory.getLogger(SandboxHandler.class);
  private static final String JSON = "application/json;charset=UTF-8";

  private final Flavor flavor;
  private final SiteStore store;
  private final Limits limits;
  private final Router router;
  private final List<LoggedRequest> log = new ArrayList<>();
  private volatile String base = "http://127.0.0.1";
  private volatile ServerEndpoints.DcBuild dcBuild = ServerEndpoints.DcBuild.DEFAULT;

  /**
   * @param flavor the flavour to imitate
   * @param site the data
   * @param limits page caps and preview sizes
   */
  public SandboxHandler(Flavor flavor, SiteIndex site, Limits limits) {
    this(flavor, new SiteStore(site.site(), SiteStore.clockFrom(site.site()), WriteLimits.none()),
        new Webhooks(List.of()), limits);
  }

  /**
   * @param flavor the flavour to imitate
   * @param store the data, which writes change
   * @param webhooks where change events go
   * @param limits page caps and preview sizes
   */
  public SandboxHandler(Flavor flavor, SiteStore store, Webhooks webhooks, Limits limits) {
    this.flavor = flavor;
    this.store = store;
    this.limits = limits;
    this.router = new Router(flavor);
    ServerEndpoints.register(router, () -> dcBuild);
    SearchEndpoints.register(router);
    IssueEndpoints.register(router);
    ProjectEndpoints.register(router);
    SecurityEndpoints.register(router);
    AgileEndpoints.register(router);
    Writes writes = new Writes(store, webhooks, flavor);
    IssueWriteEndpoints.register(router, writes);
    CommentWriteEndpoints.register(router, writes);
    PropertyEndpoints.register(router, writes);
  }

  /**
   * Sets the base URL used in {@code self} links; called once the port is known, before any request.
   *
   * @param baseUri {@code http://127.0.0.1:<port>}
   */
  public void baseUri(String baseUri) {
    this.base = baseUri;
  }

  /**
   * Sets the Data Center build {@code serverInfo} reports (default 10.3.6, {@code DataCenter}); called before any
   * request.
   *
   * @param version a three-part version such as {@code 9.12.15}
   * @param deploymentType {@code Server} or {@code DataCenter}
   */
  public void dcBuild(String version, String deploymentType) {
    this.dcBuild = new ServerEndpoints.DcBuild(version, deploymentType);
  }

  /** @return the requests answered so far */
  public List<LoggedRequest> requests() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  /** Forgets the logged requests. */
  public void clearRequests() {
    synchronized (log) {
      log.clear();
    }
  }

  /**
   * Logs a request answered or dropped before it reached this handler (rate limits, injected faults).
   *
   * @param entry the request
   */
  public void record(LoggedRequest entry) {
    synchronized (log) {
      log.add(entry);
    }
  }

  /**
   * @param authorization an {@code Authorization} header value, or null
   * @return the account id of the user it acts as, empty if it authenticates no one
   */
  public Optional<String> userOf(String authorization) {
    return authenticate(authorization).map(User::accountId);
  }

  /**
   * @param method the HTTP method
   * @param path the request path
   * @return the route pattern serving them in this flavour (for per-endpoint rate limits)
   */
  public Optional<String> endpointOf(String method, String path) {
    return router.pattern(method, path);
  }

  /** @return every route of this flavour as {@code METHOD /pattern}, in registration order */
  public List<String> routes() {
    return router.describe();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String method = request.getMethod();
    String path = request.getHttpURI().getDecodedPath();
    Reply reply;
    try {
      reply = dispatch(request, method, path);
    } catch (ApiError e) {
      reply = new Reply(e.status(), errorBody(e));
    } catch (RuntimeException e) {
      LOG.error("sandbox failure on {} {}", method, path, e);
      reply = new Reply(500, errorBody(ApiError.of(500, "Internal server error: " + e)));
    }
    synchronized (log) {
      Object delay = request.getAttribute(LoggedRequest.DELAY_ATTRIBUTE);
      log.add(new LoggedRequest(method, path, request.getHttpURI().getQuery(), reply.status(),
          delay instanceof java.time.Duration d ? d : java.time.Duration.ZERO));
    }
    LOG.debug("{} {} -> {}", method, path, reply.status());
    write(response, reply, callback);
    return true;
  }

  private Reply dispatch(Request request, String method, String path) {
    Optional<Router.Match> match = router.match(method, path);
    if (match.isEmpty()) {
      if (router.pathKnown(path)) {
        throw ApiError.of(405, "Method " + method + " is not allowed on " + path);
      }
      ObjectNode body = Json.object();
      body.put("message", "null for uri: " + base + path);
      body.put("status-code", 404);
      return new Reply(404, body);
    }
    Router.Match route = match.get();
    Optional<User> viewer = authenticate(request.getHeaders().get(HttpHeader.AUTHORIZATION));
    if (viewer.isEmpty() && route.access() == Router.Access.AUTHENTICATED) {
      throw ApiError.of(401, "You are not authenticated. Authentication required to perform this operation.");
    }
    Map<String, String> params = new LinkedHashMap<>(route.params());
    String version = params.remove("v");
    Call call = new Call(flavor, version, params, query(request), body(request, method), viewer.orElse(null),
        store.current(),
        base, limits);
    return route.endpoint().handle(call);
  }

  /** Any Basic or Bearer credentials are accepted; a known login acts as that user, else the integration user. */
  private Optional<User> authenticate(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String[] parts = header.trim().split("\\s+", 2);
    if (parts.length != 2 || parts[1].isBlank()) {
      return Optional.empty();
    }
    String login;
    if (parts[0].equalsIgnoreCase("Basic")) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(parts[1].trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      login = decoded.substring(0, colon);
    } else if (parts[0].equalsIgnoreCase("Bearer")) {
      login = parts[1].trim();
    } else {
      return Optional.empty();
    }
    SiteIndex site = store.current();
    Optional<User> known = site.userByLogin(login);
    return known.isPresent() ? known : site.user(site.site().integrationUserId());
  }

  private static Map<String, List<String>> query(Request request) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    for (Fields.Field field : fields) {
      query.put(field.getName(), List.copyOf(field.getValues()));
    }
    return query;
  }

  private static String body(Request request, String method) {
    if (method.equals("GET") || method.equals("DELETE")) {
      return null;
    }
    try {
      return Content.Source.asString(request, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ApiError.badRequest("Could not read the request body: " + e.getMessage());
    }
  }

  private static JsonNode errorBody(ApiError error) {
    ObjectNode body = Json.object();
    com.fasterxml.jackson.databind.node.ArrayNode messages = body.putArray("errorMessages");
    error.messages().forEach(messages::add);
    ObjectNode errors = body.putObject("errors");
    error.errors().forEach(errors::put);
    return body;
  }

  private static void write(Response response, Reply reply, Callback callback) {
    response.setStatus(reply.status());
    reply.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    if (reply.status() == 401) {
      response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"protected-area\"");
    }
    if (reply.body() == null) {
      response.write(true, BufferUtil.EMPTY_BUFFER, callback);
      return;
    }
    byte[] bytes;
    try {
      bytes = Json.MAPPER.writeValueAsBytes(reply.body());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write a JSON body", e);
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }
}
