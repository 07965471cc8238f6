package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.MyTestSupport.DESTINATION;
import static io.dataaggregator.connector.jdbc.MyTestSupport.SOURCE;
import static io.dataaggregator.connector.jdbc.MyTestSupport.config;
import static io.dataaggregator.connector.jdbc.MyTestSupport.target;
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
import io.dataaggregator.testkit.ThrowawayMariaDb;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MysqlErrorsIT {
  @RegisterExtension static final ThrowawayMariaDb DB = new ThrowawayMariaDb();

  private static final Schema SCHEMA = Schema.of(Field.of("id", DataType.BIGINT));
  private static String reader;
  private static String writer;

  @BeforeAll
  static void usersAndTables() {
    DB.execute("CREATE TABLE guarded (id bigint PRIMARY KEY)");
    reader = DB.createUser("ro", "reader-pass");
    writer = DB.createUser("rw", "writer-pass");
    DB.execute(
        "GRANT SELECT ON `" + DB.database() + "`.* TO '" + reader + "'@'%'",
        "GRANT SELECT, INSERT ON `" + DB.database() + "`.* TO '" + writer + "'@'%'");
  }

  private static MysqlConfig as(String user, String password) {
    return MysqlConfig.of(DB.host(), DB.port(), DB.database(), user).withPassword(password);
  }

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
    MysqlConfig wrong = as(reader, "not-the-reader-pass");
    fails(
        () -> SOURCE.discover(wrong),
        CommonErrorCode.AUTH_FAILED,
        "Access denied for user '" + reader + "'@",
        "(using password: YES) at 127.0.0.1:3306");
    assertThat(SOURCE.check(wrong))
        .satisfies(
            r -> {
              assertThat(r.ok()).isFalse();
              assertThat(r.message()).contains("Access denied", "127.0.0.1:3306");
              assertThat(r.message()).doesNotContain("not-the-reader-pass", "(conn=");
            });
  }

  @Test
  void theRightPasswordConnects() {
    assertThat(SOURCE.check(as(reader, "reader-pass")).ok()).isTrue();
  }

  @Test
  void closedPortIsUnreachableNamingHostAndPort() throws Exception {
    int port;
    try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }
    var cfg = MysqlConfig.of("127.0.0.1", port, "any", "root");
    fails(
        () -> DESTINATION.open(cfg, target("t", SCHEMA, WriteMode.APPEND)),
        CommonErrorCode.UNREACHABLE,
        "cannot connect to MySQL/MariaDB at 127.0.0.1:" + port,
        "connection refused");
    CheckResult result = SOURCE.check(cfg);
    assertThat(result.ok()).isFalse();
    assertThat(result.message()).contains("127.0.0.1:" + port, "connection refused");
  }

  @Test
  void missingDatabaseIsNotFoundNamingIt() {
    var cfg = MysqlConfig.of(DB.host(), DB.port(), DB.database() + "_missing", DB.user());
    fails(
        () -> SOURCE.discover(cfg),
        CommonErrorCode.NOT_FOUND,
        "Unknown database '" + DB.database() + "_missing'",
        "127.0.0.1:3306");
    assertThat(SOURCE.check(cfg).message()).contains("Unknown database");
  }

  @Test
  void tableTheUserMayNotInsertIntoIsPermissionDeniedNamingTheTable() {
    fails(
        () ->
            DESTINATION.open(
                as(reader, "reader-pass"), target("guarded", SCHEMA, WriteMode.APPEND)),
        CommonErrorCode.PERMISSION_DENIED,
        "user " + reader + " may not write to table " + DB.database() + ".guarded",
        "no INSERT right",
        "GRANT INSERT ON " + DB.database() + ".guarded TO " + reader);
    DESTINATION.check(config(DB)); // as root: the checkpoint table exists from here on
    CheckResult check = DESTINATION.check(as(reader, "reader-pass"));
    assertThat(check.ok()).isFalse();
    assertThat(check.message())
        .contains("may not write to the checkpoint table " + DB.database() + "._dagg_checkpoints")
        .contains("no INSERT right");
  }

  @Test
  void checkOfADatabaseTheUserMayNotCreateTablesInSaysSo() {
    try (ThrowawayMariaDb fresh = ThrowawayMariaDb.create()) {
      String user = fresh.createUser("ro", "pw");
      fresh.execute("GRANT SELECT ON `" + fresh.database() + "`.* TO '" + user + "'@'%'");
      var cfg =
          MysqlConfig.of(fresh.host(), fresh.port(), fresh.database(), user).withPassword("pw");
      CheckResult check = DESTINATION.check(cfg);
      assertThat(check.ok()).isFalse();
      assertThat(check.message())
          .contains("may not create tables in database " + fresh.database())
          .contains("CREATE command denied");
    }
  }

  @Test
  void upsertWithoutTheUpdateRightIsPermissionDenied() {
    fails(
        () ->
            DESTINATION.open(
                as(writer, "writer-pass"), target("guarded", SCHEMA, WriteMode.UPSERT, "id")),
        CommonErrorCode.PERMISSION_DENIED,
        "no UPDATE right");
  }

  @Test
  void missingSourceTableIsNotFoundNamingTableAndDatabase() {
    var cfg = config(DB).withTables(List.of("nowhere"));
    fails(
        () -> SOURCE.discover(cfg),
        CommonErrorCode.NOT_FOUND,
        "table " + DB.database() + ".nowhere does not exist in database " + DB.database());
    fails(
        () -> SOURCE.read(config(DB), CatalogStream.of("nowhere", SCHEMA), Checkpoint.START),
        CommonErrorCode.NOT_FOUND,
        DB.database() + ".nowhere");
    assertThat(SOURCE.check(cfg).message()).contains(DB.database() + ".nowhere does not exist");
  }

  @Test
  void aColumnGoneSinceDiscoveryIsASchemaMismatch() {
    DB.execute("CREATE TABLE shrinking (id bigint, gone int)");
    CatalogStream s = MyTestSupport.stream(config(DB), "shrinking");
    DB.execute("ALTER TABLE shrinking DROP COLUMN gone");
    fails(
        () -> SOURCE.read(config(DB), s, Checkpoint.START),
        CommonErrorCode.SCHEMA_MISMATCH,
        "column gone of stream shrinking is no longer in table",
        "discover the source again");
  }

  @Test
  void checkSucceedsOnAReachableDatabase() {
    assertThat(SOURCE.check(config(DB))).satisfies(r -> assertThat(r.ok()).isTrue());
    CheckResult destination = DESTINATION.check(config(DB));
    assertThat(destination.ok()).as(destination.message()).isTrue();
    assertThat(destination.message())
        .contains("tables can be created in database " + DB.database());
  }
}
