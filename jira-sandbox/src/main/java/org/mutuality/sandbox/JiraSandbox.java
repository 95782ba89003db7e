package org.mutuality.sandbox;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.mutuality.sandbox.http.SandboxHandler;
import org.mutuality.sandbox.site.SiteIndex;
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
 */
public final class JiraSandbox implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JiraSandbox.class);

  private final Server server;
  private final SandboxHandler handler;
  private final URI baseUri;
  private final Flavor flavor;
  private final Dataset dataset;

  private JiraSandbox(Server server, SandboxHandler handler, URI baseUri, Flavor flavor, Dataset dataset) {
    this.server = server;
    this.handler = handler;
    this.baseUri = baseUri;
    this.flavor = flavor;
    this.dataset = dataset;
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

  /** Stops the server. */
  @Override
  public void close() {
    try {
      server.stop();
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
     * @param limits page caps and preview sizes (default: {@link Limits#jira()})
     * @return this builder
     */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Starts the server.
     *
     * @return the running sandbox
     * @throws IllegalStateException if the port cannot be bound
     */
    public JiraSandbox start() {
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
      SandboxHandler handler = new SandboxHandler(flavor, new SiteIndex(data.site()), limits);
      server.setHandler(handler);
      try {
        server.start();
      } catch (Exception e) {
        try {
          server.stop();
        } catch (Exception suppressed) {
          e.addSuppressed(suppressed);
        }
        throw new IllegalStateException("could not start the Jira sandbox on 127.0.0.1:" + port, e);
      }
      URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
      handler.baseUri(base.toString());
      LOG.info("Jira sandbox ({}) listening at {}", flavor, base);
      return new JiraSandbox(server, handler, base, flavor, data);
    }
  }
}
