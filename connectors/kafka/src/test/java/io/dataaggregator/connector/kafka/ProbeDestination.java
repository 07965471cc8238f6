package io.dataaggregator.connector.kafka;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A transactional in-memory destination for runner tests that, at every commit, records the
 * consumer group's committed offsets next to the rows already durable, so a test can prove the
 * group never runs ahead of the destination. Keeps its checkpoint with the rows, like a database.
 */
@AutoService(Destination.class)
public final class ProbeDestination implements Destination<ProbeDestination.Config> {
  public record Config(String store, String group, String topic, Integer crashAfterCommits) {
    public Config {
      crashAfterCommits = crashAfterCommits == null ? 0 : crashAfterCommits;
    }
  }

  /** What the destination holds durably, and what it saw at each commit. */
  public static final class Store {
    public final List<Object[]> rows = new ArrayList<>();
    public final List<long[]> durableVersusGroup = new ArrayList<>();
    public Checkpoint checkpoint = Checkpoint.START;
  }

  static final Map<String, Store> STORES = new ConcurrentHashMap<>();

  @Override
  public ConnectorSpec<Config> spec() {
    return new ConnectorSpec<>("probe", "Probe", "in-memory destination for Kafka delivery tests", Config.class);
  }

  @Override
  public CheckResult check(Config config) {
    return CheckResult.success("in memory");
  }

  @Override
  public BatchWriter open(Config config, WriteTarget target) {
    Store store = STORES.computeIfAbsent(config.store(), k -> new Store());
    return new BatchWriter() {
      final List<Object[]> pending = new ArrayList<>();
      int commits;

      @Override
      public Optional<Checkpoint> resumeFrom() {
        return Optional.of(store.checkpoint);
      }

      @Override
      public void write(Batch batch) {
        if (config.crashAfterCommits() > 0 && commits >= config.crashAfterCommits()) {
          throw new IllegalStateException("simulated crash after " + commits + " commits");
        }
        pending.addAll(batch.rows());
      }

      @Override
      public void commit(Checkpoint checkpoint) {
        try {
          long group = Fixtures.sum(Fixtures.groupOffsets(config.group(), config.topic()));
          store.durableVersusGroup.add(new long[] {store.rows.size(), group});
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        store.rows.addAll(pending);
        store.checkpoint = checkpoint;
        pending.clear();
        commits++;
      }

      @Override
      public void finish() {}

      @Override
      public void close() {
        pending.clear();
      }
    };
  }
}
