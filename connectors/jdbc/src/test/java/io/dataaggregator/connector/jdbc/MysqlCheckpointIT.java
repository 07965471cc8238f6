package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.MyTestSupport.DESTINATION;
import static io.dataaggregator.connector.jdbc.MyTestSupport.config;
import static io.dataaggregator.connector.jdbc.MyTestSupport.count;
import static io.dataaggregator.connector.jdbc.MyTestSupport.target;
import static io.dataaggregator.connector.jdbc.MyTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.testkit.ThrowawayMariaDb;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MysqlCheckpointIT {
  @RegisterExtension static final ThrowawayMariaDb DB = new ThrowawayMariaDb();

  private static final Schema SCHEMA = Schema.of(Field.of("n", DataType.INT));

  private static Batch numbers(int from, int to) {
    var rows = new ArrayList<Object[]>();
    for (int i = from; i < to; i++) {
      rows.add(new Object[] {i});
    }
    return new Batch(SCHEMA, rows);
  }

  @Test
  void storesTheCheckpointWithTheRowsAndGivesItBackOnReopen() {
    WriteTarget t = target("cp", SCHEMA, WriteMode.APPEND);
    try (BatchWriter w = DESTINATION.open(config(DB), t)) {
      assertThat(w.resumeFrom()).contains(Checkpoint.START);
      w.write(numbers(0, 10));
      w.commit(new Checkpoint("{\"cursor\":\"n\",\"value\":\"9\"}"));
    }
    try (BatchWriter w = DESTINATION.open(config(DB), t)) {
      assertThat(w.resumeFrom()).contains(new Checkpoint("{\"cursor\":\"n\",\"value\":\"9\"}"));
    }
    assertThat(count(DB, "cp")).isEqualTo(10);
    assertThat(
            text(
                DB,
                "SELECT ENGINE FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '_dagg_checkpoints'"))
        .containsExactly(List.of("InnoDB"));
  }

  @Test
  void aWriterClosedWithoutCommitLeavesNeitherRowsNorCheckpointNorRejections() {
    WriteTarget t = target("crash", SCHEMA, WriteMode.APPEND);
    // one load per 1000 rows: most of the second batch reaches the server before the crash
    MysqlConfig cfg = config(DB).withLoading(MysqlConfig.BulkLoad.load_data, 1000);
    try (BatchWriter w = DESTINATION.open(cfg, t)) {
      w.write(numbers(0, 5));
      w.commit(new Checkpoint("first"));
      w.write(
          numbers(5, 50_000).withRejections(List.of(new Rejection("crash", 7, "n", "bad", "x"))));
      // the run dies before its next commit
    }
    assertThat(count(DB, "crash")).isEqualTo(5);
    try (BatchWriter w = DESTINATION.open(config(DB), t)) {
      assertThat(w.resumeFrom()).contains(new Checkpoint("first"));
    }
  }

  @Test
  void theCheckpointAndTheRowsOfACommitBecomeVisibleTogether() {
    WriteTarget t = target("together", SCHEMA, WriteMode.APPEND);
    try (BatchWriter w = DESTINATION.open(config(DB), t)) {
      w.write(numbers(0, 3));
      w.commit(new Checkpoint("three"));
      w.write(numbers(3, 7));
      assertThat(text(DB, "SELECT checkpoint FROM _dagg_checkpoints WHERE stream = 'together'"))
          .containsExactly(List.of("three"));
      assertThat(count(DB, "together")).isEqualTo(3);
      w.commit(new Checkpoint("seven"));
    }
    assertThat(text(DB, "SELECT checkpoint FROM _dagg_checkpoints WHERE stream = 'together'"))
        .containsExactly(List.of("seven"));
    assertThat(count(DB, "together")).isEqualTo(7);
  }

  @Test
  void keepsCheckpointsApartPerPipelineAndStream() {
    try (BatchWriter a =
            DESTINATION.open(
                config(DB),
                new WriteTarget("pa", "s", "shared", SCHEMA, WriteMode.APPEND, List.of()));
        BatchWriter b =
            DESTINATION.open(
                config(DB),
                new WriteTarget("pb", "s", "shared", SCHEMA, WriteMode.APPEND, List.of()))) {
      a.write(numbers(0, 1));
      a.commit(new Checkpoint("a"));
      b.write(numbers(1, 2));
      b.commit(new Checkpoint("b"));
    }
    assertThat(
            text(
                DB,
                "SELECT pipeline, stream, checkpoint FROM _dagg_checkpoints"
                    + " WHERE stream = 's' ORDER BY pipeline"))
        .containsExactly(List.of("pa", "s", "a"), List.of("pb", "s", "b"));
  }

  @Test
  void writersOfParallelStreamsOpenTogetherOnADatabaseWithoutCheckpointTable() throws Exception {
    try (ThrowawayMariaDb fresh = ThrowawayMariaDb.create();
        ExecutorService pool = Executors.newFixedThreadPool(6)) {
      var runs = new ArrayList<Future<?>>();
      for (int i = 0; i < 6; i++) {
        String table = "t" + i;
        runs.add(
            pool.submit(
                () -> {
                  try (BatchWriter w =
                      DESTINATION.open(config(fresh), target(table, SCHEMA, WriteMode.APPEND))) {
                    w.write(numbers(0, 10));
                    w.commit(new Checkpoint(table));
                  }
                }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
      assertThat(text(fresh, "SELECT checkpoint FROM _dagg_checkpoints ORDER BY 1"))
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
    try (BatchWriter w = DESTINATION.open(config(DB), t)) {
      w.write(numbers(0, 3));
      w.commit(new Checkpoint("mid-run"));
    }
    try (BatchWriter w = DESTINATION.open(config(DB), t)) {
      assertThat(w.resumeFrom()).contains(Checkpoint.START);
      assertThat(count(DB, "owcp__dagg_new")).as("the stale half-loaded table is gone").isZero();
    }
  }
}
