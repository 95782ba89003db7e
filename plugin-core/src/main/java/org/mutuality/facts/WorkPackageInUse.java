package org.mutuality.facts;

/**
 * A work package (a component) that at least one work item is filed under: the partnership organises
 * work in it.
 *
 * @param name the work package's name, as work items list it in their components
 */
public record WorkPackageInUse(String name) {}
