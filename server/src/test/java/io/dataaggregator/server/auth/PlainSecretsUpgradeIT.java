package io.dataaggregator.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.ServerApp;
import io.dataaggregator.server.secret.SecretCipher;
import io.dataaggregator.server.system.Sql;
import io.dataaggregator.server.testing.Api;
import io.dataaggregator.server.testing.ServerIT;
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * A store made by a server from before secrets were sealed (its migrations only, TOTP and webhook
 * secrets in plain text) is upgraded by starting today's server on it: Flyway applies the new
 * scripts out of order (V6 after V70), the Java migrations seal the plain values, and the TOTP
 * login and the webhook secret still work with them. On H2 and on PostgreSQL.
 */
class PlainSecretsUpgradeIT {
  /** The scripts the store had before secrets were sealed: a fixed piece of history. */
  private static final List<String> BEFORE =
      List.of(
          "V1__roles_and_users.sql",
          "V2__refresh_tokens.sql",
          "V3__api_keys.sql",
          "V4__login_attempts.sql",
          "V5__settings_and_preferences.sql",
          "V10__connections.sql",
          "V11__connection_kind.sql",
          "V20__pipelines.sql",
          "V21__pipeline_live_names.sql",
          "V30__runs.sql",
          "V40__quartz.sql",
          "V41__schedules.sql",
          "V50__alerts.sql",
          "V60__audit.sql",
          "V70__uploads.sql");

  private static final String WEBHOOK_SECRET = "a-webhook-secret-kept-in-plain-text";

  @TempDir Path dir;

  @Test
  void plainSecretsOfAnH2StoreAreSealedOnUpgradeAndStillWork() throws Exception {
    String url = "jdbc:h2:file:" + Files.createDirectories(dir.resolve("data")).resolve("dagg");
    upgradeAndCheck(url, "sa", "--dagg.db.url=");
  }

  @Test
  void plainSecretsOfAPostgresStoreAreSealedOnUpgradeAndStillWork() throws Exception {
    try (ThrowawayPostgres db = ThrowawayPostgres.create()) {
      String url = db.jdbcUrl();
      upgradeAndCheck(url, db.user(), "--dagg.db.url=" + url, "--dagg.db.user=" + db.user());
    }
  }

  private void upgradeAndCheck(String url, String user, String... storeArgs) throws Exception {
    Flyway.configure()
        .dataSource(url, user, "")
        .locations("filesystem:" + oldScripts())
        .load()
        .migrate();
    JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, user, ""));
    String totp = Totp.newSecret();
    String pending = Totp.newSecret();
    String name = "legacy-" + UUID.randomUUID().toString().substring(0, 8);
    UUID userId = insertUser(jdbc, name, totp, pending);
    UUID ruleId = insertRule(jdbc);

    try (ConfigurableApplicationContext server = start(storeArgs)) {
      SecretCipher cipher = server.getBean(SecretCipher.class);
      Map<String, Object> row =
          jdbc.sql("SELECT totp_secret, totp_pending_secret FROM users WHERE id = :id")
              .param("id", userId)
              .query()
              .singleRow();
      String sealedTotp = (String) row.get("totp_secret");
      assertThat(sealedTotp).startsWith(SecretCipher.PREFIX).doesNotContain(totp);
      assertThat(cipher.open(sealedTotp, TotpSecrets.context(userId))).isEqualTo(totp);
      assertThat(cipher.open((String) row.get("totp_pending_secret"), TotpSecrets.context(userId)))
          .isEqualTo(pending);
      String sealedHook =
          jdbc.sql("SELECT webhook_secret FROM alert_rules WHERE id = :id")
              .param("id", ruleId)
              .query(String.class)
              .single();
      assertThat(sealedHook).startsWith(SecretCipher.PREFIX).doesNotContain(WEBHOOK_SECRET);
      assertThat(cipher.open(sealedHook, "alert-rule:" + ruleId + ":webhook-secret"))
          .isEqualTo(WEBHOOK_SECRET);

      Api api = new Api(port(server));
      Map<String, String> login =
          Map.of(
              "username",
              name,
              "password",
              ServerIT.GOOD_PASSWORD,
              "totp",
              TotpAndApiKeysContract.code(totp, 0));
      api.post("/api/v1/auth/login", null, login).expect(200);
    }
  }

  private Path oldScripts() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("scripts"));
    for (String script : BEFORE) {
      try (InputStream in =
          getClass().getClassLoader().getResourceAsStream("db/migration/" + script)) {
        Files.copy(in, folder.resolve(script));
      }
    }
    return folder;
  }

  private static UUID insertUser(JdbcClient jdbc, String name, String totp, String pending) {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    jdbc.sql(
            "INSERT INTO users (id, username, email, password_hash, role, enabled, totp_secret,"
                + " totp_pending_secret, totp_last_step, totp_required, failed_logins,"
                + " locked_until, sessions_valid_after, created_at, updated_at) VALUES (:id,"
                + " :name, 'legacy@example.org', :hash, 'DESIGNER', TRUE, :totp, :pending, NULL,"
                + " FALSE, 0, NULL, :now, :now, :now)")
        .param("id", id)
        .param("name", name)
        .param(
            "hash",
            Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(ServerIT.GOOD_PASSWORD))
        .param("totp", totp)
        .param("pending", pending)
        .param("now", Sql.ts(now.minusSeconds(60)))
        .update();
    return id;
  }

  private static UUID insertRule(JdbcClient jdbc) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO alert_rules (id, name, pipeline_id, condition_type, in_app, webhook_url,"
                + " webhook_secret, enabled, created_by, created_at, updated_at) VALUES (:id,"
                + " 'legacy hook', NULL, 'RUN_FAILED', TRUE, 'http://127.0.0.1:9/hook', :secret,"
                + " TRUE, 'admin', :now, :now)")
        .param("id", id)
        .param("secret", WEBHOOK_SECRET)
        .param("now", Sql.ts(Instant.now()))
        .update();
    return id;
  }

  private ConfigurableApplicationContext start(String... storeArgs) {
    String[] args =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(
                    "--server.port=0",
                    "--dagg.data-dir=" + dir.resolve("data"),
                    "--dagg.workers.enabled=false"),
                java.util.stream.Stream.of(storeArgs))
            .toArray(String[]::new);
    return new SpringApplicationBuilder(ServerApp.class).profiles("it").run(args);
  }

  private static int port(ConfigurableApplicationContext server) {
    return Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
  }

}
