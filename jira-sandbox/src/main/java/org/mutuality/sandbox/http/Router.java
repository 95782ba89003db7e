package org.mutuality.sandbox.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mutuality.sandbox.Flavor;

/**
 * Maps method and path to endpoints. Patterns are paths with {@code {name}} segments; {@code {v}} is the platform
 * REST version and only matches the versions the flavour serves (Cloud {@code 2}, {@code 3}; Data Center
 * {@code 2}, {@code latest}).
 */
final class Router {
  /** What a route needs. */
  enum Access {
    /** Needs credentials. */
    AUTHENTICATED,
    /** Answers without credentials too ({@code serverInfo}). */
    ANONYMOUS
  }

  private record Route(String method, String[] segments, Set<Flavor> flavors, Access access, Endpoint endpoint) {
  }

  /**
   * A matched route.
   *
   * @param endpoint the endpoint
   * @param access whether it needs credentials
   * @param params the path parameters, {@code v} included when present
   */
  record Match(Endpoint endpoint, Access access, Map<String, String> params) {
  }

  private final Flavor flavor;
  private final List<Route> routes = new ArrayList<>();

  Router(Flavor flavor) {
    this.flavor = flavor;
  }

  Router get(String pattern, Endpoint endpoint) {
    return add("GET", pattern, Set.of(Flavor.CLOUD, Flavor.DC), Access.AUTHENTICATED, endpoint);
  }

  Router post(String pattern, Endpoint endpoint) {
    return add("POST", pattern, Set.of(Flavor.CLOUD, Flavor.DC), Access.AUTHENTICATED, endpoint);
  }

  Router add(String method, String pattern, Set<Flavor> flavors, Access access, Endpoint endpoint) {
    routes.add(new Route(method, pattern.substring(1).split("/"), Set.copyOf(flavors), access, endpoint));
    return this;
  }

  /** @return the route for the request, if the flavour has one */
  Optional<Match> match(String method, String path) {
    String[] segments = path.startsWith("/") ? path.substring(1).split("/", -1) : path.split("/", -1);
    for (Route route : routes) {
      if (!route.method().equals(method) || !route.flavors().contains(flavor)) {
        continue;
      }
      Map<String, String> params = matchSegments(route.segments(), segments);
      if (params != null) {
        return Optional.of(new Match(route.endpoint(), route.access(), params));
      }
    }
    return Optional.empty();
  }

  /** @return the pattern of the route serving the request in this flavour, e.g. {@code /rest/api/{v}/user} */
  Optional<String> pattern(String method, String path) {
    String[] segments = path.startsWith("/") ? path.substring(1).split("/", -1) : path.split("/", -1);
    return routes.stream()
        .filter(r -> r.method().equals(method) && r.flavors().contains(flavor)
            && matchSegments(r.segments(), segments) != null)
        .findFirst().map(r -> "/" + String.join("/", r.segments()));
  }

  /** @return every route of this flavour as {@code METHOD /pattern}, in registration order (for conformance tests) */
  List<String> describe() {
    return routes.stream().filter(r -> r.flavors().contains(flavor))
        .map(r -> r.method() + " /" + String.join("/", r.segments())).toList();
  }

  /** @return whether some other method serves the path (405 rather than 404) */
  boolean pathKnown(String path) {
    String[] segments = path.startsWith("/") ? path.substring(1).split("/", -1) : path.split("/", -1);
    return routes.stream().anyMatch(r -> r.flavors().contains(flavor) && matchSegments(r.segments(), segments) != null);
  }

  private Map<String, String> matchSegments(String[] pattern, String[] segments) {
    if (pattern.length != segments.length) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < pattern.length; i++) {
      String p = pattern[i];
      String s = segments[i];
      if (p.startsWith("{") && p.endsWith("}")) {
        if (s.isEmpty()) {
          return null;
        }
        String name = p.substring(1, p.length() - 1);
        if (name.equals("v") && !versionServed(s)) {
          return null;
        }
        params.put(name, s);
      } else if (!p.equals(s)) {
        return null;
      }
    }
    return params;
  }

  private boolean versionServed(String version) {
    return flavor == Flavor.CLOUD ? version.equals("2") || version.equals("3")
        : version.equals("2") || version.equals("latest");
  }
}
