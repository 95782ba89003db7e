package org.mutuality.cli.serve;

import java.net.URI;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.mutuality.jira.webhook.WebhookReceiver;
import org.mutuality.jira.writeback.Marks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code mutuality serve} put together: a Jetty server on one address, the webhook receiver, and the live
 * partnership its deliveries feed. Start it with {@link #start}; {@link #close} stops taking requests, then lets the
 * worker finish the evaluation under way.
 */
public final class ServeServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ServeServer.class);

  /**
   * Where and how it listens.
   *
   * @param host the address to bind ({@code 127.0.0.1} behind a reverse proxy on the same machine)
   * @param port the port; 0 picks a free one
   * @param webhookPath the path Jira posts to, e.g. {@code /webhook}
   * @param secret the webhook secret, or {@code null} to accept unsigned deliveries
   * @param maxBodyBytes the largest body accepted
   * @param labelPrefix the write-back's label prefix (the receiver tells Mutuality's own label changes by it)
   */
  public record Listen(String host, int port, String webhookPath, byte[] secret, int maxBodyBytes,
      String labelPrefix) {
    public Listen {
      Objects.requireNonNull(host, "host");
      if (webhookPath == null || !webhookPath.startsWith("/") || webhookPath.equals("/health")
          || webhookPath.equals("/metrics")) {
        throw new IllegalArgumentException("the webhook path must start with / and be neither /health nor /metrics, "
            + "got " + webhookPath);
      }
    }

    @Override
    public String toString() {
      return "Listen[" + host + ":" + port + webhookPath + (secret == null ? ", unsigned" : ", signed") + "]";
    }
  }

  private final Server server;
  private final ServerConnector connector;
  private final LivePartnership partnership;
  private final Metrics metrics;
  private final WebhookReceiver receiver;

  private ServeServer(Server server, ServerConnector connector, LivePartnership partnership, Metrics metrics,
      WebhookReceiver receiver) {
    this.server = server;
    this.connector = connector;
    this.partnership = partnership;
    this.metrics = metrics;
    this.receiver = receiver;
  }

  /**
   * Starts the worker (which reads the partnership) and the HTTP server.
   *
   * @throws IllegalStateException when the address cannot be bound
   */
  public static ServeServer start(Listen listen, LivePartnership.Loader loader, LivePartnership.Connector connector,
      LivePartnership.Options options) {
    Metrics metrics = new Metrics();
    Marks marks = new Marks(new org.mutuality.config.WriteBackSettings(listen.labelPrefix(), false, "Task"));
    WebhookReceiver.Builder builder = WebhookReceiver.builder(marks::isOwnLabel).maxBodyBytes(listen.maxBodyBytes());
    if (listen.secret() != null) {
      builder.secret(listen.secret());
    }
    WebhookReceiver receiver = builder.build();
    LivePartnership partnership = new LivePartnership(loader, connector, options, metrics, receiver::ownAccount);

    QueuedThreadPool threads = new QueuedThreadPool(16, 2);
    threads.setName("mutuality-serve");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector serverConnector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    serverConnector.setHost(listen.host());
    serverConnector.setPort(listen.port());
    server.addConnector(serverConnector);
    server.setHandler(new ServeHandler(listen.webhookPath(), receiver, partnership, metrics));
    server.setStopTimeout(5_000);
    try {
      server.start();
    } catch (Exception e) {
      partnership.close();
      try {
        server.stop();
      } catch (Exception suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new IllegalStateException("cannot listen on " + listen.host() + ":" + listen.port() + ": "
          + e.getMessage(), e);
    }
    partnership.start();
    LOG.info("listening on {}:{} (webhooks at {}, {})", listen.host(), serverConnector.getLocalPort(),
        listen.webhookPath(), listen.secret() == null ? "unsigned deliveries accepted" : "signature required");
    return new ServeServer(server, serverConnector, partnership, metrics, receiver);
  }

  /** The base address it listens on, e.g. {@code http://127.0.0.1:8080}. */
  public URI uri() {
    String host = connector.getHost();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + connector.getLocalPort());
  }

  /** The live partnership it feeds. */
  public LivePartnership partnership() {
    return partnership;
  }

  /** What it counted. */
  public Metrics metrics() {
    return metrics;
  }

  /** The webhook receiver. */
  public WebhookReceiver receiver() {
    return receiver;
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("stopping the HTTP server: {}", e.getMessage());
    }
    partnership.close();
  }
}
