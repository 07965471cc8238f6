package io.dataaggregator.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.Source;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every connector that is both a source and a destination must do, whatever it talks to:
 * check, discover, round-trip and resume. A subclass per endpoint (a database, a broker) says how
 * to reach it; the tests write their own tables through the destination, so they need no fixtures.
 * Kestra's {@code AbstractFlowRepositoryTest} serves H2, MySQL and PostgreSQL the same way.
 *
 * <pre>{@code
 * class PostgresCheckpointIT extends ConnectorContractTest<PostgresConfig> { ... }
 * }</pre>
 *
 * <p>One instance serves all tests of a class, so subclasses may hold the endpoint in a field.
 * Tables are named {@code contract_*}, {@code cp} and {@code crash}: no other test of the class may
 * use those names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConnectorContractTest<C extends Record> {
  private static final Schema PEOPLE =
      Schema.of(new Field("id", DataType.BIGINT, false), Field.of("name", DataType.STRING));
  private static final Schema NUMBERS = Schema.of(Field.of("n", DataType.INT));

  protected abstract Source<C> source();

  protected abstract Destination<C> destination();

  /** A config that reaches the endpoint with every right the tests need. */
  protected abstract C config();

  /** Rows of {@code table} as the endpoint itself counts them, not through the connector. */
  protected abstract long countRows(String table);

  /** A target of pipeline {@code p1} whose stream is named as the table. */
  protected static WriteTarget target(String table, Schema schema, WriteMode mode) {
    return new WriteTarget("p1", table, table, schema, mode, List.of());
  }

  protected static Batch numbers(int from, int to) {
    var rows = new ArrayList<Object[]>();
    for (int i = from; i < to; i++) {
      rows.add(new Object[] {i});
    }
    return new Batch(NUMBERS, rows);
  }

  private void writePeople(String table) {
    try (BatchWriter w = destination().open(config(), target(table, PEOPLE, WriteMode.APPEND))) {
      w.resumeFrom();
      w.write(
          new Batch(
              PEOPLE,
              List.of(
                  new Object[] {1L, "Ada"}, new Object[] {2L, null}, new Object[] {3L, "Grace"})));
      w.commit(Checkpoint.START);
      w.finish();
    }
  }

  private CatalogStream discovered(String table) {
    return source().discover(config()).stream(table).orElseThrow();
  }

  @Test
  void checkSucceedsOnAReachableEndpoint() {
    writePeople("contract_check");
    CheckResult source = source().check(config());
    assertThat(source.ok()).as(source.message()).isTrue();
    CheckResult destination = destination().check(config());
    assertThat(destination.ok()).as(destination.message()).isTrue();
  }

  @Test
  void discoversAWrittenTableWithItsFieldsAndTypes() {
    writePeople("contract_discover");
    assertThat(source().discover(config()).names()).contains("contract_discover");
    assertThat(discovered("contract_discover").schema().fields())
        .extracting(f -> f.name() + " " + f.type())
        .containsExactly("id " + DataType.BIGINT, "name " + DataType.STRING);
  }

  @Test
  void readsBackTheRowsItWrote() {
    writePeople("contract_people");
    var rows = new ArrayList<List<Object>>();
    try (BatchReader r = source().read(config(), discovered("contract_people"), Checkpoint.START)) {
      for (Batch b = r.next(); b != null; b = r.next()) {
        b.rows().forEach(row -> rows.add(Arrays.asList(row)));
      }
    }
    assertThat(rows)
        .containsExactlyInAnyOrder(
            List.of(1L, "Ada"), Arrays.asList(2L, null), List.of(3L, "Grace"));
  }

  @Test
  void storesTheCheckpointWithTheRowsAndGivesItBackOnReopen() {
    WriteTarget t = target("cp", NUMBERS, WriteMode.APPEND);
    try (BatchWriter w = destination().open(config(), t)) {
      assertThat(w.resumeFrom()).contains(Checkpoint.START);
      w.write(numbers(0, 10));
      w.commit(new Checkpoint("{\"cursor\":\"n\",\"value\":\"9\"}"));
    }
    try (BatchWriter w = destination().open(config(), t)) {
      assertThat(w.resumeFrom()).contains(new Checkpoint("{\"cursor\":\"n\",\"value\":\"9\"}"));
    }
    assertThat(countRows("cp")).isEqualTo(10);
  }

  @Test
  void aWriterClosedWithoutCommitLeavesNeitherRowsNorCheckpoint() {
    WriteTarget t = target("crash", NUMBERS, WriteMode.APPEND);
    try (BatchWriter w = destination().open(config(), t)) {
      w.write(numbers(0, 5));
      w.commit(new Checkpoint("first"));
      w.write(numbers(5, 50_000));
      // the run dies before its next commit
    }
    assertThat(countRows("crash")).isEqualTo(5);
    try (BatchWriter w = destination().open(config(), t)) {
      assertThat(w.resumeFrom()).contains(new Checkpoint("first"));
    }
  }
}
