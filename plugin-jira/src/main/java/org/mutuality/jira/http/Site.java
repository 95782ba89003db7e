package org.mutuality.jira.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Jira site's base URL, checked: {@code https}, or {@code http} to a loopback address only (127.0.0.0/8,
 * {@code ::1}, {@code localhost}); no credentials, query or fragment in it. A context path (Data Center at
 * {@code https://host/jira}) is kept.
 *
 * @param base the base URI, without a trailing slash
 */
public record Site(URI base) {
  private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

  /**
   * @throws IllegalArgumentException naming what is wrong with {@code url}
   */
  public static Site parse(String url) {
    URI uri;
    // Messages never echo the URL as given: it may hold user:token@ (with or without a scheme).
    if (url.contains("@")) {
      throw new IllegalArgumentException("the site URL must not hold credentials; give them with "
          + Credentials.EMAIL + "/" + Credentials.TOKEN + ", " + Credentials.PAT + " or --credentials");
    }
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the site URL is not a URL: " + e.getReason().replace(url, "…"));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
      throw new IllegalArgumentException("the site URL is not an http(s) URL of a Jira site, e.g. "
          + "https://example.atlassian.net");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("the site URL must not hold credentials; give them with "
          + Credentials.EMAIL + "/" + Credentials.TOKEN + ", " + Credentials.PAT + " or --credentials");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("the site URL " + uri.getScheme() + "://" + uri.getRawAuthority()
          + uri.getRawPath() + " must have no query or fragment");
    }
    if (scheme.equals("http") && !isLoopback(uri.getHost())) {
      throw new IllegalArgumentException("the site URL must use https (http is allowed to this machine only: "
          + "127.0.0.1, ::1, localhost): " + uri);
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return new Site(URI.create(scheme + "://" + uri.getRawAuthority() + path));
  }

  /** Whether {@code host} is a loopback address, told from the text alone (no name lookup). */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    if (!LOOPBACK_V4.matcher(h).matches()) {
      return false;
    }
    for (String part : h.split("\\.")) {
      if (Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /** The URI of an API path ({@code /rest/...}) with a raw (already encoded) query, or none. */
  public URI resolve(String path, String rawQuery) {
    return URI.create(base + path + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery));
  }

  @Override
  public String toString() {
    return base.toString();
  }
}
