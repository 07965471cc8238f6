package io.dataaggregator.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.testing.Api;
import io.dataaggregator.server.testing.Api.Reply;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Login, refresh rotation, reuse detection, logout, lockout and rate limit over HTTP. */
public abstract class AuthApiContract extends ServerIT {

  @Test
  void loginGivesAccessTokenThatOpensTheApi() {
    Reply login =
        api.post(
                "/api/v1/auth/login", null, Map.of("username", "admin", "password", ADMIN_PASSWORD))
            .expect(200);
    assertThat(login.body().get("expiresIn").asLong()).isEqualTo(15 * 60);
    assertThat(login.text("tokenType")).isEqualTo("Bearer");
    assertThat(login.text("refreshToken")).isNotBlank();
    Reply me = api.get("/api/v1/users/me", login.text("accessToken")).expect(200);
    assertThat(me.text("username")).isEqualTo("admin");
    assertThat(me.text("role")).isEqualTo("ADMIN");
  }

  @Test
  void usernameIsCaseInsensitive() {
    api.login("ADMIN", ADMIN_PASSWORD);
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSame401() {
    Reply wrong = login("admin", "not the password at all");
    Reply unknown = login(uniqueName("nobody"), "not the password at all");
    wrong.expectProblem(401, null);
    unknown.expectProblem(401, null);
    assertThat(wrong.text("detail")).isEqualTo(unknown.text("detail"));
  }

  @Test
  void missingPasswordIsA400NamingTheField() {
    api.post("/api/v1/auth/login", null, Map.of("username", "admin"))
        .expectProblem(400, "password");
  }

  @Test
  void refreshRotatesAndTheOldRefreshTokenIsSingleUse() {
    Session session = admin();
    Reply first = refresh(session.refreshToken()).expect(200);
    String next = first.text("refreshToken");
    assertThat(next).isNotEqualTo(session.refreshToken());
    api.get("/api/v1/users/me", first.text("accessToken")).expect(200);
    Reply second = refresh(next).expect(200);
    assertThat(second.text("refreshToken")).isNotEqualTo(next);
  }

  @Test
  void reusingAUsedRefreshTokenRevokesTheWholeFamily() {
    Session session = admin();
    String rotated = refresh(session.refreshToken()).expect(200).text("refreshToken");

    Reply reuse = refresh(session.refreshToken()).expectProblem(401, null);
    assertThat(reuse.text("type")).endsWith(":refresh-token-reused");
    // The thief's reuse also kills the legitimate holder's newer token.
    refresh(rotated).expectProblem(401, null);
  }

  @Test
  void otherLoginsSurviveAReuseInOneFamily() {
    Session one = admin();
    Session two = admin();
    refresh(one.refreshToken()).expect(200);
    refresh(one.refreshToken()).expect(401);
    refresh(two.refreshToken()).expect(200);
  }

  @Test
  void logoutRevokesTheRefreshToken() {
    Session session = admin();
    api.post("/api/v1/auth/logout", null, Map.of("refreshToken", session.refreshToken()))
        .expect(204);
    refresh(session.refreshToken()).expectProblem(401, null);
    // Logging out twice is harmless.
    api.post("/api/v1/auth/logout", null, Map.of("refreshToken", session.refreshToken()))
        .expect(204);
  }

  @Test
  void garbageAccessTokenIs401ProblemJson() {
    api.get("/api/v1/users/me", "not.a.jwt").expectProblem(401, null);
    Reply none = api.get("/api/v1/users/me", null).expectProblem(401, null);
    assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void accountLocksAfterFiveFailuresUntilAnAdminUnlocksIt() {
    String name = uniqueName("locked");
    UUID id = createUser(name, Role.VIEWER);
    for (int i = 1; i <= 4; i++) {
      new Api(port)
          .post("/api/v1/auth/login", null, credentials(name, "wrong password " + i))
          .expect(401);
    }
    Reply fifth =
        new Api(port).post("/api/v1/auth/login", null, credentials(name, "wrong password 5"));
    fifth.expectProblem(423, null);
    assertThat(fifth.text("lockedUntil")).isNotBlank();
    // Locked: even the right password is refused, from any address.
    new Api(port)
        .post("/api/v1/auth/login", null, credentials(name, GOOD_PASSWORD))
        .expectProblem(423, null);

    admin().post("/api/v1/users/" + id + "/unlock", null).expect(200);
    api.login(name, GOOD_PASSWORD);
    Reply history = admin().get("/api/v1/users/" + id + "/logins").expect(200);
    assertThat(history.body().findValuesAsString("outcome"))
        .contains("SUCCESS", "LOCKED", "WRONG_PASSWORD");
  }

  @Test
  void tooManyAttemptsFromOneAddressAre429WithRetryAfter() {
    Api sameAddress = new Api(port, Api.randomIp());
    Reply last = null;
    // 20 per minute refill one every 3 s: a slow machine may earn a token or two meanwhile.
    for (int i = 0; i < 30; i++) {
      last = sameAddress.post("/api/v1/auth/login", null, credentials(uniqueName("u"), "x"));
      if (last.status() == 429) {
        break;
      }
      last.expect(401);
    }
    last.expectProblem(429, null);
    assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
    // Another address is not affected.
    new Api(port).login("admin", ADMIN_PASSWORD);
  }

  @Test
  void disablingAUserEndsTheirSessionsAtOnce() {
    String name = uniqueName("leaver");
    UUID id = createUser(name, Role.EXECUTOR);
    Session session = api.login(name, GOOD_PASSWORD);
    session.get("/api/v1/users/me").expect(200);

    admin().post("/api/v1/users/" + id + "/disable", null).expect(200);

    session.get("/api/v1/users/me").expectProblem(401, null);
    refresh(session.refreshToken()).expect(401);
    login(name, GOOD_PASSWORD).expectProblem(403, null);
  }

  @Test
  void passwordResetEndsSessionsAndTheNewPasswordWorks() throws InterruptedException {
    String name = uniqueName("reset");
    UUID id = createUser(name, Role.VIEWER);
    Session session = api.login(name, GOOD_PASSWORD);
    Thread.sleep(1100); // access tokens have whole-second "issued at" times
    admin()
        .post("/api/v1/users/" + id + "/password", Map.of("password", "another good passphrase"))
        .expect(200);
    session.get("/api/v1/users/me").expect(401);
    refresh(session.refreshToken()).expect(401);
    api.login(name, "another good passphrase");
  }

  private Reply login(String username, String password) {
    return api.post("/api/v1/auth/login", null, credentials(username, password));
  }

  private Reply refresh(String refreshToken) {
    return api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", refreshToken));
  }

  static Map<String, String> credentials(String username, String password) {
    return Map.of("username", username, "password", password);
  }
}
