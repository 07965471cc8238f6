package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.pipeline.PipelineReader;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.PlanCompiler;
import io.dataaggregator.engine.run.FileStateStore;
import io.dataaggregator.engine.run.LocalRunner;
import io.dataaggregator.engine.run.RunListener;
import io.dataaggregator.engine.run.RunOptions;
import io.dataaggregator.engine.run.RunResult;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.testkit.ThrowawayMariaDb;
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The example pipelines of src/test/resources/pipelines, run by the engine's local runner. */
class JdbcPipelinesIT {
  @RegisterExtension static final ThrowawayMariaDb MY = new ThrowawayMariaDb();
  @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();

  @TempDir Path state;

  private static Plan plan(String fixture) throws IOException {
    String text;
    try (InputStream in = JdbcPipelinesIT.class.getResourceAsStream("/pipelines/" + fixture)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, String> env = Map.of("MYSQL_DATABASE", MY.database(), "PG_DATABASE", PG.database());
    var spec = new PipelineReader(env::get).parse(text, fixture);
    return new PlanCompiler(Registry.load()).compile(spec);
  }

  private RunResult run(String fixture) throws IOException {
    RunResult result =
        new LocalRunner(
                new FileStateStore(state), RunOptions.DEFAULT.withCommitRows(100), RunListener.NONE)
            .run(plan(fixture));
    assertThat(result.succeeded()).as(result.toString()).isTrue();
    assertThat(result.total().balances()).isTrue();
    return result;
  }

  @Test
  void mysqlOrdersReachPostgresIncrementallyAndMergeWithoutDuplicates() throws IOException {
    MY.execute(
        "CREATE TABLE orders (id bigint unsigned PRIMARY KEY, customer varchar(40),"
            + " amount decimal(38,10), paid tinyint(1), updated_at datetime(6) NOT NULL)",
        "INSERT INTO orders SELECT seq, CONCAT('c', seq, ' \uD83D\uDE00'), seq / 7, seq % 2,"
            + " TIMESTAMP '2024-01-01 00:00:00' + INTERVAL seq SECOND FROM seq_1_to_1000");
    RunResult first = run("mysql-orders-to-postgres.yaml");
    assertThat(first.total().read()).isEqualTo(1000);
    assertThat(PgTestSupport.count(PG, "orders")).isEqualTo(1000);

    MY.execute(
        "UPDATE orders SET amount = -1, updated_at = TIMESTAMP '2025-01-01 00:00:00' WHERE id <="
            + " 10",
        "INSERT INTO orders VALUES (1001, 'new', 1.0000000001, 1, TIMESTAMP '2025-01-02"
            + " 00:00:00')");
    RunResult second = run("mysql-orders-to-postgres.yaml");
    assertThat(second.total().read()).as("only rows past the checkpoint").isEqualTo(11);
    assertThat(PgTestSupport.count(PG, "orders")).isEqualTo(1001);
    assertThat(PgTestSupport.query(PG, "SELECT count(*) FROM orders WHERE amount = -1").get(0))
        .containsExactly(10L);
    assertThat(
            PgTestSupport.query(
                PG,
                "SELECT customer, amount::text, paid FROM orders WHERE id IN (14, 1001) ORDER BY"
                    + " id"))
        .containsExactly(
            List.of("c14 \uD83D\uDE00", "2.0000000000", false),
            List.of("new", "1.0000000001", true));
    assertThat(
            PgTestSupport.query(PG, "SELECT checkpoint FROM _dagg_checkpoints")
                .get(0)
                .get(0)
                .toString())
        .as("the runner's envelope around the source's cursor state")
        .contains("updated_at", "2025-01-02 00:00:00.000000", "\"complete\":true");
  }

  @Test
  void postgresCustomersReplaceTheirMysqlCopyOnEveryRun() throws IOException {
    PG.execute(
        "CREATE TABLE customers (id int PRIMARY KEY, name text, born date, seen timestamptz)",
        "INSERT INTO customers SELECT g, 'name ' || g, DATE '1980-01-01' + g,"
            + " TIMESTAMPTZ '2024-06-01 12:00:00+02' + g * INTERVAL '1 minute'"
            + " FROM generate_series(1, 500) g");
    run("postgres-customers-to-mysql.yaml");
    PG.execute("DELETE FROM customers WHERE id > 400");
    run("postgres-customers-to-mysql.yaml");
    assertThat(MyTestSupport.count(MY, "customers_copy")).isEqualTo(400);
    assertThat(MyTestSupport.text(MY, "SELECT name, born, seen FROM customers_copy WHERE id = 1"))
        .containsExactly(List.of("name 1", "1980-01-02", "2024-06-01 10:01:00.000000"));
  }

  @Test
  void theSqlServerExampleCompilesAgainstTheConnectorsSchemas() throws IOException {
    Plan plan = plan("mysql-to-sqlserver.yaml");
    assertThat(plan.destination().connector()).isInstanceOf(SqlServerDestination.class);
    assertThat(plan.destination().config())
        .isEqualTo(
            new SqlServerConfig(
                "127.0.0.1",
                1433,
                "warehouse",
                "etl",
                "secret",
                "dbo",
                null,
                null,
                null,
                null,
                null,
                null,
                true));
  }
}
