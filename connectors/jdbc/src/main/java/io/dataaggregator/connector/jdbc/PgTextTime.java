package io.dataaggregator.connector.jdbc;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Dates and times in PostgreSQL's text form, written without intermediate strings: {@code
 * 2024-01-02 03:04:05.000006+02:00}, years before Christ with {@code BC}, the largest and smallest
 * values as {@code infinity} and {@code -infinity}.
 */
final class PgTextTime {
  private PgTextTime() {}

  static void date(CopyBuffer b, LocalDate d) {
    if (d.equals(LocalDate.MAX) || d.equals(LocalDate.MIN)) {
      b.ascii(d.equals(LocalDate.MAX) ? "infinity" : "-infinity");
      return;
    }
    datePart(b, d);
    if (d.getYear() <= 0) {
      b.ascii(" BC");
    }
  }

  /** yyyy-mm-dd, with the year counted as PostgreSQL does before Christ (year 0 is 1 BC). */
  private static void datePart(CopyBuffer b, LocalDate d) {
    int year = d.getYear();
    b.digits(year > 0 ? year : 1 - year, 4);
    b.put((byte) '-');
    b.digits(d.getMonthValue(), 2);
    b.put((byte) '-');
    b.digits(d.getDayOfMonth(), 2);
  }

  static void time(CopyBuffer b, LocalTime t) {
    b.digits(t.getHour(), 2);
    b.put((byte) ':');
    b.digits(t.getMinute(), 2);
    b.put((byte) ':');
    b.digits(t.getSecond(), 2);
    int nanos = t.getNano();
    if (nanos != 0) {
      b.put((byte) '.');
      int width = 9;
      while (nanos % 10 == 0) {
        nanos /= 10;
        width--;
      }
      b.digits(nanos, width);
    }
  }

  static void timestamp(CopyBuffer b, LocalDateTime t) {
    if (t.equals(LocalDateTime.MAX) || t.equals(LocalDateTime.MIN)) {
      b.ascii(t.equals(LocalDateTime.MAX) ? "infinity" : "-infinity");
      return;
    }
    datePart(b, t.toLocalDate());
    b.put((byte) ' ');
    time(b, t.toLocalTime());
    if (t.getYear() <= 0) {
      b.ascii(" BC");
    }
  }

  static void timestampTz(CopyBuffer b, OffsetDateTime t) {
    LocalDateTime local = t.toLocalDateTime();
    if (local.equals(LocalDateTime.MAX) || local.equals(LocalDateTime.MIN)) {
      timestamp(b, local);
      return;
    }
    datePart(b, local.toLocalDate());
    b.put((byte) ' ');
    time(b, local.toLocalTime());
    int offset = t.getOffset().getTotalSeconds();
    b.put((byte) (offset < 0 ? '-' : '+'));
    offset = Math.abs(offset);
    b.digits(offset / 3600, 2);
    b.put((byte) ':');
    b.digits(offset / 60 % 60, 2);
    if (offset % 60 != 0) {
      b.put((byte) ':');
      b.digits(offset % 60, 2);
    }
    if (local.getYear() <= 0) {
      b.ascii(" BC");
    }
  }
}
