package org.mutuality.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A rule's documentation: the Markdown file {@code <ID>.md} beside its {@code .drl}, in the same package
 * folder. It holds the prose (why it matters, an example that fires, one that does not, sources); the
 * metadata (parameters, tiers, gating) stays on the rule and is rendered from there, never retyped.
 */
public final class RuleDocs {
  private RuleDocs() {}

  /** The classpath resource that holds a rule's doc. */
  public static String resource(RuleInfo rule) {
    return rule.packageName().replace('.', '/') + "/" + rule.id() + ".md";
  }

  /** A rule's doc, or empty when the rule ships none (an organisation's rule, say). */
  public static Optional<String> read(RuleInfo rule) {
    ClassLoader loader = RuleDocs.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource(rule))) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource(rule), e);
    }
  }
}
