package io.dataaggregator.connector.file.parquet;

import io.dataaggregator.connector.file.JsonTrees;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Assembles Parquet records into rows of the stream: top-level primitive columns become values,
 * groups and repeated fields become {@link io.dataaggregator.engine.type.JsonText}. Requested field
 * {@code j} lands in row slot {@code target[j]}; slots of fields the file lacks stay null. Used by
 * one thread; each record is a new array.
 */
final class RowMaterializer extends RecordMaterializer<Object[]> {
  private final Root root;

  RowMaterializer(MessageType requested, int[] target, int width) {
    this.root = new Root(requested, target, width);
  }

  @Override
  public Object[] getCurrentRecord() {
    return root.row;
  }

  @Override
  public GroupConverter getRootConverter() {
    return root;
  }

  private static final class Root extends GroupConverter {
    private final Converter[] children;
    private final int[] target;
    private final boolean[] json;
    private final List<Object>[] repeated;
    private final int width;
    Object[] row;

    @SuppressWarnings("unchecked")
    Root(MessageType requested, int[] target, int width) {
      int n = requested.getFieldCount();
      this.target = target;
      this.width = width;
      this.children = new Converter[n];
      this.json = new boolean[n];
      this.repeated = new List[n];
      for (int j = 0; j < n; j++) {
        Type field = requested.getType(j);
        final int at = j;
        json[j] = !field.isPrimitive();
        if (field.isRepetition(Type.Repetition.REPEATED)) {
          repeated[j] = new ArrayList<>();
          children[j] = NestedConverter.converter(field, v -> repeated[at].add(v));
        } else {
          children[j] = NestedConverter.converter(field, v -> row[target[at]] = v);
        }
      }
    }

    @Override
    public Converter getConverter(int fieldIndex) {
      return children[fieldIndex];
    }

    @Override
    public void start() {
      row = new Object[width];
      for (List<Object> list : repeated) {
        if (list != null) {
          list.clear();
        }
      }
    }

    @Override
    public void end() {
      for (int j = 0; j < children.length; j++) {
        if (repeated[j] != null) {
          row[target[j]] = JsonTrees.render(repeated[j]);
        } else if (json[j] && row[target[j]] != null) {
          row[target[j]] = JsonTrees.render(row[target[j]]);
        }
      }
    }
  }
}
