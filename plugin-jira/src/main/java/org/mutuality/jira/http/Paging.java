package org.mutuality.jira.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pagination, written once: offset paging ({@code startAt}/{@code maxResults}/{@code total}, with or without
 * {@code isLast}) and token paging ({@code nextPageToken}, {@code isLast}). A page that cannot move on (empty
 * before the end, a repeated token) is an error naming the URL rather than an endless loop.
 */
public final class Paging {
  private Paging() {}

  /**
   * One page of an offset-paged list.
   *
   * @param url the page's URL, for messages
   * @param values its elements
   * @param total the total Jira reports, or {@code null}
   * @param isLast Jira's {@code isLast}, or {@code null}
   */
  public record OffsetPage<T>(String url, List<T> values, Integer total, Boolean isLast) {
    public OffsetPage {
      values = values == null ? List.of() : values;
    }
  }

  /**
   * One page of a token-paged list.
   *
   * @param url the page's URL, for messages
   * @param values its elements
   * @param nextPageToken the token of the next page; {@code null} or blank on the last
   * @param isLast Jira's {@code isLast}, or {@code null}
   */
  public record TokenPage<T>(String url, List<T> values, String nextPageToken, Boolean isLast) {
    public TokenPage {
      values = values == null ? List.of() : values;
    }
  }

  /** Fetches the offset page starting at {@code startAt}. */
  @FunctionalInterface
  public interface OffsetFetch<T> {
    OffsetPage<T> page(int startAt) throws JiraException;
  }

  /** Fetches the token page after {@code token} ({@code null} for the first). */
  @FunctionalInterface
  public interface TokenFetch<T> {
    TokenPage<T> page(String token) throws JiraException;
  }

  /** Sees each page as it arrives (e.g. progress). */
  @FunctionalInterface
  public interface Listener {
    void read(int soFar, Integer total);
  }

  /** Every element, from {@code startAt} 0 until {@code isLast}, the total, or an empty last page. */
  public static <T> List<T> offset(OffsetFetch<T> fetch, Listener listener) throws JiraException {
    return offset(fetch, listener, Integer.MAX_VALUE);
  }

  /** As {@link #offset(OffsetFetch, Listener)}, stopping once {@code limit} elements are read. */
  public static <T> List<T> offset(OffsetFetch<T> fetch, Listener listener, int limit) throws JiraException {
    List<T> all = new ArrayList<>();
    int startAt = 0;
    while (true) {
      OffsetPage<T> page = fetch.page(startAt);
      all.addAll(page.values());
      startAt += page.values().size();
      listener.read(all.size(), page.total());
      if (all.size() >= limit) {
        return List.copyOf(all.subList(0, limit));
      }
      if (Boolean.TRUE.equals(page.isLast()) || page.total() != null && startAt >= page.total()) {
        return all;
      }
      if (page.values().isEmpty()) {
        if (page.total() == null && page.isLast() == null) {
          return all; // no paging fields: this was the last page
        }
        throw JiraException.paging("GET", page.url(), "an empty page at startAt " + startAt + " though "
            + (page.total() != null ? "total is " + page.total() : "isLast is false"));
      }
      if (page.total() == null && page.isLast() == null) {
        return all;
      }
    }
  }

  /** Every element, following {@code nextPageToken} until it is absent or {@code isLast}. */
  public static <T> List<T> token(TokenFetch<T> fetch, Listener listener) throws JiraException {
    return token(fetch, listener, Integer.MAX_VALUE);
  }

  /** As {@link #token(TokenFetch, Listener)}, stopping once {@code limit} elements are read. */
  public static <T> List<T> token(TokenFetch<T> fetch, Listener listener, int limit) throws JiraException {
    List<T> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String token = null;
    while (true) {
      TokenPage<T> page = fetch.page(token);
      all.addAll(page.values());
      listener.read(all.size(), null);
      if (all.size() >= limit) {
        return List.copyOf(all.subList(0, limit));
      }
      String next = page.nextPageToken();
      if (Boolean.TRUE.equals(page.isLast()) || next == null || next.isBlank()) {
        return all;
      }
      if (!seen.add(next)) {
        throw JiraException.paging("POST", page.url(), "the same nextPageToken came twice; paging stopped");
      }
      token = next;
    }
  }

  /** A listener that ignores pages. */
  public static Listener quiet() {
    return (soFar, total) -> { };
  }
}
