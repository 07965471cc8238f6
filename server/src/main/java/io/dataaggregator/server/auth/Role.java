package io.dataaggregator.server.auth;

/** The six roles of DESIGN.md; what each may do is in {@link PermissionTable}. */
public enum Role {
  ADMIN("Everything, users and system settings included"),
  DEVELOPER(
      "Everything but changing admins; disabled in production unless"
          + " dagg.roles.developer-enabled=true"),
  DESIGNER("Create and edit connections, pipelines and transformations; preview data"),
  EXECUTOR("Run, cancel and schedule pipelines; see runs, logs and monitoring"),
  VIEWER("Read dashboards, connections (no secrets), pipelines and runs"),
  EXECUTIVE("Analytics, reports and dashboards only");

  private final String description;

  Role(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
