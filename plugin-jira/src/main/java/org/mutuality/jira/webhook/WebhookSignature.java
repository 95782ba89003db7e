package org.mutuality.jira.webhook;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a Jira admin webhook ({@code jira-api/NOTES.md} §4.3): the header {@value #HEADER} holds
 * {@code sha256=} and the lowercase hex HMAC-SHA256 of the raw body under the webhook's secret. Verified on the raw
 * bytes, before any parsing, with a constant-time comparison. Thread-safe. The secret is never logged and appears in
 * no message and no {@link #toString()}.
 */
public final class WebhookSignature {
  /** The header carrying the signature (not {@code X-Hub-Signature-256}). */
  public static final String HEADER = "X-Hub-Signature";

  private static final String PREFIX = "sha256=";
  private static final String ALGORITHM = "HmacSHA256";
  private static final int DIGEST_HEX_LENGTH = 64;

  private final SecretKeySpec key;

  /**
   * @param secret the webhook's secret as bytes (Jira signs with its UTF-8 bytes); copied
   * @throws IllegalArgumentException when the secret is empty
   */
  public WebhookSignature(byte[] secret) {
    if (secret == null || secret.length == 0) {
      throw new IllegalArgumentException("a webhook secret must not be empty");
    }
    this.key = new SecretKeySpec(secret, ALGORITHM);
  }

  /**
   * Whether a header value is the signature of a body.
   *
   * @param header the {@value #HEADER} value, or {@code null} when missing
   * @param body the raw body as received
   * @return true only for {@code sha256=} followed by the 64 hex digits of the body's HMAC; false when missing,
   *     of another method ({@code sha1=…}), not hex, of another length or of another body or secret
   */
  public boolean verify(String header, byte[] body) {
    if (header == null || body == null) {
      return false;
    }
    String value = header.trim();
    if (!value.startsWith(PREFIX) || value.length() != PREFIX.length() + DIGEST_HEX_LENGTH) {
      return false;
    }
    byte[] claimed;
    try {
      claimed = HexFormat.of().parseHex(value, PREFIX.length(), value.length());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(claimed, digest(body));
  }

  /**
   * The header value Jira sends for a body.
   *
   * @param body the raw body
   * @return {@code sha256=<lowercase hex HMAC-SHA256>}
   */
  public String sign(byte[] body) {
    return PREFIX + HexFormat.of().formatHex(digest(body));
  }

  private byte[] digest(byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  /** @return the algorithm only, never the secret */
  @Override
  public String toString() {
    return "WebhookSignature[" + ALGORITHM + "]";
  }
}
