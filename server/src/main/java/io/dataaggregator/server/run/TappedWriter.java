package io.dataaggregator.server.run;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A destination's writer that also keeps the first rejected rows of its stream in the metadata
 * store. Rejections are held until the destination commits them, so a row is kept only once it is
 * durable in the destination's own quarantine too; a crash between the two loses at most those of
 * one commit from the browsable copy, never from the quarantine. Used by one thread.
 */
final class TappedWriter implements BatchWriter {
  /** Where kept rejections go; {@link #limit} per stream of a run. */
  interface Keeper {
    int limit();

    long kept(String stream);

    void keep(List<Rejection> rejections);
  }

  private final BatchWriter writer;
  private final String stream;
  private final Keeper keeper;
  private final ActiveRun active;
  private final List<Rejection> pending = new ArrayList<>();
  private long kept = -1;

  TappedWriter(BatchWriter writer, String stream, Keeper keeper, ActiveRun active) {
    this.writer = writer;
    this.stream = stream;
    this.keeper = keeper;
    this.active = active;
  }

  @Override
  public Optional<Checkpoint> resumeFrom() {
    return writer.resumeFrom();
  }

  @Override
  public void write(Batch batch) {
    writer.write(batch);
    if (!batch.rejections().isEmpty()) {
      if (kept < 0) {
        kept = keeper.kept(stream); // after the stream started: earlier attempts are settled
      }
      long room = keeper.limit() - kept - pending.size();
      batch.rejections().stream().limit(Math.max(0, room)).forEach(pending::add);
    }
  }

  @Override
  public void commit(Checkpoint checkpoint) {
    active.checkLease();
    writer.commit(checkpoint);
    if (!pending.isEmpty()) {
      keeper.keep(List.copyOf(pending));
      kept += pending.size();
      pending.clear();
    }
  }

  @Override
  public void finish() {
    writer.finish();
  }

  @Override
  public void close() {
    writer.close();
  }
}
