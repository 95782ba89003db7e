package org.mutuality.jira;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.mutuality.jira.http.JdkTransport;
import org.mutuality.jira.http.JiraClient;
import org.mutuality.jira.http.JiraTransport;
import org.mutuality.jira.http.RetryingTransport;
import org.mutuality.model.ItemFacts;
import org.mutuality.model.Snapshot;
import org.mutuality.spi.SourceException;
import org.mutuality.spi.TrackerSource;

/**
 * A Jira site kept up to date issue by issue, for a live session: {@link #read()} reads the whole scope exactly as
 * {@link JiraSource} does and keeps what it learnt (the flavour, the custom field ids, the statuses' categories, the
 * people, the partner field's values, the reading account), then {@link #readIssue(String)} reads one issue again
 * (after a webhook says it changed) so that its facts equal those a full read would give it now. A periodic
 * reconcile is {@link #read()} again, which starts from what the site says then.
 *
 * <p>Thread-safety: safe for use from several threads; a {@link #readIssue} uses what the last finished
 * {@link #read()} learnt, and a {@code read()} replaces it at once when it finishes. {@code mutuality serve} calls
 * one source from one worker thread per partnership, so its reads never overlap.
 */
public final class JiraLiveSource implements TrackerSource {
  private final JiraSettings settings;
  private final JiraTransport transport;
  private final JiraClient client;
  private final Clock clock;
  private final ReadProgress progress;
  private volatile SiteKnowledge site;

  /**
   * @param settings what to read
   * @param transport how to reach the site (decorated with retries as the caller wishes)
   * @param clock the clock a snapshot's {@code capturedAt} falls back to
   * @param progress hears how a full read goes ({@code null}: nobody)
   */
  public JiraLiveSource(JiraSettings settings, JiraTransport transport, Clock clock, ReadProgress progress) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.client = new JiraClient(settings.site(), transport);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.progress = progress == null ? ReadProgress.NONE : progress;
  }

  /** A source on the JDK HTTP client with the settings' credentials, timeouts, retries and rate limits. */
  public static JiraLiveSource connect(JiraSettings settings, ReadProgress progress) {
    JdkTransport http = new JdkTransport(settings.credentials(), settings.connectTimeout(),
        settings.requestTimeout());
    return new JiraLiveSource(settings, RetryingTransport.of(http, settings.retry()), Clock.systemUTC(), progress);
  }

  /** Reads the whole scope, as {@link JiraSource#read()} does, and keeps what it learnt for {@link #readIssue}. */
  @Override
  public Snapshot read() throws SourceException {
    SiteReader reader = new SiteReader(settings, client, clock, progress, transport);
    Snapshot snapshot = SiteCalls.run(settings.site(), "the Jira site", reader::read);
    site = reader.learnt();
    return snapshot;
  }

  /**
   * Reads one issue again: one search for it within the scope with the full read's fields, then its complete
   * comments, worklogs and changelog, mapped as the full read maps them. Its dependencies are its links in both
   * directions, to issues in the scope or not; its members are the people its facts name. A part of it the
   * account may not read (403, 404) is left out and logged, as a full read records a gap. A person first met here
   * has no groups until the next {@link #read()}.
   *
   * @param key the issue's key
   * @return its facts; empty when the issue is gone, hidden from the account, out of the scope, or moved to another
   *     key (the new key is read under its own name)
   * @throws IllegalStateException before a {@link #read()} finished
   * @throws SourceException when Jira cannot be read
   */
  public Optional<ItemFacts> readIssue(String key) throws SourceException {
    Objects.requireNonNull(key, "key");
    IssueReader reader = new IssueReader(settings.scopeJql(), learnt());
    return SiteCalls.run(settings.site(), "issue " + key + " of the Jira site", () -> reader.read(key));
  }

  /**
   * An issue's key now, from its id or an older key (webhooks about worklogs and links name issues by id only).
   *
   * @return the key; empty when Jira answers 404 (gone, or hidden from the account)
   * @throws IllegalStateException before a {@link #read()} finished
   * @throws SourceException when Jira cannot be read
   */
  public Optional<String> keyOf(String idOrKey) throws SourceException {
    Objects.requireNonNull(idOrKey, "idOrKey");
    SiteKnowledge known = learnt();
    return SiteCalls.run(settings.site(), "issue " + idOrKey + " of the Jira site",
        () -> known.api().issues().key(idOrKey));
  }

  /**
   * The integration account's person id, as the last {@link #read()} saw it ({@code /myself}); {@code null} when
   * Jira did not say.
   *
   * @throws IllegalStateException before a {@link #read()} finished
   */
  public String readerId() {
    return learnt().readerId();
  }

  private SiteKnowledge learnt() {
    SiteKnowledge known = site;
    if (known == null) {
      throw new IllegalStateException("read the site first: " + settings.site());
    }
    return known;
  }

  @Override
  public String toString() {
    return "JiraLiveSource[" + settings + "]";
  }
}
