package org.mutuality.facts;

import org.mutuality.model.AccessKind;

/**
 * A partner none of whose members holds the role or group a restriction names: the partner cannot read
 * what is restricted to it.
 *
 * @param kind role or group
 * @param name the role or group name
 * @param partnerId the partner shut out
 */
public record PartnerExcluded(AccessKind kind, String name, String partnerId) {}
