package org.mutuality.jira.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.mutuality.jira.http.JiraRequest;
import org.mutuality.jira.http.JiraResponse;
import org.mutuality.model.Snapshot;
import org.mutuality.spi.TrackerSource;

/**
 * A folder holding what a Jira site answered during one read, so that the read can be replayed offline.
 *
 * <pre>
 * DIR/                     rwx------
 *   recording.json         the manifest: site, scope, partner field and groups, whether text was redacted,
 *                          the read's capturedAt ({@link Manifest})
 *   index.jsonl            one exchange a line, in the order answers came ({@link Exchange})
 *   responses/000001.json  each response body, verbatim (or redacted), rw-------
 * </pre>
 *
 * <p>A recording holds everything the account could see, comment and worklog text included unless redacted, so the
 * folder and its files are created readable by their owner only, and a folder others may read is refused. A replay
 * checks every body against the SHA-256 the index holds.
 *
 * <p>Redacted text is hashed under a key random for each recording, kept in memory only ({@link Redaction}). Once the
 * read ends, {@link #captured} keeps its {@code capturedAt}, so a replay gives the same one even when the site did
 * not say its time.
 */
public final class Recording {
  /** The layout's version. */
  public static final int FORMAT = 1;
  /** The manifest's file name. */
  public static final String MANIFEST = "recording.json";
  /** The index's file name. */
  public static final String INDEX = "index.jsonl";
  /** The folder of response bodies. */
  public static final String RESPONSES = "responses";

  private static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
      PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
  static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(SerializationFeature.INDENT_OUTPUT, false);

  private final Path dir;
  private Manifest manifest;
  private Redaction redaction;
  private final List<Exchange> exchanges;
  private final Map<String, Deque<Exchange>> unanswered = new HashMap<>();
  private int next = 1;

  private Recording(Path dir, Manifest manifest, List<Exchange> exchanges) {
    this.dir = dir;
    this.manifest = manifest;
    this.exchanges = exchanges;
  }

  /** The folder. */
  public Path dir() {
    return dir;
  }

  /** What was read. */
  public synchronized Manifest manifest() {
    return manifest;
  }

  /** This recording's redaction, under a random key made on first use and never written. */
  synchronized Redaction redaction() {
    if (redaction == null) {
      redaction = Redaction.withRandomKey();
    }
    return redaction;
  }

  /** {@code read}, keeping the {@code capturedAt} of the snapshot it gives in this recording ({@link #captured}). */
  public TrackerSource capturing(TrackerSource read) {
    return () -> {
      Snapshot snapshot = read.read();
      captured(snapshot.capturedAt());
      return snapshot;
    };
  }

  /**
   * Keeps the read's {@code capturedAt} in the manifest, replacing {@code recording.json}.
   *
   * @throws RecordingException naming the file when it cannot be written
   */
  public synchronized void captured(Instant capturedAt) {
    Manifest updated = manifest.withCapturedAt(capturedAt);
    Path file = dir.resolve(MANIFEST);
    Path temporary = dir.resolve(MANIFEST + ".new");
    try {
      Files.deleteIfExists(temporary);
      writePrivate(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(updated));
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new RecordingException("cannot write " + file + ": " + describe(e), e);
    }
    manifest = updated;
  }

