package org.mutuality.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A headless Chromium for tests, driven over the DevTools protocol with the JDK's HTTP client and WebSocket and
 * Jackson: it starts the browser on a free port with a fresh profile, connects to its first page, sends commands
 * and keeps every event. Every wait has a limit; {@link #close()} ends the browser and all its processes.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration START = Duration.ofSeconds(15);

  private final Process process;
  private final Path log;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final Map<String, CompletableFuture<JsonNode>> awaited = new ConcurrentHashMap<>();
  private WebSocket socket;

  private HeadlessChromium(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** The Chromium to use: {@code /usr/bin/chromium}, else {@code chromium} on the PATH; empty when there is none. */
  static Optional<Path> find() {
    Path usual = Path.of("/usr/bin/chromium");
    if (Files.isExecutable(usual)) {
      return Optional.of(usual);
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(java.io.File.pathSeparator))
        .filter(folder -> !folder.isEmpty())
        .map(folder -> Path.of(folder, "chromium"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /**
   * Starts Chromium headless with a new profile in {@code profile} and connects to its page.
   *
   * @param work a folder for the browser's own output (its log)
   */
  static HeadlessChromium start(Path executable, Path profile, Path work) throws IOException, InterruptedException {
    Path log = work.resolve("chromium.log");
    List<String> command = List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-quic", "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,1024",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    HeadlessChromium chromium = new HeadlessChromium(process, log);
    try {
      chromium.connect(chromium.port(profile.resolve("DevToolsActivePort")));
      return chromium;
    } catch (IOException | InterruptedException | RuntimeException e) {
      chromium.close();
      throw e;
    }
  }

  /** The port Chromium chose, from the first line of its {@code DevToolsActivePort} file, waited for. */
  private int port(Path file) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START.toNanos();
    try (WatchService watch = file.getFileSystem().newWatchService()) {
      file.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
      while (true) {
        if (Files.exists(file)) {
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          if (lines.size() >= 2 && !lines.get(0).isBlank()) {
            return Integer.parseInt(lines.get(0).strip());
          }
        }
        if (!process.isAlive()) {
          throw new IllegalStateException("Chromium exited with " + process.exitValue() + " before it opened its "
              + "DevTools port; its output:\n" + output());
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException("Chromium wrote no " + file + " within " + START.toSeconds() + " s; "
              + "its output:\n" + output());
        }
        // Wakes on any change in the profile folder, and at least every 200 ms to see whether Chromium died.
        var key = watch.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
        if (key != null) {
          key.pollEvents();
          key.reset();
        }
      }
    } catch (ClosedWatchServiceException e) {
      throw new IllegalStateException("the watch on " + file + " closed", e);
    }
  }

  /** Finds the page target ({@code GET /json/list}) and opens its WebSocket. */
  private void connect(int port) throws IOException, InterruptedException {
    JsonNode targets = JSON.readTree(get(URI.create("http://127.0.0.1:" + port + "/json/list")));
    String url = null;
    for (JsonNode target : targets) {
      if (target.path("type").asText().equals("page")) {
        url = target.path("webSocketDebuggerUrl").asText();
        break;
      }
    }
    if (url == null) {
      throw new IllegalStateException("Chromium lists no page target: " + targets);
    }
    try {
      socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
          .buildAsync(URI.create(url), new Listener()).get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not open the DevTools WebSocket " + url, e);
    }
  }

  private String get(URI uri) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET()
        .build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /**
   * Sends a command to the page and waits for its result.
   *
   * @param params the command's parameters as name, value pairs (values: strings, numbers, booleans, nodes)
   * @throws IllegalStateException on a DevTools error or when no answer comes within {@code timeout}
   */
  JsonNode send(String method, Duration timeout, Object... params) throws InterruptedException {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    ObjectNode body = message.putObject("params");
    for (int i = 0; i < params.length; i += 2) {
      body.set((String) params[i], JSON.valueToTree(params[i + 1]));
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    socket.sendText(message.toString(), true);
    JsonNode response;
    try {
      response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(method + " failed", e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(method + " got no answer within " + timeout.toSeconds() + " s");
    } finally {
      pending.remove(id);
    }
    if (response.has("error")) {
      throw new IllegalStateException(method + " answered an error: " + response.get("error"));
    }
    return response.path("result");
  }

  /**
   * Arms a wait for the next event of a kind; call it before the command that causes the event, then
   * {@code get} the future with a timeout.
   */
  CompletableFuture<JsonNode> next(String method) {
    return awaited.computeIfAbsent(method, m -> new CompletableFuture<>());
  }

  /** Every event received so far, in order. */
  List<JsonNode> events() {
    return new ArrayList<>(events);
  }

  /** What Chromium printed, for failure messages. */
  String output() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "(could not read " + log + ": " + e.getMessage() + ")";
    }
  }

  /**
   * Closes the connection and ends Chromium and every process it started, waiting at most 10 s; an interrupt
   * cuts the wait short, kills them at once and is kept for the caller.
   */
  @Override
  public void close() {
    if (socket != null) {
      socket.abort();
    }
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    for (ProcessHandle child : children) {
      child.destroyForcibly();
    }
  }

  /** Gathers a message's parts, then routes it: an answer to its command, an event to the list and its waiter. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public void onOpen(WebSocket webSocket) {
      webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        try {
          JsonNode node = JSON.readTree(message);
          if (node.has("id")) {
            CompletableFuture<JsonNode> answer = pending.get(node.get("id").asInt());
            if (answer != null) {
              answer.complete(node);
            }
          } else {
            events.add(node);
            CompletableFuture<JsonNode> waiter = awaited.remove(node.path("method").asText());
            if (waiter != null) {
              waiter.complete(node);
            }
          }
        } catch (IOException e) {
          pending.values().forEach(answer -> answer.completeExceptionally(e));
        }
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      pending.values().forEach(answer -> answer.completeExceptionally(error));
      awaited.values().forEach(waiter -> waiter.completeExceptionally(error));
    }
  }
}
