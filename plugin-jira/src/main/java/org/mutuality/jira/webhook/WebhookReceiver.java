package org.mutuality.jira.webhook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.mutuality.jira.api.UserJson;
import org.mutuality.jira.decode.DecodeException;
import org.mutuality.jira.mapping.People;
import org.mutuality.jira.webhook.Receipt.Outcome;
import org.mutuality.jira.writeback.Marks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Jira webhook deliveries, independent of any HTTP server: the server hands over the headers and the raw
 * body and answers the {@link Receipt#status()} it gets back; on {@link Outcome#ACCEPTED} it queues a re-evaluation
 * of the issue (or its removal). Checks, in this order:
 *
 * <ol>
 *   <li>{@link Outcome#TOO_LARGE}: the body exceeds the limit (a server stops reading at the limit plus one byte
 *       and answers {@link #tooLarge(long)});
 *   <li>{@link Outcome#BAD_SIGNATURE}: a secret is configured and {@code X-Hub-Signature} is missing or wrong,
 *       checked on the raw bytes before anything is parsed; such a delivery is not remembered;
 *   <li>{@link Outcome#MALFORMED}: the identifier header is not a printable token, the body is not JSON (the reason
 *       names line and column) or not a webhook payload (the reason names the JSON path);
 *   <li>{@link Outcome#DUPLICATE}: the delivery identifier was received before (only well-formed, authentic
 *       deliveries are remembered, see {@link RecentDeliveries});
 *   <li>{@link Outcome#UNHANDLED}: an event Mutuality does not act on, or one that names no issue. Acted on: issue
 *       and comment events ({@link WebhookEvent#HANDLED}), and {@code worklog_*} and {@code issuelink_*}, which
 *       change facts the rules read (worklogs, dependencies) and name their issues by id only
 *       ({@link Receipt#issueIds()});
 *   <li>{@link Outcome#OWN}: the echo of Mutuality's own write-back: made by the integration account
 *       ({@link #ownAccount(String)}) and touching only Mutuality's marks: a comment event whose comment carries the
 *       marker, or a {@code jira:issue_updated} whose changelog items all add or remove own labels only. Anything
 *       else that account does is evaluated: a person may be using it. (Issue property events are
 *       {@link Outcome#UNHANDLED} before this check.);
 *   <li>{@link Outcome#COLLAPSED}: the second of a comment's two events, {@code comment_created} and
 *       {@code jira:issue_updated} with {@code issue_commented} for the same comment (likewise
 *       {@code comment_updated}/{@code issue_comment_edited} for the same edit, {@code comment_deleted}/
 *       {@code issue_comment_deleted}), in either order;
 *   <li>{@link Outcome#ACCEPTED} otherwise.
 * </ol>
 *
 * <p>Nothing here throws on any input: an unexpected exception becomes {@link Outcome#MALFORMED}, logged at WARN.
 * Reasons are one line and never carry the body or the secret. Thread-safe.
 */
public final class WebhookReceiver {
  /** The body size limit by default: 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
  /** The header holding the delivery's identifier, the same on every retry. */
  public static final String IDENTIFIER_HEADER = "X-Atlassian-Webhook-Identifier";

  private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);
  private static final String ISSUE_UPDATED = "jira:issue_updated";
  private static final String ISSUE_DELETED = "jira:issue_deleted";
  private static final Set<String> BY_ID = Set.of("worklog_created", "worklog_updated", "worklog_deleted",
      "issuelink_created", "issuelink_deleted");
  private static final int MAX_IDENTIFIER_LENGTH = 200;
  private static final int MAX_SHOWN = 100;

  private final WebhookSignature signature;
  private final int maxBodyBytes;
  private final Predicate<String> ownLabel;
  private final RecentDeliveries deliveries;
  private final RecentDeliveries comments;
  private final ObjectMapper mapper = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true)
      .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
  private volatile String ownAccount;

  private WebhookReceiver(Builder b) {
    this.signature = b.secret == null ? null : new WebhookSignature(b.secret);
    this.maxBodyBytes = b.maxBodyBytes;
    this.ownLabel = b.ownLabel;
    this.deliveries = new RecentDeliveries(b.window, b.capacity, b.clock);
    this.comments = new RecentDeliveries(b.window, b.capacity, b.clock);
    this.ownAccount = b.ownAccount;
  }

  /**
   * Starts a receiver.
   *
   * @param ownLabel which labels are Mutuality's, e.g. {@code marks::isOwnLabel} of {@link Marks}
   */
  public static Builder builder(Predicate<String> ownLabel) {
    return new Builder(ownLabel);
  }

  /** How a receiver is set up; every setting but the own-label test has a default. */
  public static final class Builder {
    private final Predicate<String> ownLabel;
    private byte[] secret;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private String ownAccount;
    private Duration window = RecentDeliveries.DEFAULT_WINDOW;
    private int capacity = RecentDeliveries.DEFAULT_CAPACITY;
    private Clock clock = Clock.systemUTC();

    private Builder(Predicate<String> ownLabel) {
      this.ownLabel = Objects.requireNonNull(ownLabel, "ownLabel");
    }

    /**
     * @param secret the webhook's secret (its UTF-8 bytes), copied; {@code null} accepts unsigned deliveries
     * @throws IllegalArgumentException when empty
     */
    public Builder secret(byte[] secret) {
      if (secret != null && secret.length == 0) {
        throw new IllegalArgumentException("a webhook secret must not be empty; leave it out for unsigned deliveries");
      }
      this.secret = secret == null ? null : secret.clone();
      return this;
    }

    /** @param bytes the largest body accepted, positive (default 1 MiB) */
    public Builder maxBodyBytes(int bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("the body limit must be positive: " + bytes);
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /** @param personId the integration account's person id, if already known (see {@link #ownAccount(String)}) */
    public Builder ownAccount(String personId) {
      this.ownAccount = personId;
      return this;
    }

    /** @param window how long delivery ids and comment events are remembered (default one hour) */
    public Builder window(Duration window) {
      this.window = Objects.requireNonNull(window, "window");
      return this;
    }

    /** @param capacity how many delivery ids, and how many comment events, are remembered at most */
    public Builder capacity(int capacity) {
      this.capacity = capacity;
      return this;
    }

    /** @param clock the clock the window is measured on (tests) */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** @return the receiver */
    public WebhookReceiver build() {
      return new WebhookReceiver(this);
    }
  }

  /**
   * Sets the integration account, once the first read of the site tells it.
   *
   * @param personId its person id as {@link People} gives it (Cloud {@code accountId}, Data Center {@code key}),
   *     or {@code null}: then no event counts as Mutuality's own
   */
  public void ownAccount(String personId) {
    this.ownAccount = personId;
  }

  /** @return the integration account's person id, or {@code null} when not known yet */
  public String ownAccount() {
    return ownAccount;
  }

  /** @return whether a secret is checked */
  public boolean signed() {
    return signature != null;
  }

  /** @return the largest body accepted, in bytes */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * Whether a body of this length is refused: for a {@code Content-Length} before reading, or for the bytes read so
   * far when a server stops reading at {@link #maxBodyBytes()} plus one.
   */
  public boolean exceedsLimit(long length) {
    return length > maxBodyBytes;
  }

  /**
   * The receipt of a body refused for its size, for a server that stopped reading.
   *
   * @param seen the length announced or read so far, more than the limit
   */
  public Receipt tooLarge(long seen) {
    return Receipt.rejected(Outcome.TOO_LARGE, "body of more than " + maxBodyBytes + " bytes (" + seen
        + " announced or read)", null);
  }

  /**
   * Forgets an accepted delivery, for a server that could not act on it and answers a status Jira retries (e.g. 503
   * when its queue is full): the retry is then accepted again rather than dropped as a duplicate, and the twin of a
   * comment event is no longer collapsed into it. Receipts of other outcomes are left as they are.
   *
   * @param receipt what {@link #receive} gave for the delivery
   */
  public void forget(Receipt receipt) {
    if (receipt == null || receipt.outcome() != Outcome.ACCEPTED) {
      return;
    }
    if (receipt.delivery() != null) {
      deliveries.forget(receipt.delivery());
    }
    if (receipt.commentChange() != null) {
      comments.forget(receipt.commentChange());
    }
  }

  /**
   * Receives one delivery.
   *
   * @param header a case-insensitive header lookup, giving {@code null} for a missing header
   * @param body the raw body as received ({@code null} reads as empty)
   * @return what to answer and what to do; never {@code null}, never thrown
   */
  public Receipt receive(Function<String, String> header, byte[] body) {
    Receipt receipt;
    try {
      receipt = check(header, body == null ? new byte[0] : body);
    } catch (RuntimeException e) {
      StackTraceElement[] at = e.getStackTrace();
      LOG.warn("webhook delivery not read: unexpected {} at {}", e.getClass().getName(),
          at.length == 0 ? "?" : at[0]);
      LOG.debug("webhook delivery not read", e);
      receipt = Receipt.rejected(Outcome.MALFORMED, "unexpected " + e.getClass().getSimpleName()
          + " while reading the payload", null);
    }
    LOG.debug("webhook {} {}: {}", receipt.outcome(), receipt.delivery(), receipt.reason());
    return receipt;
  }

  private Receipt check(Function<String, String> header, byte[] body) {
    if (exceedsLimit(body.length)) {
      return Receipt.rejected(Outcome.TOO_LARGE, "body of " + body.length + " bytes exceeds the limit of "
          + maxBodyBytes, null);
    }
    String delivery = blankToNull(header.apply(IDENTIFIER_HEADER));
    if (signature != null) {
      String signed = header.apply(WebhookSignature.HEADER);
      if (!signature.verify(signed, body)) {
        return Receipt.rejected(Outcome.BAD_SIGNATURE, signed == null ? "no " + WebhookSignature.HEADER + " header"
            : WebhookSignature.HEADER + " does not match the body", shown(delivery));
      }
    }
    if (delivery != null && !token(delivery)) {
      return Receipt.rejected(Outcome.MALFORMED, IDENTIFIER_HEADER + " is not a token of at most "
          + MAX_IDENTIFIER_LENGTH + " printable characters", null);
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (StreamConstraintsException e) {
      return Receipt.rejected(Outcome.MALFORMED, "JSON beyond the parser's limits (nesting depth, number or string "
          + "length)", delivery);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      return Receipt.rejected(Outcome.MALFORMED, "not JSON" + (at == null ? "" : " at line " + at.getLineNr()
          + ", column " + at.getColumnNr()), delivery);
    } catch (IOException e) {
      return Receipt.rejected(Outcome.MALFORMED, "not readable JSON (" + e.getClass().getSimpleName() + ")",
          delivery);
    }
    if (tree == null || tree.isMissingNode()) {
      return Receipt.rejected(Outcome.MALFORMED, "empty body", delivery);
    }
    WebhookEvent event;
    try {
      event = WebhookEvent.parse(tree, mapper, new People());
    } catch (DecodeException e) {
      return Receipt.rejected(Outcome.MALFORMED, shown(e.getMessage()), delivery);
    } catch (IllegalArgumentException e) {
      if (!(e.getCause() instanceof JsonMappingException mapping)) {
        throw e;
      }
      return Receipt.rejected(Outcome.MALFORMED, path(tree, mapping) + ": a value of the wrong JSON type",
          delivery);
    }
    return classify(tree, event, delivery);
  }

  private Receipt classify(JsonNode tree, WebhookEvent event, String delivery) {
    String name = event.event();
    String issueKey = event.issueKey();
    List<String> issueIds = issueIds(tree, event);
    String twin = commentChange(tree, event);
    Found found = new Found(delivery, name, issueKey, projectKey(tree, issueKey), issueIds,
        ISSUE_DELETED.equals(name), event, twin);
    String what = (name == null ? "issue payload" : shown(name))
        + (issueKey != null ? " on " + shown(issueKey) : issueIds.isEmpty() ? "" : " on issue ids " + shown(
            String.join(",", issueIds)));

    if (delivery != null && !deliveries.remember(delivery)) {
      return found.receipt(Outcome.DUPLICATE, "delivery " + delivery + " already received: " + what);
    }
    boolean handled = event.handled() || name != null && BY_ID.contains(name);
    if (!handled) {
      return found.receipt(Outcome.UNHANDLED, what + " is not acted on");
    }
    if (issueKey == null && issueIds.isEmpty()) {
      return found.receipt(Outcome.UNHANDLED, what + " names no issue");
    }
    String account = ownAccount;
    if (account != null && account.equals(actor(tree, event)) && onlyOurMarks(tree, event)) {
      return found.receipt(Outcome.OWN, what + ": Mutuality's own write");
    }
    if (twin != null && !comments.remember(twin)) {
      return found.receipt(Outcome.COLLAPSED, what + ": twin of a comment event already accepted");
    }
    return found.receipt(Outcome.ACCEPTED, what);
  }

  /** What was read of an event, waiting for its outcome. */
  private record Found(String delivery, String event, String issueKey, String projectKey, List<String> issueIds,
      boolean deleted, WebhookEvent parsed, String commentChange) {
    Receipt receipt(Outcome outcome, String reason) {
      return new Receipt(outcome, outcome.status(), reason, delivery, event, issueKey, projectKey, issueIds,
          deleted, parsed.timestamp(), commentChange);
    }
  }

  /** Who made the change: the payload's {@code user}, else (comment events carry none) the comment's last author. */
  private String actor(JsonNode tree, WebhookEvent event) {
    if (event.userId() != null) {
      return event.userId();
    }
    JsonNode comment = tree.path("comment");
    JsonNode author = comment.path("updateAuthor").isObject() ? comment.get("updateAuthor") : comment.get("author");
    return author == null || !author.isObject() ? null : People.idOf(mapper.convertValue(author, UserJson.class));
  }

  /** Whether the event touched only Mutuality's marks: a marked comment, or own labels added or removed. */
  private boolean onlyOurMarks(JsonNode tree, WebhookEvent event) {
    if (commentAction(event) != null) {
      return event.comment() != null && Marks.isMarked(event.comment().body());
    }
    if (!ISSUE_UPDATED.equals(event.event())) {
      return false;
    }
    JsonNode items = tree.path("changelog").path("items");
    if (!items.isArray() || items.isEmpty()) {
      return false;
    }
    for (JsonNode item : items) {
      if (!ownLabelChange(item)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a changelog item is a {@code labels} change adding or removing only own labels. */
  private boolean ownLabelChange(JsonNode item) {
    boolean labels = "labels".equals(item.path("fieldId").asText(null))
        || "labels".equalsIgnoreCase(item.path("field").asText(""));
    if (!labels) {
      return false;
    }
    Set<String> before = words(item.path("fromString").asText(""));
    Set<String> after = words(item.path("toString").asText(""));
    Set<String> changed = new LinkedHashSet<>(before);
    changed.addAll(after);
    Set<String> kept = new LinkedHashSet<>(before);
    kept.retainAll(after);
    changed.removeAll(kept);
    return !changed.isEmpty() && changed.stream().allMatch(ownLabel);
  }

  private static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).forEach(out::add);
    return out;
  }

  /**
   * The action of a comment event, the same for both twins: {@code created}, {@code updated} or {@code deleted};
   * {@code null} for other events.
   */
  private static String commentAction(WebhookEvent event) {
    String name = event.event();
    if (name == null) {
      return null;
    }
    if (ISSUE_UPDATED.equals(name)) {
      String type = event.issueEventType();
      if (type == null) {
        return null;
      }
      return switch (type) {
        case "issue_commented" -> "created";
        case "issue_comment_edited" -> "updated";
        case "issue_comment_deleted" -> "deleted";
        default -> null;
      };
    }
    return switch (name) {
      case "comment_created" -> "created";
      case "comment_updated" -> "updated";
      case "comment_deleted" -> "deleted";
      default -> null;
    };
  }

  /**
   * The key both events of one comment change share: the action, the comment's id and, so that two edits of one
   * comment stay two, its {@code updated}; {@code null} for other events or without a comment.
   */
  private static String commentChange(JsonNode tree, WebhookEvent event) {
    String action = commentAction(event);
    if (action == null || event.comment() == null) {
      return null;
    }
    return action + " " + event.comment().id() + " " + tree.path("comment").path("updated").asText("");
  }

  /** The issue's id, a worklog's {@code issueId}, a link's two ends; in that order, without repeats. */
  private static List<String> issueIds(JsonNode tree, WebhookEvent event) {
    Set<String> ids = new LinkedHashSet<>();
    if (event.issueId() != null) {
      ids.add(event.issueId());
    }
    addId(ids, tree.path("worklog").path("issueId"));
    addId(ids, tree.path("issueLink").path("sourceIssueId"));
    addId(ids, tree.path("issueLink").path("destinationIssueId"));
    return List.copyOf(ids);
  }

  private static void addId(Set<String> ids, JsonNode node) {
    if ((node.isTextual() || node.isIntegralNumber()) && !node.asText().isBlank()) {
      ids.add(node.asText());
    }
  }

  /** {@code issue.fields.project.key}, else the issue key's prefix. */
  private static String projectKey(JsonNode tree, String issueKey) {
    JsonNode key = tree.path("issue").path("fields").path("project").path("key");
    if (key.isTextual() && !key.asText().isBlank()) {
      return key.asText();
    }
    int dash = issueKey == null ? -1 : issueKey.lastIndexOf('-');
    return dash > 0 ? issueKey.substring(0, dash) : null;
  }

  /** Where {@link WebhookEvent} reads typed parts of a payload, the most specific first. */
  private static final List<String> TYPED_PARTS = List.of("issue.fields", "issue", "comment", "changelog", "user");

  /**
   * The JSON path of a mapping problem, e.g. {@code $.issue.fields.labels[0]}: the problem's path is relative to
   * the part converted, so it is looked for under each part; {@code $…} with the relative path when none has it.
   */
  private static String path(JsonNode tree, JsonMappingException e) {
    for (String part : TYPED_PARTS) {
      JsonNode node = tree;
      for (String name : part.split("\\.")) {
        node = node.path(name);
      }
      if (resolves(node, e.getPath())) {
        return shown("$." + part + relative(e.getPath()));
      }
    }
    return shown("$…" + relative(e.getPath()));
  }

  private static boolean resolves(JsonNode node, List<JsonMappingException.Reference> refs) {
    JsonNode at = node;
    for (JsonMappingException.Reference ref : refs) {
      at = ref.getFieldName() != null ? at.path(ref.getFieldName()) : at.path(ref.getIndex());
      if (at.isMissingNode()) {
        return false;
      }
    }
    return !node.isMissingNode();
  }

  private static String relative(List<JsonMappingException.Reference> refs) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : refs) {
      if (ref.getFieldName() != null) {
        out.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  /** Whether a delivery identifier is usable: printable ASCII without spaces, not too long. */
  private static boolean token(String id) {
    return id.length() <= MAX_IDENTIFIER_LENGTH && id.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  /** Text from the payload or headers as one short, printable line for a reason. */
  private static String shown(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_SHOWN));
    for (int i = 0; i < text.length() && i < MAX_SHOWN; i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return text.length() > MAX_SHOWN ? out + "…" : out.toString();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  /** @return the settings, never the secret */
  @Override
  public String toString() {
    return "WebhookReceiver[signed=" + signed() + ", maxBodyBytes=" + maxBodyBytes + ", ownAccount=" + ownAccount
        + "]";
  }
}
