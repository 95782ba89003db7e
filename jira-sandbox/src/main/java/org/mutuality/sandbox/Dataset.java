package org.mutuality.sandbox;

import java.time.Instant;
import java.util.Objects;
import org.mutuality.sandbox.demo.DemoSite;
import org.mutuality.sandbox.site.Site;

/** The data a sandbox serves. */
public final class Dataset {
  /** The demo dataset's fixed "now": every date in it is relative to this instant. */
  public static final Instant DEMO_NOW = DemoSite.NOW;

  private final Site site;

  private Dataset(Site site) {
    this.site = Objects.requireNonNull(site, "site");
  }

  /** @return the coffee-sector demo partnership (deterministic: the same on every call) */
  public static Dataset demo() {
    return new Dataset(DemoSite.build());
  }

  /**
   * @param site any site
   * @return a dataset serving it
   */
  public static Dataset of(Site site) {
    return new Dataset(site);
  }

  /** @return the site */
  public Site site() {
    return site;
  }

  /** @return the site's clock */
  public Instant now() {
    return site.now();
  }
}
