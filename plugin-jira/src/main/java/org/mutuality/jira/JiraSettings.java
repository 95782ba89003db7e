package org.mutuality.jira;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.mutuality.config.PartnerMapping;
import org.mutuality.jira.http.Credentials;
import org.mutuality.jira.http.JdkTransport;
import org.mutuality.jira.http.RetryPolicy;
import org.mutuality.jira.http.Site;

/**
 * What to read and how to connect: the site, the scope (project keys and/or a JQL filter), credentials, timeouts,
 * retries, and what the partner mapping needs from the site (the groups it maps by, a field naming the partner).
 *
 * @param site the site, checked ({@link Site#parse})
 * @param projects project keys; may be empty when {@code jql} is given
 * @param jql a JQL filter, or {@code null}
 * @param credentials how to sign in, or {@code null} for anonymous reading
 * @param connectTimeout the connect timeout
 * @param requestTimeout the timeout of one request
 * @param retry retries and requests in flight
 * @param groups groups whose members the partner mapping needs (from {@code mutuality.yml})
 * @param partnerField a custom field naming an issue's partner, by id (e.g. {@code customfield_10050}) or by name
 *     (e.g. {@code Partner}, resolved through the site's fields), or {@code null}
 * @param partnerByValue partner ids by a value of {@code partnerField} (keys are compared without case)
 * @param participantsField a user-picker custom field naming the people who took part in a work item (e.g. a
 *     meeting's attendees), by id or by name, or {@code null}
 */
public record JiraSettings(Site site, List<String> projects, String jql, Credentials credentials,
    Duration connectTimeout, Duration requestTimeout, RetryPolicy retry, Set<String> groups, String partnerField,
    Map<String, String> partnerByValue, String participantsField) {

  /** An {@code OR} of JQL ({@code OR}, {@code ||}), which binds looser than the {@code AND} the scope adds. */
  private static final Pattern DISJUNCTION = Pattern.compile("\\bor\\b|\\|\\|", Pattern.CASE_INSENSITIVE);

  public JiraSettings {
    Objects.requireNonNull(site, "site");
    projects = projects == null ? List.of() : projects.stream().map(String::trim).filter(p -> !p.isEmpty())
        .map(p -> p.toUpperCase(Locale.ROOT)).distinct().toList();
    jql = jql == null || jql.isBlank() ? null : jql.trim();
    if (projects.isEmpty() && jql == null) {
      throw new IllegalArgumentException("say what to read: one or more project keys, or a JQL filter");
    }
    connectTimeout = positive(connectTimeout == null ? JdkTransport.DEFAULT_CONNECT_TIMEOUT : connectTimeout,
        "connect timeout");
    requestTimeout = positive(requestTimeout == null ? JdkTransport.DEFAULT_REQUEST_TIMEOUT : requestTimeout,
        "request timeout");
    retry = retry == null ? RetryPolicy.defaults() : retry;
    groups = groups == null ? Set.of() : Set.copyOf(groups);
    partnerField = partnerField == null || partnerField.isBlank() ? null : partnerField.trim();
    participantsField = participantsField == null || participantsField.isBlank() ? null : participantsField.trim();
    Map<String, String> values = new TreeMap<>();
    if (partnerByValue != null) {
      partnerByValue.forEach((value, partner) -> values.put(value.trim().toLowerCase(Locale.ROOT), partner));
    }
    partnerByValue = Map.copyOf(values);
  }

  /** The scope with defaults for everything else. */
  public static JiraSettings of(Site site, List<String> projects, String jql, Credentials credentials) {
    return new JiraSettings(site, projects, jql, credentials, null, null, null, null, null, null, null);
  }

  public JiraSettings withTimeouts(Duration connect, Duration request) {
    return new JiraSettings(site, projects, jql, credentials, connect, request, retry, groups, partnerField,
        partnerByValue, participantsField);
  }

  public JiraSettings withRetry(RetryPolicy policy) {
    return new JiraSettings(site, projects, jql, credentials, connectTimeout, requestTimeout, policy, groups,
        partnerField, partnerByValue, participantsField);
  }

  /** With the groups the partner mapping uses. */
  public JiraSettings withGroups(Set<String> mappedGroups) {
    return new JiraSettings(site, projects, jql, credentials, connectTimeout, requestTimeout, retry, mappedGroups,
        partnerField, partnerByValue, participantsField);
  }

  /** With a custom field that names each issue's partner, and the partner ids by the field's values. */
  public JiraSettings withPartnerField(String fieldId, Map<String, String> partnersByValue) {
    return new JiraSettings(site, projects, jql, credentials, connectTimeout, requestTimeout, retry, groups, fieldId,
        partnersByValue, participantsField);
  }

  /**
   * With a user-picker custom field naming the people who took part in each work item.
   *
   * @param fieldIdOrName the field's id ({@code customfield_10060}) or name ({@code Participants}), or {@code null}
   * @return these settings with the participants field
   */
  public JiraSettings withParticipantsField(String fieldIdOrName) {
    return new JiraSettings(site, projects, jql, credentials, connectTimeout, requestTimeout, retry, groups,
        partnerField, partnerByValue, fieldIdOrName);
  }

  /**
   * With a custom field that names each issue's partner, whose values are the partners' ids or names (without
   * case; an id wins over another partner's equal name). A value naming no partner gives the issue no owner.
   *
   * @param fieldIdOrName the field's id ({@code customfield_10050}) or name ({@code Partner}), or {@code null}
   * @param partners the partners of {@code mutuality.yml}
   * @return these settings with the partner field
   */
  public JiraSettings withPartnerField(String fieldIdOrName, Collection<PartnerMapping> partners) {
    Map<String, String> byValue = new LinkedHashMap<>();
    partners.stream().map(PartnerMapping::partner)
        .forEach(p -> byValue.putIfAbsent(p.id().trim().toLowerCase(Locale.ROOT), p.id()));
    partners.stream().map(PartnerMapping::partner).filter(p -> p.name() != null && !p.name().isBlank())
        .forEach(p -> byValue.putIfAbsent(p.name().trim().toLowerCase(Locale.ROOT), p.id()));
    return withPartnerField(fieldIdOrName, byValue);
  }

  private static Duration positive(Duration d, String what) {
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException("the " + what + " must be positive, got " + d);
    }
    return d;
  }

  /** The JQL that selects the scope: the projects, narrowed by the filter, in key order unless it orders. */
  public String scopeJql() {
    String filter = jql;
    String order = " ORDER BY key ASC";
    if (filter != null) {
      int at = filter.toLowerCase(Locale.ROOT).lastIndexOf("order by");
      if (at >= 0) {
        order = " " + filter.substring(at).trim();
        filter = filter.substring(0, at).trim();
      }
      if (DISJUNCTION.matcher(filter).find()) {
        filter = "(" + filter + ")";
      }
    }
    String projectClause = projects.isEmpty() ? null : "project in (" + String.join(", ", projects) + ")";
    String where = projectClause == null ? filter : filter == null || filter.isEmpty() ? projectClause
        : projectClause + " AND " + filter;
    return (where == null ? "" : where) + order;
  }

  @Override
  public String toString() {
    return "JiraSettings[" + site + ", projects " + projects + (jql == null ? "" : ", jql " + jql) + ", "
        + credentials + "]";
  }
}
