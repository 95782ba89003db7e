package org.mutuality.jira.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON over a {@link JiraTransport}: builds the URL from the site and a path, sends, and reads a 2xx body into a
 * read type with one configured, tolerant mapper (unknown fields ignored). Anything else becomes a
 * {@link JiraException}.
 */
public final class JiraClient {
  private static final Logger LOG = LoggerFactory.getLogger(JiraClient.class);

  private final Site site;
  private final JiraTransport transport;
  private final ObjectMapper mapper;

  public JiraClient(Site site, JiraTransport transport) {
    this.site = site;
    this.transport = transport;
    this.mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);
  }

  public Site site() {
    return site;
  }

  /** The mapper, for read types that need a generic type or a tree converted. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** The URL of {@code path} with {@code query}, as sent (for messages). */
  public String url(String path, Map<String, ?> query) {
    return site.resolve(path, encode(query)).toString();
  }

  /** GETs {@code path} with a query (values are encoded here) and reads the body as {@code type}. */
  public <T> T get(String path, Map<String, ?> query, Class<T> type) throws JiraException {
    return send(JiraRequest.get(site.resolve(path, encode(query))), mapper.constructType(type));
  }

  /** GETs and reads the body as a generic {@code type}. */
  public <T> T get(String path, Map<String, ?> query, JavaType type) throws JiraException {
    return send(JiraRequest.get(site.resolve(path, encode(query))), type);
  }

  /** POSTs {@code body} as JSON and reads the answer as {@code type}. */
  public <T> T post(String path, Object body, Class<T> type) throws JiraException {
    String json;
    try {
      json = mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write a request body for " + path, e);
    }
    return send(JiraRequest.post(site.resolve(path, null), json), mapper.constructType(type));
  }

  /**
   * Sends a write ({@code POST}, {@code PUT} or {@code DELETE}) of {@code body} (written as JSON; {@code null} for
   * none) to {@code path} with a query, and reads a 2xx answer as {@code type} ({@code null} for an empty body).
   * Whether a failed write is retried is the caller's decision: only the caller knows whether it is idempotent.
   */
  public <T> T write(String method, String path, Map<String, ?> query, Object body, Class<T> type)
      throws JiraException {
    String json = null;
    if (body != null) {
      try {
        json = mapper.writeValueAsString(body);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("cannot write a request body for " + path, e);
      }
    }
    return send(new JiraRequest(method, site.resolve(path, encode(query)), json), mapper.constructType(type));
  }

  private <T> T send(JiraRequest request, JavaType type) throws JiraException {
    JiraResponse response;
    try {
      response = transport.send(request);
    } catch (IOException e) {
      throw JiraException.noAnswer(request, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw JiraException.noAnswer(request, new InterruptedIOException("interrupted"));
    }
    LOG.debug("{} -> {}", request.describe(), response.status());
    if (!response.isSuccess()) {
      throw JiraException.of(request, response);
    }
    try {
      return mapper.readValue(response.body().isBlank() ? "null" : response.body(), type);
    } catch (IOException e) {
      throw JiraException.unreadable(request, response.status(), type.getRawClass().getSimpleName(), e);
    }
  }

  /** {@code a=1&b=x%20y}; {@code null} values are left out; order kept. */
  static String encode(Map<String, ?> query) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    StringJoiner out = new StringJoiner("&");
    new LinkedHashMap<>(query).forEach((name, value) -> {
      if (value != null) {
        out.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20"));
      }
    });
    return out.toString();
  }
}
