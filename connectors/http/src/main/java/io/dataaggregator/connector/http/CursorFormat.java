package io.dataaggregator.connector.http;

import io.dataaggregator.engine.spi.ConnectorException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Writes a cursor value into a request ({@code {{ cursor }}}) the way the API wants it: {@code
 * raw} as the API sent it, {@code iso} (UTC, {@code 2024-05-01T10:00:00Z}), {@code epoch_millis},
 * {@code epoch_seconds}, {@code date}, or a {@link DateTimeFormatter} pattern applied in UTC.
 */
final class CursorFormat {
  private static final Set<String> NAMES = Set.of("raw", "iso", "epoch_millis", "epoch_seconds", "date");

  private CursorFormat() {}

  static String render(String format, String value, String stream) {
    if (format.equals("raw")) {
      return value;
    }
    Instant instant = Temporals.instant(value).orElseThrow(() -> new ConnectorException(
        HttpErrorCode.INVALID_SETTING,
        "stream " + stream + ": the cursor value '" + value + "' is not a date or timestamp, so"
            + " incremental.format " + format + " cannot write it; use format raw"));
    return switch (format) {
      case "iso" -> DateTimeFormatter.ISO_INSTANT.format(instant);
      case "epoch_millis" -> Long.toString(instant.toEpochMilli());
      case "epoch_seconds" -> Long.toString(instant.getEpochSecond());
      case "date" -> instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
      default -> DateTimeFormatter.ofPattern(format).withZone(ZoneOffset.UTC).format(instant);
    };
  }

  /** Rejects a format that is none of the names and not a valid pattern, before any request. */
  static void check(String where, IncrementalConfig incremental) {
    if (incremental == null) {
      return;
    }
    String f = incremental.format();
    if (NAMES.contains(f)) {
      return;
    }
    try {
      DateTimeFormatter.ofPattern(f).withZone(ZoneOffset.UTC).format(Instant.EPOCH);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw ApiResolver.invalid(where + ", incremental.format '" + f + "' is neither raw, iso,"
          + " epoch_millis, epoch_seconds, date nor a valid date-time pattern: " + e.getMessage());
    }
  }
}
