package org.mutuality.sandbox.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Jira's admin-webhook signature: {@code sha256=} and the lowercase hex HMAC-SHA256 of the raw body. */
public final class Signatures {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Signatures() {
  }

  /**
   * @param secret the webhook secret (UTF-8)
   * @param body the raw body
   * @return the {@code X-Hub-Signature} value, {@code sha256=<hex>}
   */
  public static String xHubSignature(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal(body);
      StringBuilder out = new StringBuilder("sha256=");
      for (byte b : digest) {
        out.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
      return out.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
