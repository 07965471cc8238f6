package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.pipeline.PipelineReader;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.PlanCompiler;
import io.dataaggregator.engine.run.FileStateStore;
import io.dataaggregator.engine.run.LocalRunner;
import io.dataaggregator.engine.run.RunListener;
import io.dataaggregator.engine.run.RunOptions;
import io.dataaggregator.engine.run.RunResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.testkit.ThrowawayMariaDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The lookup step reading its reference table from MariaDB with a query. */
class MysqlLookupIT {
  @RegisterExtension static final ThrowawayMariaDb DB = new ThrowawayMariaDb();

  @TempDir Path state;

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
  private static Plan plan(String steps, String table) {
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

  private static StepChain steps(String steps) {
    Plan plan = plan(steps, "unused");
    var flights = MyTestSupport.stream(MyTestSupport.config(DB), "flights").schema();
    return StepChain.build(plan.links(), flights, plan.stepContext("flights"));
  }

  private static long scalar(String sql) {
    return Long.parseLong(MyTestSupport.text(DB, sql).get(0).get(0));
  }

  @Test
  void enrichesFlightsWithTheirOriginAirportAsTheDatabaseJoinsThem() {
    RunResult result =
        new LocalRunner(new FileStateStore(state), RunOptions.DEFAULT, RunListener.NONE)
            .run(
                plan(
                    """
                    - lookup:
                        query:
                          connector: mysql
                          config: %s
                          sql: "select iata, name, state, latitude from airports"
                        key: {origin: iata}
                        columns: {name: origin_name, state: origin_state, latitude: origin_latitude}
                    """
                        .formatted(config(DB.user())),
                    "flights_enriched"));
    assertThat(result.succeeded()).as(result.toString()).isTrue();

    assertThat(MyTestSupport.count(DB, "flights_enriched")).isEqualTo(LookupData.FLIGHTS);
    long joined = scalar("SELECT count(*) FROM flights f JOIN airports a ON a.iata = f.origin");
    assertThat(joined).isPositive();
    assertThat(
            scalar(
                "SELECT count(*) FROM flights_enriched e JOIN airports a ON a.iata = e.origin"
                    + " WHERE e.origin_name = a.name AND e.origin_state <=> a.state"
                    + " AND e.origin_latitude = a.latitude"))
        .isEqualTo(joined);
    assertThat(scalar("SELECT count(*) FROM flights_enriched WHERE origin_name IS NULL"))
        .isEqualTo(LookupData.FLIGHTS - joined);
    assertThat(
            MyTestSupport.text(
                DB,
                "SELECT COLUMN_NAME, DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA"
                    + " = DATABASE() AND TABLE_NAME = 'flights_enriched' AND COLUMN_NAME LIKE"
                    + " 'origin\\\\_%' ORDER BY COLUMN_NAME"))
        .as("the added columns keep the database's types")
        .containsExactly(
            List.of("origin_latitude", "double"),
            List.of("origin_name", "longtext"),
            List.of("origin_state", "longtext"));
  }

  @Test
  void typesAndValuesOfAQueryAreThoseOfTheTableRead() {
    DB.execute(
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
            + " null, null, null, null, null, null, null, null, null, null, null, null, null)");
    var config = MyTestSupport.config(DB);
    var table =
        MyTestSupport.readAll(config, MyTestSupport.stream(config, "typed"), Checkpoint.START);
    try (var query = MyTestSupport.SOURCE.query(config, "select * from typed -- every type")) {
      assertThat(query.schema().fields())
          .extracting(f -> f.name() + " " + f.type())
          .containsExactlyElementsOf(
              MyTestSupport.stream(config, "typed").schema().fields().stream()
                  .map(f -> f.name() + " " + f.type())
                  .toList());
      Batch rows = query.next();
      assertThat(rows.rows()).hasSize(2);
      for (int r = 0; r < 2; r++) {
        assertThat(rows.rows().get(r)).containsExactly(table.rows().get(r));
      }
    }
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
    assertThat(MyTestSupport.count(DB, "airports")).isEqualTo(LookupData.AIRPORTS);
  }
}
