package io.dataaggregator.engine.inspect;

import io.dataaggregator.engine.type.DataType;
import java.util.List;

/**
 * What the values of one field look like in a sample.
 *
 * @param distinct an estimate (UltraLogLog, about 1% error) of distinct non-null values
 * @param min smallest non-null value, or null; strings compare by code point
 * @param top the most frequent values with their counts, most frequent first
 * @param conformance share of values that fit the field's type (rows rejected for this field count
 *     as not fitting)
 */
public record FieldProfile(
    String field, DataType type, long count, long nulls, long distinct, Object min, Object max,
    List<ValueCount> top, double conformance) {
  public record ValueCount(String value, long count) {}

  public double nullShare() {
    return count == 0 ? 0 : (double) nulls / count;
  }
}
