package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.TypeKind;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Casts between dates and timestamps, and from epoch numbers. Time zones are never dropped or
 * invented: crossing between local and zoned time needs {@code time_zone}.
 */
final class Temporals {
  private Temporals() {}

  static ValueCaster fromEpoch(DataType to, CastField opts, String setting) {
    String format = opts.format();
    boolean millis = "epoch_millis".equals(format);
    if (!millis && !"epoch_seconds".equals(format)) {
      throw new StepConfigException(
          setting + ".format",
          setting + ": a number becomes a " + to + " with format epoch_seconds or epoch_millis");
    }
    ZoneId zone =
        to.kind() == TypeKind.TIMESTAMP_TZ
            ? zoneOr(opts, setting, ZoneOffset.UTC)
            : Casts.zoneFor(opts, setting, "reading an epoch number as a local " + to);
    return v -> {
      long n = ((Number) v).longValue();
      try {
        Instant instant = millis ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        return fromZoned(OffsetDateTime.ofInstant(instant, zone), to);
      } catch (DateTimeException e) {
        throw new CastException(CastException.show(v) + " is out of the range of timestamps");
      }
    };
  }

  static ValueCaster between(DataType from, DataType to, CastField opts, String setting) {
    TypeKind f = from.kind();
    TypeKind t = to.kind();
    if (f == TypeKind.TIMESTAMP_TZ) {
      ZoneId zone =
          t == TypeKind.TIMESTAMP_TZ
              ? zoneOr(opts, setting, null)
              : Casts.zoneFor(opts, setting, "casting timestamp_tz to " + to);
      return zone == null
          ? ValueCaster.IDENTITY
          : v -> fromZoned(((OffsetDateTime) v).atZoneSameInstant(zone).toOffsetDateTime(), to);
    }
    if (t == TypeKind.TIMESTAMP_TZ) {
      ZoneId zone = Casts.zoneFor(opts, setting, "casting " + from + " to timestamp_tz");
      return v -> local(v).atZone(zone).toOffsetDateTime();
    }
    return v -> fromLocal(local(v), to);
  }

  private static ZoneId zoneOr(CastField opts, String setting, ZoneId otherwise) {
    ZoneId zone = CastFormats.zone(opts.timeZone(), setting + ".time_zone");
    return zone == null ? otherwise : zone;
  }

  private static LocalDateTime local(Object v) {
    return v instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) v;
  }

  private static Object fromZoned(OffsetDateTime value, DataType to) {
    return to.kind() == TypeKind.TIMESTAMP_TZ ? value : fromLocal(value.toLocalDateTime(), to);
  }

  private static Object fromLocal(LocalDateTime value, DataType to) {
    return switch (to.kind()) {
      case DATE -> value.toLocalDate();
      case TIME -> value.toLocalTime();
      default -> value;
    };
  }
}
