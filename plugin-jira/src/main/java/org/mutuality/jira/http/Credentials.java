package org.mutuality.jira.http;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the adapter signs in. The credentials decide the scheme: {@value #EMAIL} + {@value #TOKEN} sign in with
 * Basic (a Cloud e-mail and API token, or a Data Center user name and password); {@value #PAT} signs in with
 * Bearer (a Data Center personal access token). They come from the environment or from a file of {@code KEY=value}
 * lines that only its owner may read. The secret never appears in {@link #toString()}, logs or messages.
 */
public final class Credentials {
  public static final String EMAIL = "MUTUALITY_JIRA_EMAIL";
  public static final String TOKEN = "MUTUALITY_JIRA_TOKEN";
  public static final String PAT = "MUTUALITY_JIRA_PAT";
  private static final List<String> KEYS = List.of(EMAIL, TOKEN, PAT);

  /** The authentication scheme. */
  public enum Scheme {
    BASIC,
    BEARER
  }

  private final Scheme scheme;
  private final String user;
  private final String secret;

  private Credentials(Scheme scheme, String user, String secret) {
    this.scheme = scheme;
    this.user = user;
    this.secret = secret;
  }

  /** E-mail (or DC user name) and API token (or password): Basic. */
  public static Credentials basic(String user, String token) {
    return new Credentials(Scheme.BASIC, require(user, EMAIL), require(token, TOKEN));
  }

  /** A personal access token: Bearer. */
  public static Credentials bearer(String token) {
    return new Credentials(Scheme.BEARER, null, require(token, PAT));
  }

  /**
   * From environment variables.
   *
   * @return the credentials, or {@code null} when none of the variables is set
   * @throws IllegalArgumentException when they are incomplete or ambiguous
   */
  public static Credentials fromEnvironment(Map<String, String> env) {
    return from(env, "the environment");
  }

  /**
   * From a file of {@code KEY=value} lines ({@code #} starts a comment), with the keys of the environment.
   *
   * @throws IllegalArgumentException when the file cannot be read, others may read it, it has unknown keys, or
   *     its credentials are incomplete or ambiguous
   */
  public static Credentials fromFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such credentials file");
    }
    requirePrivate(file);
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": cannot read the credentials (" + e.getClass().getSimpleName()
          + ")");
    }
    Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      // Never echo what is not a known key: a token pasted on a line of its own parses as a "key".
      throw new IllegalArgumentException(file + ": " + unknown.size() + " line(s) that are not one of " + KEYS
          + " (not shown, in case they hold a secret); a credentials file holds " + EMAIL + " and " + TOKEN
          + ", or " + PAT);
    }
    Map<String, String> values = new HashMap<>();
    properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k).trim()));
    Credentials credentials = from(values, file.toString());
    if (credentials == null) {
      throw new IllegalArgumentException(file + ": no credentials in it; set " + EMAIL + " and " + TOKEN + ", or "
          + PAT);
    }
    return credentials;
  }

  private static Credentials from(Map<String, String> values, String where) {
    String email = blankToNull(values.get(EMAIL));
    String token = blankToNull(values.get(TOKEN));
    String pat = blankToNull(values.get(PAT));
    if (pat != null && (email != null || token != null)) {
      throw new IllegalArgumentException(where + " sets both " + PAT + " and " + EMAIL + "/" + TOKEN
          + "; keep one: the credentials decide how Mutuality signs in");
    }
    if (pat != null) {
      return bearer(pat);
    }
    if (email == null && token == null) {
      return null;
    }
    if (email == null || token == null) {
      throw new IllegalArgumentException(where + " sets " + (email == null ? TOKEN : EMAIL) + " without "
          + (email == null ? EMAIL : TOKEN));
    }
    return basic(email, token);
  }

  private static void requirePrivate(Path file) {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> permissions;
    try {
      permissions = view.readAttributes().permissions();
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read its permissions (" + e.getClass().getSimpleName()
          + ")");
    }
    if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
      throw new IllegalArgumentException(file + " is readable by others (" + PosixFilePermissions.toString(permissions)
          + "); a credentials file must be readable by its owner only: chmod 600 " + file);
    }
  }

  private static String require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is empty");
    }
    return value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public Scheme scheme() {
    return scheme;
  }

  /** The Basic user (e-mail or DC user name), {@code null} for Bearer. */
  public String user() {
    return user;
  }

  /** The value of the {@code Authorization} header. It holds the secret: send it, never log it. */
  public String authorization() {
    return scheme == Scheme.BEARER ? "Bearer " + secret
        : "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "Credentials[" + scheme + (user == null ? "" : ", user=" + user) + ", secret=****]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Credentials c && c.scheme == scheme && Objects.equals(c.user, user)
        && c.secret.equals(secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scheme, user, secret);
  }
}
