package org.mutuality.jira.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  /** The official vector quoted in {@code jira-api/NOTES.md} §4.3. */
  private static final String SECRET = "It's a Secret to Everybody";
  private static final byte[] BODY = "Hello World!".getBytes(StandardCharsets.UTF_8);
  private static final String EXPECTED = "sha256=a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9";

  private final WebhookSignature signature = new WebhookSignature(SECRET.getBytes(StandardCharsets.UTF_8));

  @Test
  void the_official_vector_signs_and_verifies() {
    assertThat(signature.sign(BODY)).isEqualTo(EXPECTED);
    assertThat(signature.verify(EXPECTED, BODY)).isTrue();
    assertThat(signature.verify(" " + EXPECTED + " ", BODY)).as("surrounding blanks").isTrue();
    assertThat(signature.verify(EXPECTED.toUpperCase().replace("SHA256=", "sha256="), BODY)).as("upper-case hex")
        .isTrue();
  }

  @Test
  void missing_malformed_or_wrong_headers_are_false() {
    assertThat(signature.verify(null, BODY)).as("missing").isFalse();
    assertThat(signature.verify("", BODY)).as("empty").isFalse();
    assertThat(signature.verify(EXPECTED.substring("sha256=".length()), BODY)).as("no method").isFalse();
    assertThat(signature.verify("sha1=a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9", BODY))
        .as("sha1").isFalse();
    assertThat(signature.verify("sha256=z4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9", BODY))
        .as("not hex").isFalse();
    assertThat(signature.verify(EXPECTED.substring(0, EXPECTED.length() - 2), BODY)).as("too short").isFalse();
    assertThat(signature.verify(EXPECTED + "00", BODY)).as("too long").isFalse();
    assertThat(signature.verify("sha256=b4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9", BODY))
        .as("one digit off").isFalse();
    assertThat(signature.verify(EXPECTED, "Hello World?".getBytes(StandardCharsets.UTF_8))).as("other body")
        .isFalse();
    assertThat(new WebhookSignature("another secret".getBytes(StandardCharsets.UTF_8)).verify(EXPECTED, BODY))
        .as("other secret").isFalse();
    assertThat(signature.verify(EXPECTED, null)).as("no body").isFalse();
  }

  @Test
  void the_secret_is_never_shown_and_never_empty() {
    assertThat(signature.toString()).isEqualTo("WebhookSignature[HmacSHA256]");
    assertThatThrownBy(() -> new WebhookSignature(new byte[0])).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a webhook secret must not be empty");
    assertThatThrownBy(() -> new WebhookSignature(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a webhook secret must not be empty");
  }
}
