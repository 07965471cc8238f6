package io.dataaggregator.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.secret.SecretCipher;
import io.dataaggregator.server.testing.Api.Reply;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The TOTP second factor and API keys, over HTTP. */
public abstract class TotpAndApiKeysContract extends ServerIT {
  @Autowired JdbcClient jdbc;

  @Test
  void enrolledTotpIsNeededAtLoginAndCodesAreSingleUse() {
    String name = uniqueName("totp");
    createUser(name, Role.DESIGNER);
    Session session = api.login(name, GOOD_PASSWORD);
    Reply enrolment = session.post("/api/v1/auth/totp", null).expect(200);
    String secret = enrolment.text("secret");
    assertThat(enrolment.text("otpauthUri"))
        .startsWith("otpauth://totp/Data%20Aggregator:" + name + "?secret=" + secret);

    session.post("/api/v1/auth/totp/confirm", Map.of("code", "000000x")).expectProblem(400, "code");
    session.post("/api/v1/auth/totp/confirm", Map.of("code", code(secret, 0))).expect(204);

    Reply withoutCode = login(name, GOOD_PASSWORD, null).expectProblem(401, null);
    assertThat(withoutCode.body().get("totpRequired").asBoolean()).isTrue();
    login(name, GOOD_PASSWORD, "123456x").expectProblem(401, null);
    String next = code(secret, 1);
    login(name, GOOD_PASSWORD, next).expect(200);
    login(name, GOOD_PASSWORD, next).expectProblem(401, null); // replayed
  }

  @Test
  void totpSecretsAreStoredSealedAndNeverAnsweredAfterEnrolment() {
    String name = uniqueName("sealed");
    UUID id = createUser(name, Role.DESIGNER);
    Session session = api.login(name, GOOD_PASSWORD);
    String secret = session.post("/api/v1/auth/totp", null).expect(200).text("secret");
    assertThat(stored(id, "totp_pending_secret"))
        .startsWith(SecretCipher.PREFIX)
        .doesNotContain(secret);

    session.post("/api/v1/auth/totp/confirm", Map.of("code", code(secret, 0))).expect(204);
    assertThat(stored(id, "totp_secret")).startsWith(SecretCipher.PREFIX).doesNotContain(secret);
    assertThat(stored(id, "totp_pending_secret")).isNull();
    login(name, GOOD_PASSWORD, code(secret, 1)).expect(200);

    Session admin = admin();
    for (String answer :
        List.of(
            session.get("/api/v1/users/me").expect(200).raw(),
            admin.get("/api/v1/users/" + id).expect(200).raw(),
            admin.get("/api/v1/users").expect(200).raw())) {
      assertThat(answer).doesNotContain(secret).doesNotContain(SecretCipher.PREFIX);
    }
  }

  @Test
  void aTotpSecretCopiedToAnotherAccountDoesNotOpenThere() {
    String owner = uniqueName("owner");
    UUID ownerId = createUser(owner, Role.VIEWER);
    Session session = api.login(owner, GOOD_PASSWORD);
    String secret = session.post("/api/v1/auth/totp", null).expect(200).text("secret");
    session.post("/api/v1/auth/totp/confirm", Map.of("code", code(secret, 0))).expect(204);
    String thief = uniqueName("thief");
    UUID thiefId = createUser(thief, Role.VIEWER);
    // Someone with write access to the store copies the sealed secret to an account they know.
    jdbc.sql("UPDATE users SET totp_secret = :s WHERE id = :id")
        .param("s", stored(ownerId, "totp_secret"))
        .param("id", thiefId)
        .update();

    Reply refused = login(thief, GOOD_PASSWORD, code(secret, 1)).expectProblem(500, null);
    assertThat(refused.text("type")).endsWith(":secret-unreadable");
    assertThat(refused.text("detail")).contains(thief).doesNotContain(secret);
  }

  @Test
  void adminRequiringTotpMakesTheUserEnrolAtNextLogin() {
    String name = uniqueName("forced");
    UUID id = createUser(name, Role.EXECUTOR);
    Reply required =
        admin().put("/api/v1/users/" + id + "/totp", Map.of("required", true)).expect(200);
    assertThat(required.body().get("totpRequired").asBoolean()).isTrue();

    Reply offer = login(name, GOOD_PASSWORD, null).expectProblem(401, null);
    assertThat(offer.text("type")).endsWith(":totp-enrolment-required");
    String secret = offer.text("secret");
    assertThat(offer.text("otpauthUri")).contains("secret=" + secret);
    // Asking again offers the same secret, so an app already scanned keeps working.
    assertThat(login(name, GOOD_PASSWORD, null).text("secret")).isEqualTo(secret);

    login(name, GOOD_PASSWORD, code(secret, 0)).expect(200);
    Reply user = admin().get("/api/v1/users/" + id).expect(200);
    assertThat(user.body().get("totpEnabled").asBoolean()).isTrue();
    login(name, GOOD_PASSWORD, null).expectProblem(401, null);
  }

