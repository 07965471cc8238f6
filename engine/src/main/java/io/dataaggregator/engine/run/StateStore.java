package io.dataaggregator.engine.run;

import io.dataaggregator.engine.spi.Checkpoint;
import java.util.Optional;

/**
 * Keeps checkpoints for destinations that cannot keep them with their data (files). Saved only
 * after the destination made everything before the checkpoint durable: at-least-once delivery.
 * Thread-safe.
 */
public interface StateStore {
  Optional<Checkpoint> load(String pipeline, String stream);

  void save(String pipeline, String stream, Checkpoint checkpoint);
}
