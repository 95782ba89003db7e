package org.mutuality.jira.http;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * The transport on the JDK {@link HttpClient}. It signs every request with the {@link Credentials}, asks for
 * JSON, and applies the connect and request timeouts.
 *
 * <p>It uses the JDK's standard settings, given as system properties ({@code java -D…}, or
 * {@code JAVA_TOOL_OPTIONS}): proxies through the default {@link ProxySelector} ({@code https.proxyHost},
 * {@code https.proxyPort}, {@code http.proxyHost}, {@code http.proxyPort}, {@code http.nonProxyHosts}), and trust
 * through the default SSL context ({@code javax.net.ssl.trustStore}, {@code javax.net.ssl.trustStorePassword},
 * {@code javax.net.ssl.trustStoreType}). Redirects are not followed (a redirect would resend the credentials
 * elsewhere; it surfaces as a {@link JiraException} naming the status).
 *
 * <p>Note: the JDK client silently resends a GET once when the connection drops before any response.
 */
public final class JdkTransport implements JiraTransport {
  /** The default connect timeout. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** The default timeout of one request, from sending to the end of the body. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient client;
  private final Credentials credentials;
  private final Duration requestTimeout;

  /**
   * @param credentials how to sign in, or {@code null} for anonymous requests
   * @param connectTimeout how long to wait for a connection
   * @param requestTimeout how long to wait for a whole answer
   */
  public JdkTransport(Credentials credentials, Duration connectTimeout, Duration requestTimeout) {
    this.credentials = credentials;
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    this.client = HttpClient.newBuilder()
        .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
        .proxy(ProxySelector.getDefault())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Override
  public JiraResponse send(JiraRequest request) throws IOException, InterruptedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
        .timeout(requestTimeout)
        .header("Accept", "application/json")
        .header("User-Agent", "mutuality");
    if (credentials != null) {
      builder.header("Authorization", credentials.authorization());
    }
    if (request.body() == null) {
      builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      builder.header("Content-Type", "application/json")
          .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    }
    HttpResponse<String> response = client.send(builder.build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new JiraResponse(response.statusCode(), response.headers().map(), response.body());
  }

  @Override
  public String toString() {
    return "JdkTransport[" + credentials + ", request timeout " + requestTimeout + "]";
  }
}
