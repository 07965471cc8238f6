package io.dataaggregator.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.testing.Api.Reply;
import io.dataaggregator.server.testing.ServerIT;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Calls EVERY operation of the live OpenAPI document with a token of EVERY role (and with none) and
 * checks the answer against the permission table: 403 naming the permission when the role lacks it,
 * anything but 401/403/5xx when it has it. Payloads are empty objects and ids random, so allowed
 * calls fail validation or find nothing instead of changing data. New endpoints are walked
 * automatically; one without {@code @Requires} fails here.
 */
public abstract class RoleWalkContract extends ServerIT {
  @Autowired AccessPolicy policy;

  @Test
  void everyOperationAnswersEveryRoleAsThePermissionTableSays() {
    Map<Role, String> tokens = tokensOfEnabledRoles();
    JsonNode paths = api.get("/v3/api-docs", null).expect(200).body().get("paths");
    List<String> failures = new ArrayList<>();
    int operations = 0;
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        operations++;
        walk(op.getKey().toUpperCase(), path.getKey(), op.getValue(), tokens, failures);
      }
    }
    assertThat(failures).as("operations answering against the table").isEmpty();
    assertThat(operations).as("operations walked").isGreaterThanOrEqualTo(25);
  }

  @Test
  void prometheusScrapingNeedsTheMonitoringPermission() {
    Map<Role, String> tokens = tokensOfEnabledRoles();
    api.get("/actuator/prometheus", null).expectProblem(401, null);
    tokens.forEach(
        (role, token) -> {
          Reply reply = api.get("/actuator/prometheus", token);
          int expected = policy.permits(role, Permission.MONITORING_READ) ? 200 : 403;
          assertThat(reply.status()).as(role + " " + reply.raw()).isEqualTo(expected);
        });
    api.get("/actuator/health", null).expect(200);
  }

  @Test
  void aSwitchedOffDeveloperRoleCannotBeGivenNorLogIn() {
    if (policy.isEnabled(Role.DEVELOPER)) {
      assertThat(loginAs(Role.DEVELOPER).get("/api/v1/users/me").expect(200).text("role"))
          .isEqualTo("DEVELOPER");
      return;
    }
    admin()
        .post(
            "/api/v1/users",
            Map.of(
                "username",
                uniqueName("dev"),
                "email",
                "dev@example.org",
                "password",
                GOOD_PASSWORD,
                "role",
                "DEVELOPER"))
        .expectProblem(400, "role");
  }

  private void walk(
      String method, String path, JsonNode op, Map<Role, String> tokens, List<String> failures) {
    String what = method + " " + path;
    if (!path.startsWith("/api/v1/")) {
      failures.add(what + ": the API lives under /api/v1/");
    }
    JsonNode declared = op.get(AuthWebConfig.PERMISSION_EXTENSION);
    if (declared == null) {
      failures.add(what + ": declares no permission (add @Requires or @PublicEndpoint)");
      return;
    }
    String url = fill(path, op.get("parameters"));
    Object body = op.has("requestBody") ? "{}" : null;
    boolean isPublic = AuthWebConfig.PUBLIC.equals(declared.asString());
    Reply anonymous = api.call(method, url, (String) null, body);
    if (isPublic != (anonymous.status() != 401)) {
      failures.add(what + " anonymous: " + anonymous.status() + " " + anonymous.raw());
    }
    tokens.forEach(
        (role, token) -> {
          Reply reply = api.call(method, url, token, body);
          boolean allowed =
              isPublic || policy.permits(role, Permission.valueOf(declared.asString()));
          String problem = check(reply, allowed, declared.asString());
          if (problem != null) {
            failures.add(what + " as " + role + ": " + problem);
          }
        });
  }

  private static String check(Reply reply, boolean allowed, String permission) {
    int status = reply.status();
    if (allowed && (status == 401 || status == 403 || status >= 500)) {
      return "allowed by the table but answered " + status + " " + reply.raw();
    }
    if (!allowed && (status != 403 || !permission.equals(reply.text("requiredPermission")))) {
      return "denied by the table but answered " + status + " " + reply.raw();
    }
    return null;
  }

  private Map<Role, String> tokensOfEnabledRoles() {
    Map<Role, String> tokens = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      if (policy.isEnabled(role)) {
        tokens.put(role, role == Role.ADMIN ? admin().token() : loginAs(role).token());
      }
    }
    return tokens;
  }

  /** Fills path parameters with values that parse but match nothing. */
  private static String fill(String path, JsonNode parameters) {
    String url = path;
    if (parameters != null) {
      for (JsonNode p : parameters) {
        if ("path".equals(p.get("in").asString())) {
          JsonNode format = p.path("schema").path("format");
          String value = "uuid".equals(format.asString("")) ? UUID.randomUUID().toString() : "walk";
          url = url.replace("{" + p.get("name").asString() + "}", value);
        }
      }
    }
    return url;
  }
}
