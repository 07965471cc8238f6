package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.JdbcTestDb.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.testkit.ThrowawayMariaDb;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MysqlCheckpointIT extends CheckpointContract<MysqlConfig> {
  @RegisterExtension static final ThrowawayMariaDb DB = new ThrowawayMariaDb();

  MysqlCheckpointIT() {
    super(new MyTestDb(DB));
  }

  @Test
  void keepsCheckpointsInATransactionalTable() {
    try (BatchWriter w =
        destination().open(config(), target("cp_engine", SCHEMA, WriteMode.APPEND))) {
      w.write(numbers(0, 1));
      w.commit(Checkpoint.START);
    }
    assertThat(
            db.text(
                "SELECT ENGINE FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '_dagg_checkpoints'"))
        .containsExactly(List.of("InnoDB"));
  }

  @Test
  void aWriterClosedWithoutCommitLeavesNeitherRowsNorCheckpointNorRejections() {
    WriteTarget t = target("crash_loaded", SCHEMA, WriteMode.APPEND);
    // one load per 1000 rows: most of the second batch reaches the server before the crash
    MysqlConfig cfg = config().withLoading(MysqlConfig.BulkLoad.load_data, 1000);
    try (BatchWriter w = destination().open(cfg, t)) {
      w.write(numbers(0, 5));
      w.commit(new Checkpoint("first"));
      w.write(
          numbers(5, 50_000)
              .withRejections(List.of(new Rejection("crash_loaded", 7, "n", "bad", "x"))));
      // the run dies before its next commit
    }
    assertThat(db.count("crash_loaded")).isEqualTo(5);
    try (BatchWriter w = destination().open(config(), t)) {
      assertThat(w.resumeFrom()).contains(new Checkpoint("first"));
    }
  }
}
