package org.mutuality.cli.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.mutuality.jira.webhook.Receipt;
import org.mutuality.jira.webhook.WebhookReceiver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of {@code mutuality serve}: {@code POST <webhook path>} hands the raw body to the
 * {@link WebhookReceiver} and queues what it accepts; {@code GET /health} says whether a live session serves the
 * partnership (200) or not yet (503), as JSON; {@code GET /metrics} gives the {@link Metrics} in Prometheus' text
 * format. Anything else is 404, another method 405. A rejected delivery (4xx) is logged with its reason, never its
 * body; no request can crash the service (an unexpected error is a 500, logged).
 */
final class ServeHandler extends Handler.Abstract {
  private static final Logger LOG = LoggerFactory.getLogger(ServeHandler.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String webhookPath;
  private final WebhookReceiver receiver;
  private final LivePartnership partnership;
  private final Metrics metrics;

  ServeHandler(String webhookPath, WebhookReceiver receiver, LivePartnership partnership, Metrics metrics) {
    this.webhookPath = webhookPath;
    this.receiver = receiver;
    this.partnership = partnership;
    this.metrics = metrics;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    try {
      if (path.equals(webhookPath)) {
        if (!"POST".equals(method)) {
          return notAllowed(response, callback, "POST");
        }
        webhook(request, response, callback);
      } else if (path.equals("/health")) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
          return notAllowed(response, callback, "GET, HEAD");
        }
        health(response, callback);
      } else if (path.equals("/metrics")) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
          return notAllowed(response, callback, "GET, HEAD");
        }
        write(response, callback, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.text());
      } else {
        write(response, callback, 404, "text/plain; charset=utf-8", "not found: " + path + "\n");
      }
    } catch (IOException e) {
      LOG.warn("{} {}: the body could not be read: {}", method, path, e.toString());
      write(response, callback, 400, "text/plain; charset=utf-8", "the body could not be read\n");
    } catch (RuntimeException e) {
      LOG.error("{} {} failed", method, path, e);
      write(response, callback, 500, "text/plain; charset=utf-8", "internal error\n");
    }
    return true;
  }

  private void webhook(Request request, Response response, Callback callback) throws IOException {
    Receipt receipt;
    long announced = request.getLength();
    if (receiver.exceedsLimit(announced)) {
      receipt = receiver.tooLarge(announced);
    } else {
      byte[] body;
      try (InputStream in = Content.Source.asInputStream(request)) {
        body = in.readNBytes(receiver.maxBodyBytes() + 1);
      }
      receipt = receiver.exceedsLimit(body.length) ? receiver.tooLarge(body.length)
          : receiver.receive(name -> request.getHeaders().get(name), body);
    }
    int status = receipt.status();
    Receipt.Outcome counted = receipt.outcome();
    String said = receipt.reason();
    if (receipt.accepted()) {
      if (!partnership.covers(receipt)) {
        counted = Receipt.Outcome.UNHANDLED;
        status = 200;
        said = "project " + receipt.projectKey() + " is not in the partnership's scope";
      } else if (!partnership.submit(receipt)) {
        receiver.forget(receipt);
        metrics.overflow();
        status = 503;
        said = "the queue is full; Jira retries the delivery";
        LOG.warn("webhook delivery {} answered 503: {}", receipt.delivery(), said);
      }
    }
    metrics.delivery(counted);
    if (status >= 400 && status < 500) {
      LOG.warn("webhook delivery {} from {} refused with {}: {}", receipt.delivery(),
          Request.getRemoteAddr(request), status, said);
    } else {
      LOG.debug("webhook delivery {} ({} {}): {} {}", receipt.delivery(), receipt.event(), receipt.issueKey(),
          counted, said);
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.put("outcome", counted.name().toLowerCase(java.util.Locale.ROOT));
    answer.put("reason", said);
    write(response, callback, status, "application/json", answer.toString());
  }

  private void health(Response response, Callback callback) {
    LivePartnership.Health health = partnership.health();
    ObjectNode body = JSON.createObjectNode();
    body.put("status", health.state());
    body.put("workItems", health.workItems());
    body.put("queued", health.queued());
    body.put("lastReconcile", health.lastReconcile() == null ? null : health.lastReconcile().toString());
    body.put("problem", health.problem());
    write(response, callback, health.up() ? 200 : 503, "application/json", body.toString());
  }

  private static boolean notAllowed(Response response, Callback callback, String allow) {
    response.getHeaders().put(HttpHeader.ALLOW, allow);
    write(response, callback, 405, "text/plain; charset=utf-8", "method not allowed; use " + allow + "\n");
    return true;
  }

  private static void write(Response response, Callback callback, int status, String type, String body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }
}
