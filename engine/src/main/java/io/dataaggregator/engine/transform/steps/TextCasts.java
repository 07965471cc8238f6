package io.dataaggregator.engine.transform.steps;

import static io.dataaggregator.engine.transform.steps.CastException.show;

import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Casts from text: parse with the field's format, reject what does not parse. */
final class TextCasts {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TextCasts() {}

  static ValueCaster from(DataType to, CastField opts, String setting) {
    return switch (to.kind()) {
      case STRING -> ValueCaster.IDENTITY;
      case INT -> v -> Numbers.toInt(whole(v, opts), v);
      case BIGINT -> v -> Numbers.toLong(whole(v, opts), v);
      case DECIMAL -> v -> Numbers.toDecimal(number(v, opts), to, v);
      case DOUBLE -> v -> number(v, opts).doubleValue();
      case BOOLEAN -> bool(opts);
      case DATE -> dateTime(opts, setting, DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from, to);
      case TIME -> dateTime(opts, setting, DateTimeFormatter.ISO_LOCAL_TIME, LocalTime::from, to);
      case TIMESTAMP ->
          dateTime(opts, setting, CastFormats.LOCAL_DATE_TIME, LocalDateTime::from, to);
      case TIMESTAMP_TZ -> offsetDateTime(opts, setting);
      case JSON -> TextCasts::json;
      case BYTES -> bytes(opts, setting);
    };
  }

  /** A whole number: plain digits take a fast path, anything else goes through BigDecimal. */
  private static Object whole(Object value, CastField opts) throws CastException {
    String text = (String) value;
    int n = text.length();
    int i = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
    if (n - i < 1 || n - i > 18) {
      return number(value, opts);
    }
    long result = 0;
    for (int j = i; j < n; j++) {
      char c = text.charAt(j);
      if (c < '0' || c > '9') {
        return number(value, opts);
      }
      result = result * 10 + (c - '0');
    }
    return text.charAt(0) == '-' ? -result : result;
  }

  private static BigDecimal number(Object value, CastField opts) throws CastException {
    String text = ((String) value).strip();
    if (!opts.groupingSeparator().isEmpty()) {
      text = text.replace(opts.groupingSeparator(), "");
    }
    if (!".".equals(opts.decimalSeparator())) {
      text = text.replace(opts.decimalSeparator(), ".");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new CastException(show(value) + " is not a number");
    }
  }

  private static ValueCaster bool(CastField opts) {
    Set<String> yes = lower(opts.trueValues());
    Set<String> no = lower(opts.falseValues());
    return v -> {
      String text = ((String) v).strip().toLowerCase(Locale.ROOT);
      if (yes.contains(text)) {
        return Boolean.TRUE;
      } else if (no.contains(text)) {
        return Boolean.FALSE;
      }
      throw new CastException(show(v) + " is not a boolean; true is " + yes + ", false is " + no);
    };
  }

  private static Set<String> lower(List<String> values) {
    return values.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  private interface Query {
    Object from(TemporalAccessor parsed);
  }

  private static ValueCaster dateTime(
      CastField opts, String setting, DateTimeFormatter iso, Query query, DataType to) {
    DateTimeFormatter f =
        opts.format() == null ? iso : CastFormats.pattern(opts.format(), setting + ".format");
    String expected = opts.format() == null ? "ISO " + to : "'" + opts.format() + "'";
    return v -> {
      try {
        return query.from(f.parse(((String) v).strip()));
      } catch (DateTimeException e) {
        throw new CastException(show(v) + " is not a " + to + " in the format " + expected);
      }
    };
  }

  private static ValueCaster offsetDateTime(CastField opts, String setting) {
    ZoneId zone = CastFormats.zone(opts.timeZone(), setting + ".time_zone");
    DateTimeFormatter f =
        opts.format() == null
            ? CastFormats.OFFSET_DATE_TIME
            : CastFormats.pattern(opts.format(), setting + ".format");
    DateTimeFormatter local = opts.format() == null ? CastFormats.LOCAL_DATE_TIME : f;
    return v -> {
      String text = ((String) v).strip();
      try {
        return OffsetDateTime.from(f.parse(text));
      } catch (DateTimeException e) {
        if (zone != null) {
          try {
            return ZonedDateTime.of(LocalDateTime.from(local.parse(text)), zone).toOffsetDateTime();
          } catch (DateTimeException again) {
            // fall through to the message below
          }
        }
        throw new CastException(
            show(v)
                + " is not a timestamp with time zone"
                + (zone == null ? " (set time_zone to read timestamps written without one)" : ""));
      }
    };
  }

  private static Object json(Object value) throws CastException {
    String text = ((String) value).strip();
    try {
      JSON.readTree(text);
      return new JsonText(text);
    } catch (JacksonException e) {
      throw new CastException(show(value) + " is not JSON: " + e.getOriginalMessage());
    }
  }

  private static ValueCaster bytes(CastField opts, String setting) {
    String format = opts.format() == null ? "base64" : opts.format();
    return switch (format) {
      case "base64" ->
          v -> decode(v, "base64", () -> Base64.getDecoder().decode(((String) v).strip()));
      case "hex" -> v -> decode(v, "hex", () -> HexFormat.of().parseHex(((String) v).strip()));
      case "utf8" -> v -> ((String) v).getBytes(StandardCharsets.UTF_8);
      default ->
          throw new StepConfigException(
              setting + ".format", setting + ".format: bytes are read as base64, hex or utf8");
    };
  }

  private interface Decoder {
    byte[] decode() throws CharacterCodingException;
  }

  private static byte[] decode(Object v, String what, Decoder decoder) throws CastException {
    try {
      return decoder.decode();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw new CastException(show(v) + " is not " + what);
    }
  }
}
