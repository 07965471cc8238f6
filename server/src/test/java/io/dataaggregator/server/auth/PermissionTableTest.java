package io.dataaggregator.server.auth;

import static io.dataaggregator.server.auth.Permission.ADMINS_MANAGE;
import static io.dataaggregator.server.auth.Permission.USERS_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The table's intent from DESIGN.md, so that an edit of the table that breaks it is noticed. */
class PermissionTableTest {
  @Test
  void adminMayDoEverything() {
    assertThat(PermissionTable.of(Role.ADMIN)).containsExactlyInAnyOrder(Permission.values());
  }

  @Test
  void developerMayDoEverythingButChangeAdmins() {
    assertThat(PermissionTable.of(Role.DEVELOPER))
        .isEqualTo(EnumSet.complementOf(EnumSet.of(ADMINS_MANAGE)));
  }

  @Test
  void onlyAdminsAndDevelopersAdministerUsers() {
    for (Role role : Role.values()) {
      boolean expected = role == Role.ADMIN || role == Role.DEVELOPER;
      assertThat(PermissionTable.of(role).contains(USERS_ADMIN))
          .as(role.name())
          .isEqualTo(expected);
    }
  }

  @Test
  void viewersAndExecutivesChangeNothing() {
    for (Role role : EnumSet.of(Role.VIEWER, Role.EXECUTIVE)) {
      assertThat(PermissionTable.of(role))
          .allMatch(p -> p == Permission.ACCOUNT || p.name().endsWith("_READ"));
    }
  }

  @Test
  void noPermissionRevealsConnectionSecrets() {
    // DESIGN.md: secrets are masked in every response, for every role; none may reveal them.
    assertThat(Permission.values())
        .noneMatch(p -> p.name().contains("SECRET"))
        .noneMatch(p -> p.description().toLowerCase().contains("reveal"));
  }

  @Test
  void executivesSeeOnlyDashboardsAndAnalytics() {
    assertThat(PermissionTable.of(Role.EXECUTIVE))
        .containsExactlyInAnyOrder(
            Permission.ACCOUNT,
            Permission.SETTINGS_READ,
            Permission.DASHBOARDS_READ,
            Permission.ANALYTICS_READ);
  }

  @Test
  void designersBuildButDoNotRunAndExecutorsRunButDoNotBuild() {
    assertThat(PermissionTable.of(Role.DESIGNER))
        .contains(Permission.PIPELINES_WRITE, Permission.CONNECTIONS_WRITE, Permission.PREVIEW_DATA)
        .doesNotContain(Permission.RUNS_TRIGGER, Permission.SCHEDULES_WRITE);
    assertThat(PermissionTable.of(Role.EXECUTOR))
        .contains(Permission.RUNS_TRIGGER, Permission.SCHEDULES_WRITE, Permission.LOGS_READ)
        .contains(Permission.MONITORING_READ)
        .doesNotContain(Permission.PIPELINES_WRITE, Permission.CONNECTIONS_WRITE);
  }

  @Test
  void aDisabledDeveloperRoleGrantsNothing() {
    AccessPolicy production = new AccessPolicy(false);
    assertThat(production.isEnabled(Role.DEVELOPER)).isFalse();
    assertThat(production.permissionsOf(Role.DEVELOPER)).isEmpty();
    assertThat(production.permissionsOf(Role.ADMIN)).isEqualTo(PermissionTable.of(Role.ADMIN));
  }
}
