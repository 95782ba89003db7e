package org.mutuality.sandbox.webhook;

import java.net.URI;

/**
 * One POST of a webhook delivery, for tests and diagnostics.
 *
 * @param identifier the delivery's {@code X-Atlassian-Webhook-Identifier} (the same on every retry)
 * @param event the event name
 * @param url where it was sent
 * @param retry 0 for the first attempt, else the {@code X-Atlassian-Webhook-Retry} value
 * @param status the receiver's status, or 0 when the connection failed
 * @param error why the connection failed, or {@code null}
 */
public record DeliveryAttempt(String identifier, String event, URI url, int retry, int status, String error) {

  /** @return whether the receiver accepted it (2xx) */
  public boolean delivered() {
    return status >= 200 && status < 300;
  }
}
