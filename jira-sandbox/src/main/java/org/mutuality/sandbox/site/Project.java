package org.mutuality.sandbox.site;

import java.util.List;

/**
 * A project with its components, versions, roles, avatars and security levels.
 *
 * @param id the project id
 * @param key the project key
 * @param name the name
 * @param description the description
 * @param leadId the account id of the project lead
 * @param issueTypeIds the issue types used in the project
 * @param components the components
 * @param versions the fix versions
 * @param roles the project roles with their actors
 * @param avatars the system and custom avatars available to the project
 * @param selectedAvatarId the avatar the project shows
 * @param securityLevels the issue security levels of the project's scheme
 */
public record Project(String id, String key, String name, String description, String leadId,
    List<String> issueTypeIds, List<Component> components, List<Version> versions, List<ProjectRole> roles,
    List<Avatar> avatars, String selectedAvatarId, List<SecurityLevel> securityLevels) {
  /** Copies the lists. */
  public Project {
    issueTypeIds = List.copyOf(issueTypeIds);
    components = List.copyOf(components);
    versions = List.copyOf(versions);
    roles = List.copyOf(roles);
    avatars = List.copyOf(avatars);
    securityLevels = List.copyOf(securityLevels);
  }
}
