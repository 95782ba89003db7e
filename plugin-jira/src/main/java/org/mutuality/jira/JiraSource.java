package org.mutuality.jira;

import java.time.Clock;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.mutuality.jira.http.JdkTransport;
import org.mutuality.jira.http.JiraClient;
import org.mutuality.jira.http.JiraTransport;
import org.mutuality.jira.http.RetryingTransport;
import org.mutuality.model.Snapshot;
import org.mutuality.spi.SourceException;
import org.mutuality.spi.TrackerSource;

/**
 * A live Jira Cloud or Data Center site as a {@link TrackerSource}. The flavour comes from {@code serverInfo}:
 * Cloud is read through REST v3 and {@code /search/jql} (token paging), Data Center through REST v2 and
 * {@code /search} (offsets). It reads the scope's issues with exactly the fields the rules need (descriptions as
 * plain text, the Flagged field) and their changelog, pages comments, worklogs and histories beyond the embedded
 * previews, and reads the projects' descriptions, leads, avatars, components with their leads (the work packages),
 * versions, roles (with the members of group actors) and the sprints of their scrum boards. On Cloud it asks the
 * approximate count first, so {@link ReadProgress} hears issues read of those expected. What the account may not
 * read becomes a {@link org.mutuality.model.DataGap}; links to issues outside the scope are left out and recorded as
 * an {@code OUTSIDE_SCOPE} gap, which no rule requires.
 *
 * <p>{@link Snapshot#capturedAt()} is the site's clock ({@code serverInfo.serverTime}), or this machine's clock
 * when the site does not say; {@link Snapshot#source()} is the site URL. Partners are left to
 * {@link org.mutuality.config.PartnerMapper}: members carry their e-mail (when visible) and groups, apps are bots.
 */
public final class JiraSource implements TrackerSource {
  private final JiraSettings settings;
  private final JiraTransport transport;
  private final Clock clock;
  private final ReadProgress progress;

  /**
   * @param settings what to read
   * @param transport how to reach the site (decorated with retries as the caller wishes)
   * @param clock the clock {@code capturedAt} falls back to
   * @param progress hears how the read goes
   */
  public JiraSource(JiraSettings settings, JiraTransport transport, Clock clock, ReadProgress progress) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.progress = progress == null ? ReadProgress.NONE : progress;
  }

  /** A source on the JDK HTTP client with the settings' credentials, timeouts, retries and rate limits. */
  public static JiraSource connect(JiraSettings settings, ReadProgress progress) {
    return connect(settings, progress, UnaryOperator.identity());
  }

  /**
   * As {@link #connect(JiraSettings, ReadProgress)}, with the HTTP transport decorated right under the retries
   * (e.g. recorded, {@code org.mutuality.jira.record.RecordingTransport}), so every attempt goes through it.
   */
  public static JiraSource connect(JiraSettings settings, ReadProgress progress,
      UnaryOperator<JiraTransport> decorate) {
    JdkTransport http = new JdkTransport(settings.credentials(), settings.connectTimeout(),
        settings.requestTimeout());
    return new JiraSource(settings, RetryingTransport.of(decorate.apply(http), settings.retry()), Clock.systemUTC(),
        progress);
  }

  @Override
  public Snapshot read() throws SourceException {
    JiraClient client = new JiraClient(settings.site(), transport);
    return SiteCalls.run(settings.site(), "the Jira site",
        () -> new SiteReader(settings, client, clock, progress, transport).read());
  }

  @Override
  public String toString() {
    return "JiraSource[" + settings + "]";
  }
}
