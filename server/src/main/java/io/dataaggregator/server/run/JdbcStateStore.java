package io.dataaggregator.server.run;

import static io.dataaggregator.server.system.Sql.ts;

import io.dataaggregator.engine.run.StateStore;
import io.dataaggregator.engine.spi.Checkpoint;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engine's {@link StateStore} in the metadata store ({@code run_state}): checkpoints of
 * destinations that cannot keep them with their data (files), so a run taken over by another server
 * instance resumes where the first stopped. Database destinations keep theirs in their own table,
 * in the same transaction as the rows, and do not come here. Thread-safe.
 */
@Component
class JdbcStateStore implements StateStore {
  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcStateStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<Checkpoint> load(String pipeline, String stream) {
    return jdbc.sql("SELECT checkpoint FROM run_state WHERE pipeline = :p AND stream = :s")
        .param("p", pipeline)
        .param("s", stream)
        .query((rs, n) -> new Checkpoint(rs.getString("checkpoint")))
        .optional();
  }

  @Override
  public void save(String pipeline, String stream, Checkpoint checkpoint) {
    // No MERGE/ON CONFLICT that both stores accept: update, else insert; a racing insert of the
    // same key (two runs of one pipeline cannot run at once, so only after a takeover) updates.
    if (update(pipeline, stream, checkpoint) == 0) {
      try {
        jdbc.sql(
                "INSERT INTO run_state (pipeline, stream, checkpoint, updated_at)"
                    + " VALUES (:p, :s, :c, :now)")
            .param("p", pipeline)
            .param("s", stream)
            .param("c", checkpoint.state())
            .param("now", ts(clock.instant()))
            .update();
      } catch (DuplicateKeyException raced) {
        update(pipeline, stream, checkpoint);
      }
    }
  }

  private int update(String pipeline, String stream, Checkpoint checkpoint) {
    return jdbc.sql(
            "UPDATE run_state SET checkpoint = :c, updated_at = :now"
                + " WHERE pipeline = :p AND stream = :s")
        .param("p", pipeline)
        .param("s", stream)
        .param("c", checkpoint.state())
        .param("now", ts(clock.instant()))
        .update();
  }
}
