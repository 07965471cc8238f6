package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.JdbcTestDb.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.Source;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.testkit.ConnectorContractTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The connector contract on a database, and how a JDBC destination keeps its checkpoints: in table
 * {@code _dagg_checkpoints}, written in the transaction of the rows they follow.
 */
abstract class CheckpointContract<C extends Record> extends ConnectorContractTest<C> {
  static final Schema SCHEMA = Schema.of(Field.of("n", DataType.INT));

  final JdbcTestDb<C> db;

  CheckpointContract(JdbcTestDb<C> db) {
    this.db = db;
  }

  @Override
  protected Source<C> source() {
    return db.source();
  }

  @Override
  protected Destination<C> destination() {
    return db.destination();
  }

  @Override
  protected C config() {
    return db.config();
  }

  @Override
  protected long countRows(String table) {
    return db.count(table);
  }

  @Test
  void theCheckpointAndTheRowsOfACommitBecomeVisibleTogether() {
    WriteTarget t = target("together", SCHEMA, WriteMode.APPEND);
    try (BatchWriter w = destination().open(config(), t)) {
      w.write(numbers(0, 3));
      w.commit(new Checkpoint("three"));
      w.write(numbers(3, 7));
      assertThat(db.text("SELECT checkpoint FROM _dagg_checkpoints WHERE stream = 'together'"))
          .containsExactly(List.of("three"));
      assertThat(db.count("together")).isEqualTo(3);
      w.commit(new Checkpoint("seven"));
    }
    assertThat(db.text("SELECT checkpoint FROM _dagg_checkpoints WHERE stream = 'together'"))
        .containsExactly(List.of("seven"));
    assertThat(db.count("together")).isEqualTo(7);
  }

  @Test
  void keepsCheckpointsApartPerPipelineAndStream() {
    try (BatchWriter a =
            destination()
                .open(
                    config(),
                    new WriteTarget("pa", "s", "shared", SCHEMA, WriteMode.APPEND, List.of()));
        BatchWriter b =
            destination()
                .open(
                    config(),
                    new WriteTarget("pb", "s", "shared", SCHEMA, WriteMode.APPEND, List.of()))) {
      a.write(numbers(0, 1));
      a.commit(new Checkpoint("a"));
      b.write(numbers(1, 2));
      b.commit(new Checkpoint("b"));
    }
    assertThat(
            db.text(
                "SELECT pipeline, stream, checkpoint FROM _dagg_checkpoints"
                    + " WHERE stream = 's' ORDER BY pipeline"))
        .containsExactly(List.of("pa", "s", "a"), List.of("pb", "s", "b"));
  }

  @Test
  void writersOfParallelStreamsOpenTogetherOnADatabaseWithoutCheckpointTable() throws Exception {
    try (JdbcTestDb<C> fresh = db.fresh();
        ExecutorService pool = Executors.newFixedThreadPool(6)) {
      var runs = new ArrayList<Future<?>>();
      for (int i = 0; i < 6; i++) {
        String table = "t" + i;
        runs.add(
            pool.submit(
                () -> {
                  try (BatchWriter w =
                      destination().open(fresh.config(), target(table, SCHEMA, WriteMode.APPEND))) {
                    w.write(numbers(0, 10));
                    w.commit(new Checkpoint(table));
                  }
                }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
      assertThat(fresh.text("SELECT checkpoint FROM _dagg_checkpoints ORDER BY 1"))
          .containsExactly(
              List.of("t0"),
              List.of("t1"),
              List.of("t2"),
              List.of("t3"),
              List.of("t4"),
              List.of("t5"));
    }
  }

  @Test
  void overwriteAlwaysResumesFromStart() {
    WriteTarget t = target("owcp", SCHEMA, WriteMode.OVERWRITE);
    try (BatchWriter w = destination().open(config(), t)) {
      w.write(numbers(0, 3));
      w.commit(new Checkpoint("mid-run"));
    }
    try (BatchWriter w = destination().open(config(), t)) {
      assertThat(w.resumeFrom()).contains(Checkpoint.START);
      assertThat(db.count("owcp__dagg_new")).as("the stale half-loaded table is gone").isZero();
    }
  }
}
