package org.mutuality.jira.record;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.mutuality.jira.http.JiraRequest;
import org.mutuality.jira.http.JiraResponse;
import org.mutuality.jira.http.JiraTransport;

/**
 * Records every exchange of the transport it wraps into a {@link Recording}: each response body (redacted when
 * asked), its status and the headers that matter, and requests that got no answer. Put it right around the
 * transport that sends, under the retries, so a replay goes through the same retries and paging.
 */
public final class RecordingTransport implements JiraTransport {
  private final JiraTransport inner;
  private final Recording recording;
  private final boolean redact;

  /**
   * @param inner the transport that sends
   * @param recording where exchanges go
   * @param redact whether comment and worklog text is replaced by its length and a keyed hash before writing
   *     (under the recording's key, {@link Redaction})
   */
  public RecordingTransport(JiraTransport inner, Recording recording, boolean redact) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.recording = Objects.requireNonNull(recording, "recording");
    this.redact = redact;
  }

  @Override
  public JiraResponse send(JiraRequest request) throws IOException, InterruptedException {
    JiraResponse response;
    try {
      response = inner.send(request);
    } catch (IOException e) {
      recording.addNoAnswer(request, e);
      throw e;
    }
    Map<String, String> kept = kept(response);
    if (redact) {
      JiraResponse redacted = new JiraResponse(response.status(), response.headers(),
          recording.redaction().redact(response.body()));
      recording.add(request, redacted, kept);
      return redacted;
    }
    recording.add(request, response, kept);
    return response;
  }

  /** {@code content-type}, {@code retry-after} and the rate-limit headers, lower-case, first values. */
  static Map<String, String> kept(JiraResponse response) {
    Map<String, String> kept = new TreeMap<>();
    response.headers().forEach((name, values) -> {
      String n = name.toLowerCase(Locale.ROOT);
      if (!values.isEmpty() && (n.equals("content-type") || n.equals("retry-after") || n.startsWith("x-ratelimit")
          || n.startsWith("ratelimit"))) {
        kept.put(n, String.join(", ", values));
      }
    });
    return kept;
  }

  @Override
  public String toString() {
    return "RecordingTransport[" + recording.dir() + (redact ? ", redacted" : "") + ", " + inner + "]";
  }
}