  @Test
  void wrongTotpCodesCountTowardsTheLockout() {
    String name = uniqueName("guess");
    createUser(name, Role.VIEWER);
    Session session = api.login(name, GOOD_PASSWORD);
    String secret = session.post("/api/v1/auth/totp", null).expect(200).text("secret");
    session.post("/api/v1/auth/totp/confirm", Map.of("code", code(secret, 0))).expect(204);
    String wrong = code(secret, 5);
    for (int i = 0; i < 4; i++) {
      login(name, GOOD_PASSWORD, wrong).expect(401);
    }
    login(name, GOOD_PASSWORD, wrong).expectProblem(423, null);
  }

  @Test
  void apiKeyActsAsItsOwnerWithTheOwnersRole() {
    Session viewer = loginAs(Role.VIEWER);
    Reply created = viewer.post("/api/v1/api-keys", Map.of("name", "nightly export")).expect(201);
    String key = created.text("key");
    assertThat(key).startsWith("dagg_");
    assertThat(created.header("Location")).endsWith("/api/v1/api-keys/" + created.text("id"));

    Reply me = withKey("GET", "/api/v1/users/me", key).expect(200);
    assertThat(me.text("username")).isEqualTo(viewer.username());
    assertThat(me.body().get("viaApiKey").asBoolean()).isTrue();
    withKey("GET", "/api/v1/users", key).expectProblem(403, null); // a VIEWER may not

    Reply listed = viewer.get("/api/v1/api-keys").expect(200);
    assertThat(listed.body().findValuesAsString("name")).containsExactly("nightly export");
    assertThat(listed.raw()).doesNotContain(key);
    assertThat(listed.body().get(0).get("prefix").asString()).isEqualTo(key.substring(0, 12));
  }

  @Test
  void revokedOrUnknownApiKeysAre401AndOnlyTheOwnerRevokes() {
    Session owner = loginAs(Role.EXECUTOR);
    Reply created = owner.post("/api/v1/api-keys", Map.of("name", "ci")).expect(201);
    String id = created.text("id");
    Session other = loginAs(Role.EXECUTOR);
    other.delete("/api/v1/api-keys/" + id).expectProblem(404, null);

    owner.delete("/api/v1/api-keys/" + id).expect(204);
    withKey("GET", "/api/v1/users/me", created.text("key")).expectProblem(401, null);
    withKey("GET", "/api/v1/users/me", "dagg_made-up").expectProblem(401, null);
    assertThat(owner.get("/api/v1/api-keys").expect(200).body().size()).isZero();
  }

  @Test
  void apiKeyStopsWorkingWhenItsOwnerIsDisabled() {
    String name = uniqueName("machine");
    UUID id = createUser(name, Role.EXECUTOR);
    String key =
        api.login(name, GOOD_PASSWORD)
            .post("/api/v1/api-keys", Map.of("name", "robot"))
            .expect(201)
            .text("key");
    withKey("GET", "/api/v1/users/me", key).expect(200);
    admin().post("/api/v1/users/" + id + "/disable", null).expect(200);
    withKey("GET", "/api/v1/users/me", key).expectProblem(401, null);
  }

  @Test
  void apiKeyNeedsAName() {
    loginAs(Role.VIEWER).post("/api/v1/api-keys", Map.of()).expectProblem(400, "name");
  }

  private String stored(UUID user, String column) {
    return jdbc.sql("SELECT " + column + " FROM users WHERE id = :id")
        .param("id", user)
        .query((rs, n) -> rs.getString(1))
        .list()
        .getFirst(); // may be null
  }

  private Reply withKey(String method, String path, String key) {
    return api.call(method, path, Map.of("X-API-Key", key), null);
  }

  private Reply login(String username, String password, String totp) {
    Map<String, String> body = new HashMap<>(AuthApiContract.credentials(username, password));
    if (totp != null) {
      body.put("totp", totp);
    }
    return api.post("/api/v1/auth/login", null, body);
  }

  /** The code of the secret for the current time step plus {@code ahead}. */
  static String code(String secret, int ahead) {
    return Totp.code(Base32.decode(secret), Totp.step(Instant.now()) + ahead, Totp.DIGITS);
  }
}
