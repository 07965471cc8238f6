package io.dataaggregator.connector.file.excel;

import io.dataaggregator.connector.file.BadValueException;
import io.dataaggregator.connector.file.TextValues;
import io.dataaggregator.connector.file.TypeGuess;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.TypeKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.dhatim.fastexcel.reader.Cell;

/**
 * What a cell holds as a Java value: null (empty), Boolean, String, BigDecimal (the stored digits,
 * exact), LocalDate / LocalDateTime / LocalTime (numbers with a date or time format, at
 * millisecond precision), or {@link CellError}. A formula cell holds its cached value. Also the
 * type a value suggests and the conversion of a value to a column's type. Thread-safe.
 */
final class ExcelCells {
  /** An error value such as {@code #DIV/0!}. */
  record CellError(String code) {}

  private static final Set<String> ERRORS =
      Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
          "#SPILL!", "#CALC!");
  private static final LocalDateTime EPOCH_1900 = LocalDateTime.of(1899, 12, 30, 0, 0);
  private static final LocalDateTime EPOCH_1904 = LocalDateTime.of(1904, 1, 1, 0, 0);
  private static final BigDecimal MILLIS_PER_DAY = BigDecimal.valueOf(86_400_000L);

  private ExcelCells() {}

  static Object value(Cell cell, boolean date1904) {
    if (cell == null) {
      return null;
    }
    Object v = cell.getValue();
    return switch (cell.getType()) {
      case EMPTY -> null;
      case ERROR -> new CellError(String.valueOf(v));
      case FORMULA, NUMBER, STRING, BOOLEAN ->
          switch (v) {
            case null -> null;
            // fastexcel gives a cached error of a formula as its text.
            case String s when cell.getType() == org.dhatim.fastexcel.reader.CellType.FORMULA
                && ERRORS.contains(s) -> new CellError(s);
            case BigDecimal n -> number(n, cell.getDataFormatString(), date1904);
            default -> v;
          };
    };
  }

  private static Object number(BigDecimal n, String format, boolean date1904) {
    DateFormats.Kind kind = DateFormats.kindOf(format);
    if (kind == DateFormats.Kind.NONE || n.signum() < 0) {
      // The stored digits without trailing zeros, never in exponent form: 42.0 is 42.
      BigDecimal plain = n.stripTrailingZeros();
      return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
    long millis = n.multiply(MILLIS_PER_DAY).setScale(0, RoundingMode.HALF_UP).longValue();
    LocalDateTime at = (date1904 ? EPOCH_1904 : EPOCH_1900).plusNanos(millis * 1_000_000L);
    boolean midnight = at.toLocalTime().equals(LocalTime.MIDNIGHT);
    return switch (kind) {
      case DATE -> midnight ? at.toLocalDate() : at;
      case TIME -> n.compareTo(BigDecimal.ONE) < 0 ? at.toLocalTime() : at;
      default -> at;
    };
  }

  /** The type {@code value} suggests; null for no evidence (empty cells, errors, blank text). */
  static DataType guess(Object value) {
    return switch (value) {
      case null -> null;
      case Boolean b -> DataType.BOOLEAN;
      case BigDecimal n -> {
        DataType t = TypeGuess.of(n.toPlainString());
        yield t == DataType.STRING ? DataType.DOUBLE : t;
      }
      case LocalDate d -> DataType.DATE;
      case LocalDateTime t -> DataType.TIMESTAMP;
      case LocalTime t -> DataType.TIME;
      case String s -> temporalOrString(s);
      default -> null;
    };
  }

  /** Text stays string unless it is an ISO date or timestamp (how timestamp_tz is written). */
  private static DataType temporalOrString(String s) {
    DataType g = TypeGuess.of(s);
    if (g == null) {
      return null;
    }
    return switch (g.kind()) {
      case DATE, TIMESTAMP, TIMESTAMP_TZ -> g;
      default -> DataType.STRING;
    };
  }

  /**
   * {@code value} as a value of {@code type}.
   *
   * @throws BadValueException for an error cell or a value that does not fit
   */
  static Object convert(Object value, DataType type) {
    TypeKind kind = type.kind();
    return switch (value) {
      case null -> null;
      case CellError e -> throw new BadValueException("holds the error " + e.code());
      case Boolean b when kind == TypeKind.BOOLEAN -> b;
      case LocalDate d when kind == TypeKind.DATE -> d;
      case LocalDate d when kind == TypeKind.TIMESTAMP -> d.atStartOfDay();
      case LocalDateTime t when kind == TypeKind.TIMESTAMP -> t;
      case LocalDateTime t
          when kind == TypeKind.DATE && t.toLocalTime().equals(LocalTime.MIDNIGHT) ->
          t.toLocalDate();
      case LocalTime t when kind == TypeKind.TIME -> t;
      default -> TextValues.parse(TextValues.render(value), type);
    };
  }
}
