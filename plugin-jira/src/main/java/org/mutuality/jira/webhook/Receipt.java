package org.mutuality.jira.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@link WebhookReceiver#receive} made of one delivery: what to answer Jira and what to do.
 *
 * @param outcome what happened to it
 * @param status the HTTP status to answer ({@link Outcome#status()})
 * @param reason one line for the log; never the body, never the secret
 * @param delivery the {@code X-Atlassian-Webhook-Identifier}, or {@code null} when missing or not read
 * @param event {@code webhookEvent}, or {@code null} when not read
 * @param issueKey the issue's key, or {@code null} (a link or worklog event names issues by id only)
 * @param projectKey the issue's project ({@code issue.fields.project.key}, else the key's prefix), or {@code null}
 * @param issueIds the ids of the issues the event names (the issue's; a worklog's {@code issueId}; a link's two
 *     ends), in that order, without repeats; Jira's issue endpoints take an id where they take a key
 * @param deleted whether the issue was deleted ({@code jira:issue_deleted}): remove it rather than re-evaluate it
 * @param timestamp the payload's {@code timestamp}, or {@code null}
 * @param commentChange for a comment event, the key it shares with its twin ({@code created|updated|deleted}, the
 *     comment's id and its {@code updated}), else {@code null}
 */
public record Receipt(Outcome outcome, int status, String reason, String delivery, String event, String issueKey,
    String projectKey, List<String> issueIds, boolean deleted, Instant timestamp, String commentChange) {

  /** What the receiver made of a delivery, in the order it checks. */
  public enum Outcome {
    /** The body exceeds the size limit: 413, not read further. */
    TOO_LARGE(413),
    /** A secret is configured and the signature is missing or wrong: 401, nothing read or remembered. */
    BAD_SIGNATURE(401),
    /** Not JSON, not a webhook payload, or an unusable delivery identifier: 400. */
    MALFORMED(400),
    /** A delivery already received (a retry): 200, nothing to do. */
    DUPLICATE(200),
    /** A well-formed event Mutuality does not act on: 200. */
    UNHANDLED(200),
    /** The echo of Mutuality's own write-back: 200, nothing to do. */
    OWN(200),
    /** The second of a comment's two events: 200, the first one already asked for the re-evaluation. */
    COLLAPSED(200),
    /** To act on: 202; re-evaluate the issue, or remove it when {@link Receipt#deleted()}. */
    ACCEPTED(202);

    private final int status;

    Outcome(int status) {
      this.status = status;
    }

    /** @return the HTTP status to answer */
    public int status() {
      return status;
    }
  }

  /** Checks and copies. */
  public Receipt {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    issueIds = issueIds == null ? List.of() : List.copyOf(issueIds);
  }

  /** A receipt for a delivery that was not read as an event (too large, unsigned, malformed). */
  static Receipt rejected(Outcome outcome, String reason, String delivery) {
    return new Receipt(outcome, outcome.status(), reason, delivery, null, null, null, List.of(), false, null, null);
  }

  /** @return whether the caller has something to do: queue a re-evaluation or a removal */
  public boolean accepted() {
    return outcome == Outcome.ACCEPTED;
  }
}
