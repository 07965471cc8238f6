package io.dataaggregator.connector.file.parquet;

import io.dataaggregator.connector.file.BadValueException;
import io.dataaggregator.connector.file.TextValues;
import io.dataaggregator.engine.transform.steps.RowJson;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import org.apache.parquet.schema.MessageType;

/**
 * Converts the columns of a file whose Parquet type reads as another type than the stream's (a
 * type set in {@code columns}, or a file of the set written differently) through their text form
 * ({@link TextValues}); a value that does not fit becomes a rejection naming file, row and column.
 */
final class RowCasts {
  private final int[] slots;
  private final DataType[] types;
  private final Schema stream;
  private final String name;
  private final Path file;

  private RowCasts(int[] slots, DataType[] types, Schema stream, String name, Path file) {
    this.slots = slots;
    this.types = types;
    this.stream = stream;
    this.name = name;
    this.file = file;
  }

  static RowCasts of(MessageType projection, int[] target, Schema stream, String name, Path file) {
    var slots = new ArrayList<Integer>();
    var types = new ArrayList<DataType>();
    for (int j = 0; j < target.length; j++) {
      DataType wanted = stream.field(target[j]).type();
      if (!ParquetTypes.toDataType(projection.getType(j)).equals(wanted)) {
        slots.add(target[j]);
        types.add(wanted);
      }
    }
    return new RowCasts(
        slots.stream().mapToInt(Integer::intValue).toArray(),
        types.toArray(DataType[]::new),
        stream,
        name,
        file);
  }

  /** Converts {@code row} in place; a rejection instead when a value does not fit. */
  Rejection apply(Object[] row, long rowNumber) {
    for (int k = 0; k < slots.length; k++) {
      int i = slots[k];
      try {
        row[i] = TextValues.parse(TextValues.render(row[i]), types[k]);
      } catch (BadValueException e) {
        String column = stream.field(i).name();
        return new Rejection(
            name,
            rowNumber,
            column,
            "file " + file + " row " + rowNumber + ", column '" + column + "': " + e.getMessage(),
            RowJson.render(stream, row));
      }
    }
    return null;
  }

}
