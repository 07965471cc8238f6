package io.dataaggregator.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.testing.Api;
import io.dataaggregator.server.testing.Api.Reply;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The audit log over HTTP: what every mutating call and every login leaves behind. */
public abstract class AuditApiContract extends ServerIT {
  @Test
  void creatingAUserIsAuditedWithWhoWhatAndFromWhere() {
    Session admin = admin();
    String name = uniqueName("audited");
    Reply created =
        api.call(
                "POST",
                "/api/v1/users",
                Map.of(
                    "Authorization",
                    "Bearer " + admin.token(),
                    "X-Correlation-Id",
                    "audit-" + name),
                Map.of(
                    "username",
                    name,
                    "email",
                    name + "@example.org",
                    "password",
                    GOOD_PASSWORD,
                    "role",
                    "VIEWER"))
            .expect(201);
    String id = created.text("id");

    JsonNode entry = single(admin, "/api/v1/audit?targetType=users&targetId=" + id);
    assertThat(entry.get("user").asString()).isEqualTo("admin");
    assertThat(entry.get("action").asString()).isEqualTo("create");
    assertThat(entry.get("method").asString()).isEqualTo("POST");
    assertThat(entry.get("path").asString()).isEqualTo("/api/v1/users");
    assertThat(entry.get("status").asInt()).isEqualTo(201);
    assertThat(entry.get("clientIp").asString()).isEqualTo(admin.api().clientIp());
    assertThat(entry.get("correlationId").asString()).isEqualTo("audit-" + name);
    assertThat(entry.get("summary").asString())
        .contains("username=" + name, "role=VIEWER", "password=***")
        .doesNotContain(GOOD_PASSWORD);
    assertThat(entry.get("at").asString()).isNotBlank();

    admin.put("/api/v1/users/" + id + "/role", Map.of("role", "EXECUTOR")).expect(200);
    JsonNode change = single(admin, "/api/v1/audit?action=change-role&targetId=" + id);
    assertThat(change.get("summary").asString()).isEqualTo("role=EXECUTOR");
  }

  @Test
  void loginsAreAuditedFailedOnesWithTheNameTried() {
    String name = uniqueName("ghost");
    api.post("/api/v1/auth/login", null, Map.of("username", name, "password", "wrong password 1"))
        .expect(401);
    Session admin = admin();
    JsonNode failed = single(admin, "/api/v1/audit?action=login&user=" + name);
    assertThat(failed.get("status").asInt()).isEqualTo(401);
    assertThat(failed.get("summary").asString())
        .contains("password=***", "Wrong username or password")
        .doesNotContain("wrong password 1");
    Reply mine = admin.get("/api/v1/audit?action=login&user=admin&size=1").expect(200);
    assertThat(mine.body().get("items").get(0).get("status").asInt()).isEqualTo(200);
  }

  @Test
  void refreshesAndLogoutsAreAuditedWithTheTokensOwnerAndTheClientAddress() {
    Session viewer = loginAs(Role.VIEWER);
    String viewerId = viewer.id().toString();
    String first = viewer.refreshToken();
    String second =
        api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", first))
            .expect(200)
            .text("refreshToken");
    api.post("/api/v1/auth/logout", null, Map.of("refreshToken", second)).expect(204);
    // A used token presented again is refused, yet it still tells whose it was.
    api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", first)).expect(401);

    Session admin = admin();
    JsonNode refreshes =
        admin
            .get("/api/v1/audit?action=refresh&user=" + viewer.username())
            .expect(200)
            .body()
            .get("items");
    assertThat(refreshes.findValuesAsString("userId")).containsOnly(viewerId).hasSize(2);
    assertThat(refreshes.findValuesAsString("clientIp")).containsOnly(api.clientIp());
    assertThat(refreshes.findValues("status")).extracting(JsonNode::asInt).contains(200, 401);
    JsonNode logout = single(admin, "/api/v1/audit?action=logout&user=" + viewer.username());
    assertThat(logout.get("userId").asString()).isEqualTo(viewerId);
    assertThat(logout.get("clientIp").asString()).isEqualTo(api.clientIp());
    assertThat(logout.get("status").asInt()).isEqualTo(204);
    assertThat(logout.get("summary").asString())
        .isEqualTo("refreshToken=***")
        .doesNotContain(second);
  }

  @Test
  void aRefreshWithATokenNobodyWasGivenIsAuditedAsUnknownWithItsAddress() {
    Api stranger = new Api(port);
    stranger
        .post("/api/v1/auth/refresh", null, Map.of("refreshToken", "made-up-refresh-token"))
        .expect(401);
    stranger
        .post("/api/v1/auth/logout", null, Map.of("refreshToken", "another-made-up-token"))
        .expect(204);
    JsonNode items =
        admin()
            .get("/api/v1/audit?user=unknown&q=/api/v1/auth/&size=500")
            .expect(200)
            .body()
            .get("items");
    List<JsonNode> fromStranger = new ArrayList<>();
    items.forEach(
        e -> {
          if (stranger.clientIp().equals(e.get("clientIp").asString())) {
            fromStranger.add(e);
          }
        });
    assertThat(fromStranger)
        .extracting(e -> e.get("action").asString())
        .containsExactlyInAnyOrder("refresh", "logout");
    assertThat(fromStranger).allSatisfy(e -> assertThat(e.path("userId").asString("")).isEmpty());
  }

  @Test
  void refusedChangesAreAuditedToo() {
    Session viewer = loginAs(Role.VIEWER);
    viewer.post("/api/v1/users", Map.of("username", "nope")).expect(403);
    JsonNode entry =
        single(admin(), "/api/v1/audit?user=" + viewer.username() + "&targetType=users");
    assertThat(entry.get("status").asInt()).isEqualTo(403);
    assertThat(entry.get("summary").asString()).contains("USERS_ADMIN");
  }

  @Test
  void searchFiltersByTextAndTimeAndPages() {
    Session admin = admin();
    String marker = uniqueName("findme");
    Instant before = Instant.now().minusSeconds(1);
    for (int i = 0; i < 3; i++) {
      admin
          .post(
              "/api/v1/users",
              Map.of("username", marker + i, "email", "x", "password", "p", "role", "VIEWER"))
          .expect(400);
    }
    Reply page =
        admin
            .get("/api/v1/audit?q=" + marker.toUpperCase() + "&since=" + before + "&size=2")
            .expect(200);
    assertThat(page.body().get("total").asLong()).isEqualTo(3);
    assertThat(page.body().get("items").size()).isEqualTo(2);
    Reply next = admin.get("/api/v1/audit?q=" + marker + "&size=2&page=1").expect(200);
    assertThat(next.body().get("items").size()).isEqualTo(1);
    assertThat(
            admin
                .get("/api/v1/audit?q=" + marker + "&until=" + before)
                .expect(200)
                .body()
                .get("total")
                .asLong())
        .isZero();
    admin
        .get("/api/v1/audit?since=" + Instant.now() + "&until=" + before)
        .expectProblem(400, "until");
    admin.get("/api/v1/audit?size=0").expectProblem(400, "size");
    loginAs(Role.EXECUTOR).get("/api/v1/audit").expectProblem(403, null);
  }

  private static JsonNode single(Session admin, String query) {
    JsonNode items = admin.get(query).expect(200).body().get("items");
    assertThat(items.size()).as(items.toString()).isEqualTo(1);
    return items.get(0);
  }
}
