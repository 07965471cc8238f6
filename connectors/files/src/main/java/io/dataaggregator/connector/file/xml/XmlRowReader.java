package io.dataaggregator.connector.file.xml;

import io.dataaggregator.connector.file.BadValueException;
import io.dataaggregator.connector.file.FilePosition;
import io.dataaggregator.connector.file.FileRowReader;
import io.dataaggregator.connector.file.JsonTrees;
import io.dataaggregator.connector.file.TextValues;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads the records of one XML file as rows; see {@link FileRowReader}. Positions count records:
 * offset is the number of records of the file already returned or rejected, and a resumed read
 * passes over that many. A value that does not fit its column rejects the record (its raw text is
 * the record as JSON); a syntax error stops the read with its line and column. Used by one thread.
 */
final class XmlRowReader implements FileRowReader {
  private final XmlRecords records;
  private final Schema schema;
  private final String stream;
  private final String file;
  private long offset;

  private XmlRowReader(XmlRecords records, Schema schema, String stream, Path file) {
    this.records = records;
    this.schema = schema;
    this.stream = stream;
    this.file = file.toString();
  }

  static XmlRowReader open(
      Path file, FilePosition resumeAt, XmlOptions options, Schema schema, String stream) {
    XmlRecords records = options.open(file);
    var reader = new XmlRowReader(records, schema, stream, file);
    try {
      long skip = resumeAt == null ? 0 : resumeAt.offset();
      while (reader.offset < skip && records.skip()) {
        reader.offset++;
      }
      return reader;
    } catch (RuntimeException e) {
      records.close();
      throw e;
    }
  }

  @Override
  public boolean read(List<Object[]> rows, List<Rejection> rejections, int maxRows, long maxBytes) {
    int added = 0;
    while (added < maxRows) {
      XmlRecords.XmlRecord record = records.next();
      if (record == null) {
        return false;
      }
      offset++;
      try {
        rows.add(row(record.fields()));
        added++;
      } catch (Misfit e) {
        rejections.add(
            new Rejection(
                stream,
                record.line(),
                e.field,
                "file " + file + " line " + record.line() + ", field '" + e.field + "': "
                    + e.getMessage(),
                JsonTrees.render(record.fields()).json()));
      }
    }
    return true;
  }

  private Object[] row(Map<String, Object> fields) {
    Object[] row = new Object[schema.size()];
    for (int i = 0; i < row.length; i++) {
      String name = schema.field(i).name();
      Object value = fields.get(name);
      if (value != null) {
        row[i] = value(value, schema.field(i).type(), name);
      }
    }
    return row;
  }

  private static Object value(Object value, DataType type, String name) {
    if (type.kind() == TypeKind.JSON) {
      return JsonTrees.render(value);
    }
    if (!(value instanceof String text)) {
      if (type.kind() == TypeKind.STRING) {
        return JsonTrees.render(value).json();
      }
      throw new Misfit(
          name,
          (value instanceof XmlRecords.RepeatedList ? "repeats" : "has attributes or children")
              + ", so it cannot be "
              + type
              + "; type it json or string");
    }
    try {
      return TextValues.parse(text, type);
    } catch (BadValueException e) {
      throw new Misfit(name, e.getMessage());
    }
  }

  /** A value that does not fit its column. */
  private static final class Misfit extends RuntimeException {
    final String field;

    Misfit(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }

  @Override
  public long offset() {
    return offset;
  }

  @Override
  public long line() {
    return Math.max(1, records.line());
  }

  @Override
  public long rawBytesRead() {
    return records.rawBytesRead();
  }

  @Override
  public void close() {
    records.close();
  }
}
