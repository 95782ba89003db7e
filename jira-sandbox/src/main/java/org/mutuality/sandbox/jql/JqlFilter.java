package org.mutuality.sandbox.jql;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.site.SiteIndex;
import org.mutuality.sandbox.site.User;

/**
 * Resolves a parsed query against a site for one user: project and issue values must exist (and be visible),
 * dates are read in the user's time zone, relative dates against the site's clock.
 */
public final class JqlFilter {
  /** Fields Jira has but the sandbox does not filter or sort on: rejected as unsupported, not as unknown. */
  private static final Set<String> KNOWN_ELSEWHERE = Set.of("status", "statuscategory", "assignee", "reporter",
      "creator", "sprint", "type", "issuetype", "component", "fixversion", "resolution", "resolved",
      "resolutiondate", "duedate", "due", "priority", "text", "summary", "description", "comment", "parent",
      "epic link", "worklogauthor", "worklogdate", "level", "security", "issuelink", "watcher", "flagged",
      "lastviewed", "filter", "environment", "category", "affectedversion");
  private static final Pattern RELATIVE = Pattern.compile("([+-]?)(\\d+)([wdhm])");
  private static final List<DateTimeFormatter> DATE_TIMES = List.of(
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT));

  private final Predicate<Issue> predicate;
  private final Comparator<Issue> order;

  private JqlFilter(Predicate<Issue> predicate, Comparator<Issue> order) {
    this.predicate = predicate;
    this.order = order;
  }

  /**
   * @param query the parsed query
   * @param site the site
   * @param viewer the user searching (time zone, visibility of issues named in the query)
   * @return the filter
   * @throws JqlException when a value does not exist or a field is not supported
   */
  public static JqlFilter compile(JqlQuery query, SiteIndex site, User viewer) {
    Predicate<Issue> predicate = i -> true;
    for (Clause clause : query.clauses()) {
      predicate = predicate.and(clause(clause, site, viewer));
    }
    Comparator<Issue> order = null;
    for (OrderBy term : query.orderBy()) {
      Comparator<Issue> next = comparator(term.field());
      next = term.descending() ? next.reversed() : next;
      order = order == null ? next : order.thenComparing(next);
    }
    Comparator<Issue> byKeyDesc = keyOrder().reversed();
    return new JqlFilter(predicate, order == null ? byKeyDesc : order.thenComparing(byKeyDesc));
  }

  /** @return whether an issue matches */
  public boolean test(Issue issue) {
    return predicate.test(issue);
  }

  /** @return the ordering: the ORDER BY terms, then key descending (also Jira's default) */
  public Comparator<Issue> order() {
    return order;
  }

  private static Predicate<Issue> clause(Clause clause, SiteIndex site, User viewer) {
    switch (clause.field()) {
      case "project":
        requireOperator(clause, Set.of("=", "!=", "in"));
        Set<String> keys = clause.values().stream()
            .map(v -> project(site, v).orElseThrow(() -> new JqlException(
                "The value '" + v + "' does not exist for the field 'project'.")).key())
            .collect(Collectors.toSet());
        return negate(clause, i -> keys.contains(i.projectKey()));
      case "labels":
        requireOperator(clause, Set.of("=", "!=", "in"));
        Set<String> labels = Set.copyOf(clause.values());
        return negate(clause, i -> i.labels().stream().anyMatch(labels::contains));
      case "key":
      case "issuekey":
      case "id":
        requireOperator(clause, Set.of("=", "!=", "in"));
        Set<String> ids = clause.values().stream()
            .map(v -> site.issue(v).filter(i -> site.canSee(viewer, i)).orElseThrow(() -> new JqlException(
                "An issue with key '" + v + "' does not exist for field '" + clause.field() + "'.")).id())
            .collect(Collectors.toSet());
        return negate(clause, i -> ids.contains(i.id()));
      case "created":
      case "createddate":
        return dateClause(clause, site, viewer, Issue::created);
      case "updated":
      case "updateddate":
        return dateClause(clause, site, viewer, Issue::updated);
      default:
        throw unknownField(clause.field());
    }
  }

  private static java.util.Optional<Project> project(SiteIndex site, String value) {
    java.util.Optional<Project> byKeyOrId = site.project(value);
    return byKeyOrId.isPresent() ? byKeyOrId
        : site.site().projects().stream().filter(p -> p.name().equalsIgnoreCase(value)).findFirst();
  }

  private static Predicate<Issue> negate(Clause clause, Predicate<Issue> positive) {
    return clause.operator().equals("!=") ? positive.negate() : positive;
  }

  private static void requireOperator(Clause clause, Set<String> allowed) {
    if (!allowed.contains(clause.operator())) {
      throw new JqlException("The operator '" + clause.operator().toUpperCase(Locale.ROOT)
          + "' is not supported by the '" + clause.field() + "' field.");
    }
  }

  private static JqlException unknownField(String field) {
    if (KNOWN_ELSEWHERE.contains(field) || field.startsWith("cf[") || field.startsWith("customfield_")) {
      return new JqlException("Error in the JQL Query: the Jira sandbox does not support the field '" + field
          + "'. It understands project, key, created and updated.");
    }
    return new JqlException("Field '" + field + "' does not exist or you do not have permission to view it.");
  }

  private static Predicate<Issue> dateClause(Clause clause, SiteIndex site, User viewer,
      Function<Issue, Instant> value) {
    requireOperator(clause, Set.of("=", "!=", ">", ">=", "<", "<="));
    Instant at = instant(clause.values().get(0), clause.field(), site.site().now(), ZoneId.of(viewer.timeZone()));
    switch (clause.operator()) {
      case "=":
        return i -> value.apply(i).truncatedTo(ChronoUnit.MINUTES).equals(at);
      case "!=":
        return i -> !value.apply(i).truncatedTo(ChronoUnit.MINUTES).equals(at);
      case ">":
        return i -> value.apply(i).isAfter(at);
      case ">=":
        return i -> !value.apply(i).isBefore(at);
      case "<":
        return i -> value.apply(i).isBefore(at);
      default:
        return i -> !value.apply(i).isAfter(at);
    }
  }

  static Instant instant(String text, String field, Instant now, ZoneId zone) {
    String value = text.trim();
    Matcher relative = RELATIVE.matcher(value);
    if (relative.matches()) {
      long amount = Long.parseLong(relative.group(2)) * (relative.group(1).equals("-") ? -1 : 1);
      Duration unit;
      switch (relative.group(3)) {
        case "w":
          unit = Duration.ofDays(7);
          break;
        case "d":
          unit = Duration.ofDays(1);
          break;
        case "h":
          unit = Duration.ofHours(1);
          break;
        default:
          unit = Duration.ofMinutes(1);
      }
      return now.plus(unit.multipliedBy(amount)).truncatedTo(ChronoUnit.MINUTES);
    }
    for (DateTimeFormatter format : DATE_TIMES) {
      try {
        return LocalDateTime.parse(value, format).atZone(zone).toInstant();
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(value, format).atStartOfDay(zone).toInstant();
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    throw new JqlException("Date value '" + text + "' for field '" + field + "' is invalid. Valid formats include: "
        + "'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', "
        + "'4w 2d'.");
  }

  private static Comparator<Issue> comparator(String field) {
    switch (field) {
      case "key":
      case "issuekey":
        return keyOrder();
      case "id":
        return Comparator.comparingLong(i -> Long.parseLong(i.id()));
      case "created":
      case "createddate":
        return Comparator.comparing(Issue::created);
      case "updated":
      case "updateddate":
        return Comparator.comparing(Issue::updated);
      case "resolved":
      case "resolutiondate":
        return Comparator.comparing(Issue::resolved, Comparator.nullsLast(Comparator.naturalOrder()));
      case "duedate":
      case "due":
        return Comparator.comparing(Issue::due, Comparator.nullsLast(Comparator.naturalOrder()));
      case "project":
        return Comparator.comparing(Issue::projectKey);
      default:
        throw unknownField(field);
    }
  }

  private static Comparator<Issue> keyOrder() {
    return Comparator.comparing(Issue::projectKey).thenComparingLong(Issue::number);
  }
}
