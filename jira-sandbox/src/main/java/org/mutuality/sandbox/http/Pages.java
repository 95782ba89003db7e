package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Offset paging, once for every endpoint that pages by {@code startAt}/{@code maxResults}. */
final class Pages {
  private Pages() {
  }

  /**
   * @return the {@code startAt} parameter; negative is Jira's 400
   */
  static int startAt(Call call) {
    int startAt = call.intParam("startAt", 0);
    if (startAt < 0) {
      throw ApiError.badRequest("The value of 'startAt' must not be negative.");
    }
    return startAt;
  }

  /**
   * @return the {@code maxResults} parameter, defaulted and silently capped; negative is Jira's 400
   */
  static int maxResults(Call call, int fallback, int cap) {
    int max = call.intParam("maxResults", fallback);
    if (max < 0) {
      throw ApiError.badRequest("The value of 'maxResults' must not be negative.");
    }
    return Math.min(max, cap);
  }

  /** @return the elements of one page */
  static <T> List<T> slice(List<T> all, int startAt, int maxResults) {
    int from = Math.min(startAt, all.size());
    int to = (int) Math.min((long) from + maxResults, all.size());
    return all.subList(from, to);
  }

  /**
   * The offset page of comments and worklogs: {@code startAt, maxResults, total, <name>}.
   *
   * @param name the list's name ({@code comments}, {@code worklogs}, {@code issues})
   */
  static ObjectNode offsetPage(int startAt, int maxResults, int total, String name, ArrayNode values) {
    ObjectNode page = Json.object();
    page.put("startAt", startAt);
    page.put("maxResults", maxResults);
    page.put("total", total);
    page.set(name, values);
    return page;
  }

  /** @return the offset page of issues (Data Center search, agile sprint issues): {@code expand} first */
  static ObjectNode issuePage(int startAt, int maxResults, int total, ArrayNode issues) {
    ObjectNode page = Json.object();
    page.put("expand", "schema,names");
    page.setAll(offsetPage(startAt, maxResults, total, "issues", issues));
    return page;
  }

  /**
   * The Cloud {@code PageBean…} shape: {@code self, nextPage, maxResults, startAt, total, isLast, values}.
   *
   * @param selfUrl the page's URL without paging parameters (may already carry a query)
   */
  static ObjectNode pageBean(String selfUrl, int startAt, int maxResults, int total, ArrayNode values) {
    String separator = selfUrl.contains("?") ? "&" : "?";
    ObjectNode page = Json.object();
    page.put("self", selfUrl + separator + "maxResults=" + maxResults + "&startAt=" + startAt);
    boolean last = startAt + values.size() >= total;
    if (!last) {
      page.put("nextPage", selfUrl + separator + "maxResults=" + maxResults + "&startAt=" + (startAt + values.size()));
    }
    page.put("maxResults", maxResults);
    page.put("startAt", startAt);
    page.put("total", total);
    page.put("isLast", last);
    page.set("values", values);
    return page;
  }
}
