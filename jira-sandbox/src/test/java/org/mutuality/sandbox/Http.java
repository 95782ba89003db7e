package org.mutuality.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A loopback client for the sandbox: real HTTP through the JDK client, no mocks. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * One answer.
   *
   * @param status the status
   * @param raw the body text
   * @param response the full response, for headers
   */
  record Answer(int status, String raw, HttpResponse<String> response) {
    JsonNode json() {
      try {
        return JSON.readTree(raw);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + raw, e);
      }
    }
  }

  private final URI base;
  private final String authorization;

  private Http(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  /** @return a client sending Basic credentials for the login, with any token */
  static Http basic(JiraSandbox sandbox, String login) {
    String token = Base64.getEncoder().encodeToString((login + ":any-api-token").getBytes(StandardCharsets.UTF_8));
    return new Http(sandbox.baseUri(), "Basic " + token);
  }

  /** @return a client sending a Bearer token */
  static Http bearer(JiraSandbox sandbox, String token) {
    return new Http(sandbox.baseUri(), "Bearer " + token);
  }

  /** @return a client sending no credentials */
  static Http anonymous(JiraSandbox sandbox) {
    return new Http(sandbox.baseUri(), null);
  }

  Answer get(String pathAndQuery) {
    return send(request(pathAndQuery).GET().build());
  }

  Answer post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  Answer put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  Answer delete(String path) {
    return send(request(path).DELETE().build());
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
        .timeout(Duration.ofSeconds(10)).header("Accept", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
