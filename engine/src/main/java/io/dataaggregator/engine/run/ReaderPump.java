package io.dataaggregator.engine.run;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.type.Batch;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a stream on its own thread into a bounded queue, so reading overlaps with transforming and
 * writing while a slow writer holds the reader back (backpressure). The reader is closed on the
 * pump's thread when it ends.
 */
final class ReaderPump implements AutoCloseable {
  /** A batch and the source position just after it. */
  record Envelope(Batch batch, Checkpoint checkpoint, long bytesRead) {}

  private static final Envelope END = new Envelope(null, Checkpoint.START, 0);

  private final BatchReader reader;
  private final BlockingQueue<Envelope> queue;
  private final Thread thread;
  private volatile boolean stopped;
  private volatile RuntimeException failure;

  ReaderPump(BatchReader reader, int capacity, String name) {
    this.reader = reader;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = Thread.ofPlatform().name("read-" + name).daemon().unstarted(this::pump);
    thread.start();
  }

  long bytesTotal() {
    return reader.bytesTotal();
  }

  private void pump() {
    try (reader) {
      Batch batch;
      while (!stopped && (batch = reader.next()) != null) {
        put(new Envelope(batch, reader.checkpoint(), reader.bytesRead()));
      }
    } catch (RuntimeException e) {
      failure = e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        put(END);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void put(Envelope envelope) throws InterruptedException {
    while (!stopped) {
      if (queue.offer(envelope, 100, TimeUnit.MILLISECONDS)) {
        return;
      }
    }
  }

  /** The next envelope, or null at the end of the stream; rethrows the reader's failure. */
  Envelope take() throws InterruptedException {
    Envelope e = queue.take();
    if (e == END) {
      if (failure != null) {
        throw failure;
      }
      return null;
    }
    return e;
  }

  /** Stops the reader (if still going) and waits for it to close. */
  @Override
  public void close() {
    stopped = true;
    queue.clear();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
