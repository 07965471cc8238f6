package io.dataaggregator.engine.inspect;

import com.dynatrace.hash4j.distinctcount.UltraLogLog;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import io.dataaggregator.engine.type.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Accumulates one field's {@link FieldProfile} over rows, in bounded memory. */
final class FieldStats {
  /** Distinct values tracked for top values; past it only values already seen are counted. */
  private static final int TRACKED_VALUES = 10_000;

  private static final Hasher64 HASH = Hashing.komihash5_0();

  private final Field field;
  private final UltraLogLog distinct = UltraLogLog.create(12);
  private final Map<String, Long> counts = new HashMap<>();
  private long count;
  private long nulls;
  private long rejected;
  private Comparable<Object> min;
  private Comparable<Object> max;

  FieldStats(Field field) {
    this.field = field;
  }

  @SuppressWarnings("unchecked")
  void add(Object value) {
    count++;
    if (value == null) {
      nulls++;
      return;
    }
    String text = value instanceof byte[] b ? Arrays.toString(b) : value.toString();
    distinct.add(HASH.hashCharsToLong(text));
    if (counts.size() < TRACKED_VALUES || counts.containsKey(text)) {
      counts.merge(text, 1L, Long::sum);
    }
    if (value instanceof Comparable<?> c) {
      Comparable<Object> v = (Comparable<Object>) c;
      if (min == null || v.compareTo(min) < 0) {
        min = v;
      }
      if (max == null || v.compareTo(max) > 0) {
        max = v;
      }
    }
  }

  void rejected() {
    count++;
    rejected++;
  }

  FieldProfile profile(int topN) {
    var top = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(topN)
        .map(e -> new FieldProfile.ValueCount(e.getKey(), e.getValue()))
        .toList();
    double conformance = count == 0 ? 1 : 1 - (double) rejected / count;
    return new FieldProfile(field.name(), field.type(), count, nulls,
        Math.round(distinct.getDistinctCountEstimate()), min, max, top, conformance);
  }
}
