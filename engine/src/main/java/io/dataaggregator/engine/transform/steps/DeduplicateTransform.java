package io.dataaggregator.engine.transform.steps;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.Transform;
import io.dataaggregator.engine.transform.TransformErrorCode;
import io.dataaggregator.engine.transform.TransformSpec;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code deduplicate}: one row per key over the whole run. Keeping the first row in arrival order
 * streams (a set of the keys seen); keeping the last, or ordering by a field, holds one row per key
 * until the stream ends ({@link Step#finish()}).
 *
 * <p>Memory: the state lives for the run and grows with distinct keys. Keeping the first by arrival
 * remembers a 128-bit fingerprint per key in a flat table ({@link FingerprintSet}): 32 bytes per
 * key, 64 while the table grows, so 10 million keys take about 320 MB. Holding rows keeps one row
 * per key (the row's own size plus about 100 bytes). {@code max_keys} bounds both; past it the run
 * fails with a message saying so, rather than exhaust memory.
 */
@AutoService(Transform.class)
public final class DeduplicateTransform implements Transform<DeduplicateConfig> {
  @Override
  public TransformSpec<DeduplicateConfig> spec() {
    return new TransformSpec<>(
        "deduplicate",
        "Deduplicate",
        "Keeps one row per key across the run: the first or the last, by arrival or by a field.",
        DeduplicateConfig.class);
  }

  @Override
  public Object expand(Object written) {
    if (written instanceof Map<?, ?> m && m.get("key") instanceof String k) {
      return Shorthand.with(written, "key", List.of(k));
    }
    return written instanceof Map<?, ?> ? written : Shorthand.under("key", Shorthand.list(written));
  }

  @Override
  public Step create(DeduplicateConfig config, Schema input) {
    Fields.requireDistinct(config.key(), "key");
    var key = new RowKey(input, Fields.require(input, config.key(), "key"));
    if (config.orderBy() == null && config.keep() == DeduplicateConfig.Keep.first) {
      return new FirstSeen(input, key, config.maxKeys());
    }
    int order = -1;
    if (config.orderBy() != null) {
      order = Fields.require(input, config.orderBy(), "order_by");
      TypeKind kind = input.field(order).type().kind();
      if (kind == TypeKind.BYTES || kind == TypeKind.JSON) {
        throw new StepConfigException(
            "order_by",
            "order_by: '"
                + config.orderBy()
                + "' is "
                + kind.name().toLowerCase()
                + "; order by a number, text, boolean, date or time field");
      }
    }
    return new HeldRows(
        input, key, order, config.keep() == DeduplicateConfig.Keep.last, config.maxKeys());
  }

  static ConnectorException full(long maxKeys) {
    return new ConnectorException(
        TransformErrorCode.STATE_LIMIT,
        "deduplicate has seen "
            + maxKeys
            + " distinct keys, its max_keys; raise max_keys (32"
            + " bytes of memory per key, or a row per key when keeping the last) or deduplicate"
            + " in the destination with an upsert");
  }

  /** Keep first in arrival order: pass a row on the first time its key is seen. */
  private static final class FirstSeen implements Step {
    private final Schema output;
    private final RowKey key;
    private final long maxKeys;
    private final FingerprintSet seen = new FingerprintSet();
    private final Fingerprint fingerprint = new Fingerprint();

    FirstSeen(Schema output, RowKey key, long maxKeys) {
      this.output = output;
      this.key = key;
      this.maxKeys = maxKeys;
    }

    @Override
    public Schema output() {
      return output;
    }

    @Override
    public Batch apply(Batch input) {
      var rows = new ArrayList<Object[]>(input.size());
      for (Object[] row : input.rows()) {
        if (seen.add(key.fingerprint(row, fingerprint))) {
          if (seen.size() > maxKeys) {
            throw full(maxKeys);
          }
          rows.add(row);
        }
      }
      return input.withRows(output, rows);
    }
  }
}