  /** The exchanges recorded so far, or read, in index order. */
  public synchronized List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /**
   * Starts a recording in {@code dir}, creating it readable by its owner only (rwx------). An existing folder must
   * be empty and not open to others.
   *
   * @throws RecordingException naming the folder when it cannot be used
   */
  public static Recording create(Path dir, Manifest manifest) {
    try {
      if (Files.exists(dir)) {
        if (!Files.isDirectory(dir)) {
          throw new RecordingException("cannot record into " + dir + ": it is a file, not a folder");
        }
        checkPrivate(dir);
        try (Stream<Path> entries = Files.list(dir)) {
          if (entries.findAny().isPresent()) {
            throw new RecordingException("cannot record into " + dir + ": the folder is not empty");
          }
        }
      } else {
        createPrivateDir(dir);
      }
      createPrivateDir(dir.resolve(RESPONSES));
      writePrivate(dir.resolve(MANIFEST), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
      writePrivate(dir.resolve(INDEX), new byte[0]);
    } catch (IOException e) {
      throw new RecordingException("cannot record into " + dir + ": " + describe(e), e);
    }
    return new Recording(dir, manifest, new ArrayList<>());
  }

  /**
   * Opens a recording to replay, checking every body against its SHA-256.
   *
   * @throws RecordingException naming the file that is missing, unreadable or changed
   */
  public static Recording open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new RecordingException("no recording at " + dir + ": not a folder");
    }
    Manifest manifest;
    Path manifestFile = dir.resolve(MANIFEST);
    try {
      manifest = JSON.readValue(Files.readAllBytes(manifestFile), Manifest.class);
    } catch (IOException e) {
      throw new RecordingException("cannot read " + manifestFile + ": " + describe(e), e);
    }
    if (manifest.format() != FORMAT || manifest.site() == null) {
      throw new RecordingException(manifestFile + " is not a recording of format " + FORMAT + " with a site");
    }
    Path indexFile = dir.resolve(INDEX);
    List<Exchange> exchanges = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(indexFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RecordingException("cannot read " + indexFile + ": " + describe(e), e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        exchanges.add(JSON.readValue(lines.get(i), Exchange.class));
      } catch (JsonProcessingException e) {
        throw new RecordingException(indexFile + ":" + (i + 1) + ": not an exchange: "
            + e.getOriginalMessage(), e);
      }
    }
    Recording recording = new Recording(dir, manifest, exchanges);
    for (Exchange exchange : exchanges) {
      recording.unanswered.computeIfAbsent(exchange.requestKey(), k -> new ArrayDeque<>()).add(exchange);
      if (exchange.file() != null) {
        recording.body(exchange);
      }
    }
    return recording;
  }

  /** Records one answer: writes the body to its own file, then appends the exchange to the index. */
  synchronized Exchange add(JiraRequest request, JiraResponse response, Map<String, String> headers) {
    int seq = next++;
    String file = RESPONSES + "/" + String.format("%06d", seq)
        + (headers.getOrDefault("content-type", "").contains("json") ? ".json" : ".txt");
    byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
    Exchange exchange = new Exchange(seq, request.method(), pathAndQuery(request), request.body(),
        response.status(), headers, file, sha256(body), null);
    try {
      writePrivate(dir.resolve(file), body);
      append(exchange);
    } catch (IOException e) {
      throw new RecordingException("cannot write " + dir.resolve(file) + ": " + describe(e), e);
    }
    return exchange;
  }

  /** Records a request that got no answer. */
  synchronized Exchange addNoAnswer(JiraRequest request, IOException error) {
    Exchange exchange = new Exchange(next++, request.method(), pathAndQuery(request), request.body(), 0, Map.of(),
        null, null, error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage()));
    try {
      append(exchange);
    } catch (IOException e) {
      throw new RecordingException("cannot write " + dir.resolve(INDEX) + ": " + describe(e), e);
    }
    return exchange;
  }

  private void append(Exchange exchange) throws IOException {
    exchanges.add(exchange);
    Files.write(dir.resolve(INDEX), (JSON.writeValueAsString(exchange) + "\n").getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.APPEND);
  }

  /**
   * The next recorded exchange for {@code request} (repeated requests are answered in the order they were
   * recorded).
   *
   * @throws RecordingException naming the method and URL when the recording holds no (more) answer to it
   */
  synchronized Exchange take(JiraRequest request) {
    Exchange probe = new Exchange(0, request.method(), pathAndQuery(request), request.body(), 0, Map.of(), null,
        null, null);
    Deque<Exchange> queue = unanswered.get(probe.requestKey());
    if (queue == null || queue.isEmpty()) {
      throw new RecordingException("the recording " + dir + " holds no " + (queue == null ? "" : "further ")
          + "answer to " + request.method() + " " + probe.url()
          + (request.body() == null ? "" : " with body " + request.body()));
    }
    return queue.poll();
  }

  /** An exchange's body, checked against its SHA-256. */
  String body(Exchange exchange) {
    Path file = dir.resolve(exchange.file());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new RecordingException("cannot read " + file + " (exchange " + exchange.seq() + ", " + exchange.method()
          + " " + exchange.url() + "): " + describe(e), e);
    }
    if (!sha256(bytes).equals(exchange.sha256())) {
      throw new RecordingException(file + " does not match its sha256 in " + dir.resolve(INDEX) + " (exchange "
          + exchange.seq() + ", " + exchange.method() + " " + exchange.url() + "): it was changed after recording");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The raw path and query of a request, as the index keeps it. */
  static String pathAndQuery(JiraRequest request) {
    String path = request.uri().getRawPath();
    String query = request.uri().getRawQuery();
    return (path == null || path.isEmpty() ? "/" : path) + (query == null ? "" : "?" + query);
  }

  /** Lower-case hex SHA-256. */
  public static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static boolean posix(Path dir) {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static void checkPrivate(Path dir) throws IOException {
    if (!posix(dir)) {
      return;
    }
    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dir);
    if (mode.stream().anyMatch(OTHERS::contains)) {
      throw new RecordingException("cannot record into " + dir + ": others may use it ("
          + PosixFilePermissions.toString(mode) + "); a recording holds everything the account could read, so "
          + "give a new folder, or chmod 700 " + dir);
    }
  }

  private static void createPrivateDir(Path dir) throws IOException {
    if (posix(dir)) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR_MODE));
      Files.setPosixFilePermissions(dir, DIR_MODE); // whatever the umask
    } else {
      Files.createDirectories(dir);
    }
  }

  private static void writePrivate(Path file, byte[] bytes) throws IOException {
    if (posix(file)) {
      Files.write(Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE_MODE)), bytes);
      Files.setPosixFilePermissions(file, FILE_MODE);
    } else {
      Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "it already exists";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
