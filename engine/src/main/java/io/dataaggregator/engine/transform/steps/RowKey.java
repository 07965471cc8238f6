package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Makes hash keys of some fields of a row: the value itself for one field, an array wrapper for
 * several. Nulls are equal to each other, as in SQL's DISTINCT; bytes compare by content.
 */
final class RowKey {
  private final int[] indexes;
  private final boolean[] bytes;

  RowKey(Schema schema, int[] indexes) {
    this.indexes = indexes;
    this.bytes = new boolean[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      bytes[i] = schema.field(indexes[i]).type().kind() == TypeKind.BYTES;
    }
  }

  Object of(Object[] row) {
    if (indexes.length == 1) {
      return part(row, 0);
    }
    Object[] parts = new Object[indexes.length];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = part(row, i);
    }
    return new Composite(parts);
  }

  /** The fingerprint of the key of {@code row}, into {@code f}. */
  Fingerprint fingerprint(Object[] row, Fingerprint f) {
    f.reset();
    for (int index : indexes) {
      f.add(row[index]);
    }
    return f;
  }

  private Object part(Object[] row, int i) {
    Object value = row[indexes[i]];
    return bytes[i] && value != null ? ByteBuffer.wrap((byte[]) value) : value;
  }

  private record Composite(Object[] parts) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Composite c && Arrays.equals(parts, c.parts);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(parts);
    }
  }
}
