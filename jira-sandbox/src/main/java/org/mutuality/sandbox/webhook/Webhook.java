package org.mutuality.sandbox.webhook;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * An admin webhook registered in the sandbox's configuration: where to POST which events, and the secret that
 * signs them ({@code X-Hub-Signature: sha256=<hex HMAC-SHA256 of the raw body>}, {@code jira-api/NOTES.md} §4.3).
 *
 * @param url the receiver
 * @param secret the signing secret, or {@code null} for unsigned deliveries; never logged
 * @param events the event names to send ({@link WebhookEvents}), at least one
 */
public record Webhook(URI url, String secret, Set<String> events) {

  /** Checks and copies. */
  public Webhook {
    Objects.requireNonNull(url, "url");
    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
      throw new IllegalArgumentException("a webhook URL must be http or https: " + url);
    }
    events = Set.copyOf(events);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a webhook needs at least one event");
    }
    for (String event : events) {
      if (!WebhookEvents.ALL.contains(event)) {
        throw new IllegalArgumentException("unknown webhook event '" + event + "'; known: "
            + new java.util.TreeSet<>(WebhookEvents.ALL));
      }
    }
    if (secret != null && secret.isEmpty()) {
      secret = null;
    }
  }

  /** @return the URL and events, never the secret */
  @Override
  public String toString() {
    return "Webhook[url=" + url + ", signed=" + (secret != null) + ", events=" + events + "]";
  }
}
