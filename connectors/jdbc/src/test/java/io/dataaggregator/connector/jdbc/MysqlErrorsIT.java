package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.MyTestSupport.DESTINATION;
import static io.dataaggregator.connector.jdbc.MyTestSupport.SOURCE;
import static io.dataaggregator.connector.jdbc.MyTestSupport.config;
import static io.dataaggregator.connector.jdbc.MyTestSupport.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.testkit.ThrowawayMariaDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MysqlErrorsIT extends ErrorsContract<MysqlConfig> {
  @RegisterExtension static final ThrowawayMariaDb DB = new ThrowawayMariaDb();

  MysqlErrorsIT() {
    super(new MyTestDb(DB));
  }

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

  @Override
  MysqlConfig at(String host, int port, String database, String user) {
    return MysqlConfig.of(host, port, database, user);
  }

  @Override
  String product() {
    return "MySQL/MariaDB";
  }

  @Override
  String noSuchDatabase(String database) {
    return "Unknown database '" + database + "'";
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
  void destinationCheckSaysTablesCanBeCreated() {
    assertThat(SOURCE.check(config(DB))).satisfies(r -> assertThat(r.ok()).isTrue());
    CheckResult destination = DESTINATION.check(config(DB));
    assertThat(destination.ok()).as(destination.message()).isTrue();
    assertThat(destination.message())
        .contains("tables can be created in database " + DB.database());
  }
}
