package io.dataaggregator.connector.file.excel;

import io.dataaggregator.connector.file.TextValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes one value into a cell the way the {@code excel} source reads it back: booleans and
 * numbers as such (decimals with their exact digits), dates, timestamps and times as Excel
 * date-times with a date or time format (milliseconds kept), and everything else as text:
 * timestamp_tz as ISO-8601 with its offset (Excel has no time zones), bytes as base64, json as its
 * text, NaN and infinities as their names. Thread-safe.
 */
final class CellWriter {
  static final String DATE = "yyyy-mm-dd";
  static final String TIMESTAMP = "yyyy-mm-dd hh:mm:ss.000";
  static final String TIME = "hh:mm:ss.000";
  private static final BigDecimal NANOS_PER_DAY = BigDecimal.valueOf(86_400_000_000_000L);

  private CellWriter() {}

  static void write(Worksheet ws, int row, int column, Object value) {
    switch (value) {
      case null -> {
        // An empty cell.
      }
      case Boolean b -> ws.value(row, column, b);
      case Double d when d.isNaN() || d.isInfinite() -> ws.value(row, column, d.toString());
      case BigDecimal d -> ws.value(row, column, d);
      case Number n -> ws.value(row, column, n);
      case String s -> ws.value(row, column, s);
      case LocalDate d -> {
        ws.value(row, column, d);
        ws.style(row, column).format(DATE).set();
      }
      case LocalDateTime t -> {
        ws.value(row, column, t);
        ws.style(row, column).format(TIMESTAMP).set();
      }
      case LocalTime t -> {
        ws.value(row, column, dayFraction(t));
        ws.style(row, column).format(TIME).set();
      }
      default -> ws.value(row, column, TextValues.render(value));
    }
  }

  private static BigDecimal dayFraction(LocalTime t) {
    return BigDecimal.valueOf(t.toNanoOfDay()).divide(NANOS_PER_DAY, 17, RoundingMode.HALF_EVEN);
  }
}
