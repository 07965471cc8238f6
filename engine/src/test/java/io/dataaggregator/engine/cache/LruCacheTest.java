package io.dataaggregator.engine.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LruCacheTest {
  @Test
  void dropsTheLeastRecentlyUsedEntryWhenFull() {
    var cache = new LruCache<String, Integer>(2);
    cache.put("a", 1);
    cache.put("b", 2);
    cache.get("a");
    cache.put("c", 3);

    assertThat(cache.get("b")).isEmpty();
    assertThat(cache.get("a")).contains(1);
    assertThat(cache.get("c")).contains(3);
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void computeIfAbsentCountsAsUseAndKeepsWhatItMakes() {
    var cache = new LruCache<String, Integer>(2);
    cache.put("a", 1);
    cache.put("b", 2);
    assertThat(cache.computeIfAbsent("a", k -> 99)).isEqualTo(1);
    assertThat(cache.computeIfAbsent("c", k -> 3)).isEqualTo(3);

    assertThat(cache.get("b")).isEmpty();
    assertThat(cache.get("a")).contains(1);
    assertThat(cache.get("c")).contains(3);
  }

  @Test
  void putReplacesTheValueOfAKeptKey() {
    var cache = new LruCache<String, Integer>(2);
    cache.put("a", 1);
    cache.put("a", 2);

    assertThat(cache.get("a")).contains(2);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void racingCallersOfComputeIfAbsentMakeTheValueOnce() throws Exception {
    var cache = new LruCache<String, Object>(4);
    var made = new AtomicInteger();
    var start = new CountDownLatch(1);
    List<Future<Object>> got = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(8)) {
      for (int i = 0; i < 8; i++) {
        got.add(
            pool.submit(
                () -> {
                  start.await();
                  return cache.computeIfAbsent(
                      "k",
                      k -> {
                        made.incrementAndGet();
                        return new Object();
                      });
                }));
      }
      start.countDown();
      Object first = got.getFirst().get();
      for (var f : got) {
        assertThat(f.get()).isSameAs(first);
      }
    }
    assertThat(made).hasValue(1);
  }

  @Test
  void refusesACapacityBelowOne() {
    assertThatThrownBy(() -> new LruCache<String, String>(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity must be at least 1, was 0");
  }
}
