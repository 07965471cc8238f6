package io.dataaggregator.server.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.system.Sql;
import io.dataaggregator.server.testing.Api;
import io.dataaggregator.server.testing.Api.Reply;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Retention of the auth feature's growing tables: the login history ({@code login_attempts}, kept
 * {@code retention.logins-days}) and the refresh tokens of logins that are over (kept until the
 * newest token of their family expires). The lockout and the detection of a reused refresh token
 * must work as before. Rows are backdated straight in the store.
 */
public abstract class LoginRetentionContract extends ServerIT {
  // Whole seconds: the stores keep microseconds, and a row stored at RECENTLY rounded down would
  // count as older than RECENTLY itself.
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(400));
  private static final Instant RECENTLY = NOW.minus(Duration.ofDays(10));

  @Autowired JdbcClient jdbc;
  @Autowired RetentionPurger purger;

  @AfterEach
  void backToDefaults() {
    jdbc.sql("DELETE FROM system_settings WHERE name LIKE 'retention.%'").update();
  }

  @Test
  void loginHistoryRetentionIsASettingOfNinetyDaysByDefault() {
    JsonNode settings = admin().get("/api/v1/settings").expect(200).body();
    JsonNode logins = null;
    for (JsonNode s : settings) {
      if ("retention.logins-days".equals(s.get("name").asString())) {
        logins = s;
      }
    }
    assertThat(logins).as("retention.logins-days among " + settings).isNotNull();
    assertThat(logins.get("defaultValue").asString()).isEqualTo("90");
    assertThat(logins.get("description").asString()).contains("login history");
    admin()
        .put("/api/v1/settings/retention.logins-days", Map.of("value", "-1"))
        .expectProblem(400, "value");
  }

  @Test
  void loginAttemptsOlderThanTheSettingGoWhileRecentOnesStay() {
    String name = uniqueName("history");
    UUID user = createUser(name, Role.VIEWER);
    attempt(name, user, LONG_AGO);
    attempt(name, user, LONG_AGO);
    attempt(name, user, LONG_AGO);
    attempt(name, user, RECENTLY);
    api.login(name, ServerIT.GOOD_PASSWORD);

    purger.purgeAllNow();

    assertThat(attemptsOf(user, "attempted_at < :at", RECENTLY)).isZero();
    assertThat(attemptsOf(user, "attempted_at >= :at", RECENTLY)).isEqualTo(2);
    assertThat(admin().get("/api/v1/users/" + user + "/logins").expect(200).body().size())
        .isEqualTo(2);

    admin().put("/api/v1/settings/retention.logins-days", Map.of("value", "0")).expect(200);
    attempt(name, user, LONG_AGO);
    purger.purgeAllNow();
    assertThat(attemptsOf(user, "attempted_at < :at", RECENTLY)).as("kept forever").isOne();
  }

  @Test
  void theShortestRetentionNeitherLiftsNorDelaysALockout() {
    admin().put("/api/v1/settings/retention.logins-days", Map.of("value", "1")).expect(200);
    String name = uniqueName("locked");
    UUID user = createUser(name, Role.VIEWER);
    for (int i = 1; i <= 3; i++) {
      wrongPassword(name, i).expect(401);
    }
    purger.purgeAllNow();
    wrongPassword(name, 4).expect(401);
    wrongPassword(name, 5).expectProblem(423, null);

    purger.purgeAllNow();
    new Api(port)
        .post("/api/v1/auth/login", null, Map.of("username", name, "password", GOOD_PASSWORD))
        .expectProblem(423, null);
    assertThat(attemptsOf(user, "attempted_at > :at", Instant.now().minus(Duration.ofHours(1))))
        .as("attempts within the lockout window are kept")
        .isEqualTo(6);
  }

  @Test
  void aUsedTokenOfALoginStillGoingIsKeptAndItsReuseStillSignsTheLoginOut() {
    String name = uniqueName("reuse");
    UUID user = createUser(name, Role.VIEWER);
    Session session = api.login(name, GOOD_PASSWORD);
    String rotated = refresh(session.refreshToken()).expect(200).text("refreshToken");
    // The used token's own expiry is long past; the login goes on with the rotated one.
    jdbc.sql(
            "UPDATE refresh_tokens SET expires_at = :at WHERE user_id = :user"
                + " AND used_at IS NOT NULL")
        .param("at", Sql.ts(LONG_AGO))
        .param("user", user)
        .update();

    purger.purgeAllNow();

    assertThat(tokensOf(user)).isEqualTo(2);
    Reply reuse = refresh(session.refreshToken()).expectProblem(401, null);
    assertThat(reuse.text("type")).endsWith(":refresh-token-reused");
    refresh(rotated).expectProblem(401, null);
  }

  @Test
  void refreshTokensGoAWholeLoginAtATimeOnceItsNewestTokenHasExpired() {
    String name = uniqueName("ended");
    UUID user = createUser(name, Role.VIEWER);
    Session ended = api.login(name, GOOD_PASSWORD);
    String last = refresh(refresh(ended.refreshToken()).text("refreshToken")).text("refreshToken");
    jdbc.sql("UPDATE refresh_tokens SET expires_at = :at WHERE user_id = :user")
        .param("at", Sql.ts(RECENTLY))
        .param("user", user)
        .update();
    Session loggedOut = api.login(name, GOOD_PASSWORD);
    api.post("/api/v1/auth/logout", null, Map.of("refreshToken", loggedOut.refreshToken()))
        .expect(204);
    Session going = api.login(name, GOOD_PASSWORD);

    purger.purgeAllNow();

    assertThat(tokensOf(user)).as("the logged out and the going login's").isEqualTo(2);
    assertThat(refresh(last).expectProblem(401, null).text("type"))
        .endsWith(":invalid-refresh-token");
    assertThat(refresh(loggedOut.refreshToken()).expectProblem(401, null).text("detail"))
        .contains("revoked");
    refresh(going.refreshToken()).expect(200);
  }

  private Reply refresh(String refreshToken) {
    return api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", refreshToken));
  }

  private Reply wrongPassword(String name, int i) {
    return new Api(port)
        .post("/api/v1/auth/login", null, Map.of("username", name, "password", "wrong " + i));
  }

  private void attempt(String name, UUID user, Instant at) {
    jdbc.sql(
            "INSERT INTO login_attempts (username, user_id, client_ip, outcome, attempted_at)"
                + " VALUES (:name, :user, '192.0.2.1', 'WRONG_PASSWORD', :at)")
        .param("name", name)
        .param("user", user)
        .param("at", Sql.ts(at))
        .update();
  }

  private long attemptsOf(UUID user, String when, Instant at) {
    return jdbc.sql("SELECT COUNT(*) FROM login_attempts WHERE user_id = :user AND " + when)
        .param("user", user)
        .param("at", Sql.ts(at))
        .query(Long.class)
        .single();
  }

  private long tokensOf(UUID user) {
    return jdbc.sql("SELECT COUNT(*) FROM refresh_tokens WHERE user_id = :user")
        .param("user", user)
        .query(Long.class)
        .single();
  }
}
