package org.mutuality.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 fingerprints of the inputs an audit rests on, for its provenance. */
final class Hashes {
  private Hashes() {}

  /** {@code sha256:<hex>} of a file's bytes. */
  static String file(Path file) throws IOException {
    MessageDigest digest = sha256();
    update(digest, file);
    return "sha256:" + HexFormat.of().formatHex(digest.digest());
  }

  /**
   * {@code sha256:<hex>} of a folder: each regular file's path relative to it ({@code /}-separated, in sorted
   * order) and bytes, so that renaming, changing, adding or removing any file changes the hash.
   */
  static String folder(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    MessageDigest digest = sha256();
    for (Path file : files) {
      digest.update(folder.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Long.toString(Files.size(file)).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      update(digest, file);
    }
    return "sha256:" + HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, Path file) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
