package org.mutuality.sandbox.http;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mutuality.sandbox.Flavor;

/**
 * Jira's {@code fields} parameter: {@code *all}, {@code *navigable}, field ids, and {@code -id} exclusions.
 * Unknown ids are ignored, as Jira does; {@code id} and {@code key} are not fields.
 *
 * @param ids the field ids to render, in catalogue order
 * @param idOnly whether only {@code id} was asked for (or nothing, where the default is {@code id})
 * @param idsOrKeysOnly whether only {@code id} and/or {@code key} were asked for (the larger Cloud page cap)
 */
record FieldSelection(Set<String> ids, boolean idOnly, boolean idsOrKeysOnly) {

  /**
   * @param flavor the flavour (custom field ids differ)
   * @param tokens the requested tokens, already split on commas; empty means the default
   * @param defaultSpec the default, {@code *all}, {@code *navigable} or {@code id}
   * @return the selection
   */
  static FieldSelection parse(Flavor flavor, List<String> tokens, String defaultSpec) {
    List<String> effective = tokens.isEmpty() ? List.of(defaultSpec) : tokens;
    boolean onlyIdKey = effective.stream().allMatch(t -> t.equals("id") || t.equals("key"));
    boolean onlyId = effective.stream().allMatch(t -> t.equals("id"));
    boolean onlyExclusions = effective.stream().allMatch(t -> t.startsWith("-"));
    Set<String> chosen = new LinkedHashSet<>();
    if (onlyExclusions) {
      chosen.addAll(expand(flavor, defaultSpec));
    }
    for (String token : effective) {
      if (token.startsWith("-")) {
        chosen.remove(token.substring(1));
      } else {
        chosen.addAll(expand(flavor, token));
      }
    }
    Set<String> ordered = new LinkedHashSet<>();
    for (FieldCatalog.Field field : FieldCatalog.fields(flavor)) {
      if (chosen.contains(field.id())) {
        ordered.add(field.id());
      }
    }
    return new FieldSelection(Collections.unmodifiableSet(ordered), onlyId, onlyIdKey);
  }

  private static Set<String> expand(Flavor flavor, String token) {
    Set<String> ids = new LinkedHashSet<>();
    for (FieldCatalog.Field field : FieldCatalog.fields(flavor)) {
      if (token.equals("*all") || token.equals("*navigable") && field.navigable() || token.equals(field.id())) {
        ids.add(field.id());
      }
    }
    return ids;
  }

  boolean has(String id) {
    return ids.contains(id);
  }
}
