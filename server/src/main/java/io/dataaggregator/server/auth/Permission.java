package io.dataaggregator.server.auth;

/**
 * What an operation needs. Every controller method names one with {@link Requires}; {@link
 * PermissionTable} says which {@link Role} has which. Features to come already have theirs here, so
 * they only annotate; add a new constant (and its row in the table) only for a new kind of power.
 *
 * <p>There is deliberately no permission to read connection secrets: every answer masks them as
 * {@code ***} for every role (DESIGN.md), and connectors get them only inside the server.
 */
public enum Permission {
  ACCOUNT("Use one's own account: profile, password, preferences, second factor, API keys"),
  USERS_ADMIN("Create, list and change users"),
  ADMINS_MANAGE("Change ADMIN accounts and grant the ADMIN role"),
  SETTINGS_READ("Read system settings"),
  SETTINGS_WRITE("Change system settings"),
  CONNECTIONS_READ("See connections, secrets masked"),
  CONNECTIONS_WRITE("Create, edit, test, discover and delete connections; upload files"),
  PIPELINES_READ("See pipelines, their versions and templates"),
  PIPELINES_WRITE("Create, edit, import and delete pipelines and transformations"),
  PREVIEW_DATA("Preview the data a pipeline or connection reads"),
  RUNS_READ("See runs, their ledgers and rejected rows"),
  RUNS_TRIGGER("Start, cancel, retry and backfill runs"),
  LOGS_READ("Read and search run and server logs"),
  SCHEDULES_READ("See schedules"),
  SCHEDULES_WRITE("Create, pause, resume and delete schedules"),
  ALERTS_READ("See alert rules and alerts"),
  ALERTS_WRITE("Create alert rules and acknowledge alerts"),
  MONITORING_READ("Metrics and monitoring, /actuator/prometheus included"),
  AUDIT_READ("Search the audit log"),
  DASHBOARDS_READ("See dashboards"),
  DASHBOARDS_WRITE("Create and edit shared dashboards"),
  ANALYTICS_READ("See analytics and reports");

  private final String description;

  Permission(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
