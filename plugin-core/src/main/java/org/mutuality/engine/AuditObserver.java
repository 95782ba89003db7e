package org.mutuality.engine;

import org.kie.api.runtime.KieSession;

/**
 * Watches an audit's Drools session, for measurements ({@code mutuality bench --profile}): it may add event
 * listeners and time the phases. It must not insert, change or delete facts, or the report is no longer the
 * rule base's. Every method does nothing unless overridden.
 */
public interface AuditObserver {
  /** Does nothing. */
  AuditObserver NONE = new AuditObserver() {};

  /** The session exists and is empty. */
  default void sessionCreated(KieSession session) {}

  /** Every fact of the snapshot is inserted; no rule has fired yet. */
  default void factsInserted(KieSession session) {}

  /** The rules have fired until nothing changes; findings are about to be read. */
  default void rulesFired(KieSession session) {}
}
