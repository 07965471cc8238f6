package io.dataaggregator.connector.http;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.DataType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The incremental cursor of one read: the value it started from (records older than it are
 * skipped) and the greatest value seen, compared by the field's type (timestamps by instant,
 * numbers by value), kept as the API wrote it. Used by one thread.
 */
final class CursorTracker {
  private final String field;
  private final int index;
  private final DataType type;
  private final String lowerRaw;
  private final Object lower;
  private String maxRaw;
  private Object max;

  /**
   * @param index the cursor field's position in the row, or -1 for a stream read in full
   * @param lowerRaw the value this read started from, or null
   * @param maxRaw the greatest value seen before (a resumed read), or null
   */
  CursorTracker(String field, int index, DataType type, String lowerRaw, String maxRaw) {
    this.field = field;
    this.index = index;
    this.type = type;
    this.lowerRaw = lowerRaw;
    this.lower = typed(lowerRaw);
    this.maxRaw = maxRaw;
    this.max = typed(maxRaw);
  }

  /** False for a record older than the starting value: an earlier run delivered it. */
  boolean keep(Object[] row) {
    if (index < 0 || lower == null || row[index] == null) {
      return true;
    }
    return compare(row[index], lower) >= 0;
  }

  /** A row's cursor value, typed and as the API wrote it. */
  record Seen(Object value, String raw) {}

  /** The cursor value of a row, to {@link #observe} once the row is delivered. */
  Optional<Seen> seen(Object[] row, JsonNode shaped) {
    if (index < 0 || row[index] == null) {
      return Optional.empty();
    }
    JsonNode raw = shaped.get(field);
    return Optional.of(new Seen(row[index], raw.isString() ? raw.asString() : raw.toString()));
  }

  void observe(Seen seen) {
    if (max == null || compare(seen.value(), max) > 0) {
      max = seen.value();
      maxRaw = seen.raw();
    }
  }

  String lower() {
    return lowerRaw;
  }

  /** The greatest value seen, or the starting value when none was greater. */
  String max() {
    return maxRaw != null ? maxRaw : lowerRaw;
  }

  private Object typed(String raw) {
    if (raw == null || index < 0) {
      return null;
    }
    try {
      return ValueConverter.convert(StringNode.valueOf(raw), type);
    } catch (ValueConverter.BadValue e) {
      // A start such as 2024-01-01 for a timestamp cursor means that day's start, in UTC.
      Optional<Instant> instant = Temporals.instant(raw);
      return switch (type.kind()) {
        case TIMESTAMP_TZ -> instant.map(i -> (Object) i.atOffset(ZoneOffset.UTC)).orElseThrow(() -> unfit(raw, e));
        case TIMESTAMP -> instant.map(i -> (Object) LocalDateTime.ofInstant(i, ZoneOffset.UTC)).orElseThrow(() -> unfit(raw, e));
        default -> throw unfit(raw, e);
      };
    }
  }

  private ConnectorException unfit(String raw, ValueConverter.BadValue e) {
    return new ConnectorException(HttpErrorCode.BAD_CHECKPOINT,
        "the cursor value '" + raw + "' of " + field + " (from the saved state or incremental.start) does not"
            + " fit its type: " + e.getMessage() + "; fix incremental.start or reset the stream's state");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) {
      return x.toInstant().compareTo(y.toInstant());
    }
    return ((Comparable) a).compareTo(b);
  }
}
