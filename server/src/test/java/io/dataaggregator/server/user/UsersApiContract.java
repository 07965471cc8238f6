package io.dataaggregator.server.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.auth.AccessPolicy;
import io.dataaggregator.server.auth.Accounts;
import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.testing.Api.Reply;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Users administration, preferences and settings over HTTP. */
public abstract class UsersApiContract extends ServerIT {
  @Autowired AccessPolicy policy;
  @Autowired Accounts accounts;

  @Test
  void adminCreatesListsAndReadsUsers() {
    Session admin = admin();
    String name = uniqueName("Ann");
    Reply created = admin.post("/api/v1/users", newUser(name, Role.DESIGNER)).expect(201);
    String id = created.text("id");
    assertThat(created.header("Location")).endsWith("/api/v1/users/" + id);
    assertThat(created.text("username")).isEqualTo(name.toLowerCase());
    assertThat(created.text("role")).isEqualTo("DESIGNER");
    assertThat(created.body().get("enabled").asBoolean()).isTrue();
    assertThat(created.raw()).doesNotContain(GOOD_PASSWORD).doesNotContainIgnoringCase("hash");

    assertThat(admin.get("/api/v1/users").expect(200).body().findValuesAsString("username"))
        .contains("admin", name.toLowerCase());
    assertThat(admin.get("/api/v1/users/" + id).expect(200).text("email"))
        .isEqualTo(name + "@example.org");
    api.login(name, GOOD_PASSWORD);
  }

  @Test
  void badPayloadsAre400ProblemsNamingTheField() {
    Session admin = admin();
    String name = uniqueName("val");
    admin
        .post("/api/v1/users", without(newUser(name, Role.VIEWER), "email"))
        .expectProblem(400, "email");
    admin
        .post("/api/v1/users", with(newUser(name, Role.VIEWER), "email", "not-an-email"))
        .expectProblem(400, "email");
    admin
        .post("/api/v1/users", with(newUser(name, Role.VIEWER), "username", "a b"))
        .expectProblem(400, "username");
    admin
        .post("/api/v1/users", with(newUser(name, Role.VIEWER), "role", "KING"))
        .expectProblem(400, "role");
    admin
        .post("/api/v1/users", with(newUser(name, Role.VIEWER), "role", 7))
        .expectProblem(400, "role");
    admin
        .post("/api/v1/users", with(newUser(name, Role.VIEWER), "emial", "x@y.z"))
        .expectProblem(400, "emial");
    admin.post("/api/v1/users", "{\"username\": ").expectProblem(400, "body");
    admin.post("/api/v1/users", "[]").expectProblem(400, null);
    admin.get("/api/v1/users/not-a-uuid").expectProblem(400, "id");
    admin.get("/api/v1/users/" + UUID.randomUUID() + "/logins?limit=0").expectProblem(400, "limit");
  }

  @Test
  void passwordRulesExplainThemselves() {
    Session admin = admin();
    String name = uniqueName("pw");
    Reply shortOne =
        admin
            .post("/api/v1/users", with(newUser(name, Role.VIEWER), "password", "abc12"))
            .expectProblem(400, "password");
    assertThat(shortOne.text("detail")).contains("at least 12 characters").contains("it has 5");
    assertThat(
            admin
                .post(
                    "/api/v1/users",
                    with(newUser(name, Role.VIEWER), "password", name + "-secret!"))
                .expectProblem(400, "password")
                .text("detail"))
        .contains("must not contain the username");
    assertThat(
            admin
                .post(
                    "/api/v1/users",
                    with(newUser(name, Role.VIEWER), "password", "aaaaaaaaaaaaaaa"))
                .expectProblem(400, "password")
                .text("detail"))
        .contains("different characters");
  }

  @Test
  void usernamesAreUnique() {
    String name = uniqueName("dup");
    admin().post("/api/v1/users", newUser(name, Role.VIEWER)).expect(201);
    Reply again = admin().post("/api/v1/users", newUser(name.toUpperCase(), Role.VIEWER));
    again.expectProblem(409, null);
    assertThat(again.text("field")).isEqualTo("username");
  }

  @Test
  void changingTheRoleTakesEffectOnTheNextRequest() {
    String name = uniqueName("promo");
    UUID id = createUser(name, Role.VIEWER);
    Session user = api.login(name, GOOD_PASSWORD);
    user.get("/api/v1/users").expect(403);
    admin().put("/api/v1/users/" + id + "/role", Map.of("role", "ADMIN")).expect(200);
    user.get("/api/v1/users").expect(200);
    admin().put("/api/v1/users/" + id + "/role", Map.of("role", "VIEWER")).expect(200);
    user.get("/api/v1/users").expect(403);
  }

