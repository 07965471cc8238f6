package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.TypeKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which of our types load into which existing column. Numbers load into any numeric column (a value
 * out of the column's range is quarantined per row), text loads into anything the database can
 * parse from text (unparsable values are quarantined per row), and everything but bytes loads into
 * a text column. Timestamps with and without time zone never mix: that would drop or invent a zone.
 */
final class LoadCompatibility {
  private static final Set<TypeKind> EXACT_NUMBERS =
      EnumSet.of(TypeKind.INT, TypeKind.BIGINT, TypeKind.DECIMAL);

  private LoadCompatibility() {}

  static boolean loads(DataType value, DataType column) {
    TypeKind v = value.kind();
    TypeKind c = column.kind();
    if (v == c || (c == TypeKind.STRING && v != TypeKind.BYTES) || v == TypeKind.STRING) {
      return true;
    }
    if (EXACT_NUMBERS.contains(v)) {
      return EXACT_NUMBERS.contains(c) || c == TypeKind.DOUBLE;
    }
    return v == TypeKind.DOUBLE && c == TypeKind.DECIMAL;
  }
}
