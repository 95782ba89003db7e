package org.mutuality.jira.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A Jira user as any endpoint embeds it: Cloud {@code UserDetails} ({@code accountId}, {@code accountType}) or
 * Data Center {@code UserJson} ({@code key}, {@code name}). Either part may be missing.
 *
 * @param accountId Cloud's id
 * @param accountType Cloud: {@code atlassian}, {@code app}, {@code customer}, {@code unknown}
 * @param key Data Center's stable key
 * @param name Data Center's login
 * @param displayName the name shown
 * @param emailAddress the e-mail address, when the user's privacy settings show it
 * @param active whether the account is active
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserJson(String accountId, String accountType, String key, String name, String displayName,
    String emailAddress, Boolean active) {
}
