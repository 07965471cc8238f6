package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Encodes rows in PostgreSQL's binary COPY format, used instead of text when every target column
 * has exactly the type our type is created as ({@link #fits}): the server then skips parsing, which
 * makes a load about a third faster. Text stays the general path (other column types, such as
 * varchar(n) or int2, parse our text form). Not thread-safe.
 */
final class CopyBinaryEncoder extends CopyBuffer implements CopyEncoder {
  static final byte[] HEADER = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
  };
  static final byte[] TRAILER = {(byte) 0xff, (byte) 0xff};

  private static final Map<TypeKind, List<String>> EXACT =
      Map.ofEntries(
          Map.entry(TypeKind.BOOLEAN, List.of("bool")),
          Map.entry(TypeKind.INT, List.of("int4")),
          Map.entry(TypeKind.BIGINT, List.of("int8")),
          Map.entry(TypeKind.DECIMAL, List.of("numeric")),
          Map.entry(TypeKind.DOUBLE, List.of("float8")),
          Map.entry(TypeKind.STRING, List.of("text")),
          Map.entry(TypeKind.DATE, List.of("date")),
          Map.entry(TypeKind.TIME, List.of("time")),
          Map.entry(TypeKind.TIMESTAMP, List.of("timestamp")),
          Map.entry(TypeKind.TIMESTAMP_TZ, List.of("timestamptz")),
          Map.entry(TypeKind.BYTES, List.of("bytea")),
          Map.entry(TypeKind.JSON, List.of("json", "jsonb")));
  private static final Map<TypeKind, Class<?>> JAVA =
      Map.ofEntries(
          Map.entry(TypeKind.BOOLEAN, Boolean.class),
          Map.entry(TypeKind.INT, Integer.class),
          Map.entry(TypeKind.BIGINT, Long.class),
          Map.entry(TypeKind.DECIMAL, BigDecimal.class),
          Map.entry(TypeKind.DOUBLE, Double.class),
          Map.entry(TypeKind.STRING, String.class),
          Map.entry(TypeKind.DATE, LocalDate.class),
          Map.entry(TypeKind.TIME, LocalTime.class),
          Map.entry(TypeKind.TIMESTAMP, LocalDateTime.class),
          Map.entry(TypeKind.TIMESTAMP_TZ, OffsetDateTime.class),
          Map.entry(TypeKind.BYTES, byte[].class),
          Map.entry(TypeKind.JSON, JsonText.class));
  private static final long PG_EPOCH_MICROS = 946_684_800_000_000L;
  private static final long PG_EPOCH_DAYS = 10_957L;

  private final boolean[] jsonb;
  private final Class<?>[] expected;

  /**
   * @param columns the target's columns in the order of the rows' values
   */
  CopyBinaryEncoder(Schema schema, List<DbColumn> columns) {
    super(1 << 16);
    jsonb = new boolean[columns.size()];
    expected = new Class<?>[columns.size()];
    for (int i = 0; i < jsonb.length; i++) {
      jsonb[i] = columns.get(i).typeName().equals("jsonb");
      expected[i] = JAVA.get(schema.field(i).type().kind());
    }
  }

  /** Whether each field's column has exactly the type the binary form of our value is. */
  static boolean fits(Schema schema, List<DbColumn> columns) {
    if (columns == null || columns.size() != schema.size()) {
      return false;
    }
    for (int i = 0; i < schema.size(); i++) {
      if (!EXACT.get(schema.field(i).type().kind()).contains(columns.get(i).typeName())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void row(Object[] row) throws BadValueException {
    int start = len;
    ensure(2 + row.length * 4);
    int16(row.length);
    int i = 0;
    try {
      for (; i < row.length; i++) {
        Object v = row[i];
        value(v == null || v.getClass() == expected[i] ? v : coerce(v, i), i);
      }
    } catch (BadValueException | RuntimeException e) {
      len = start;
      // e.g. a date past PostgreSQL's range overflows its day count
      throw e instanceof BadValueException b
          ? b
          : new BadValueException(i, "is out of PostgreSQL's range: " + e.getMessage());
    }
  }

  private void value(Object v, int column) throws BadValueException {
    switch (v) {
      case null -> int32(-1);
      case Integer i -> sized(4).int32(i);
      case Long l -> sized(8).int64(l);
      case String s -> text(s, column, false);
      case Double d -> sized(8).int64(Double.doubleToLongBits(d));
      case BigDecimal d -> numeric(d);
      case Boolean b -> sized(1).put((byte) (b ? 1 : 0));
      case LocalDate d ->
          sized(4)
              .int32(
                  d.equals(LocalDate.MAX)
                      ? Integer.MAX_VALUE
                      : d.equals(LocalDate.MIN)
                          ? Integer.MIN_VALUE
                          : Math.toIntExact(d.toEpochDay() - PG_EPOCH_DAYS));
      case LocalDateTime t -> sized(8).int64(micros(t));
      case OffsetDateTime t -> sized(8).int64(micros(utc(t)));
      case LocalTime t -> sized(8).int64((t.toNanoOfDay() + 500) / 1000);
      case byte[] b -> {
        sized(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
      }
      case JsonText j -> text(j.json(), column, jsonb[column]);
      default ->
          throw new BadValueException(
              column, "has a value of unexpected class " + v.getClass().getSimpleName());
    }
  }

  /** A value of another class than its field's type says, where it converts without loss. */
  private Object coerce(Object v, int column) throws BadValueException {
    Class<?> want = expected[column];
    if (v instanceof Number n && (n instanceof Integer || n instanceof Long)) {
      long l = n.longValue();
      if (want == Long.class) {
        return l;
      } else if (want == Integer.class && l == (int) l) {
        return (int) l;
      } else if (want == BigDecimal.class) {
        return BigDecimal.valueOf(l);
      }
    }
    if (want == String.class && !(v instanceof byte[])) {
      return v.toString();
    }
    throw new BadValueException(
        column,
        "is a "
            + v.getClass().getSimpleName()
            + " where the"
            + " field's type needs a "
            + want.getSimpleName());
  }

  /** The instant as a UTC wall time; the infinities stay as they are. */
  private static LocalDateTime utc(OffsetDateTime t) {
    LocalDateTime local = t.toLocalDateTime();
    boolean infinite = local.equals(LocalDateTime.MAX) || local.equals(LocalDateTime.MIN);
    return infinite ? local : t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  private static long micros(LocalDateTime t) {
    if (t.equals(LocalDateTime.MAX) || t.equals(LocalDateTime.MIN)) {
      return t.equals(LocalDateTime.MAX) ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
    return Math.multiplyExact(t.toEpochSecond(ZoneOffset.UTC), 1_000_000L)
        + (t.getNano() + 500) / 1000
        - PG_EPOCH_MICROS;
  }

  private void text(String s, int column, boolean jsonbVersion) throws BadValueException {
    if (s.indexOf('\0') >= 0) {
      throw new BadValueException(
          column, "contains a NUL character (\\u0000), which" + " PostgreSQL text cannot store");
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    sized(bytes.length + (jsonbVersion ? 1 : 0));
    if (jsonbVersion) {
      buf[len++] = 1;
    }
    System.arraycopy(bytes, 0, buf, len, bytes.length);
    len += bytes.length;
  }

  private void numeric(BigDecimal d) {
    short[] words = PgNumeric.encode(d);
    sized(words.length * 2);
    for (short w : words) {
      buf[len++] = (byte) (w >> 8);
      buf[len++] = (byte) w;
    }
  }

  /** Writes the length word of a value of {@code n} bytes and makes room for it. */
  private CopyBinaryEncoder sized(int n) {
    ensure(4 + n);
    int32(n);
    return this;
  }
}