  @Test
  void theLastAdminCanBeNeitherDemotedNorDisabledAndNobodyDisablesThemselves() {
    Session admin = admin();
    UUID adminId = admin.id();
    admin.post("/api/v1/users/" + adminId + "/disable", null).expectProblem(409, null);
    long admins =
        admin.get("/api/v1/users").expect(200).body().findValuesAsString("role").stream()
            .filter("ADMIN"::equals)
            .count();
    if (admins == 1) {
      admin
          .put("/api/v1/users/" + adminId + "/role", Map.of("role", "VIEWER"))
          .expectProblem(409, null);
    }
    admin
        .put("/api/v1/users/" + UUID.randomUUID() + "/role", Map.of("role", "VIEWER"))
        .expectProblem(404, null);
  }

  @Test
  void developersManageUsersButNotAdmins() {
    Assumptions.assumeTrue(policy.isEnabled(Role.DEVELOPER), "DEVELOPER is off on this store");
    Session developer = loginAs(Role.DEVELOPER);
    UUID viewer = createUser(uniqueName("v"), Role.VIEWER);
    UUID otherAdmin = createUser(uniqueName("a"), Role.ADMIN);
    developer.put("/api/v1/users/" + viewer + "/role", Map.of("role", "EXECUTOR")).expect(200);
    Reply promote = developer.put("/api/v1/users/" + viewer + "/role", Map.of("role", "ADMIN"));
    promote.expectProblem(403, null);
    assertThat(promote.text("requiredPermission")).isEqualTo("ADMINS_MANAGE");
    developer.post("/api/v1/users/" + otherAdmin + "/disable", null).expectProblem(403, null);
    developer.post("/api/v1/users", newUser(uniqueName("x"), Role.ADMIN)).expectProblem(403, null);
  }

  @Test
  void changingOwnPasswordChecksTheCurrentOne() {
    Session user = loginAs(Role.EXECUTIVE);
    user.put(
            "/api/v1/users/me/password",
            Map.of("currentPassword", "wrong wrong wrong", "newPassword", "a brand new passphrase"))
        .expectProblem(400, "currentPassword");
    user.put(
            "/api/v1/users/me/password",
            Map.of("currentPassword", GOOD_PASSWORD, "newPassword", "short"))
        .expectProblem(400, "newPassword");
    user.put(
            "/api/v1/users/me/password",
            Map.of("currentPassword", GOOD_PASSWORD, "newPassword", "a brand new passphrase"))
        .expect(204);
    api.login(user.username(), "a brand new passphrase");
  }

  @Test
  void preferencesDefaultThenKeepWhatTheUserChose() {
    Session user = loginAs(Role.VIEWER);
    Reply defaults = user.get("/api/v1/users/me/preferences").expect(200);
    assertThat(defaults.text("theme")).isEqualTo("system");
    assertThat(defaults.body().get("timezoneIsDefault").asBoolean()).isTrue();

    user.put("/api/v1/users/me/preferences", Map.of("theme", "dark", "timezone", "Europe/Paris"))
        .expect(200);
    Reply stored = user.get("/api/v1/users/me/preferences").expect(200);
    assertThat(stored.text("theme")).isEqualTo("dark");
    assertThat(stored.text("timezone")).isEqualTo("Europe/Paris");
    assertThat(stored.body().get("timezoneIsDefault").asBoolean()).isFalse();

    user.put("/api/v1/users/me/preferences", Map.of("theme", "dark", "timezone", "Mars/Olympus"))
        .expectProblem(400, "timezone");
    user.put("/api/v1/users/me/preferences", Map.of("theme", "neon")).expectProblem(400, "theme");
  }

  @Test
  void settingsHaveDefaultsAndAreCheckedWhenChanged() {
    Session admin = admin();
    Reply list = admin.get("/api/v1/settings").expect(200);
    assertThat(list.body().findValuesAsString("name"))
        .contains("instance.name", "instance.default-timezone");
    admin
        .put("/api/v1/settings/instance.default-timezone", Map.of("value", "Nowhere/Land"))
        .expectProblem(400, "value");
    admin.put("/api/v1/settings/no.such.setting", Map.of("value", "x")).expectProblem(404, null);
    admin.put("/api/v1/settings/instance.name", Map.of("value", "Acme data")).expect(200);
    Reply again = loginAs(Role.EXECUTIVE).get("/api/v1/settings").expect(200);
    assertThat(again.raw()).contains("Acme data");
  }

  @Test
  void theAdminIsBootstrappedOnceWithTheConfiguredPassword() {
    admin(); // the test profile sets DAGG_ADMIN_PASSWORD (dagg.admin.password)
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    AdminBootstrap again =
        new AdminBootstrap(accounts, "", new PrintStream(console, true, StandardCharsets.UTF_8));
    assertThat(again.createAdminIfNoUsers()).isFalse();
    assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private static Map<String, Object> newUser(String username, Role role) {
    Map<String, Object> user = new HashMap<>();
    user.put("username", username);
    user.put("email", username + "@example.org");
    user.put("password", GOOD_PASSWORD);
    user.put("role", role.name());
    return user;
  }

  private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
    map.put(key, value);
    return map;
  }

  private static Map<String, Object> without(Map<String, Object> map, String key) {
    map.remove(key);
    return map;
  }
}
