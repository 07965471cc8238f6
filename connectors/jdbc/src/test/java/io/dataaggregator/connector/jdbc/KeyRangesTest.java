package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRangesTest {
  private static boolean inRange(KeyRanges.Range r, long k) {
    return (r.lo() == null || k >= r.lo()) && (r.hi() == null || k < r.hi());
  }

  @Test
  void everyKeyFallsInExactlyOneRange() {
    List<KeyRanges.Range> ranges = KeyRanges.split(-7, 1000, 4);
    assertThat(ranges).hasSize(4);
    for (long k = -20; k <= 1020; k++) {
      long key = k;
      assertThat(ranges.stream().filter(r -> inRange(r, key)).count()).as("key %d", k).isEqualTo(1);
    }
  }

  @Test
  void splitsTheWholeLongRangeWithoutOverflow() {
    List<KeyRanges.Range> ranges = KeyRanges.split(Long.MIN_VALUE, Long.MAX_VALUE, 3);
    assertThat(ranges).hasSize(3);
    for (long k : new long[] {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE}) {
      assertThat(ranges.stream().filter(r -> inRange(r, k)).count()).isEqualTo(1);
    }
  }

  @Test
  void makesNoMoreRangesThanKeys() {
    assertThat(KeyRanges.split(5, 6, 4)).hasSize(2);
    assertThat(KeyRanges.split(5, 5, 4)).containsExactly(new KeyRanges.Range(null, null));
  }

  @Test
  void writesTheConditionOfEachKindOfRange() {
    assertThat(new KeyRanges.Range(null, 10L).where("\"id\"")).isEqualTo("\"id\" < 10");
    assertThat(new KeyRanges.Range(10L, null).where("\"id\"")).isEqualTo("\"id\" >= 10");
    assertThat(new KeyRanges.Range(1L, 10L).where("\"id\""))
        .isEqualTo("\"id\" >= 1 AND \"id\" < 10");
  }
}
