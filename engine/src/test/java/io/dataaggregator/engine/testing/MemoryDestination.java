package io.dataaggregator.engine.testing;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A transactional in-memory destination for engine tests: rows, rejections and the checkpoint
 * become visible together on commit, and are dropped if the writer closes without one. With {@code
 * crashAfterCommits} it fails on the write after that many commits, like a killed process; with
 * {@code failCommitOf: T, failCommitAt: N} the N-th commit (from 1) of table T fails before
 * anything of it is durable, so a test can stop a run between the commits of two tables.
 */
public final class MemoryDestination implements Destination<MemoryDestination.Config> {
  public record Config(
      String store,
      Integer crashAfterCommits,
      Boolean keepsState,
      String failCommitOf,
      Integer failCommitAt) {
    public Config {
      crashAfterCommits = crashAfterCommits == null ? 0 : crashAfterCommits;
      keepsState = keepsState == null || keepsState;
      failCommitAt = failCommitAt == null ? 0 : failCommitAt;
    }

    boolean failsCommit(String table, int commit) {
      return table.equals(failCommitOf) && commit == failCommitAt;
    }
  }

  /** What a table holds durably. */
  public static final class Table {
    public final List<Object[]> rows = new ArrayList<>();
    public final List<Rejection> rejected = new ArrayList<>();
    public Checkpoint checkpoint;
  }

  public static final Map<String, Map<String, Table>> STORES = new ConcurrentHashMap<>();

  public static Map<String, Table> store(String name) {
    return STORES.computeIfAbsent(name, k -> new ConcurrentHashMap<>());
  }

  @Override
  public ConnectorSpec<Config> spec() {
    return new ConnectorSpec<>("memory", "Memory", "tables in memory for tests", Config.class);
  }

  @Override
  public CheckResult check(Config config) {
    return CheckResult.success("in memory");
  }

  @Override
  public BatchWriter open(Config config, WriteTarget target) {
    Table table = store(config.store()).computeIfAbsent(target.table(), k -> new Table());
    return new BatchWriter() {
      final List<Object[]> pendingRows = new ArrayList<>();
      final List<Rejection> pendingRejected = new ArrayList<>();
      int commits;

      @Override
      public Optional<Checkpoint> resumeFrom() {
        if (!config.keepsState()) {
          return Optional.empty();
        }
        return Optional.of(table.checkpoint == null || target.mode() == WriteMode.OVERWRITE
            ? Checkpoint.START : table.checkpoint);
      }

      @Override
      public void write(Batch batch) {
        if (config.crashAfterCommits() > 0 && commits >= config.crashAfterCommits()) {
          throw new IllegalStateException("simulated crash after " + commits + " commits");
        }
        pendingRows.addAll(batch.rows());
        pendingRejected.addAll(batch.rejections());
      }

      @Override
      public void commit(Checkpoint checkpoint) {
        if (config.failsCommit(target.table(), commits + 1)) {
          throw new IllegalStateException(
              "simulated crash on commit " + (commits + 1) + " of table " + target.table());
        }
        synchronized (table) {
          table.rows.addAll(pendingRows);
          table.rejected.addAll(pendingRejected);
          table.checkpoint = checkpoint;
        }
        pendingRows.clear();
        pendingRejected.clear();
        commits++;
      }

      @Override
      public void finish() {}

      @Override
      public void close() {
        pendingRows.clear();
        pendingRejected.clear();
      }
    };
  }
}
