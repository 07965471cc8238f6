package io.dataaggregator.server.auth;

import static io.dataaggregator.server.auth.Permission.ACCOUNT;
import static io.dataaggregator.server.auth.Permission.ADMINS_MANAGE;
import static io.dataaggregator.server.auth.Permission.ALERTS_READ;
import static io.dataaggregator.server.auth.Permission.ALERTS_WRITE;
import static io.dataaggregator.server.auth.Permission.ANALYTICS_READ;
import static io.dataaggregator.server.auth.Permission.CONNECTIONS_READ;
import static io.dataaggregator.server.auth.Permission.CONNECTIONS_WRITE;
import static io.dataaggregator.server.auth.Permission.DASHBOARDS_READ;
import static io.dataaggregator.server.auth.Permission.LOGS_READ;
import static io.dataaggregator.server.auth.Permission.MONITORING_READ;
import static io.dataaggregator.server.auth.Permission.PIPELINES_READ;
import static io.dataaggregator.server.auth.Permission.PIPELINES_WRITE;
import static io.dataaggregator.server.auth.Permission.PREVIEW_DATA;
import static io.dataaggregator.server.auth.Permission.RUNS_READ;
import static io.dataaggregator.server.auth.Permission.RUNS_TRIGGER;
import static io.dataaggregator.server.auth.Permission.SCHEDULES_READ;
import static io.dataaggregator.server.auth.Permission.SCHEDULES_WRITE;
import static io.dataaggregator.server.auth.Permission.SETTINGS_READ;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * THE permission table: which role may do what. This is the only place that says it; endpoints name
 * a {@link Permission} with {@link Requires}, and {@code RoleWalkIT} calls every operation of the
 * OpenAPI document with every role and checks the answer against this table.
 */
public final class PermissionTable {
  private static final Map<Role, Set<Permission>> TABLE = new EnumMap<>(Role.class);

  static {
    TABLE.put(Role.ADMIN, EnumSet.allOf(Permission.class));
    TABLE.put(Role.DEVELOPER, EnumSet.complementOf(EnumSet.of(ADMINS_MANAGE)));
    TABLE.put(
        Role.DESIGNER,
        EnumSet.of(
            ACCOUNT,
            SETTINGS_READ,
            CONNECTIONS_READ,
            CONNECTIONS_WRITE,
            PIPELINES_READ,
            PIPELINES_WRITE,
            PREVIEW_DATA,
            RUNS_READ,
            DASHBOARDS_READ));
    TABLE.put(
        Role.EXECUTOR,
        EnumSet.of(
            ACCOUNT,
            SETTINGS_READ,
            CONNECTIONS_READ,
            PIPELINES_READ,
            RUNS_READ,
            RUNS_TRIGGER,
            LOGS_READ,
            SCHEDULES_READ,
            SCHEDULES_WRITE,
            ALERTS_READ,
            ALERTS_WRITE,
            MONITORING_READ,
            DASHBOARDS_READ));
    TABLE.put(
        Role.VIEWER,
        EnumSet.of(
            ACCOUNT,
            SETTINGS_READ,
            CONNECTIONS_READ,
            PIPELINES_READ,
            RUNS_READ,
            SCHEDULES_READ,
            DASHBOARDS_READ));
    TABLE.put(Role.EXECUTIVE, EnumSet.of(ACCOUNT, SETTINGS_READ, DASHBOARDS_READ, ANALYTICS_READ));
  }

  private PermissionTable() {}

  /** What the role may do according to the table (ignores whether the role is enabled). */
  public static Set<Permission> of(Role role) {
    return Set.copyOf(TABLE.get(role));
  }
}
