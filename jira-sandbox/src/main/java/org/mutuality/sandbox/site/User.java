package org.mutuality.sandbox.site;

/**
 * A person or app account of the site. Cloud renders {@code accountId}/{@code accountType}; Data Center
 * renders {@code key}/{@code name}.
 *
 * @param accountId the Cloud account id, also the sandbox's internal reference to the user
 * @param key the Data Center user key (for example {@code JIRAUSER10100})
 * @param name the Data Center login name
 * @param displayName the full name
 * @param email the e-mail address (also the Basic-auth login)
 * @param emailVisible whether the e-mail address is shown to others (privacy setting)
 * @param active whether the account is active
 * @param app whether this is an app (bot) account: {@code accountType: app} on Cloud
 * @param timeZone the IANA time zone, used to read JQL dates
 */
public record User(String accountId, String key, String name, String displayName, String email,
    boolean emailVisible, boolean active, boolean app, String timeZone) {
}
