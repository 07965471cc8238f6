package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.PgTestSupport.DESTINATION;
import static io.dataaggregator.connector.jdbc.PgTestSupport.SOURCE;
import static io.dataaggregator.connector.jdbc.PgTestSupport.config;
import static io.dataaggregator.connector.jdbc.PgTestSupport.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ErrorCode;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.testkit.PasswordPostgres;
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresErrorsIT {
  @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();
  @RegisterExtension static final PasswordPostgres SECURED = new PasswordPostgres();

  private static final Schema SCHEMA = Schema.of(Field.of("id", DataType.BIGINT));

  private static void fails(ThrowingCallable call, ErrorCode code, String... phrases) {
    var check =
        assertThatThrownBy(call)
            .isInstanceOf(ConnectorException.class)
            .satisfies(e -> assertThat(((ConnectorException) e).errorCode()).isEqualTo(code));
    for (String phrase : phrases) {
      check.hasMessageContaining(phrase);
    }
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
  void closedPortIsUnreachableNamingHostAndPort() throws Exception {
    int port;
    try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }
    var cfg = PostgresConfig.of("127.0.0.1", port, "any", "postgres");
    fails(
        () -> DESTINATION.open(cfg, target("t", SCHEMA, WriteMode.APPEND)),
        CommonErrorCode.UNREACHABLE,
        "127.0.0.1:" + port,
        "connection refused");
    CheckResult result = DESTINATION.check(cfg);
    assertThat(result.ok()).isFalse();
    assertThat(result.message()).contains("cannot connect to PostgreSQL at 127.0.0.1:" + port);
  }

  @Test
  void missingDatabaseIsNotFoundNamingIt() {
    var cfg = PostgresConfig.of(PG.host(), PG.port(), PG.database() + "_missing", PG.user());
    fails(
        () -> SOURCE.discover(cfg),
        CommonErrorCode.NOT_FOUND,
        "database \"" + PG.database() + "_missing\" does not exist",
        "127.0.0.1:5432");
    assertThat(SOURCE.check(cfg).message()).contains("does not exist");
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

  @Test
  void missingSourceTableIsNotFoundNamingTableAndDatabase() {
    var cfg = config(PG).withTables(List.of("nowhere"));
    fails(
        () -> SOURCE.discover(cfg),
        CommonErrorCode.NOT_FOUND,
        "table public.nowhere does not exist in database " + PG.database());
    var stream = CatalogStream.of("nowhere", SCHEMA);
    fails(
        () -> SOURCE.read(config(PG), stream, Checkpoint.START),
        CommonErrorCode.NOT_FOUND,
        "public.nowhere");
    assertThat(SOURCE.check(cfg).message()).contains("public.nowhere does not exist");
  }

  @Test
  void checkSucceedsOnAReachableDatabase() {
    PG.execute("CREATE TABLE IF NOT EXISTS present (id int)");
    assertThat(SOURCE.check(config(PG))).satisfies(r -> assertThat(r.ok()).isTrue());
    assertThat(DESTINATION.check(config(PG)).ok()).isTrue();
  }
}
