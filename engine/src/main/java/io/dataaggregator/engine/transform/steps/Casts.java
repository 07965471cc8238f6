package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.TypeKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * Chooses, once per field, how values of one type become another. A pair of types that can never
 * convert (a date to an int) fails when the step is created; a value that does not convert (text
 * "abc" to an int) fails on its row.
 */
public final class Casts {
  private static final Set<TypeKind> NUMBERS =
      EnumSet.of(TypeKind.INT, TypeKind.BIGINT, TypeKind.DECIMAL, TypeKind.DOUBLE);
  private static final Set<TypeKind> TEMPORAL =
      EnumSet.of(TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMP_TZ);

  private Casts() {}

  /**
   * A caster from {@code from} to {@code to}.
   *
   * @param setting names the cast in messages ({@code fields[1]})
   * @throws StepConfigException when the types never convert, or a format or zone is missing/bad
   */
  public static ValueCaster caster(DataType from, DataType to, CastField opts, String setting) {
    TypeKind f = from.kind();
    TypeKind t = to.kind();
    if (f == TypeKind.STRING) {
      return TextCasts.from(to, opts, setting);
    }
    if (t == TypeKind.STRING) {
      return ToText.from(from, opts, setting);
    }
    if (from.equals(to) && f != TypeKind.TIMESTAMP_TZ) {
      return ValueCaster.IDENTITY;
    }
    if ((NUMBERS.contains(f) || f == TypeKind.BOOLEAN) && NUMBERS.contains(t)) {
      return numeric(to);
    }
    if (NUMBERS.contains(f) && t == TypeKind.BOOLEAN) {
      return Casts::numberToBoolean;
    }
    if ((f == TypeKind.INT || f == TypeKind.BIGINT) && TEMPORAL.contains(t)) {
      return Temporals.fromEpoch(to, opts, setting);
    }
    if (TEMPORAL.contains(f) && (TEMPORAL.contains(t) || t == TypeKind.TIME)) {
      return Temporals.between(from, to, opts, setting);
    }
    throw new StepConfigException(
        setting, setting + ": cannot cast " + from + " to " + to + possibleTargets(f));
  }

  private static ValueCaster numeric(DataType to) {
    return switch (to.kind()) {
      case INT -> v -> Numbers.toInt(v, v);
      case BIGINT -> v -> Numbers.toLong(v, v);
      case DECIMAL -> v -> Numbers.toDecimal(v, to, v);
      default -> v -> Numbers.toDouble(v, v);
    };
  }

  private static Object numberToBoolean(Object v) throws CastException {
    BigDecimal d = Numbers.decimal(v, v);
    if (d.compareTo(BigDecimal.ONE) == 0) {
      return Boolean.TRUE;
    } else if (d.signum() == 0) {
      return Boolean.FALSE;
    }
    throw new CastException(CastException.show(v) + " is not a boolean (only 0 and 1 are)");
  }

  private static String possibleTargets(TypeKind from) {
    return switch (from) {
      case JSON -> " (json casts to string; use flatten or explode to take values out)";
      case BYTES -> " (bytes cast to string)";
      case BOOLEAN -> " (boolean casts to string and numbers)";
      case TIME -> " (time casts to string)";
      case DATE, TIMESTAMP, TIMESTAMP_TZ -> " (dates and timestamps cast to each other and string)";
      default -> "";
    };
  }

  /** Readable Java class names of the engine's value classes, for type errors in messages. */
  static String typeOf(Object value) {
    return switch (value) {
      case String s -> "string";
      case Integer i -> "int";
      case Long l -> "bigint";
      case BigDecimal d -> "decimal";
      case Double d -> "double";
      case Boolean b -> "boolean";
      case LocalDate d -> "date";
      case LocalDateTime d -> "timestamp";
      case OffsetDateTime d -> "timestamp_tz";
      case Instant i -> "timestamp_tz";
      case JsonText j -> "json";
      default -> value.getClass().getSimpleName();
    };
  }

  static ZoneId zoneFor(CastField opts, String setting, String why) {
    return CastFormats.requireZone(opts.timeZone(), setting + ".time_zone", why);
  }
}
