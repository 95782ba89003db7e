package org.mutuality.sandbox;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.mutuality.sandbox.faults.FaultHandler;
import org.mutuality.sandbox.faults.Faults;
import org.mutuality.sandbox.http.SandboxHandler;
import org.mutuality.sandbox.limits.RateLimitHandler;
import org.mutuality.sandbox.limits.RateLimits;
import org.mutuality.sandbox.webhook.Webhook;
import org.mutuality.sandbox.webhook.Webhooks;
import org.mutuality.sandbox.write.SiteStore;
import org.mutuality.sandbox.write.WriteLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Jira-compatible HTTP server on loopback, for adapter tests, the demo and benchmarks.
 *
 * <pre>{@code
 * try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).start()) {
 *   URI base = jira.baseUri(); // http://127.0.0.1:<port>
 * }
 * }</pre>
 *
 * <p>Any Basic or Bearer credentials are accepted: a Basic login (e-mail, Data Center name or key, account id)
 * or a Bearer token equal to one of those acts as that user; anything else acts as the dataset's integration
 * user. Requests without credentials get 401, except {@code serverInfo}.
 *
 * <p>Writes (labels, comments, issue properties, new issues, links) change the served site and are visible to
 * later reads; each change is sent to the webhooks registered with {@link Builder#webhook}. Tests wait for
 * deliveries with {@code jira.webhooks().awaitIdle(Duration.ofSeconds(5))} and inject a 409 with
 * {@code jira.store().injectConflicts("COF-3", 1)}.
 */
public final class JiraSandbox implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JiraSandbox.class);

  private final Server server;
  private final SandboxHandler handler;
  private final URI baseUri;
  private final Flavor flavor;
  private final Dataset dataset;
  private final SiteStore store;
  private final Webhooks webhooks;

  private JiraSandbox(Server server, SandboxHandler handler, URI baseUri, Flavor flavor, Dataset dataset,
      SiteStore store, Webhooks webhooks) {
    this.server = server;
    this.handler = handler;
    this.baseUri = baseUri;
    this.flavor = flavor;
    this.dataset = dataset;
    this.store = store;
    this.webhooks = webhooks;
  }

  /** @return the served site as writes left it, and the switch for injected 409 conflicts */
  public SiteStore store() {
    return store;
  }

  /** @return the webhook sender: {@code awaitIdle} to wait for deliveries, {@code attempts} to inspect them */
  public Webhooks webhooks() {
    return webhooks;
  }

  /** @return a builder: Cloud flavour, the demo dataset, an ephemeral port, Jira's limits */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the base URI, {@code http://127.0.0.1:<port>}, with no trailing slash */
  public URI baseUri() {
    return baseUri;
  }

  /** @return the flavour served */
  public Flavor flavor() {
    return flavor;
  }

  /** @return the dataset served */
  public Dataset dataset() {
    return dataset;
  }

  /** @return the requests answered so far, oldest first */
  public List<LoggedRequest> requests() {
    return handler.requests();
  }

  /** Forgets the requests logged so far. */
  public void clearRequests() {
    handler.clearRequests();
  }

  /** @return the routes this flavour serves, as {@code METHOD /pattern} (e.g. {@code GET /rest/api/{v}/user}) */
  public List<String> routes() {
    return handler.routes();
  }

  /** Stops the server. */
  @Override
  public void close() {
    try {
      server.stop();
      webhooks.close();
      LOG.debug("Jira sandbox at {} stopped", baseUri);
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the Jira sandbox at " + baseUri, e);
    }
  }

  /** Configures and starts a sandbox. */
  public static final class Builder {
    private Flavor flavor = Flavor.CLOUD;
    private Dataset dataset;
    private int port;
    private Limits limits = Limits.jira();
    private final List<Webhook> webhooks = new ArrayList<>();
    private WriteLimits writeLimits = WriteLimits.jira();
    private Clock clock;
    private RateLimits rateLimits = RateLimits.none();
    private Faults faults = Faults.none();
    private String dcVersion = "10.3.6";
    private String dcDeploymentType = "DataCenter";

    private Builder() {
    }

    /**
     * @param flavor Cloud or Data Center
     * @return this builder
     */
    public Builder flavor(Flavor flavor) {
      this.flavor = Objects.requireNonNull(flavor, "flavor");
      return this;
    }

    /**
     * @param dataset the data to serve (default: {@link Dataset#demo()})
     * @return this builder
     */
    public Builder dataset(Dataset dataset) {
      this.dataset = Objects.requireNonNull(dataset, "dataset");
      return this;
    }

    /**
     * @param port the port on 127.0.0.1; 0 (the default) picks a free one
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The build a Data Center sandbox reports in {@code serverInfo} (ignored by Cloud, which reports
     * {@code 1001.0.0-SNAPSHOT} and {@code Cloud}). Default: {@code 10.3.6}, {@code DataCenter} (Jira 10 ships for
     * Data Center only); a 9.x site may be {@code Server}, e.g. {@code dcServerInfo("9.12.15", "Server")}.
     *
     * @param version a three-part version, e.g. {@code 9.12.15}
     * @param deploymentType {@code Server} or {@code DataCenter}
     * @return this builder
     * @throws IllegalArgumentException for another version form or deployment type
     */
    public Builder dcServerInfo(String version, String deploymentType) {
      if (version == null || !version.matches("\\d{1,3}\\.\\d{1,2}\\.\\d{1,4}")) {
        throw new IllegalArgumentException("the Data Center version must be like 10.3.6, got " + version);
      }
      if (!"Server".equals(deploymentType) && !"DataCenter".equals(deploymentType)) {
        throw new IllegalArgumentException("the deployment type must be Server or DataCenter, got "
            + deploymentType);
      }
      this.dcVersion = version;
      this.dcDeploymentType = deploymentType;
      return this;
    }

    /**
     * @param limits page caps and preview sizes (default: {@link Limits#jira()})
     * @return this builder
     */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Registers an admin webhook (several may be registered).
     *
     * @param url the receiver
     * @param secretOrNull the secret that signs deliveries ({@code X-Hub-Signature}), or {@code null}
     * @param events the events to send ({@link org.mutuality.sandbox.webhook.WebhookEvents})
     * @return this builder
     */
    public Builder webhook(URI url, String secretOrNull, Set<String> events) {
      webhooks.add(new Webhook(url, secretOrNull, events));
      return this;
    }

    /**
     * @param writeLimits the per-issue write limit, applied on Cloud (default: {@link WriteLimits#jira()})
     * @return this builder
     */
    public Builder writeLimits(WriteLimits writeLimits) {
      this.writeLimits = Objects.requireNonNull(writeLimits, "writeLimits");
      return this;
    }

    /**
     * @param rateLimits the rate limits, of this builder's flavour (default: {@link RateLimits#none()})
     * @return this builder
     */
    public Builder rateLimits(RateLimits rateLimits) {
      this.rateLimits = Objects.requireNonNull(rateLimits, "rateLimits");
      return this;
    }

    /**
     * @param faults the faults to inject: 503s, slow answers, dropped connections (default: {@link Faults#none()})
     * @return this builder
     */
    public Builder faults(Faults faults) {
      this.faults = Objects.requireNonNull(faults, "faults");
      return this;
    }

    /**
     * @param clock the clock writes are stamped with and the per-issue limit and {@link #rateLimits} read
     *     (default: one starting at the dataset's "now" and ticking in real time; rate limits then use the system
     *     clock); tests pass a {@link org.mutuality.sandbox.limits.ManualClock}
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Starts the server.
     *
     * @return the running sandbox
     * @throws IllegalStateException if the port cannot be bound
     * @throws IllegalArgumentException if the rate limits are the other flavour's
     */
    public JiraSandbox start() {
      rateLimits.requireFlavor(flavor);
      Dataset data = dataset != null ? dataset : Dataset.demo();
      QueuedThreadPool threads = new QueuedThreadPool(32, 4);
      threads.setName("jira-sandbox");
      Server server = new Server(threads);
      HttpConfiguration http = new HttpConfiguration();
      http.setSendServerVersion(false);
      http.setSendDateHeader(true);
      ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
      connector.setHost("127.0.0.1");
      connector.setPort(port);
      server.addConnector(connector);
      SiteStore store = new SiteStore(data.site(), clock != null ? clock : SiteStore.clockFrom(data.site()),
          flavor == Flavor.CLOUD ? writeLimits : WriteLimits.none());
      Webhooks hooks = new Webhooks(webhooks);
      SandboxHandler handler = new SandboxHandler(flavor, store, hooks, limits);
      handler.dcBuild(dcVersion, dcDeploymentType);
      RateLimitHandler limited = new RateLimitHandler(handler, flavor, rateLimits,
          clock != null ? clock : Clock.systemUTC(), handler::userOf, handler::endpointOf, handler::record);
      server.setHandler(new FaultHandler(limited, faults, handler::record));
      try {
        server.start();
      } catch (Exception e) {
        try {
          server.stop();
        } catch (Exception suppressed) {
          e.addSuppressed(suppressed);
        }
        hooks.close();
        throw new IllegalStateException("could not start the Jira sandbox on 127.0.0.1:" + port, e);
      }
      URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
      handler.baseUri(base.toString());
      LOG.info("Jira sandbox ({}) listening at {}", flavor, base);
      return new JiraSandbox(server, handler, base, flavor, data, store, hooks);
    }
  }
}
