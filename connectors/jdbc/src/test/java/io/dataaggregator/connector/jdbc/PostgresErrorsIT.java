package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.PgTestSupport.DESTINATION;
import static io.dataaggregator.connector.jdbc.PgTestSupport.SOURCE;
import static io.dataaggregator.connector.jdbc.PgTestSupport.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.testkit.PasswordPostgres;
import io.dataaggregator.testkit.ThrowawayPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresErrorsIT extends ErrorsContract<PostgresConfig> {
  @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();
  @RegisterExtension static final PasswordPostgres SECURED = new PasswordPostgres();

  PostgresErrorsIT() {
    super(new PgTestDb(PG));
  }

  @Override
  PostgresConfig at(String host, int port, String database, String user) {
    return PostgresConfig.of(host, port, database, user);
  }

  @Override
  String product() {
    return "PostgreSQL";
  }

  @Override
  String noSuchDatabase(String database) {
    return "database \"" + database + "\" does not exist";
  }

  @Test
  void wrongPasswordIsAuthFailedNamingUserHostAndPort() {
    var cfg =
        PostgresConfig.of(SECURED.host(), SECURED.port(), "postgres", "postgres")
            .withPassword("not-" + SECURED.password());
    String where = "127.0.0.1:" + SECURED.port();
    fails(
        () -> SOURCE.discover(cfg),
        CommonErrorCode.AUTH_FAILED,
        "password authentication failed for user \"postgres\" at " + where);
    assertThat(SOURCE.check(cfg))
        .satisfies(
            r -> {
              assertThat(r.ok()).isFalse();
              assertThat(r.message()).contains("password authentication failed", where);
            });
  }

  @Test
  void theRightPasswordConnects() {
    var cfg =
        PostgresConfig.of(SECURED.host(), SECURED.port(), "postgres", "postgres")
            .withPassword(SECURED.password());
    assertThat(DESTINATION.check(cfg).ok()).isTrue();
  }

  @Test
  void tableTheUserMayNotWriteIsPermissionDeniedNamingTheTable() {
    PG.execute(
        "CREATE TABLE guarded (id bigint)",
        "DROP ROLE IF EXISTS " + PG.database() + "_reader",
        "CREATE ROLE " + PG.database() + "_reader LOGIN",
        "GRANT SELECT ON guarded TO " + PG.database() + "_reader");
    try {
      var reader =
          PostgresConfig.of(PG.host(), PG.port(), PG.database(), PG.database() + "_reader");
      fails(
          () -> DESTINATION.open(reader, target("guarded", SCHEMA, WriteMode.APPEND)),
          CommonErrorCode.PERMISSION_DENIED,
          "may not write to table public.guarded",
          "no INSERT right");
      assertThat(DESTINATION.check(reader).message()).contains("may not create tables");
    } finally {
      PG.execute(
          "DROP OWNED BY " + PG.database() + "_reader", "DROP ROLE " + PG.database() + "_reader");
    }
  }
}
