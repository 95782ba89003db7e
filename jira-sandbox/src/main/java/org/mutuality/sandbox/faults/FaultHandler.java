package org.mutuality.sandbox.faults;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.mutuality.sandbox.LoggedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Injects {@link Faults} in front of the sandbox's handler: answers 503 (or another error status) itself, closes
 * the connection without a response, or holds the request for a while and then passes it on. Error statuses and
 * drops are logged through the given log (a drop with status {@link LoggedRequest#DROPPED}); a delayed request is
 * logged by the handler that answers it, with its delay, read from the request attribute
 * {@link LoggedRequest#DELAY_ATTRIBUTE}.
 */
public final class FaultHandler extends Handler.Wrapper {
  /** The 503 body: Jira's error-collection shape (Atlassian documents no body for it). */
  static final String UNAVAILABLE_BODY = "{\"errorMessages\":[\"Service Unavailable\"],\"errors\":{}}";
  private static final Logger LOG = LoggerFactory.getLogger(FaultHandler.class);

  private final List<Faults.Rule> rules;
  private final Consumer<LoggedRequest> log;
  private final int[] counts;
  private final Random random;

  /**
   * @param inner the handler requests go on to
   * @param faults the faults to inject
   * @param log where error statuses and drops are logged
   */
  public FaultHandler(Handler inner, Faults faults, Consumer<LoggedRequest> log) {
    super(inner);
    this.rules = Objects.requireNonNull(faults, "faults").rules();
    this.log = Objects.requireNonNull(log, "log");
    this.counts = new int[rules.size()];
    this.random = new Random(faults.seed());
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String method = request.getMethod();
    String path = request.getHttpURI().getDecodedPath();
    Fault fault = pick(method, path);
    if (fault == null) {
      return super.handle(request, response, callback);
    }
    LOG.debug("{} {} -> fault {}", method, path, fault);
    String query = request.getHttpURI().getQuery();
    if (fault instanceof Fault.LostAnswer) {
      log.accept(new LoggedRequest(method, path, query, LoggedRequest.DROPPED));
      Response discarding = new Response.Wrapper(request, response) {
        @Override
        public void write(boolean last, ByteBuffer content, Callback written) {
          written.succeeded();
        }
      };
      Callback closing = Callback.from(() -> {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new EofException("answer lost by an injected fault"));
      }, failure -> {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(failure);
      });
      if (!super.handle(request, discarding, closing)) {
        closing.succeeded();
      }
      return true;
    }
    if (!(fault instanceof Fault.Drop)) {
      // Read the request body first, as Jira does: a body left unread makes Jetty close the connection after
      // the answer, and a client that already reused it would see a failure the fault did not ask for.
      Content.Source.consumeAll(request);
    }
    if (fault instanceof Fault.Unavailable unavailable) {
      log.accept(new LoggedRequest(method, path, query, 503));
      response.setStatus(503);
      unavailable.retryAfterSeconds().ifPresent(s -> response.getHeaders().put(HttpHeader.RETRY_AFTER, s));
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
      response.write(true, ByteBuffer.wrap(UNAVAILABLE_BODY.getBytes(StandardCharsets.UTF_8)), callback);
      return true;
    }
    if (fault instanceof Fault.Status status) {
      log.accept(new LoggedRequest(method, path, query, status.status()));
      response.setStatus(status.status());
      if (status.status() == 401) {
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"protected-area\"");
      }
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
      response.write(true, ByteBuffer.wrap(errorBody(status.errorMessages()).getBytes(StandardCharsets.UTF_8)),
          callback);
      return true;
    }
    if (fault instanceof Fault.Drop) {
      log.accept(new LoggedRequest(method, path, query, LoggedRequest.DROPPED));
      request.getConnectionMetaData().getConnection().getEndPoint().close();
      callback.failed(new EofException("connection dropped by an injected fault"));
      return true;
    }
    Fault.Slow slow = (Fault.Slow) fault;
    request.setAttribute(LoggedRequest.DELAY_ATTRIBUTE, slow.delay());
    request.getComponents().getScheduler().schedule(
        () -> request.getComponents().getExecutor().execute(() -> later(request, response, callback)),
        slow.delay().toNanos(), TimeUnit.NANOSECONDS);
    return true;
  }

  /** @return Jira's error collection with these messages and no field errors */
  static String errorBody(List<String> messages) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode array = body.putArray("errorMessages");
    messages.forEach(array::add);
    body.putObject("errors");
    return body.toString();
  }

  private void later(Request request, Response response, Callback callback) {
    try {
      if (!super.handle(request, response, callback)) {
        Response.writeError(request, response, callback, 404);
      }
    } catch (Throwable t) {
      Response.writeError(request, response, callback, t);
    }
  }

  /** Counts the request in every rule it matches; the first rule that fires gives the fault. */
  private synchronized Fault pick(String method, String path) {
    Fault chosen = null;
    for (int i = 0; i < rules.size(); i++) {
      Faults.Rule rule = rules.get(i);
      if (!rule.matches(method, path)) {
        continue;
      }
      int ordinal = ++counts[i];
      boolean fires;
      if (rule.trigger() instanceof Faults.Nth nth) {
        fires = nth.ordinals().contains(ordinal);
      } else if (rule.trigger() instanceof Faults.Rate rate) {
        fires = random.nextDouble() < rate.probability();
      } else {
        fires = true;
      }
      if (fires && chosen == null) {
        chosen = rule.fault();
      }
    }
    return chosen;
  }
}
