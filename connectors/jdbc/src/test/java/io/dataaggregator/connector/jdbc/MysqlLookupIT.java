package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.pipeline.PipelineReader;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.PlanCompiler;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.testkit.ThrowawayMariaDb;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The lookup step reading its reference table from MariaDB with a query. */
class MysqlLookupIT extends LookupContract<MysqlConfig> {
  @RegisterExtension static final ThrowawayMariaDb DB = new ThrowawayMariaDb();

  MysqlLookupIT() {
    super(new MyTestDb(DB));
  }

  @BeforeAll
  static void loadAirportsAndFlights() throws SQLException {
    try (Connection c = DB.connect()) {
      LookupData.load(c, "varchar(100)", "double", "integer PRIMARY KEY");
    }
  }

  private static String config(String user) {
    return "{host: %s, port: %d, database: %s, user: %s}"
        .formatted(DB.host(), DB.port(), DB.database(), user);
  }

  /** Flights from MariaDB through {@code steps} into table {@code table}. */
  @Override
  Plan plan(String steps, String table) {
    String yaml =
        """
        name: flights-%s
        source: {connector: mysql, config: %s}
        transforms:
        %s
        destination: {connector: mysql, config: %s, table: %s, mode: overwrite}
        """
            .formatted(
                table,
                config(DB.user()).replace("}", ", tables: [flights]}"),
                steps.indent(2),
                config(DB.user()),
                table);
    var spec = new PipelineReader(Map.<String, String>of()::get).parse(yaml, table + ".yaml");
    return new PlanCompiler(Registry.load()).compile(spec);
  }

  private static String lookup(String sql, String user) {
    return """
    - lookup:
        query: {connector: mysql, config: %s, sql: "%s", cache_seconds: 0}
        key: {origin: iata}
        columns: {name: origin_name}
    """
        .formatted(config(user), sql);
  }

  private static String lookup(String sql) {
    return lookup(sql, DB.user());
  }

  @Override
  String query(String sql) {
    return "{connector: mysql, config: %s, sql: \"%s\"}".formatted(config(DB.user()), sql);
  }

  @Override
  String nullSafeEquals(String a, String b) {
    return a + " <=> " + b;
  }

  @Override
  String columnTypesSql(String table) {
    return "SELECT COLUMN_NAME, DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA ="
        + " DATABASE() AND TABLE_NAME = '"
        + table
        + "' ORDER BY COLUMN_NAME";
  }

  @Override
  String stringType() {
    return "longtext";
  }

  @Override
  String doubleType() {
    return "double";
  }

  @Override
  String[] createTyped() {
    return new String[] {
      "CREATE TABLE typed (b tinyint(1), ti tinyint, si smallint, mi mediumint, i int, iu int"
          + " unsigned, bi bigint, bu bigint unsigned, d decimal(12,2), f float, db double, c"
          + " char(3), v varchar(10), t text, e enum('calm','angry'), s set('a','b'), dt date, tm"
          + " time, ts datetime(6), tz timestamp(6) NULL, bn binary(2), vb varbinary(4), bl blob,"
          + " bt1 bit(1), bt8 bit(8), y year, j json, g point)",
      "INSERT INTO typed VALUES (1, -1, 2, 3, 4, 4294967295, 8, 18446744073709551615,"
          + " 1234567890.12, 1.5, 2.25, 'abc', 'varchar', 'text', 'angry', 'a,b', '2024-02-29',"
          + " '13:14:15', '2024-02-29 13:14:15.123456', '2024-02-29 13:14:15.5', x'0102',"
          + " x'01ff', x'00', b'1', b'10000001', 2024, '{\"a\": [1, 2]}', POINT(1, 2)), (null,"
          + " null, null, null, null, null, null, null, null, null, null, null, null, null, null,"
          + " null, null, null, null, null, null, null, null, null, null, null, null, null)"
    };
  }

  @Test
  void reportsWhatTheDatabaseRefusesNamingTheStepAndTheSetting() {
    assertThatThrownBy(() -> steps(lookup("select iata, from airports")))
        .isInstanceOfSatisfying(
            StepConfigException.class,
            e -> assertThat(e.field()).isEqualTo("transforms[0].query.sql"))
        .hasMessageStartingWith("step 1 (lookup): query.sql: ")
        .hasMessageContaining("SQL syntax");
    assertThatThrownBy(() -> steps(lookup("select iata, nam from airports")))
        .hasMessageStartingWith("step 1 (lookup): query.sql: Unknown column 'nam'");
    assertThatThrownBy(() -> steps(lookup("select iata, name from airportz")))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.NOT_FOUND))
        .hasMessageContaining("airportz' doesn't exist");
    assertThatThrownBy(() -> steps(lookup("select state as iata, name from airports")))
        .hasMessageStartingWith("step 1 (lookup): query.sql: the query returns the key [");
  }

  @Test
  void refusesAQueryTheUserMayNotRunNamingTheRight() {
    String user = DB.createUser("lk", "lookup-pass");
    DB.execute("GRANT SELECT ON `" + DB.database() + "`.flights TO '" + user + "'@'%'");
    String steps =
        lookup("select iata, name from airports", user)
            .replace("user: " + user, "user: " + user + ", password: lookup-pass");
    assertThatThrownBy(() -> steps(steps))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.PERMISSION_DENIED))
        .hasMessageStartingWith("step 1 (lookup): query.sql: SELECT command denied to user");
  }

  @Test
  void cannotWriteThroughALookup() {
    DB.execute(
        "CREATE FUNCTION wipe_airports() RETURNS int MODIFIES SQL DATA"
            + " BEGIN DELETE FROM airports; RETURN 1; END");
    assertThatThrownBy(() -> plan(lookup("delete from airports"), "unused"))
        .hasMessageContaining(
            "transforms[0].lookup.query.sql: only a read query may run here (SELECT or WITH ...),"
                + " not DELETE");
    assertThatThrownBy(() -> steps(lookup("select 'x' as iata, wipe_airports() as name")))
        .hasMessageContaining("READ ONLY transaction");
    assertThatThrownBy(() -> steps(lookup("select iata, name from airports; drop table airports")))
        .hasMessageContaining("SQL syntax");
    assertThatThrownBy(
            () ->
                steps(lookup("select iata, name from airports into outfile '/tmp/dagg-airports'")))
        .hasMessageContaining("SQL syntax");
    assertThat(db.count("airports")).isEqualTo(LookupData.AIRPORTS);
  }
}
