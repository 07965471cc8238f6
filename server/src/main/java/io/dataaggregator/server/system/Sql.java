package io.dataaggregator.server.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Column conversions that behave the same on H2 and PostgreSQL: instants travel as {@code TIMESTAMP
 * WITH TIME ZONE} through {@link OffsetDateTime}, ids as {@code UUID}.
 */
public final class Sql {
  private Sql() {}

  /** The value to bind for a {@code TIMESTAMP WITH TIME ZONE} column; null stays null. */
  public static OffsetDateTime ts(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** Reads a {@code TIMESTAMP WITH TIME ZONE} column; null stays null. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** Reads a {@code UUID} column; null stays null. */
  public static UUID uuid(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }
}
