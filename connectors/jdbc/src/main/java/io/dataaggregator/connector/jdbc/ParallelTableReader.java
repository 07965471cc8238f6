package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A full refresh of a large table with a single integer key, read as {@code n} key ranges, each on
 * its own connection and thread, merged into one sequence of batches through a bounded queue (so
 * memory stays at about {@code 2n} batches). All connections read the same snapshot, exported by a
 * coordinating transaction, so the result is what one query would have returned. Batches arrive in
 * no particular order; the checkpoint is START (a full refresh restarts from scratch).
 */
final class ParallelTableReader implements BatchReader {
  private static final Object DONE = new Object();

  private final Connection coordinator;
  private final BlockingQueue<Object> queue;
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean closed;
  private int running;

  /**
   * @param ranges key ranges covering every key, from {@link KeyRanges}
   * @param query makes the reader of one range on a fresh connection
   */
  ParallelTableReader(
      Connection coordinator,
      List<KeyRanges.Range> ranges,
      RangeQuery query,
      Schema schema,
      String stream) {
    this.coordinator = coordinator;
    this.queue = new ArrayBlockingQueue<>(Math.max(2, ranges.size() * 2));
    for (KeyRanges.Range range : ranges) {
      Thread t =
          Thread.ofPlatform()
              .daemon()
              .name("dagg-jdbc-" + stream + "-" + workers.size())
              .unstarted(() -> readRange(query, range, schema, stream));
      workers.add(t);
    }
    running = workers.size();
    workers.forEach(Thread::start);
  }

  /** Opens the reader of one key range; runs on the range's thread. */
  @FunctionalInterface
  interface RangeQuery {
    TableReader open(KeyRanges.Range range) throws SQLException;
  }

  private void readRange(RangeQuery query, KeyRanges.Range range, Schema schema, String stream) {
    try (TableReader reader = query.open(range)) {
      for (Batch b = reader.next(); b != null && !closed; b = reader.next()) {
        offer(b);
      }
      offer(DONE);
    } catch (Throwable e) {
      offer(
          e instanceof ConnectorException
              ? e
              : new ConnectorException(
                  CommonErrorCode.READ_FAILED, "reading " + stream + ": " + e.getMessage(), e));
    }
  }

  private void offer(Object item) {
    try {
      while (!closed && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
        // waits for the consumer, checking now and then whether it has gone away
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public Batch next() {
    while (running > 0) {
      Object item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConnectorException(CommonErrorCode.INTERRUPTED, "reading was interrupted");
      }
      if (item == DONE) {
        running--;
      } else if (item instanceof ConnectorException e) {
        throw e;
      } else {
        return (Batch) item;
      }
    }
    return null;
  }

  @Override
  public Checkpoint checkpoint() {
    return Checkpoint.START;
  }

  @Override
  public void close() {
    closed = true;
    for (Thread t : workers) {
      try {
        t.join(TimeUnit.SECONDS.toMillis(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    JdbcConnections.closeQuietly(coordinator);
  }
}
