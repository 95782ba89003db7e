package org.mutuality.sandbox.faults;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.mutuality.sandbox.limits.PathPattern;

/**
 * Which requests get a {@link Fault}: rules of a method and path pattern, a trigger (always, the n-th matching
 * requests, or a seeded random rate) and the fault. Each rule counts the requests it matches on its own; the first
 * rule that triggers answers. Immutable; each sandbox keeps its own counters and random generator, so a run is
 * reproducible for a sequential client.
 *
 * <pre>{@code
 * Faults.builder()
 *     .on("GET", "/rest/api/3/search/jql").nth(3).answer(Fault.unavailable(2))  // the 3rd search: 503, Retry-After: 2
 *     .on("*", "/rest/api/{v}/issue/{key}").rate(0.1).answer(Fault.drop())    // 10% of issue calls: dropped
 *     .on("GET", "/rest/api/{v}/project/{key}/role").answer(Fault.status(403))  // roles: 403 Forbidden
 *     .on("GET", "/**").answer(Fault.slow(Duration.ofMillis(200)))             // every other GET: 200 ms late
 *     .seed(42)
 *     .build();
 * }</pre>
 */
public final class Faults {
  /** What makes a matching request fail. */
  public sealed interface Trigger permits Always, Nth, Rate {
  }

  /** Every matching request. */
  public record Always() implements Trigger {
  }

  /**
   * The matching requests with these 1-based ordinals.
   *
   * @param ordinals the ordinals
   */
  public record Nth(Set<Integer> ordinals) implements Trigger {
    /** Copies the ordinals. */
    public Nth {
      ordinals = Set.copyOf(ordinals);
    }
  }

  /**
   * Each matching request with this probability, drawn from the seeded generator.
   *
   * @param probability 0..1
   */
  public record Rate(double probability) implements Trigger {
  }

  /**
   * One rule.
   *
   * @param method the HTTP method, or {@code *}
   * @param path the path pattern
   * @param trigger when it fires
   * @param fault what it does
   */
  public record Rule(String method, PathPattern path, Trigger trigger, Fault fault) {
    boolean matches(String requestMethod, String requestPath) {
      return (method.equals("*") || method.equals(requestMethod)) && path.matches(requestPath);
    }
  }

  private static final Faults NONE = new Faults(List.of(), 0);

  private final List<Rule> rules;
  private final long seed;

  private Faults(List<Rule> rules, long seed) {
    this.rules = List.copyOf(rules);
    this.seed = seed;
  }

  /** @return no faults (the default) */
  public static Faults none() {
    return NONE;
  }

  /** @return a builder with no rules and seed 0 */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the rules, in order */
  public List<Rule> rules() {
    return rules;
  }

  /** @return the seed of the random rates */
  public long seed() {
    return seed;
  }

  /** Builds {@link Faults}. */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();
    private long seed;

    private Builder() {
    }

    /**
     * Starts a rule.
     *
     * @param method the HTTP method, or {@code *} for any
     * @param pathPattern a {@link PathPattern}, e.g. {@code /rest/api/{v}/search/jql} or {@code /**}
     * @return the rule's trigger, {@link When#always()} unless narrowed
     */
    public When on(String method, String pathPattern) {
      String m = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
      return new When(this, m, PathPattern.of(pathPattern));
    }

    /**
     * @param seed the seed of the random rates
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** @return the faults */
    public Faults build() {
      return new Faults(rules, seed);
    }
  }

  /** The trigger of a rule being built. */
  public static final class When {
    private final Builder builder;
    private final String method;
    private final PathPattern path;
    private Trigger trigger = new Always();

    private When(Builder builder, String method, PathPattern path) {
      this.builder = builder;
      this.method = method;
      this.path = path;
    }

    /** @return this rule, firing on every matching request (the default) */
    public When always() {
      trigger = new Always();
      return this;
    }

    /**
     * @param ordinals 1-based ordinals among the requests this rule matches
     * @return this rule, firing on those
     */
    public When nth(int... ordinals) {
      if (ordinals.length == 0 || Arrays.stream(ordinals).anyMatch(n -> n < 1)) {
        throw new IllegalArgumentException("ordinals start at 1, got " + Arrays.toString(ordinals));
      }
      Set<Integer> set = new TreeSet<>();
      Arrays.stream(ordinals).forEach(set::add);
      trigger = new Nth(set);
      return this;
    }

    /**
     * @param probability 0..1
     * @return this rule, firing at random with that probability (seeded)
     */
    public When rate(double probability) {
      if (!(probability >= 0 && probability <= 1)) {
        throw new IllegalArgumentException("a rate is within 0..1, got " + probability);
      }
      trigger = new Rate(probability);
      return this;
    }

    /**
     * @param fault what the rule does
     * @return the builder, for more rules
     */
    public Builder answer(Fault fault) {
      builder.rules.add(new Rule(method, path, trigger, Objects.requireNonNull(fault, "fault")));
      return builder;
    }
  }
}
