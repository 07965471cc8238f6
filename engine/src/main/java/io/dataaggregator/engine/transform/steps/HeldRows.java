package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deduplicate holding one row per key until the stream ends: the last arrival, or the row with the
 * smallest (keep first) or largest (keep last) {@code order_by} value. A null order value never
 * beats a non-null one. {@link #finish} returns the rows in the order their keys first arrived.
 */
final class HeldRows implements Step {
  private final Schema output;
  private final RowKey key;
  private final int order;
  private final boolean keepLast;
  private final long maxKeys;
  private final Map<Object, Object[]> held = new LinkedHashMap<>();

  HeldRows(Schema output, RowKey key, int order, boolean keepLast, long maxKeys) {
    this.output = output;
    this.key = key;
    this.order = order;
    this.keepLast = keepLast;
    this.maxKeys = maxKeys;
  }

  @Override
  public Schema output() {
    return output;
  }

  @Override
  public Batch apply(Batch input) {
    for (Object[] row : input.rows()) {
      held.merge(key.of(row), row, (kept, arrived) -> wins(arrived, kept) ? arrived : kept);
      if (held.size() > maxKeys) {
        throw DeduplicateTransform.full(maxKeys);
      }
    }
    return input.withRows(output, List.of());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private boolean wins(Object[] arrived, Object[] kept) {
    if (order < 0) {
      return keepLast;
    }
    Comparable a = (Comparable) arrived[order];
    Comparable k = (Comparable) kept[order];
    if (a == null || k == null) {
      return k == null && a != null;
    }
    int c = a.compareTo(k);
    return keepLast ? c >= 0 : c < 0;
  }

  @Override
  public Batch finish() {
    var rows = new ArrayList<>(held.values());
    held.clear();
    return new Batch(output, rows);
  }

  @Override
  public long held() {
    return held.size();
  }
}
