package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.HexFormat;

/** Casts to text: ISO for dates and times unless a pattern is given, plain digits for numbers. */
final class ToText {
  private ToText() {}

  static ValueCaster from(DataType from, CastField opts, String setting) {
    return switch (from.kind()) {
      case DATE, TIME, TIMESTAMP, TIMESTAMP_TZ -> {
        if (opts.format() == null) {
          yield Object::toString;
        }
        DateTimeFormatter f = CastFormats.pattern(opts.format(), setting + ".format");
        yield v -> {
          try {
            return f.format((TemporalAccessor) v);
          } catch (java.time.DateTimeException e) {
            throw new CastException(
                CastException.show(v)
                    + " cannot be written as '"
                    + opts.format()
                    + "': "
                    + e.getMessage());
          }
        };
      }
      case DECIMAL -> v -> ((BigDecimal) v).toPlainString();
      case JSON -> v -> ((JsonText) v).json();
      case BYTES -> bytes(opts, setting);
      default -> Object::toString;
    };
  }

  private static ValueCaster bytes(CastField opts, String setting) {
    String format = opts.format() == null ? "base64" : opts.format();
    return switch (format) {
      case "base64" -> v -> Base64.getEncoder().encodeToString((byte[]) v);
      case "hex" -> v -> HexFormat.of().formatHex((byte[]) v);
      case "utf8" ->
          v -> {
            try {
              return StandardCharsets.UTF_8
                  .newDecoder()
                  .decode(ByteBuffer.wrap((byte[]) v))
                  .toString();
            } catch (CharacterCodingException e) {
              throw new CastException("the bytes are not valid UTF-8");
            }
          };
      default ->
          throw new StepConfigException(
              setting + ".format", setting + ".format: bytes are written as base64, hex or utf8");
    };
  }
}
