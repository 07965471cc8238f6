package io.dataaggregator.engine.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A map that keeps at most {@code capacity} entries and drops the least recently used one to make
 * room. Reads count as use. For the engine's small process-wide caches (reference tables, query
 * lookups, HTTP sessions): a few entries, looked up once per plan or run, never on a row's path.
 *
 * <p>Thread-safe: every method holds the cache's lock, including while {@link #computeIfAbsent}
 * computes, so a value is created once per key even when callers race. Keep that computation
 * short; callers whose values are slow to make (a file read, a query) use {@link #get} and {@link
 * #put} instead and accept that two racing callers may both make the value.
 *
 * <p>Expiry is the caller's: keep the time read in the value where entries go stale (the engine's
 * query lookups judge age by each plan's own max age, which no cache-wide time to live fits).
 * Why not Guava's or Caffeine's cache: Caffeine is not among the engine's dependencies, and
 * Guava's only comes along with CEL, whose authors point to Caffeine instead; neither's time to
 * live is per read, and a few bounded entries need no more than this.
 *
 * @param <K> key; compared by {@code equals}, so records make good keys
 * @param <V> value; never null
 */
public final class LruCache<K, V> {
  private final int capacity;
  private final LinkedHashMap<K, V> entries;

  /**
   * @param capacity the most entries kept, at least 1
   * @throws IllegalArgumentException if {@code capacity} is below 1
   */
  public LruCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("LruCache capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
    // Access order: a get moves the entry to the young end, so the eldest is the least used.
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > LruCache.this.capacity;
          }
        };
  }

  /** The value kept for {@code key}, which then counts as just used; empty when none is kept. */
  public synchronized Optional<V> get(K key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** Keeps {@code value} for {@code key}, replacing any, dropping the least used when full. */
  public synchronized void put(K key, V value) {
    entries.put(key, Objects.requireNonNull(value, "value"));
  }

  /**
   * The value kept for {@code key}, or the one {@code make} gives, then kept. {@code make} runs
   * under the cache's lock, once per missing key however many callers race.
   */
  public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> make) {
    return entries.computeIfAbsent(key, k -> Objects.requireNonNull(make.apply(k), "value"));
  }

  /** How many entries are kept now, at most the capacity. */
  public synchronized int size() {
    return entries.size();
  }
}
