package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.JdbcTestDb.target;
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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What a JDBC connector says when the server, the database or a table is not there. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ErrorsContract<C extends Record> {
  static final Schema SCHEMA = Schema.of(Field.of("id", DataType.BIGINT));

  final JdbcTestDb<C> db;

  ErrorsContract(JdbcTestDb<C> db) {
    this.db = db;
  }

  abstract C at(String host, int port, String database, String user);

  /** How the connector names a server it cannot reach, e.g. {@code PostgreSQL}. */
  abstract String product();

  /** The server's own words for a database that does not exist. */
  abstract String noSuchDatabase(String database);

  static void fails(ThrowingCallable call, ErrorCode code, String... phrases) {
    var check =
        assertThatThrownBy(call)
            .isInstanceOf(ConnectorException.class)
            .satisfies(e -> assertThat(((ConnectorException) e).errorCode()).isEqualTo(code));
    for (String phrase : phrases) {
      check.hasMessageContaining(phrase);
    }
  }

  @Test
  void closedPortIsUnreachableNamingHostAndPort() throws Exception {
    int port;
    try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }
    C cfg = at("127.0.0.1", port, "any", db.db().user());
    String where = "cannot connect to " + product() + " at 127.0.0.1:" + port;
    fails(
        () -> db.destination().open(cfg, target("t", SCHEMA, WriteMode.APPEND)),
        CommonErrorCode.UNREACHABLE,
        where,
        "connection refused");
    for (CheckResult result : List.of(db.source().check(cfg), db.destination().check(cfg))) {
      assertThat(result.ok()).isFalse();
      assertThat(result.message()).contains(where, "connection refused");
    }
  }

  @Test
  void missingDatabaseIsNotFoundNamingIt() {
    String missing = db.database() + "_missing";
    C cfg = at(db.db().host(), db.db().port(), missing, db.db().user());
    String words = noSuchDatabase(missing);
    fails(
        () -> db.source().discover(cfg),
        CommonErrorCode.NOT_FOUND,
        words,
        "127.0.0.1:" + db.db().port());
    assertThat(db.source().check(cfg).message()).contains(words);
  }

  @Test
  void missingSourceTableIsNotFoundNamingTableAndDatabase() {
    C cfg = db.withTables(db.config(), List.of("nowhere"));
    String nowhere = db.qualified("nowhere");
    fails(
        () -> db.source().discover(cfg),
        CommonErrorCode.NOT_FOUND,
        "table " + nowhere + " does not exist in database " + db.database());
    var stream = CatalogStream.of("nowhere", SCHEMA);
    fails(
        () -> db.source().read(db.config(), stream, Checkpoint.START),
        CommonErrorCode.NOT_FOUND,
        nowhere);
    assertThat(db.source().check(cfg).message()).contains(nowhere + " does not exist");
  }

  @Test
  void aColumnGoneSinceDiscoveryIsASchemaMismatch() {
    db.execute("CREATE TABLE shrinking (id bigint, gone int)");
    CatalogStream s = db.stream("shrinking");
    db.execute("ALTER TABLE shrinking DROP COLUMN gone");
    fails(
        () -> db.source().read(db.config(), s, Checkpoint.START),
        CommonErrorCode.SCHEMA_MISMATCH,
        "column gone of stream shrinking is no longer in table",
        "discover the source again");
  }
}
