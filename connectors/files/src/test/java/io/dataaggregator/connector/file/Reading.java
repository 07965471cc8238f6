package io.dataaggregator.connector.file;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.Source;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a source read: every row and rejection, and per batch the checkpoint after it, its row count
 * and its rejection count.
 */
public record Reading(
    CatalogStream stream,
    List<Object[]> rows,
    List<Rejection> rejections,
    List<Checkpoint> checkpoints,
    List<Integer> batchSizes,
    List<Integer> batchRejections) {

  /** Discovers the source's only stream and reads it from the start. */
  public static <C extends Record> Reading of(Source<C> source, C config) {
    CatalogStream stream = source.discover(config).streams().getFirst();
    return of(source, config, stream, Checkpoint.START);
  }

  public static <C extends Record> Reading of(
      Source<C> source, C config, CatalogStream stream, Checkpoint from) {
    var rows = new ArrayList<Object[]>();
    var rejections = new ArrayList<Rejection>();
    var checkpoints = new ArrayList<Checkpoint>();
    var sizes = new ArrayList<Integer>();
    var rejected = new ArrayList<Integer>();
    try (BatchReader reader = source.read(config, stream, from)) {
      for (Batch b = reader.next(); b != null; b = reader.next()) {
        rows.addAll(b.rows());
        rejections.addAll(b.rejections());
        checkpoints.add(reader.checkpoint());
        sizes.add(b.size());
        rejected.add(b.rejections().size());
      }
    }
    return new Reading(stream, rows, rejections, checkpoints, sizes, rejected);
  }

  /** The rows as lists, for AssertJ comparisons. */
  public List<List<Object>> values() {
    return rows.stream().map(r -> (List<Object>) new ArrayList<>(Arrays.asList(r))).toList();
  }

  public List<String> reasons() {
    return rejections.stream().map(Rejection::reason).toList();
  }
}
