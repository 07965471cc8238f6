package io.dataaggregator.engine.plan;

import io.dataaggregator.engine.cache.LruCache;
import io.dataaggregator.engine.transform.ReferenceRows;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Rows of reference queries kept across plans in this process, so that previews and repeated runs
 * in the server do not ask the database again each time. An entry serves a query as long as it is
 * younger than the query's max age. At most {@value #ENTRIES} results are kept (the least recently
 * used goes); each holds at most the lookup row limit. Thread-safe; two plans missing the same
 * entry at once may both read it, which costs a query, never a wrong row.
 */
final class ReferenceCache {
  static final int ENTRIES = 16;

  /**
   * What makes two queries the same: the connector, its bound config (a record, so equal settings
   * are equal, secrets included) and the query text.
   */
  record Key(String connector, Record config, String sql) {}

  private record Kept(ReferenceRows rows, long readAtNanos) {}

  private static final LruCache<Key, Kept> ENTRIES_BY_KEY = new LruCache<>(ENTRIES);

  private ReferenceCache() {}

  /**
   * The rows kept for {@code key} when younger than {@code maxAge}, else those {@code read} gives.
   */
  static ReferenceRows get(Key key, Duration maxAge, Supplier<ReferenceRows> read) {
    Kept kept = ENTRIES_BY_KEY.get(key).orElse(null);
    if (kept != null && System.nanoTime() - kept.readAtNanos() < maxAge.toNanos()) {
      return kept.rows();
    }
    long readAt = System.nanoTime();
    ReferenceRows rows = read.get();
    ENTRIES_BY_KEY.put(key, new Kept(rows, readAt));
    return rows;
  }
}
