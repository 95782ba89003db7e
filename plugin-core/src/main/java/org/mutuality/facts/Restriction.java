package org.mutuality.facts;

import org.mutuality.model.AccessKind;

/**
 * A role or group that some comment or worklog is restricted to.
 *
 * @param kind role or group
 * @param name its name
 */
public record Restriction(AccessKind kind, String name) {}
